// The employer calculator as an HR clerk uses it on a 1280 px screen (and a phone): the
// defects of issue 13 — inputs that no longer count, a difference the summary and the
// table disagree on, a lost first click, internal field names, the spreadsheet flow —
// and the timeline of when money can be claimed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { launch, watchedPage } from './browser.mjs';

let env;
const artifacts = new URL('../artifacts/', import.meta.url);
before(async () => { env = await launch(); mkdirSync(artifacts, { recursive: true }); });
after(async () => { await env?.browser.close(); env?.server.close(); });

async function wide(options = {}) {
  const w = await watchedPage(env.browser, env.origin, { width: 1280, height: 900 }, options);
  w.page.setDefaultTimeout(8000);
  return w;
}
const HENAN_2 = '/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&n=10&r=2';
const internal = (text) => text.match(/\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Za-z]+\[\d+\]/g) ?? [];
const cells = (page, sel) => page.locator(sel).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent.trim())));

const HEAD = '姓名,见习开始日期,约定见习月数,结果,结果日期,劳动合同月数,是否缴纳社保,最低工资类别';
function sheet() {
  return [HEAD,
    '甲,2023-07-01,6,期满留用,,,,1', // row 2
    '乙,2023-07-01,6,提前离开,2023-09-15,,,1', // row 3: served to 2023-09-14
    '丙,2023-02-30,25,期满留用,,,,1', // row 4: two errors, a bad date and a length past 24 months
    '丁,2023-07-01,6,期满未留用,,,,1', // row 5
  ].join('\r\n');
}
async function importSheet(page) {
  const file = new URL('flow.csv', artifacts).pathname;
  writeFileSync(file, sheet());
  await page.locator('#batch summary').click();
  await page.setInputFiles('#file', file);
  await page.locator('#problems').waitFor();
}

