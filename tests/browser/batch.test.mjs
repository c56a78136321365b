// Employer spreadsheets in the browser: a few hundred interns with bad rows, as
// UTF-8 CSV, GBK CSV (what Chinese Excel writes) and .xlsx; every bad row reported
// with its row and column, the good rows computed, the export readable again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { zipSync, strToU8, unzipSync, strFromU8 } from 'fflate';
import iconv from 'iconv-lite';
import { launch, watchedPage } from './browser.mjs';

let env;
const dir = new URL('../artifacts/', import.meta.url);
before(async () => { env = await launch(); mkdirSync(dir, { recursive: true }); });
after(async () => { await env?.browser.close(); env?.server.close(); });

const HEAD = ['姓名', '见习开始日期', '约定见习月数', '结果', '结果日期', '劳动合同月数', '是否缴纳社保', '最低工资类别'];
function sheet() {
  const rows = [HEAD];
  for (let i = 0; i < 300; i++) rows.push([`见习生${i}`, i % 3 ? '2023-07-01' : '2023/7/1', '6', i % 2 ? '期满留用' : '期满未留用', '', '', '', '1']);
  rows.push(['甲', '2023-07-01', '6', '提前留用', '2023-10-01', '12', '是', '1']); // row 302: remaining-period subsidy
  rows.push(['坏日期', '2023-02-30', '6', '期满留用', '', '', '', '1']); // row 303
  rows.push(['坏期限', '2023-07-01', '25', '期满留用', '', '', '', '1']); // row 304: past 24 months
  rows.push(['坏结果', '2023-07-01', '6', '辞退', '', '', '', '1']); // row 305
  rows.push(['坏类别', '2023-07-01', '6', '期满留用', '', '', '', '9']); // row 306
  return rows;
}
const expected = {
  // 301 good interns: 300 × 6 × 1400 + 甲 3 months × 1400; retention 151/301; difference 800 per paid month.
  base: 300 * 6 * 1400 + 3 * 1400,
  problems: [['303', '见习开始日期'], ['304', '约定见习月数'], ['305', '结果'], ['306', '最低工资类别']],
};

/** The calculator at 1280 px on `query`, its answer shown (`ready`), the import fold open. */
async function batchPage(query, ready = '#totals') {
  const w = await watchedPage(env.browser, env.origin, { width: 1280, height: 900 });
  await w.page.goto(`${env.origin}/www/employer.html?${query}`);
  await w.page.locator(ready).waitFor();
  await w.page.locator('#batch summary').click();
  return w;
}

