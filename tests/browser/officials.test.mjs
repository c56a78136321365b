// The officials' page: a monthly form with a known broken relation (in the page and
// from a CSV), deadlines across the 2023 National Day holiday and its make-up days,
// and quota progress.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { launch, watchedPage } from './browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); });

test('monthly form checks, deadlines and quotas', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 1280, height: 900 });
  await page.goto(`${env.origin}/www/officials.html`);
  await page.locator('#report-section').waitFor();
  // One unit typed in: 6 < 7 breaks 5≥6≥7.
  const cells = page.locator('#report tbody tr').first().locator('input');
  await cells.nth(0).fill('郑州市');
  const values = [10, 2, 40, 5, 30, 25, 26, 12, 6, 5, 4, 1, 20, 12.5];
  for (let i = 0; i < 14; i++) await cells.nth(i + 1).fill(String(values[i]));
  const results = await page.locator('#report-results').textContent();
  assert.match(results, /郑州市：1 项逻辑关系不成立/);
  assert.match(results, /5≥6≥7：不满足 5≥6≥7：指标6（25）小于指标7（26）/);
  assert.equal(await cells.nth(7).getAttribute('aria-invalid'), 'true', 'indicator 7 is marked');
  // Several units from a CSV, one consistent and one breaking 8≥9+11.
  const csv = '填报单位,1,2,3,4,5,6,7,8,9,10,11,12,13,14\n开封市,10,2,40,5,30,25,20,12,6,5,4,1,20,3.5\n洛阳市,10,2,40,5,30,25,20,12,8,5,5,1,20,0\n';
  const file = new URL('../artifacts/report.csv', import.meta.url).pathname;
  writeFileSync(file, csv);
  await page.setInputFiles('#report-file', file);
  await page.waitForFunction(() => document.querySelector('#report-results').textContent.includes('洛阳市'));
  const after = await page.locator('#report-results').textContent();
  assert.match(after, /开封市：全部逻辑关系成立/);
  assert.match(after, /洛阳市：1 项逻辑关系不成立/);
  assert.match(after, /8≥9\+11/);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-report')]);
  assert.ok(dl.suggestedFilename().endsWith('.csv'));
  // Deadlines across National Day 2023 (9/29–10/6 off, 10/7 and 10/8 working).
  await page.selectOption('#dl-province', 'national');
  await page.fill('#dl-month', '2023-09');
  await page.locator('#dl-month').dispatchEvent('change');
  await page.fill('#dl-applied', '2023-09-25');
  await page.locator('#dl-applied').dispatchEvent('change');
  assert.equal(await page.locator('#report-deadline-date').textContent(), '2023-10-11');
  // Employers' applications: 15 working days (2023-10-20); young people's own: no time set
  // nationally ([1/7] ruling 2), and the page says so rather than give the employers' date.
  assert.equal(await page.locator('#review-deadline-date').textContent(), '2023-10-20');
  assert.match(await page.locator('#review-youth').textContent(), /没有规定对个人提交的见习申请多长时间内审核/);
  assert.equal(await page.locator('#review-youth-date').count(), 0);
  await page.selectOption('#dl-province', 'yunnan');
  assert.equal(await page.locator('#report-deadline-date').textContent(), '2023-10-08');
  await page.selectOption('#dl-province', 'hunan');
  assert.equal(await page.locator('#review-deadline-date').textContent(), '2023-10-08', 'Hunan: 5 working days, the last two on the make-up weekend');
  assert.equal(await page.locator('#review-youth-date').textContent(), '2023-10-08', 'Hunan sets the same time for young people');
  await page.selectOption('#dl-province', 'ningxia');
  assert.equal(await page.locator('#report-deadline-date').textContent(), '2023-10-03');
  // Quota progress: Henan's table, Zhengzhou 5,000 of 20,000.
  await page.selectOption('#quota-id', 'henan-2023');
  await page.locator('#quota tr[data-region="郑州市"] input').fill('5000');
  assert.equal((await page.locator('#quota tr[data-region="郑州市"] td').last().textContent()).trim(), '25.0%');
  assert.equal(await page.locator('#quota-done').textContent(), '5,000');
  assert.equal(await page.locator('#quota-share').textContent(), '5.0%');
  assert.ok(page.url().includes('q-henan-2023'), 'progress is in the URL');
  assert.deepEqual(problems, []);
  await context.close();
});