test('inputs that no longer count are hidden: the cohort numbers in list mode and after an import', async () => {
  const { page, problems, context } = await wide();
  await page.goto(`${env.origin}${HENAN_2}`);
  await page.locator('#total').waitFor();
  assert.ok(await page.locator('#interns').isVisible());
  await page.check('input[name=mode][value=list]');
  await page.locator('#rows tr').first().waitFor();
  assert.equal(await page.locator('#interns').isVisible(), false, '见习人数 hidden in list mode');
  assert.equal(await page.locator('#retained').isVisible(), false, '留用人数 hidden in list mode');
  // In a row, only what its outcome uses: nothing more for an intern in progress, a date for
  // leaving early, the date, contract and social insurance for an early hire.
  const row = page.locator('#rows tr').first();
  const usable = () => row.locator('input:not([type=text])').evaluateAll((is) => is.map((i) => !i.disabled && getComputedStyle(i).visibility !== 'hidden'));
  assert.deepEqual(await usable(), [false, false, false]);
  await row.locator('select').selectOption('leftEarly');
  assert.deepEqual(await usable(), [true, false, false]);
  await row.locator('select').selectOption('hiredEarly');
  assert.deepEqual(await usable(), [true, true, true]);
  await page.check('input[name=mode][value=cohort]');
  await importSheet(page);
  assert.equal(await page.locator('#interns').isVisible(), false, 'hidden after an import');
  assert.equal(await page.locator('#rows').isVisible(), false);
  assert.ok(await page.locator('input[name=mode][value=cohort]').isDisabled(), 'the list decides: the mode is not editable');
  assert.ok(await page.locator('#mode-batch').isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('a typed list keeps its interns\' names on this device: the link carries their outcomes, never their names', async () => {
  const { page, problems, context } = await wide();
  const list = [{ name: '张小明', outcome: 'retained' }, { name: '李华', outcome: 'inProgress' }];
  // An old link that carried names still opens with them for this visit ...
  await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&L=${encodeURIComponent(JSON.stringify(list))}`);
  await page.locator('#total').waitFor();
  assert.equal(await page.locator('#rows tr input').first().inputValue(), '张小明');
  // ... and the address it leaves has none; a name typed now stays out of it too.
  const L = () => JSON.parse(new URL(page.url()).searchParams.get('L'));
  assert.deepEqual(L(), [{ outcome: 'retained' }, { outcome: 'inProgress' }]);
  await page.locator('#rows tr input').nth(0).fill('王芳');
  await page.waitForFunction(() => !location.search.includes('%E5%BC%A0'));
  assert.doesNotMatch(decodeURIComponent(page.url()), /王芳|张小明|李华|"name"/);
  assert.deepEqual(L(), [{ outcome: 'retained' }, { outcome: 'inProgress' }]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the summary, the month table and the printout agree on the difference (Henan, 2 of 10 retained)', async () => {
  const { page, problems, context } = await wide();
  await page.goto(`${env.origin}${HENAN_2}`);
  await page.locator('#total').waitFor();
  assert.equal((await page.locator('#retentionDifference').textContent()).trim(), '0.00 元');
  assert.equal((await page.locator('#total').textContent()).trim(), '84,000.00 元');
  const rows = await cells(page, '#month-table tbody tr');
  assert.ok(rows.every((r) => r.at(-1) === '—'), `no difference by month: ${rows.map((r) => r.at(-1))}`);
  const foot = await cells(page, '#month-table tfoot tr');
  assert.deepEqual(foot[0].slice(-2), ['84,000.00', '0.00']);
  await page.emulateMedia({ media: 'print' });
  assert.ok(!(await page.locator('#result').innerText()).includes('8,000.00'), 'nor on paper');
  // Not settled yet (an intern in progress): the column says "if met".
  await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&L=${encodeURIComponent(JSON.stringify([{ outcome: 'inProgress' }, { outcome: 'inProgress' }]))}`);
  await page.locator('#total').waitFor();
  assert.equal((await page.locator('#month-table thead th').last().textContent()).trim(), '差额（如达标）');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the first click after typing is not lost (print and copy the link)', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 667 }]) {
    const { page, problems, context } = await watchedPage(env.browser, env.origin, viewport, { permissions: ['clipboard-read', 'clipboard-write'] });
    page.setDefaultTimeout(8000);
    await page.addInitScript(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
    await page.goto(`${env.origin}${HENAN_2}`);
    await page.locator('#total').waitFor();
    await page.locator('#interns').fill('12');
    await page.click('#print');
    assert.equal(await page.evaluate(() => window.printed), 1, `${viewport.width}: the print button took the first click`);
    await page.locator('#retained').fill('7');
    await page.click('#share');
    assert.match(await page.evaluate(() => navigator.clipboard.readText()), /n=12&r=7/, `${viewport.width}: the link copied is the one typed`);
    assert.match(await page.locator('#total').textContent(), /元/);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('no red error before any input; messages name the question, not the field', async () => {
  const { page, problems, context } = await wide();
  await page.goto(`${env.origin}/www/employer.html`);
  await page.locator('#need').waitFor();
  assert.equal(await page.locator('.error:visible').count(), 0, 'nothing red on first load');
  assert.match(await page.locator('#need').textContent(), /还需要填写：最低工资类别/);
  assert.deepEqual(internal(await page.locator('main').innerText()), []);
  // A list row with a missing date, a bad local standard, and a province whose standard is open.
  await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&L=${encodeURIComponent(JSON.stringify([{ outcome: 'leftEarly' }]))}`);
  await page.locator('#need').waitFor();
  const listError = await page.locator('#need').textContent();
  assert.match(listError, /还需要填写：第 1 人的日期/);
  assert.deepEqual(internal(listError), [], listError);
  await page.goto(`${env.origin}/www/employer.html?p=hunan&t=1&s=2023-08-01&m=6&n=2&r=1&ba=x`);
  await page.locator('#localStandard-error').waitFor({ state: 'visible' });
  const local = await page.locator('#localStandard-error').textContent();
  assert.match(local, /每人每月补贴/);
  assert.deepEqual(internal(local), [], local);
  await page.goto(`${env.origin}/www/employer.html?p=gansu&s=2022-07-01&m=6&n=4&r=2`);
  await page.locator('#totals').waitFor();
  const required = (await page.locator('#result .warn').allTextContents()).join(' ');
  assert.deepEqual(internal(required), [], required);
  await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&n=2&r=3`);
  await page.locator('.error:visible').first().waitFor();
  assert.deepEqual(internal(await page.locator('main').innerText()), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('spreadsheet flow: every error of a row, the actual end, the printout, and a link that says the list is not in it', async () => {
  const { page, problems, context } = await wide({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${env.origin}${HENAN_2}`);
  await page.locator('#total').waitFor();
  await importSheet(page);
  const rejected = await cells(page, '#problems tbody tr');
  assert.deepEqual(rejected.map((r) => [r[0], r[1]]), [['4', '见习开始日期'], ['4', '约定见习月数']], 'both errors of row 4');
  assert.ok(rejected.every((r) => internal(r[2]).length === 0), rejected.map((r) => r[2]).join(' | '));
  assert.match(await page.locator('#batch-status').textContent(), /已计算 3 人，1 行有错误/);
  // The printout holds the rows left out and each intern's line.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.ok(await page.locator('#problems').isVisible(), 'rows left out are printed');
  const interns = await cells(page, '#interns-table tbody tr');
  assert.equal(interns.length, 3, 'each intern is printed');
  assert.deepEqual(interns[1].slice(0, 5), ['3', '乙', '2023-07-01', '2023-09-14', '提前离开'], 'left on 09-15: served to 09-14');
  await page.screenshot({ path: new URL('employer-batch-print.png', artifacts).pathname, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  // The export gives the actual end too.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const csv = readFileSync(await dl.path(), 'utf8');
  const yi = csv.split('\r\n').find((l) => l.includes(',乙,'));
  // Its own columns as imported (to read back in), then the agreed end and the actual one.
  assert.match(yi, /^3,乙,2023-07-01,6,提前离开,2023-09-15,,,1,2023-12-31,2023-09-14,/);
  // The link: it says the list is not in it, and opening it does not compute one intern.
  assert.match(await page.locator('#share').textContent(), /不含导入的名单/);
  await page.click('#share');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await other.goto(link);
  await other.locator('#need').waitFor();
  assert.match(await other.locator('#need').textContent(), /重新导入/);
  assert.equal(await other.locator('#total').count(), 0, 'no estimate for one intern in place of the list');
  await other.click('#use-cohort');
  await other.locator('#total').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('tables read as money: thousands separators, the share in words, the month table printed whole with one total', async () => {
  const { page, problems, context } = await wide();
  await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&n=10&r=6`);
  await page.locator('#total').waitFor();
  const rows = await cells(page, '#month-table tbody tr');
  assert.equal(rows[0][5], '14,000.00');
  assert.equal(rows[0][6], '8,000.00');
  assert.match(await page.locator('#result').innerText(), /当地月最低工资的 70%/);
  await page.emulateMedia({ media: 'print' });
  const print = await page.evaluate(() => ({ foot: getComputedStyle(document.querySelector('#month-table tfoot')).display, table: getComputedStyle(document.querySelector('#month-table')).breakInside }));
  assert.deepEqual(print, { foot: 'table-row-group', table: 'avoid' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the money can be claimed: monthly base, the remaining-period subsidy, the difference after the end', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 667 }]) {
    const { page, problems, context } = await watchedPage(env.browser, env.origin, viewport);
    page.setDefaultTimeout(8000);
    const list = [{ name: '甲', outcome: 'hiredEarly', outcomeDate: '2023-10-01', contractMonths: 12, socialInsurance: true }, { name: '乙', outcome: 'retained' }];
    await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&L=${encodeURIComponent(JSON.stringify(list))}`);
    await page.locator('#when svg.timeline').waitFor();
    const chart = page.locator('#when svg.timeline');
    const label = await chart.getAttribute('aria-label');
    assert.match(label, /12,600\.00 元/);
    assert.match(label, /4,200\.00 元/);
    assert.match(label, /7,200\.00 元（2023-12-31）/);
    const bars = await chart.locator('rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')));
    assert.equal(bars.filter((f) => f === '#0969da').length, 6, 'a base bar per month');
    assert.equal(bars.filter((f) => f === '#8250df').length, 1, 'the remaining-period subsidy in the month of the hire');
    assert.equal(bars.filter((f) => f === '#116329').length, 1, 'the difference after the end');
    assert.ok((await chart.locator('text').allTextContents()).includes('结束后'));
    const box = await chart.boundingBox();
    assert.ok(box.width <= viewport.width, 'fits the screen');
    await page.locator('#when').screenshot({ path: new URL(`employer-timeline-${viewport.width}.png`, artifacts).pathname });
    await page.emulateMedia({ media: 'print' });
    assert.ok(await chart.isVisible(), 'and on paper');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the retention rate is counted as each jurisdiction’s text says, both readings where it says nothing, and left open where they part', async () => {
  // Issue 13 defect 5: every province was told its count was “这是河南的做法”.
  const { page, problems, context } = await wide();
  await page.goto(`${env.origin}/www/employer.html?p=gansu&t=1&s=2023-07-01&m=6&n=4&r=2`);
  await page.locator('#retention-definition').waitFor();
  const gansu = await page.locator('#retention-definition').textContent();
  assert.match(gansu, /甘人社通〔2022〕134号未定义“见习期满留用率”怎样计算/);
  assert.ok(!gansu.includes('河南'), gansu);
  assert.match(gansu, /两种算法在这里结果相同/, 'a cohort without early leavers counts alike');
  assert.match(await page.locator('#retention').textContent(), /2 \/ 4 = 50%（门槛 50%）：达标/);
  // One retained, one completed, one left early (Henan): 1/3 or 1/2 — the two part on 50 %.
  const list = [{ outcome: 'retained' }, { outcome: 'completed' }, { outcome: 'leftEarly', outcomeDate: '2023-09-01' }];
  await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&L=${encodeURIComponent(JSON.stringify(list))}`);
  await page.locator('#readings').waitFor();
  assert.match(await page.locator('#retention').textContent(), /算法一 1 \/ 3 = 33\.33%，算法二 1 \/ 2 = 50%（门槛 50%）：两种算法结论不同/);
  const readings = await page.locator('#readings > li').allInnerTexts();
  assert.equal(readings.length, 2);
  assert.match(readings[0], /算法一.*1 \/ 3 = 33\.33%：未达标/s);
  assert.match(readings[1], /算法二.*1 \/ 2 = 50%：达标/s);
  const warnings = await page.locator('#result .warn').allTextContents();
  assert.equal(warnings.length, 1, `one notice box, not two: ${warnings.join(' | ')}`);
  assert.match(warnings[0], /两种算法的结论不同/);
  assert.equal((await page.locator('#total').textContent()).trim(), '待定', 'no total while the difference is open');
  assert.match(await page.locator('#totals').textContent(), /（如留用率达标）/);
  // A reading is shown as one where its source is opened.
  await page.locator('#readings details.src summary').first().click();
  assert.match(await page.locator('#readings .reading').first().textContent(), /^解读：/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a length outside the usual 3–12 months is computed, with the notice’s “一般为” cited', async () => {
  const { page, problems, context } = await wide();
  for (const m of ['2', '13']) {
    await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=${m}&n=2&r=1`);
    await page.locator('#total').waitFor();
    assert.equal(await page.locator('#months').inputValue(), m);
    const warn = (await page.locator('#result .warn').allTextContents()).join(' ');
    assert.match(warn, new RegExp(`约定见习 ${m} 个月`));
    assert.match(warn, /一般为3—12个月/);
    assert.equal(await page.locator('#month-table tbody tr').count(), Number(m));
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('full-width digits typed by a Chinese keyboard are digits in every field of the calculator', async () => {
  const { page, problems, context } = await wide();
  await page.goto(`${env.origin}/www/employer.html?p=hunan&t=1&s=2023-08-01&m=6&n=2&r=1`);
  await page.locator('#baseAmount').waitFor();
  await page.locator('#baseAmount').focus();
  await page.keyboard.insertText('１５００');
  await page.waitForFunction(() => /元/.test(document.querySelector('#baseTotal')?.textContent ?? ''));
  assert.equal(await page.locator('.error:visible').count(), 0);
  assert.equal((await page.locator('#baseTotal').textContent()).trim(), '18,000.00 元');
  assert.match(page.url(), /ba=1500/);
  await page.locator('#interns').fill('');
  await page.locator('#interns').focus();
  await page.keyboard.insertText('４');
  await page.waitForFunction(() => document.querySelector('#baseTotal')?.textContent.trim() === '36,000.00 元');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a source note reads in the page language; the intern rows change language at once (phone)', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 375, height: 800 });
  page.setDefaultTimeout(8000);
  // Yunnan 2023: an early hire's remaining-period subsidy cites a clause whose text has a slip, noted in the data.
  const list = [{ outcome: 'hiredEarly', outcomeDate: '2023-05-15', contractMonths: 12, socialInsurance: true }, { outcome: 'completed' }];
  await page.goto(`${env.origin}/www/employer.html?p=yunnan&t=1&s=2023-03-01&m=6&L=${encodeURIComponent(JSON.stringify(list))}`);
  await page.locator('#total').waitFor();
  const note = page.locator('#result details.src', { hasText: '见习期未与' }).first().locator('.src-note');
  assert.equal(await note.textContent(), '通知原文作“见习期未与”，应是“见习期未满与”（与国家通知相同）的笔误，照原文引用。');
  assert.doesNotMatch(await page.locator('#result').textContent(), /The notice's text|seed/, 'no English note on the Chinese page');
  const first = page.locator('#rows tr').first();
  assert.equal(await first.locator('td[data-col=outcome]').getAttribute('data-label'), '结果');
  await page.locator('#result details.src', { hasText: '见习期未与' }).first().locator('summary').click();
  await page.screenshot({ path: new URL('calculator-note-375.png', artifacts).pathname, fullPage: true });
  // English: the rows' card labels, names and choices change with the page, not at the next redraw.
  await page.click('#lang');
  assert.deepEqual(await first.locator('td[data-col]').evaluateAll((tds) => tds.map((td) => td.dataset.label)), ['Name (optional)', 'Outcome', 'Date', 'Contract (months)', 'Social insurance']);
  assert.equal(await first.locator('select').getAttribute('aria-label'), 'Outcome');
  assert.equal(await first.locator('select option:checked').textContent(), 'Hired early (contract)');
  assert.equal(await first.locator('select').inputValue(), 'hiredEarly', 'the choice is kept');
  assert.equal(await first.locator('button').getAttribute('aria-label'), 'Remove');
  await page.locator('#result details.src', { hasText: '见习期未与' }).first().locator('.src-note').waitFor();
  assert.match(await page.locator('#result details.src', { hasText: '见习期未与' }).first().locator('.src-note').textContent(), /^The notice's text reads “见习期未与”, a slip for “见习期未满与”/);
  await page.click('#lang');
  assert.equal(await first.locator('td[data-col=outcome]').getAttribute('data-label'), '结果');
  assert.equal(await first.locator('select option:checked').textContent(), '提前留用（签合同）');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a start date cleared is asked for again, not called an invalid date, and the link leaves it out', async () => {
  const { page, problems, context } = await wide();
  await page.goto(`${env.origin}${HENAN_2}`);
  await page.locator('#total').waitFor();
  await page.fill('#startDate', '');
  await page.locator('#need').waitFor();
  assert.match(await page.locator('#need').textContent(), /还需要填写：见习开始日期/);
  assert.equal(await page.locator('.error:visible').count(), 0, 'nothing red for a blank date');
  assert.equal(await page.locator('#total').count(), 0, 'no answer from the date that was there');
  assert.ok(!/[?&]s=/.test(page.url()), page.url());
  await page.fill('#startDate', '2023-07-01');
  await page.locator('#total').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a blank count is asked for, never read as 0: no verdict on retention meanwhile, and the link keeps it blank', async () => {
  const { page, problems, context } = await wide();
  await page.goto(`${env.origin}${HENAN_2}`);
  await page.locator('#total').waitFor();
  for (const [id, label] of [['#retained', '见习期满留用人数'], ['#interns', '见习人数']]) {
    await page.fill(id, '');
    await page.locator('#need').waitFor();
    assert.match(await page.locator('#need').textContent(), new RegExp(`还需要填写：${label}`));
    const shown = await page.locator('#result').innerText();
    assert.ok(!/未达标|达标|留用率/.test(shown), `no verdict on retention from a blank ${label}: ${shown}`);
    assert.equal(await page.locator('#total').count(), 0, `no total from a blank ${label}`);
    assert.equal(await page.locator('.error:visible').count(), 0, `nothing red for a blank ${label}`);
    await page.fill(id, id === '#retained' ? '2' : '10');
    await page.locator('#total').waitFor();
  }
  // Shared while blank, the link opens blank and asks again (not a 0 filled in).
  await page.fill('#retained', '');
  await page.locator('#need').waitFor();
  assert.match(page.url(), /[?&]r=(&|$)/, page.url());
  await page.goto(page.url());
  await page.locator('#need').waitFor();
  assert.equal(await page.locator('#retained').inputValue(), '');
  assert.match(await page.locator('#need').textContent(), /还需要填写：见习期满留用人数/);
  // Not a number at all (a stray "e"): said to be wrong, next to the field, and no answer.
  await page.locator('#retained').pressSequentially('2e');
  await page.locator('#retained-error:visible').waitFor();
  assert.match(await page.locator('#retained-error').textContent(), /见习期满留用人数.*整数/);
  assert.equal(await page.locator('#total:visible, #need:visible').count(), 0, 'no answer, and no “still needed” beside the error');
  await page.fill('#retained', '2');
  await page.locator('#total').waitFor();
  assert.equal(await page.locator('#retained-error:visible').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('English reads with English punctuation and Chinese with Chinese: the tier menu, the retention line, the readings, the chart', async () => {
  const { page, problems, context } = await wide();
  const list = [{ outcome: 'retained' }, { outcome: 'completed' }, { outcome: 'leftEarly', outcomeDate: '2023-09-01' }];
  await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&lang=en&L=${encodeURIComponent(JSON.stringify(list))}`);
  await page.locator('#readings').waitFor();
  const tiers = await page.locator('#tier option').allTextContents();
  assert.equal(tiers[1], 'Tier 1 · 2000.00 yuan/month (from 2022-01-01)');
  const english = [...tiers, await page.locator('#retention').textContent(), ...await page.locator('#readings > li').allInnerTexts(), await page.locator('#when svg.timeline').getAttribute('aria-label')];
  // Chinese text inside (document numbers, clause names) is the documents' own; the page's words and marks are English.
  const own = (s) => s.replace(/[\u4e00-\u9fff][\u4e00-\u9fff〔〕（）、\w]*/g, '');
  for (const s of english) assert.doesNotMatch(own(s), /[（）：；，。]/, s);
  assert.match(await page.locator('#retention').textContent(), /^Retention rate: count 1: 1 \/ 3 = 33\.33%; count 2: 1 \/ 2 = 50% \(threshold 50%\): the two counts disagree/);
  await page.click('#lang');
  await page.locator('#retention', { hasText: '见习留用率' }).waitFor();
  assert.match(await page.locator('#retention').textContent(), /^见习留用率：算法一 1 \/ 3 = 33\.33%，算法二 1 \/ 2 = 50%（门槛 50%）：/);
  assert.equal((await page.locator('#tier option').allTextContents())[1], '一类 · 2000.00 元/月（2022-01-01 起）');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a share of the minimum wage where the data has no minimum wage says to type an amount, not to choose a tier the menu cannot give', async () => {
  const { page, problems, context } = await wide();
  await page.goto(`${env.origin}/www/employer.html?p=national&s=2024-03-01&m=12&n=3&r=1&bp=60`);
  await page.locator('#basePercent').waitFor();
  assert.equal(await page.locator('#tier').isDisabled(), true, 'no tier to choose');
  await page.locator('#localStandard-error').waitFor();
  assert.match(await page.locator('#localStandard-error').textContent(), /没有最低工资数据.*每人每月补贴（元）/);
  assert.equal(await page.locator('#need').count(), 0, 'not asked for the tier');
  assert.equal(await page.locator('#basePercent').getAttribute('aria-invalid'), 'true');
  // The raised share alone, in English: the same, next to the raised standard.
  await page.goto(`${env.origin}/www/employer.html?p=national&s=2024-03-01&m=12&n=3&r=1&ba=1500&rp=120&lang=en`);
  await page.locator('#raised-error').waitFor();
  assert.match(await page.locator('#raised-error').textContent(), /no minimum-wage data.*amount/);
  // An amount instead: computed.
  await page.fill('#raisedPercent', '');
  await page.fill('#raisedAmount', '300');
  await page.waitForFunction(() => document.querySelector('#baseTotal')?.textContent.trim() === '54,000.00 yuan');
  assert.equal(await page.locator('.error:visible').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a wrong answer in a typed list says which intern and marks that intern’s box; corrected, nothing stays', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 375, height: 800 });
  page.setDefaultTimeout(8000);
  const list = [{ outcome: 'completed' }, { outcome: 'retained' }, { outcome: 'leftEarly', outcomeDate: '2024-03-01' }];
  await page.goto(`${env.origin}/www/employer.html?p=yunnan&s=2023-07-01&m=6&L=${encodeURIComponent(JSON.stringify(list))}`);
  await page.locator('#internList-error').waitFor();
  assert.match(await page.locator('#internList-error').textContent(), /^第 3 人：.*2024-03-01/);
  const date = page.locator('#rows tr').nth(2).locator('input[type=date]');
  assert.equal(await date.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#rows [aria-invalid]').count(), 1, 'only that box');
  await page.click('#lang');
  await page.locator('#internList-error', { hasText: 'Intern 3' }).waitFor();
  assert.match(await page.locator('#internList-error').textContent(), /^Intern 3: /);
  await date.fill('2023-08-15');
  await page.locator('#total').waitFor();
  assert.equal(await page.locator('#rows [aria-invalid]').count(), 0);
  assert.equal(await page.locator('.error:visible').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the inputs line (printed at the top) lists only what was given: no empty place where no tier or county was needed', async () => {
  const { page, problems, context } = await wide();
  const line = async (q) => {
    await page.goto(`${env.origin}/www/employer.html?${q}`);
    await page.locator('#total').waitFor();
    return (await page.locator('.inputs-summary p').textContent());
  };
  const yunnan = await line('p=yunnan&s=2023-03-01&m=12&n=4&r=2');
  assert.match(yunnan, /^云南省 · 见习开始日期 2023-03-01 · 12 个月 · 4 人 · 测算日期 \d{4}-\d\d-\d\d$/);
  const henan = await line('p=henan&t=1&s=2023-07-01&m=6&n=10&r=6&lang=en');
  assert.match(henan, /^Henan · Minimum-wage tier 1 · Internship start date 2023-07-01 · 6 months · 10 interns · Estimated on /);
  const gansu = await line('p=gansu&s=2023-07-01&m=6&n=4&r=2&c=%E4%B8%83%E9%87%8C%E6%B2%B3%E5%8C%BA&ba=1500&rp=120');
  assert.match(gansu, /^甘肃省 · 七里河区 · 见习开始日期/);
  assert.deepEqual(problems, []);
  await context.close();
});
