// The planning page's what-if through the rules studio's fields: a minimum-wage change and
// a standard change, each delta equal to the difference of two plans computed here from
// policy files written by the test (not by the page); the planner's assumptions labelled
// beside the documents' figures; the URL restores the what-if, back steps through it; a
// bad figure is named next to its field in Chinese and English and no figure stays from
// the run before; the export reads back with the what-if columns and the changes listed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, watchedPage } from './browser.mjs';
import { parseCsv, parseXlsx, decodeText } from '../../www/batch.js';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); });

const fenOf = (text) => {
  const m = /(−|-)?([\d,]+)\.(\d\d)/.exec(text);
  assert.ok(m, `a money figure in “${text}”`);
  return (m[1] ? -1 : 1) * (Number(m[2].replaceAll(',', '')) * 100 + Number(m[3]));
};

/** The two plans computed in the page from the URL's plan: on the documents' data, and on
 *  the province's file as `edit` (run here, in Node) changes it. Totals per city and month. */
async function twoPlans(page, edit) {
  const files = await page.evaluate(async () => (await import('/pkg/jianxi.js')).policies().jurisdictions);
  edit(files);
  return page.evaluate(async (changed) => {
    const m = await import('/www/planning-model.js');
    const j = await import('/pkg/jianxi.js');
    const plan = m.buildPlan(m.readState(new URLSearchParams(location.search), j.policies()));
    const a = j.simulate(plan);
    const b = j.simulate({ ...plan, policies: changed.filter((f) => f.id === plan.province) });
    const months = new Map(a.months.map((x) => [x.month, -m.fen(x.amounts.total)]));
    for (const x of b.months) months.set(x.month, (months.get(x.month) ?? 0) + m.fen(x.amounts.total));
    return { a: m.fen(a.amounts.total), b: m.fen(b.amounts.total), cities: a.groups.map((g, k) => [g.name, m.fen(b.groups[k].amounts.total) - m.fen(g.amounts.total)]), months: [...months] };
  }, files);
}

async function assertDeltas(page, plans, what) {
  assert.notEqual(plans.a, plans.b, `${what}: the change changes the plan`);
  assert.equal(fenOf(await page.locator('#total').textContent()), plans.a, `${what}: the baseline`);
  assert.equal(fenOf(await page.locator('#whatif-total').textContent()), plans.b, `${what}: the what-if`);
  assert.equal(fenOf(await page.locator('#delta-total').textContent()), plans.b - plans.a, `${what}: delta = difference of the two plans`);
  for (const [city, d] of plans.cities) assert.equal(fenOf(await page.locator(`#by-city tr[data-city="${city}"] td[data-k=delta]`).textContent()), d, `${what}: ${city}`);
  for (const [month, d] of plans.months) assert.equal(fenOf(await page.locator(`#months tr[data-month="${month}"] td[data-k=delta]`).textContent()), d, `${what}: ${month}`);
}

const card = (page, key) => page.locator(`fieldset.whatif-card[data-key="${key}"]`);

async function setField(page, key, path, value) {
  const input = card(page, key).locator(`[data-path="${path}"]`);
  if (await input.evaluate((n) => n.tagName) === 'SELECT') await input.selectOption(value);
  else { await input.fill(value); await input.dispatchEvent('change'); }
}

