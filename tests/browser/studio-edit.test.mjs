// The rules studio's other edits: the side-by-side comparison, a minimum-wage entry, a
// quota table, a new jurisdiction from a copy and from the template, the TOML text with
// its errors (line numbers, the loader's words), a project saved and opened again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, watchedPage } from './browser.mjs';

const work = mkdtempSync(join(tmpdir(), 'jianxi-studio-edit-'));
let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); rmSync(work, { recursive: true, force: true }); });

async function studio(path, viewport = { width: 1280, height: 900 }) {
  const w = await watchedPage(env.browser, env.origin, viewport);
  w.page.on('dialog', (d) => { w.problems.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
  await w.page.goto(`${env.origin}/www/studio.html${path}`);
  await w.page.locator('#workspace').waitFor();
  return w;
}
const fill = (page, path, v) => page.fill(`#edit-form [data-path="${path}"]`, v);
const submit = (page) => page.click('#edit-form button[type=submit]');
const message = (page, text) => page.waitForFunction((t) => document.querySelector('#file-message').textContent.includes(t), text);

test('side by side: Henan and Yunnan, who qualifies, how much, how retention counts', async () => {
  // No jurisdiction in the link: the studio opens the first of the data's menu order and
  // compares the first two (no id is written into its code).
  const menu = JSON.parse(readFileSync(new URL('../../www/data/policies.json', import.meta.url), 'utf8'))
    .filter((f) => f.menuOrder != null).sort((a, b) => a.menuOrder - b.menuOrder).map((f) => f.id);
  const { page, problems, context } = await studio('?d=2023-09-01');
  assert.equal(await page.locator('#jurisdiction').inputValue(), menu[0]);
  assert.deepEqual([await page.locator('#compare-a').inputValue(), await page.locator('#compare-b').inputValue()], menu.slice(0, 2));
  assert.match(page.url(), new RegExp(`[?&]j=${menu[0]}(&|$)`));
  await page.selectOption('#compare-a', 'henan');
  await page.selectOption('#compare-b', 'yunnan');
  const rows = page.locator('#compare tbody tr');
  const cell = async (label, k) => rows.filter({ has: page.locator('th', { hasText: label }) }).locator('td').nth(k).textContent();
  assert.match(await page.locator('#compare thead').textContent(), /河南省.*云南省/);
  assert.match(await cell('基础补贴标准', 0), /当地月最低工资标准的 70%/);
  assert.match(await cell('基础补贴标准', 1), /每人每月 1500\.00 元/);
  assert.match(await cell('留用率达标后', 1), /增加 500\.00 元/);
  assert.match(await cell('留用率怎么算', 0), /门槛：50%/);
  assert.match(await cell('谁可以参加', 1), /16—24岁失业青年/);
  assert.match(await cell('依据的文件', 0), /豫人社函〔2023〕138号/);
  // Each value with its source, expandable.
  assert.ok(await rows.locator('details.src summary').count() > 10);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a minimum-wage entry and a quota table, each with its source; a missing source is refused', async () => {
  const { page, problems, context } = await studio('?j=henan&d=2026-11-23#edit');
  // The bureau's (made-up) 2026 notice, its text pasted so the quotes citing it are checked.
  await page.selectOption('#edit-kind', 'document');
  await fill(page, 'id', 'henan-2026');
  await fill(page, 'number', '豫人社函〔2026〕1号');
  await fill(page, 'title', '关于2026年就业见习和最低工资标准的通知');
  await fill(page, 'issuer', '河南省人力资源和社会保障厅');
  await fill(page, 'fromFile', 'seeds/henan-2026.txt');
  await fill(page, '_text', '一、自2026年10月1日起，全省月最低工资标准调整为第一档2300元、第二档2200元、第三档2100元。\n二、2026年募集见习岗位任务：郑州市20000个，洛阳市8000个，合计28000个。\n');
  await submit(page);
  await message(page, '新增文件 豫人社函〔2026〕1号');
  await page.selectOption('#edit-kind', 'wage');
  await fill(page, 'from', '2026-10-01');
  for (const [k, v] of [2300, 2200, 2100].entries()) await fill(page, `amounts[${k}]`, String(v));
  await submit(page);
  assert.match(await page.locator('#edit-form').textContent(), /请填写“原文摘录/);
  await page.selectOption('#edit-form [data-path="source.document"]', 'henan-2026');
  await fill(page, 'source.clause', '一');
  await fill(page, 'source.quote', '第一档2300元、第二档2200元、第三档2100元');
  await submit(page);
  await message(page, '新增最低工资标准（2026-10-01 起：2300、2200、2100）');
  await page.click('.steps a[data-tab=browse]');
  assert.match(await page.locator('#jurisdiction-doc').textContent(), /2026-10-01230022002100/);
  // The employer sample starts 2026-12-01: 70 % of the new tier-1 wage.
  await page.click('.steps a[data-tab=check]');
  const row = page.locator('#samples tr[data-sample="e-retained"]');
  assert.match(await row.getAttribute('class'), /changed/);
  assert.match(await row.locator('td').nth(1).textContent(), /基础补贴合计：96600\.00/, '10 × 6 × 2300 × 70 %');
  // A quota table: the rows' sum is checked against the stated total by the loader.
  await page.click('.steps a[data-tab=edit]');
  await page.selectOption('#edit-kind', 'quota');
  await fill(page, 'id', 'henan-2026');
  await fill(page, 'title.zh', '2026年河南省就业见习岗位募集任务');
  await fill(page, 'rows', '郑州市, 20000\n洛阳市, 8000');
  await fill(page, 'total', '30000');
  await page.selectOption('#edit-form [data-path="source.document"]', 'henan-2026');
  await fill(page, 'source.clause', '二');
  await fill(page, 'source.quote', '郑州市20000个，洛阳市8000个，合计28000个');
  await submit(page);
  const errors = await page.locator('#edit-form').textContent();
  assert.match(errors, /政策数据有误/);
  assert.match(errors, /Invalid policy data/);
  await fill(page, 'total', '28000');
  await submit(page);
  await message(page, '新增岗位任务表 2026年河南省就业见习岗位募集任务');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a new jurisdiction from a copy and from the template', async () => {
  const { page, problems, context } = await studio('?j=henan&d=2026-11-23#edit');
  await page.selectOption('#edit-kind', 'jurisdiction');
  await page.selectOption('#edit-form [data-path="_from"]', 'henan');
  await fill(page, 'id', 'zhengzhou');
  await fill(page, 'name.zh', '郑州市');
  await fill(page, 'name.en', 'Zhengzhou');
  await submit(page);
  await message(page, '已新建辖区 郑州市（zhengzhou.toml）');
  assert.equal(await page.locator('#jurisdiction').inputValue(), 'zhengzhou');
  await page.click('.steps a[data-tab=check]');
  assert.match(await page.locator('#samples tr[data-sample="e-retained"] td').nth(1).textContent(), /依据文件：豫人社函〔2023〕138号/);
  await page.click('.steps a[data-tab=edit]');
  await page.selectOption('#edit-kind', 'jurisdiction');
  await page.selectOption('#edit-form [data-path="_from"]', 'template');
  await fill(page, 'id', 'testcity');
  await fill(page, 'name.zh', '试验市');
  await fill(page, 'name.en', 'Test City');
  await fill(page, 'doc.number', '试人社〔2026〕1号');
  await fill(page, 'doc.title', '关于实施就业见习岗位募集计划的通知');
  await fill(page, 'doc.issuer', '试验市人力资源和社会保障局');
  await fill(page, 'rs.validFrom', '2026-01-01');
  await fill(page, 'rs.speaksUntil', '2026-12-31');
  await submit(page);
  await message(page, '已新建辖区 试验市（testcity.toml）');
  await page.click('.steps a[data-tab=publish]');
  // The repository's files (one per jurisdiction in policies/) and the two made here.
  const ids = [...readdirSync(new URL('../../policies/', import.meta.url)).filter((f) => f.endsWith('.toml')).map((f) => f.slice(0, -5)), 'testcity', 'zhengzhou'].sort();
  assert.match(await page.locator('#publish-status').textContent(), new RegExp(`${ids.length} 个政策文件通过引擎校验`));
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#dl-policies')]);
  const path = join(work, 'policies.json');
  await dl.saveAs(path);
  assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')).map((f) => f.id), ids);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the TOML text: syntax and loader errors with their line, nothing applied; a project saved and opened again', async () => {
  const { page, problems, context } = await studio('?j=yunnan&d=2023-09-01#edit');
  await page.selectOption('#edit-kind', 'toml');
  const area = page.locator('#edit-form textarea.code');
  const original = await area.inputValue();
  const apply = () => page.click('#edit-form button.primary');
  await area.fill(original.replace('updated = ', 'updated = = '));
  await apply();
  assert.match(await page.locator('.toml-errors').textContent(), /不是有效的 TOML（第 \d+ 行第 \d+ 列）/);
  assert.equal(await area.getAttribute('aria-invalid'), 'true');
  // A value without its source: the loader names the field, the studio the line.
  const noSource = original.replace(/(\[ruleSets\.baseSubsidy\][^[]*?)source = \{[^\n]*\}\n/, '$1');
  assert.notEqual(noSource, original);
  await area.fill(noSource);
  await apply();
  const text = await page.locator('.toml-errors').textContent();
  assert.match(text, /yunnan\.toml › ruleSets\[0\]\.baseSubsidy/);
  assert.match(text, /第 \d+ 行附近/);
  assert.match(text, /政策数据有误/);
  assert.match(text, /Invalid policy data/);
  assert.match(await page.locator('#validity').textContent(), /✓ 数据有效/, 'the data in use is unchanged');
  // A real change applies; the project file keeps it across a reload.
  await area.fill(original.replace(/amount = 1500\b/, 'amount = 1600'));
  await apply();
  await message(page, '已应用 yunnan.toml 的修改');
  await page.click('.steps a[data-tab=publish]');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#dl-project')]);
  const path = join(work, 'project.json');
  await dl.saveAs(path);
  await page.reload();
  await page.locator('#workspace').waitFor();
  assert.match(await page.locator('#validity').textContent(), /✓ 数据有效$/);
  await page.setInputFiles('#open-file', path);
  await message(page, '已打开项目 project.json');
  assert.match(await page.locator('#validity').textContent(), /已修改 1 个文件/);
  await page.click('.steps a[data-tab=check]');
  assert.match(await page.locator('#samples tr[data-sample="e-retained"] td').nth(1).textContent(), /固定金额 1600/);
  // A list of interns from a spreadsheet, before and after.
  const csv = join(work, 'interns.csv');
  writeFileSync(csv, '姓名,见习开始日期,约定见习月数,结果,结果日期,劳动合同月数,是否缴纳社保\n张三,2023-07-01,6,期满未留用,,,\n李四,2023-07-01,6,期满未留用,,,\n');
  await page.setInputFiles('#sheet-file', csv);
  await page.waitForFunction(() => document.querySelector('#sheet-status').textContent.includes('已导入 2 名见习人员'));
  const sheet = page.locator('#samples tr[data-sample="sheet"]');
  assert.match(await sheet.locator('th').textContent(), /导入的名单：interns\.csv（2 人）/);
  assert.match(await sheet.locator('td').nth(0).textContent(), /基础补贴合计：18000\.00/);
  assert.match(await sheet.locator('td').nth(1).textContent(), /基础补贴合计：19200\.00/);
  assert.match(await sheet.getAttribute('class'), /changed/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a retention threshold: a changed figure keeps its definition and both readings; a new one asks for its definition', async () => {
  const { page, problems, context } = await studio('?j=henan&d=2023-09-01#edit');
  await page.selectOption('#edit-kind', 'part');
  await page.selectOption('#edit-form [data-path="_part"]', 'retentionThreshold');
  assert.match(await page.locator('#edit-form [data-path="definition.zh"]').inputValue(), /未定义“见习期满留用率”怎样计算/);
  await fill(page, 'percent', '40');
  await submit(page);
  await message(page, '留用率门槛：');
  assert.doesNotMatch(await page.locator('#file-message').textContent(), /object Object/);
  await page.selectOption('#edit-kind', 'toml');
  const toml = await page.locator('#edit-form textarea.code').inputValue();
  const part = toml.slice(toml.indexOf('[ruleSets.retentionThreshold]')).split(/\n\[(?!\[?ruleSets\.retentionThreshold)/)[0];
  assert.match(part, /percent = 40/);
  assert.match(part, /definition = \{ zh = "豫人社函〔2023〕138号未定义/);
  assert.match(part, /base = "allInterns"/);
  assert.match(part, /base = "completedInterns"/);
  // Ningxia's rule set has no threshold of its own: a new one without its definition is refused at the field.
  await page.goto(`${env.origin}/www/studio.html?j=ningxia&d=2023-09-01#edit`);
  await page.locator('#workspace').waitFor();
  await page.selectOption('#edit-kind', 'part');
  await page.selectOption('#edit-form [data-path="_part"]', 'retentionThreshold');
  await fill(page, 'percent', '50');
  await page.selectOption('#edit-form [data-path="source.document"]', { index: 1 });
  await submit(page);
  const box = page.locator('#edit-form [data-path="definition.zh"]');
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator(`#${await box.getAttribute('id')}-error`).textContent(), /请填写“留用率怎么算（中文）”/);
  assert.deepEqual(problems, []);
  await context.close();
});