const internal = (text) => text.match(/\b[a-z]+[A-Z][A-Za-z]*\b|\b[A-Za-z]+\[\d+\]/g) ?? [];
const typeRow = async (row, values, name = '') => {
  const cells = row.locator('input');
  await cells.nth(0).fill(name);
  for (let i = 0; i < values.length; i++) await cells.nth(i + 1).fill(String(values[i]));
};
const GOOD = [10, 2, 40, 5, 30, 25, 20, 12, 6, 5, 4, 1, 20, 3.5];

test('the monthly form: its own export imports back, blank is missing, rows counted as the table shows them', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 1280, height: 900 });
  page.setDefaultTimeout(8000);
  await page.goto(`${env.origin}/www/officials.html`);
  await page.locator('#report-section').waitFor();
  for (let i = 0; i < 3; i++) await page.click('#add-unit');
  const rows = page.locator('#report tbody tr');
  // Row 1 and row 3 left empty; rows 2 and 4 filled without a name; row 4 half filled.
  await typeRow(rows.nth(1), GOOD);
  await typeRow(rows.nth(3), GOOD.slice(0, 7));
  const results = await page.locator('#report-results').innerText();
  assert.match(results, /第 2 行：全部逻辑关系成立/);
  assert.match(results, /第 4 行：还未填写 指标8（[^）]+）、指标9/, results);
  assert.ok(!/第 4 行：全部/.test(results), 'a half-filled row does not pass');
  // A word where a number goes: said with the indicator's own number and name, counted from 1.
  await rows.nth(1).locator('input').nth(1).fill('十');
  const said = await page.locator('#report-results').innerText();
  assert.match(said, /第 2 行：指标1（[^）]+）应填数字/);
  assert.deepEqual(internal(said), [], said);
  await rows.nth(1).locator('input').nth(1).fill('１０'); // full-width digits are digits
  assert.match(await page.locator('#report-results').innerText(), /第 2 行：全部逻辑关系成立/);
  // Export, then import that very file: its header is not a unit.
  await rows.nth(1).locator('input').first().fill('开封市');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-report')]);
  const file = new URL('../artifacts/report-export.csv', import.meta.url).pathname;
  writeFileSync(file, readFileSync(await dl.path()));
  await page.setInputFiles('#report-file', file);
  await page.waitForFunction(() => document.querySelectorAll('#report tbody tr').length === 2);
  const names = await page.locator('#report tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('input').value));
  assert.deepEqual(names, ['开封市', ''], 'the units of the export, and no header row among them');
  assert.deepEqual(problems, []);
  await context.close();
});

