// The officials' page: a monthly form with a known broken relation (in the page and
// from a CSV), deadlines across the 2023 National Day holiday and its make-up days,
// and quota progress.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
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
  // checkEligibility no longer gives young people the employers' 15 working days ([1/7] ruling 2);
  // the page says so until it asks reviewDeadline({ applicant: 'employer' }) for the date (2023-10-20).
  assert.match(await page.locator('#review-deadline').textContent(), /15 个工作日，针对的是用人单位提交的见习申请/);
  await page.selectOption('#dl-province', 'yunnan');
  assert.equal(await page.locator('#report-deadline-date').textContent(), '2023-10-08');
  await page.selectOption('#dl-province', 'hunan');
  assert.equal(await page.locator('#review-deadline-date').textContent(), '2023-10-08', 'Hunan: 5 working days, the last two on the make-up weekend');
  await page.selectOption('#dl-province', 'ningxia');
  assert.equal(await page.locator('#report-deadline-date').textContent(), '2023-10-03');
  // Quota progress: Henan's table, Zhengzhou 5,000 of 20,000.
  await page.selectOption('#quota-id', 'henan-2023');
  await page.locator('#quota tr[data-region="郑州市"] input').fill('5000');
  assert.equal((await page.locator('#quota tr[data-region="郑州市"] td').last().textContent()).trim(), '25.0%');
  assert.equal(await page.locator('#quota-done').textContent(), '5000');
  assert.equal(await page.locator('#quota-share').textContent(), '5.0%');
  assert.ok(page.url().includes('q-henan-2023'), 'progress is in the URL');
  assert.deepEqual(problems, []);
  await context.close();
});