async function importAndCheck(file, label) {
  const { page, problems, context } = await batchPage('p=henan&t=1&s=2023-07-01&m=6&n=1&r=0');
  await page.setInputFiles('#file', file);
  await page.locator('#problems').waitFor();
  assert.match(await page.locator('#batch-status').textContent(), /已计算 301 人，4 行有错误/, label);
  const rows = await page.locator('#problems tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), expected.problems, label);
  assert.ok(rows.every((r) => r[2].length > 5), 'each problem has a reason');
  assert.ok(rows.every((r) => !r[2].includes('internList[')), 'reasons name the sheet column, not the engine field');
  assert.match(rows[0][2], /“见习开始日期”列/);
  assert.equal((await page.locator('#baseTotal').textContent()).trim(), `${expected.base.toLocaleString('en-US')}.00 元`);
  assert.equal((await page.locator('#remainingPeriodTotal').textContent()).trim(), '4,200.00 元');
  assert.match(await page.locator('#retention').textContent(), /151 \/ 301/);
  // Export, then read the export back.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
  const out = new URL(`batch-${label}.xlsx`, dir).pathname;
  await dl.saveAs(out);
  const files = unzipSync(readFileSync(out));
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']);
  assert.ok(xml.includes('见习生299') && xml.includes('合计'), 'the export holds every intern and the totals');
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csvText = readFileSync(await csvDl.path(), 'utf8');
  assert.ok(csvText.startsWith('\ufeff行号,姓名'), 'CSV with a BOM for Excel');
  assert.deepEqual(problems, []);
  await context.close();
}

test('UTF-8 CSV with bad rows', async () => {
  const file = new URL('batch.csv', dir).pathname;
  writeFileSync(file, sheet().map((r) => r.join(',')).join('\r\n'));
  await importAndCheck(file, 'utf8');
});

test('GBK CSV (as Chinese Excel saves it)', async () => {
  const file = new URL('batch-gbk.csv', dir).pathname;
  writeFileSync(file, iconv.encode(sheet().map((r) => r.join(',')).join('\r\n'), 'gbk'));
  await importAndCheck(file, 'gbk');
});

test('.xlsx with shared strings and numbers, as Excel writes it', async () => {
  const rows = sheet();
  const strings = [...new Set(rows.flat().filter((v) => v !== '' && !/^\d+$/.test(v)))];
  const col = (c) => String.fromCharCode(65 + c);
  const data = rows.map((r, i) => `<row r="${i + 1}">${r.map((v, c) => (v === '' ? '' : /^\d+$/.test(v) ? `<c r="${col(c)}${i + 1}"><v>${v}</v></c>` : `<c r="${col(c)}${i + 1}" t="s"><v>${strings.indexOf(v)}</v></c>`)).join('')}</row>`).join('');
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const zip = zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${data}</sheetData></worksheet>`),
  });
  const file = new URL('batch.xlsx', dir).pathname;
  writeFileSync(file, zip);
  await importAndCheck(file, 'xlsx');
});

test('the templates download in both formats with Chinese headers', async () => {
  const { page, problems, context } = await batchPage('p=henan&t=1&s=2023-07-01&m=6&n=1&r=0');
  const [x] = await Promise.all([page.waitForEvent('download'), page.click('#template-xlsx')]);
  assert.ok(strFromU8(unzipSync(readFileSync(await x.path()))['xl/worksheets/sheet1.xml']).includes('见习开始日期'));
  const [c] = await Promise.all([page.waitForEvent('download'), page.click('#template-csv')]);
  assert.ok(readFileSync(await c.path(), 'utf8').startsWith('\ufeff姓名,见习开始日期'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the vendored ZIP library is the npm package, unchanged; the youth page never loads it', () => {
  assert.equal(readFileSync(new URL('../../www/vendor/fflate.mjs', import.meta.url), 'utf8'), readFileSync(new URL('../../node_modules/fflate/esm/browser.js', import.meta.url), 'utf8'));
  assert.ok(!readFileSync(new URL('../../www/sw.js', import.meta.url), 'utf8').match(/FILES = \[[^\]]*(batch|fflate)/));
});

test('an export read back in gives the same estimate: each row keeps its own length, tier, outcome date, contract and insurance; the month table is not read as interns', async () => {
  // Rows unlike the page's settings (6 months, tier 1), so that anything the export drops
  // falls back to them and changes the totals; some in progress, so both readings show.
  const rows = [HEAD];
  for (let i = 0; i < 60; i++) {
    const outcome = ['期满留用', '期满未留用', '提前离开', '提前留用', '见习中'][i % 5];
    const date = outcome === '提前离开' ? '2023-08-20' : outcome === '提前留用' ? '2023-09-01' : '';
    rows.push([`见习生${i}`, i % 2 ? '2023-07-01' : '2023-08-01', String([3, 9, 12][i % 3]), outcome, date, outcome === '提前留用' ? String(12 + (i % 4) * 6) : '',
      outcome === '提前留用' ? (i % 2 ? '是' : '否') : '', i % 4 ? String(1 + (i % 3)) : '']);
  }
  rows.push(['坏日期', '2023-02-30', '6', '期满留用', '', '', '', '1']);
  const file = new URL('roundtrip.csv', dir).pathname;
  writeFileSync(file, rows.map((r) => r.join(',')).join('\r\n'));
  const { page, problems, context } = await batchPage('p=henan&t=1&s=2023-07-01&m=6&n=1&r=0');
  const read = async (f) => {
    await page.setInputFiles('#file', f);
    await page.waitForFunction((name) => document.querySelector('#batch-status').textContent.startsWith(name), f.split('/').pop());
    return page.evaluate(() => ({
      status: document.querySelector('#batch-status').textContent.replace(/^[^：]*：/, ''),
      totals: ['baseTotal', 'retentionDifference', 'remainingPeriodTotal', 'total'].map((id) => document.getElementById(id).textContent.trim()),
      retention: document.getElementById('retention').textContent,
    }));
  };
  const first = await read(file);
  assert.match(first.status, /已计算 60 人，1 行有错误/);
  assert.match(first.retention, /算法一/, 'both readings on screen');
  for (const kind of ['csv', 'xlsx']) {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`#export-${kind}`)]);
    const out = new URL(`roundtrip-export.${kind}`, dir).pathname;
    await dl.saveAs(out);
    if (kind === 'csv') {
      // The export's retention line says what the screen says: both readings where they differ.
      const text = readFileSync(out, 'utf8');
      assert.match(text, /留用率,.*算法一.*算法二/);
      // And the row its totals leave out, with the reason (after the month table: not read back in).
      assert.match(text, /未计入的行（1 行）\r\n行号,列,原因\r\n62,见习开始日期,“见习开始日期”列不是有效日期/);
    }
    const again = await read(out);
    assert.match(again.status, /已计算 60 人，0 行有错误/, `${kind}: ${again.status}`);
    assert.deepEqual(again.totals, first.totals, kind);
    assert.equal(again.retention, first.retention, kind);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file that cannot be read after a list was imported leaves no stale estimate: the page is back on its own numbers, with nothing to export', async () => {
  const good = new URL('good.csv', dir).pathname;
  writeFileSync(good, [HEAD, ['甲', '2023-07-01', '6', '期满留用', '', '', '', '1'], ['乙', '2023-07-01', '6', '期满未留用', '', '', '', '1']].map((r) => r.join(',')).join('\r\n'));
  const broken = new URL('broken.xlsx', dir).pathname;
  writeFileSync(broken, Buffer.from('PK\x03\x04 not a zip'));
  const { page, problems, context } = await batchPage('p=henan&t=1&s=2023-07-01&m=6&n=10&r=6', '#total');
  await page.setInputFiles('#file', good);
  await page.locator('#export-csv').waitFor();
  assert.equal((await page.locator('#total').textContent()).trim(), '26,400.00 元');
  await page.setInputFiles('#file', broken);
  await page.locator('#batch-status', { hasText: '无法' }).waitFor();
  await page.waitForFunction(() => document.querySelector('#total')?.textContent.trim() === '132,000.00 元', null, { timeout: 5000 }).catch(() => {});
  assert.equal((await page.locator('#total').textContent()).trim(), '132,000.00 元', 'the 10 interns typed, not the list no longer read');
  assert.equal(await page.locator('#mode-batch').isVisible(), false);
  assert.equal(await page.locator('#export-csv').count(), 0);
  assert.equal(await page.locator('input[name=mode]').first().isDisabled(), false);
  assert.ok(await page.locator('#interns').isVisible());
  assert.doesNotMatch(page.url(), /b=1/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a row left out says what the sheet may hold, in the sheet’s words: the outcomes as the template writes them, the cell’s own text', async () => {
  const file = new URL('words.csv', dir).pathname;
  writeFileSync(file, [HEAD, ['甲', '2023-07-01', '6', '离职', '', '', '', '1'], ['乙', '2023-07-01', '6', '期满留用', '', '', '', '一类'], ['丙', '2023-07-01', '六', '期满留用', '', '', '', '1'], ['丁', '2023-07-01', '6', '提前留用', '2023-09-01', '12', '有', '1']].map((r) => r.join(',')).join('\r\n'));
  const { page, problems, context } = await batchPage('p=henan&t=1&s=2023-07-01&m=6&n=1&r=0');
  await page.setInputFiles('#file', file);
  await page.locator('#problems').waitFor();
  const reasons = async () => page.locator('#problems tbody tr').evaluateAll((trs) => trs.map((tr) => tr.children[2].textContent));
  const zh = await reasons();
  assert.equal(zh.length, 4, zh.join(' | '));
  assert.match(zh[0], /“离职”无效，可用：见习中、期满未留用、期满留用、提前离开、提前留用。/);
  assert.match(zh[1], /“最低工资类别”列应为整数.*“一类”/);
  assert.match(zh[2], /“约定见习月数”列应为整数.*“六”/);
  assert.match(zh[3], /“是否缴纳社保”列应为“是”或“否”，收到“有”/);
  assert.ok(zh.every((r) => !/inProgress|字符串|布尔/.test(r)), zh.join(' | '));
  await page.click('#lang');
  await page.locator('#problems tbody tr', { hasText: 'one of' }).waitFor();
  const en = await reasons();
  assert.match(en[0], /use one of: 见习中 \(inProgress\), 期满未留用 \(completed\), 期满留用 \(retained\), 提前离开 \(leftEarly\), 提前留用 \(hiredEarly\)/);
  assert.match(en[1], /whole number.*“一类”/);
  assert.match(en[3], /must be 是 or 否 \(yes or no\), got “有”/);
  assert.ok(en.every((r) => !/a string|boolean/.test(r)), en.join(' | '));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the inputs line of an imported list (printed at the top) gives the list’s start dates, lengths and tiers, not the page’s settings no intern has', async () => {
  const file = new URL('spread.csv', dir).pathname;
  writeFileSync(file, [HEAD, ['甲', '2023-07-01', '3', '期满留用', '', '', '', '2'], ['乙', '2023-08-01', '12', '期满未留用', '', '', '', '3'], ['丙', '2023-07-15', '', '期满留用', '', '', '', '']].map((r) => r.join(',')).join('\r\n'));
  const { page, problems, context } = await batchPage('p=henan&t=1&s=2023-09-01&m=6&n=1&r=0');
  await page.setInputFiles('#file', file);
  await page.locator('#export-csv').waitFor();
  const line = await page.locator('.inputs-summary p').textContent();
  // 丙 has no length or tier of its own: the page's 6 months and tier 1 count for it.
  assert.match(line, /^河南省 · 最低工资类别 1、2、3 · 见习开始日期 2023-07-01 – 2023-08-01 · 3–12 个月 · 3 人（spread\.csv） · /, line);
  assert.deepEqual(problems, []);
  await context.close();
});