test('a minimum wage and a standard changed through the studio\'s fields: deltas, labels, URL, back, bad value, export, print', async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 1280, height: 900 });
  // Henan's 2023 plan, typed down to three cities (one of them all in tier 2) to keep the run short.
  await page.goto(`${env.origin}/www/planning.html?p=henan&q=henan-2023&rows=${encodeURIComponent('郑州市~3000~0|洛阳市~2000~0|信阳市~1500~2')}`);
  await page.locator('#total').waitFor();
  assert.equal(await page.locator('#delta-total').count(), 0, 'no what-if yet');

  // 1. A minimum wage: Henan's 2024-01-01 tier 1 figure, 2,100 → 2,300 元, through the editor.
  await page.selectOption('#whatif-target', 'henan.wage.2');
  await page.click('#whatif-add');
  const wage = card(page, 'henan.wage.2');
  await wage.waitFor();
  assert.match(await wage.textContent(), /文件规定：2024-01-01 起 2100 \/ 2000 \/ 1800 元\/月/, "the document's figure beside the assumption");
  assert.match(await wage.locator('details.src summary').textContent(), /豫政〔2023〕43号/, 'with its citation');
  assert.match(await wage.textContent(), /使用者的假设/);
  assert.equal(await wage.locator('[data-path="amounts[0]"]').inputValue(), '2100', 'the editor starts from the document');
  await setField(page, 'henan.wage.2', 'amounts[0]', '2300');
  await page.waitForFunction(() => new URL(location.href).searchParams.getAll('x').some((x) => x.includes('amounts=2300')));
  await page.locator('#delta-total').waitFor();
  const wagePlans = await twoPlans(page, (files) => { files.find((f) => f.id === 'henan').minimumWage.entries.find((e) => e.from === '2024-01-01').amounts[0] = 2300; });
  await assertDeltas(page, wagePlans, 'minimum wage');
  const urlOne = page.url();

  // 2. A standard, besides: the base from 70 % of the minimum wage to a fixed 1,500 元 (another kind).
  await page.selectOption('#whatif-target', 'henan.0.baseSubsidy');
  await page.click('#whatif-add');
  const std = card(page, 'henan.0.baseSubsidy');
  await std.waitFor();
  assert.equal(await std.locator('[data-path=percent]').inputValue(), '70');
  assert.ok(await std.locator('[data-path=amount]').isHidden(), 'a share shows its percent only');
  await setField(page, 'henan.0.baseSubsidy', 'kind', 'fixed');
  // A fixed sum without its amount: named next to the field, nothing drawn.
  assert.match(await std.locator('[data-path=amount]').evaluate((n) => document.getElementById(`${n.id}-error`).textContent), /请填写此项/);
  assert.ok(await page.locator('#results').isHidden());
  await setField(page, 'henan.0.baseSubsidy', 'amount', '1500');
  await page.waitForFunction(() => new URL(location.href).searchParams.getAll('x').some((x) => x.includes('amount=1500')));
  await page.locator('#delta-total').waitFor();
  const bothPlans = await twoPlans(page, (files) => {
    const h = files.find((f) => f.id === 'henan');
    h.minimumWage.entries.find((e) => e.from === '2024-01-01').amounts[0] = 2300;
    h.ruleSets[0].baseSubsidy = { kind: 'fixed', amount: 1500, source: h.ruleSets[0].baseSubsidy.source };
  });
  await assertDeltas(page, bothPlans, 'minimum wage and standard');
  // Labelled: the assumption in the standards as the user's, the changes listed with the documents' figures.
  const standards = await page.locator('#standards').textContent();
  assert.match(standards, /调整后：.*见习补贴：1500\.00 元\/月\s*使用者的假设/s);
  assert.match(await page.locator('#whatif-list').textContent(), /基础补贴标准：文件规定 当地月最低工资标准的 70%（豫人社函〔2023〕138号 三（一）补贴支持） → 使用者的假设 每人每月 1500 元/);
  assert.match(await page.locator('#totals').textContent(), /调整后总额（使用者的假设）/);
  const urlBoth = page.url();
  assert.deepEqual(new URL(urlBoth).searchParams.getAll('x').sort(), ['henan.0.baseSubsidy:kind=fixed;amount=1500', 'henan.wage.2:from=2024-01-01;amounts=2300,2000,1800']);

  // 3. A bad figure: the engine's error next to the field, in both languages; no figure stays.
  await setField(page, 'henan.wage.2', 'amounts[1]', '-5');
  const errText = await wage.locator('.error:not([hidden])').first().textContent();
  assert.match(errText, /二类/, 'the field named by its label');
  assert.match(await wage.locator('.error:not([hidden]) [lang=en]').first().textContent(), /out of range/);
  assert.equal(await wage.locator('[data-path="amounts[1]"]').getAttribute('aria-invalid'), 'true');
  assert.ok(await page.locator('#results').isHidden(), 'no results from the run before');
  assert.equal(await page.locator('#chart svg').count(), 0, 'no stale chart');
  assert.equal(await page.locator('#total').count(), 0);
  assert.match(await page.locator('#plan-error').textContent(), /调整中有错误.*what-if has an error/s);
  assert.equal(page.url(), urlBoth, 'the URL keeps the last plan drawn');
  await setField(page, 'henan.wage.2', 'amounts[1]', '2000');
  await page.locator('#delta-total').waitFor();
  assert.equal(fenOf(await page.locator('#delta-total').textContent()), bothPlans.b - bothPlans.a, 'fixed: the plan again');
  assert.equal(await wage.locator('.error:not([hidden])').count(), 0);

  // 4. Export: baseline, what-if and delta columns; the changes listed with the documents' figures.
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
  const files = [parseCsv(decodeText(new Uint8Array(readFileSync(await csvDl.path())))), parseXlsx(new Uint8Array(readFileSync(await xlsxDl.path())))];
  for (const rows of files) {
    const head = rows.findIndex((r) => r[0] === '分地区');
    const cols = rows[head];
    const total = rows.slice(head).find((r) => r[0] === '合计');
    assert.equal(Math.round(Number(total[cols.indexOf('合计')]) * 100), bothPlans.a);
    assert.equal(Math.round(Number(total[cols.indexOf('调整后合计（假设）')]) * 100), bothPlans.b);
    assert.equal(Math.round(Number(total[cols.indexOf('差额')]) * 100), bothPlans.b - bothPlans.a);
    for (const [city, d] of bothPlans.cities) assert.equal(Math.round(Number(rows.slice(head).find((r) => r[0] === city)[cols.indexOf('差额')]) * 100), d, city);
    const monthHead = rows.findIndex((r) => r[0] === '月份');
    const deltaCol = rows[monthHead].indexOf('差额');
    const byMonth = new Map(rows.slice(monthHead + 1).filter((r) => /^\d{4}-\d\d$/.test(r[0])).map((r) => [r[0], Math.round(Number(r[deltaCol]) * 100)]));
    for (const [month, d] of bothPlans.months) assert.equal(byMonth.get(month) ?? 0, d, month);
    const listHead = rows.findIndex((r) => r[0] === '调整项');
    assert.deepEqual(rows[listHead].slice(0, 4), ['调整项', '文件规定', '出处', '使用者的假设']);
    const changes = rows.slice(listHead + 1, listHead + 3);
    assert.deepEqual(changes.map((r) => r[3]).sort(), ['2024-01-01 起 2300 / 2000 / 1800 元/月', '每人每月 1500 元']);
    assert.ok(changes.some((r) => r[1] === '当地月最低工资标准的 70%' && r[2] === '豫人社函〔2023〕138号 三（一）补贴支持'));
  }

  // 5. The URL alone restores the what-if, on a phone; print shows the changes, not the form.
  const again = await watchedPage(env.browser, env.origin, { width: 375, height: 740 });
  await again.page.goto(urlBoth);
  await again.page.locator('#delta-total').waitFor();
  assert.equal(fenOf(await again.page.locator('#delta-total').textContent()), bothPlans.b - bothPlans.a);
  assert.equal(await card(again.page, 'henan.wage.2').locator('[data-path="amounts[0]"]').inputValue(), '2300');
  assert.equal(await card(again.page, 'henan.0.baseSubsidy').locator('[data-path=kind]').inputValue(), 'fixed');
  assert.ok(await again.page.evaluate(() => document.documentElement.scrollWidth - innerWidth) <= 1, 'nothing wider than the phone');
  await again.page.emulateMedia({ media: 'print' });
  assert.equal(await again.page.locator('#plan').isVisible(), false);
  assert.match(await again.page.locator('#whatif-print').textContent(), /使用者的假设.*文件规定 2024-01-01 起 2100 \/ 2000 \/ 1800 元\/月.*→ 假设 2024-01-01 起 2300/s);
  await again.context.close();

  // 6. Back: the standard as the document gives it (the card just added), then without it.
  await page.evaluate(() => history.back());
  await page.waitForFunction(() => new URL(location.href).searchParams.getAll('x').some((x) => x.includes('percent=70')));
  await page.locator('#delta-total').waitFor();
  assert.equal(fenOf(await page.locator('#delta-total').textContent()), wagePlans.b - wagePlans.a);
  assert.equal(await card(page, 'henan.0.baseSubsidy').locator('[data-path=percent]').inputValue(), '70');
  await page.evaluate(() => history.back());
  await page.waitForFunction((u) => location.href === u, urlOne);
  await page.locator('#delta-total').waitFor();
  assert.equal(fenOf(await page.locator('#delta-total').textContent()), wagePlans.b - wagePlans.a);
  assert.equal(await page.locator('fieldset.whatif-card').count(), 1);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test('a bad figure in a shared URL is named next to its field; presets are one step for each province', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 375, height: 740 });
  await page.goto(`${env.origin}/www/planning.html?p=yunnan&q=yunnan-2023&x=${encodeURIComponent('yunnan.0.retentionThreshold:percent=abc')}`);
  const threshold = card(page, 'yunnan.0.retentionThreshold');
  await threshold.locator('.error:not([hidden])').first().waitFor();
  assert.match(await threshold.locator('.error:not([hidden])').first().textContent(), /留用率门槛（%）.*abc/s);
  assert.ok(await page.locator('#results').isHidden());
  // Yunnan's fixed 1,500 元: the preset 1,800 元 in one step, filling the editor.
  assert.deepEqual(await page.locator('#presets button').allTextContents(), ['见习补贴：1,500 → 1,800 元', '留用率门槛：50% → 40%']);
  await page.locator('#presets button[data-preset=threshold-40]').click();
  await page.locator('#delta-total').waitFor();
  assert.equal(await threshold.locator('[data-path=percent]').inputValue(), '40');
  assert.match(await page.locator('#standards').textContent(), /调整后：.*留用率门槛：40%\s*使用者的假设/s);
  await page.locator('#presets button[data-preset=base-fixed]').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.getAll('x').length === 2);
  assert.equal(await card(page, 'yunnan.0.baseSubsidy').locator('[data-path=amount]').inputValue(), '1800');
  const plans = await twoPlans(page, (files) => {
    const y = files.find((f) => f.id === 'yunnan');
    y.ruleSets[0].baseSubsidy.amount = 1800;
    y.ruleSets[0].retentionThreshold.percent = 40;
  });
  await assertDeltas(page, plans, 'Yunnan presets');
  // Removing a change takes it out of the plan and the URL.
  await card(page, 'yunnan.0.baseSubsidy').getByRole('button', { name: '取消此项调整' }).click();
  await page.waitForFunction(() => new URL(location.href).searchParams.getAll('x').length === 1);
  assert.equal(await page.locator('fieldset.whatif-card').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});