test('quota progress takes whole numbers only, and a shared link reopens its own table', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 1280, height: 900 });
  page.setDefaultTimeout(8000);
  await page.goto(`${env.origin}/www/officials.html`);
  await page.locator('#quota-section').waitFor();
  await page.selectOption('#quota-id', 'ningxia-2023');
  const row = page.locator('#quota tr[data-region="银川市"]');
  for (const bad of ['-20', '1.5', '99999999']) {
    await row.locator('input').fill(bad);
    assert.equal(await row.locator('input').getAttribute('aria-invalid'), 'true', bad);
    assert.ok(await row.locator('.error').isVisible(), bad);
    assert.equal((await row.locator('td').last().textContent()).trim(), '—', `${bad}: no share`);
    assert.equal(await page.locator('#quota-done').textContent(), '0', `${bad}: not counted`);
  }
  await row.locator('input').fill('700');
  assert.equal((await row.locator('td').last().textContent()).trim(), '50.0%');
  const link = page.url();
  const again = await context.newPage();
  await again.goto(link);
  await again.locator('#quota-section').waitFor();
  assert.equal(await again.locator('#quota-id').inputValue(), 'ningxia-2023');
  assert.equal(await again.locator('#quota tr[data-region="银川市"] input').inputValue(), '700');
  // The 14-column form has the room of a wide screen.
  const width = await page.locator('#report-section').evaluate((e) => e.getBoundingClientRect().width);
  assert.ok(width > 1000, `the form section is ${width} px wide`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('deadlines past the holiday calendar are given, marked provisional (December 2026), with the province’s own notes', async () => {
  // Issue 13 defect 6: the December 2026 report and a review from 2026-12-11 got “no 2027
  // holiday calendar”. Now: a date counted on weekdays, marked 暂定, and why.
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 1280, height: 900 });
  page.setDefaultTimeout(8000);
  await page.goto(`${env.origin}/www/officials.html`);
  await page.locator('#deadline-section').waitFor();
  await page.selectOption('#dl-province', 'gansu');
  await page.fill('#dl-month', '2026-12');
  await page.locator('#dl-month').dispatchEvent('change');
  await page.fill('#dl-applied', '2026-12-11');
  await page.locator('#dl-applied').dispatchEvent('change');
  assert.equal(await page.locator('#deadline-error').isVisible(), false);
  assert.equal(await page.locator('#report-deadline-date').textContent(), '2027-01-07');
  const report = await page.locator('#report-deadline').innerText();
  assert.match(report, /暂定/);
  assert.match(report, /2027年的节假日安排/, 'says why it is provisional');
  assert.match(report, /甘人社通〔2022〕134号未规定月度汇总表的报送时限/, 'says the province sets none and whose rule is used');
  assert.match(await page.locator('#annual-report').innerText(), /2026-12-20/, 'Gansu’s annual report');
  assert.match(await page.locator('#review-deadline-date').textContent(), /^2027-01-\d\d$/);
  assert.match(await page.locator('#review-employer').innerText(), /暂定/);
  assert.match(await page.locator('#review-youth-date').textContent(), /^2027-01-\d\d$/, 'Gansu sets a time for graduates too');
  // A date cleared is asked for again, not called wrong.
  await page.fill('#dl-applied', '');
  await page.locator('#dl-applied').dispatchEvent('change');
  assert.equal(await page.locator('#deadline-error').isVisible(), false, 'no red error for a blank date');
  assert.match(await page.locator('#review-deadline').innerText(), /填写申请提交日期后显示时限/);
  assert.equal(await page.locator('#report-deadline-date').textContent(), '2027-01-07', 'the other deadline stays');
  assert.deepEqual(problems, []);
  await context.close();
});

test('deadlines under an expired provincial notice or past what the notices speak of say so, in the engine\'s words', async () => {
  // Hunan's notice ran until 2026-07-24 and the others speak of plans to 2023-12-31: the
  // deadlines then rest on the national notices, and the page says it as the other pages do.
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 375, height: 800 });
  page.setDefaultTimeout(8000);
  await page.goto(`${env.origin}/www/officials.html`);
  await page.locator('#deadline-section').waitFor();
  const set = async (province, month, applied) => {
    await page.selectOption('#dl-province', province);
    await page.fill('#dl-month', month);
    await page.locator('#dl-month').dispatchEvent('change');
    await page.fill('#dl-applied', applied);
    await page.locator('#dl-applied').dispatchEvent('change');
  };
  await set('hunan', '2026-11', '2026-12-07');
  const warn = page.locator('#deadline-warnings');
  assert.match(await warn.innerText(), /湘人社规〔2023〕9号有效期至 2026-07-24，2026-12-\d\d 已失效/);
  assert.match(await warn.innerText(), /针对 2023-12-31 以前的见习计划/);
  assert.equal(await warn.getAttribute('role'), 'note');
  assert.equal((await warn.innerText()).match(/已失效/g).length, 1, 'said once');
  // In force and within what the notice speaks of: nothing to say.
  await set('hunan', '2023-09', '2023-10-09');
  assert.equal(await warn.isHidden(), true, await warn.innerText());
  await set('national', '2026-11', '2026-12-07');
  assert.match(await warn.innerText(), /针对 2023-12-31 以前的见习计划/);
  assert.ok(!/湘人社规/.test(await warn.innerText()));
  assert.deepEqual(problems, []);
  await context.close();
});
