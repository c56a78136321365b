// The planning page: Henan's 2023 quota with the default assumptions, checked against the
// summary path city by city; a what-if (70% → 80% of the minimum wage) whose delta is the
// difference of two plans; the export read back; the plan restored from its URL; phone
// width, print and axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, watchedPage } from './browser.mjs';
import { parseCsv, parseXlsx, decodeText } from '../../www/batch.js';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); });

/** "1,234.56 元" or "−1,234.56" → fen. */
const fenOf = (text) => {
  const m = /(−|-)?([\d,]+)\.(\d\d)/.exec(text);
  assert.ok(m, `a money figure in “${text}”`);
  return (m[1] ? -1 : 1) * (Number(m[2].replaceAll(',', '')) * 100 + Number(m[3]));
};

test('Henan 2023 quota: default plan equals the summary path city by city; what-if delta; export; URL; print; phone; axe', async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 1280, height: 900 });
  // The officials' page links here.
  await page.goto(`${env.origin}/www/officials.html`);
  await page.locator('#planning-link').click();
  await page.locator('#total').waitFor();
  assert.match(page.url(), /\/www\/planning\.html/);
  assert.equal(await page.locator('#cities-total').textContent(), '100000', "Henan's quota: 100,000 posts");
  assert.equal(await page.locator('#cities tbody tr').count(), 19);

  // The page's total against simulate() run on each city's interns alone, summed.
  const check = await page.evaluate(async () => {
    const m = await import('/www/planning-model.js');
    const j = await import('/pkg/jianxi.js');
    const data = j.policies();
    const state = m.readState(new URLSearchParams(location.search), data);
    const plan = m.buildPlan(state);
    const cities = plan.groups.map((name, g) => ({ name, total: m.fen(j.simulate(m.groupPlan(plan, g)).amounts.total) }));
    return { interns: plan.interns.outcome.length, cities, sum: cities.reduce((a, c) => a + c.total, 0), seed: state.seed };
  });
  assert.equal(check.interns, 100000);
  assert.equal(check.seed, 1);
  assert.equal(fenOf(await page.locator('#total').textContent()), check.sum, 'total = Σ per-city summary answers');
  for (const c of check.cities) {
    assert.equal(fenOf(await page.locator(`#by-city tr[data-city="${c.name}"] td[data-k=total]`).textContent()), c.total, c.name);
  }
  // The months add up to the total too.
  const monthTotals = await page.locator('#months td[data-k=total]').allTextContents();
  assert.equal(monthTotals.reduce((a, t) => a + fenOf(t), 0), check.sum);
  assert.match(await page.locator('#standards').textContent(), /豫人社函〔2023〕138号/, 'the standards with their document');
  assert.match(await page.locator('#standards').textContent(), /当地最低工资标准的 70%/);
  assert.equal(await page.locator('#chart svg rect').count() > 10, true, 'the cash-flow chart is drawn');

  // What-if: 80 % of the minimum wage instead of 70 %, one step (a preset that fills the editor).
  await page.locator('#presets button[data-preset=base-share]').click();
  await page.locator('#delta-total').waitFor();
  assert.equal(await page.locator('fieldset[data-key="henan.0.baseSubsidy"] [data-path=percent]').inputValue(), '80', 'the preset fills the editor');
  const twoPlans = await page.evaluate(async () => {
    const m = await import('/www/planning-model.js');
    const j = await import('/pkg/jianxi.js');
    const data = j.policies();
    const plan = m.buildPlan(m.readState(new URLSearchParams(location.search), data));
    // The other plan's policy: Henan's file with 80 %, written here, not by the page.
    const henan = structuredClone(data.jurisdictions.find((x) => x.id === 'henan'));
    for (const rs of henan.ruleSets) if (rs.baseSubsidy?.percent === 70) rs.baseSubsidy.percent = 80;
    const a = j.simulate(plan), b = j.simulate({ ...plan, policies: [henan] });
    return {
      a: m.fen(a.amounts.total), b: m.fen(b.amounts.total),
      cities: a.groups.map((g, k) => [g.name, m.fen(b.groups[k].amounts.total) - m.fen(g.amounts.total)]),
      months: Object.entries(Object.fromEntries([...b.months.map((x) => [x.month, m.fen(x.amounts.total)])].map(([k, v]) => [k, v - m.fen(a.months.find((y) => y.month === k)?.amounts.total ?? '0')]))),
    };
  });
  assert.ok(twoPlans.b > twoPlans.a);
  assert.equal(fenOf(await page.locator('#total').textContent()), twoPlans.a, 'the baseline stays');
  assert.equal(fenOf(await page.locator('#whatif-total').textContent()), twoPlans.b);
  assert.equal(fenOf(await page.locator('#delta-total').textContent()), twoPlans.b - twoPlans.a, 'delta = difference of the two plans');
  for (const [city, d] of twoPlans.cities) assert.equal(fenOf(await page.locator(`#by-city tr[data-city="${city}"] td[data-k=delta]`).textContent()), d, city);
  for (const [month, d] of twoPlans.months) assert.equal(fenOf(await page.locator(`#months tr[data-month="${month}"] td[data-k=delta]`).textContent()), d, month);
  assert.match(await page.locator('#standards').textContent(), /调整后：.*当地最低工资标准的 80%/s);
  assert.deepEqual(new URL(page.url()).searchParams.getAll('x'), ['henan.0.baseSubsidy:kind=minimumWageShare;percent=80'], 'the what-if is in the URL');

  // Export: .csv and .xlsx read back with the page's own readers, same figures as the tables.
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  assert.ok(csvDl.suggestedFilename().endsWith('.csv'));
  const csvRows = parseCsv(decodeText(new Uint8Array(readFileSync(await csvDl.path()))));
  const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
  assert.ok(xlsxDl.suggestedFilename().endsWith('.xlsx'));
  const xlsxRows = parseXlsx(new Uint8Array(readFileSync(await xlsxDl.path())));
  for (const rows of [csvRows, xlsxRows]) {
    const head = rows.findIndex((r) => r[0] === '分地区');
    const cols = rows[head];
    const zhengzhou = rows.slice(head).find((r) => r[0] === '郑州市');
    assert.equal(Math.round(Number(zhengzhou[cols.indexOf('合计')]) * 100), check.cities.find((c) => c.name === '郑州市').total);
    const total = rows.slice(head).find((r) => r[0] === '合计');
    assert.equal(Math.round(Number(total[cols.indexOf('合计')]) * 100), twoPlans.a);
    assert.equal(Math.round(Number(total[cols.indexOf('差额')]) * 100), twoPlans.b - twoPlans.a);
    assert.ok(rows.some((r) => r[0] === '随机种子' && r[1] === '1'), 'the assumptions travel with the figures');
    const monthHead = rows.findIndex((r) => r[0] === '月份');
    assert.equal(rows.slice(monthHead + 1).filter((r) => /^\d{4}-\d\d$/.test(r[0])).reduce((a, r) => a + Math.round(Number(r[4]) * 100), 0), twoPlans.a);
  }

  // Another assumption, then the URL alone restores the plan.
  await page.fill('#retain', '70');
  await page.locator('#retain').dispatchEvent('change');
  await page.fill('#seed', '7');
  await page.locator('#seed').dispatchEvent('change');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('seed') === '7');
  const shown = { total: await page.locator('#total').textContent(), delta: await page.locator('#delta-total').textContent() };
  assert.notEqual(fenOf(shown.total), twoPlans.a, 'a different seed and retention give another plan');
  const url = page.url();
  const again = await watchedPage(env.browser, env.origin, { width: 375, height: 740 });
  await again.page.goto(url);
  await again.page.locator('#delta-total').waitFor();
  assert.equal(await again.page.locator('#total').textContent(), shown.total);
  assert.equal(await again.page.locator('#delta-total').textContent(), shown.delta);
  assert.equal(await again.page.locator('#retain').inputValue(), '70');
  assert.equal(await again.page.locator('fieldset[data-key="henan.0.baseSubsidy"] [data-path=percent]').inputValue(), '80');
  // A phone: nothing wider than the screen outside the scrolling tables.
  const overflow = await again.page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 1, `page wider than the phone by ${overflow}px`);
  // Printing: the results without the form.
  await again.page.emulateMedia({ media: 'print' });
  assert.equal(await again.page.locator('#plan').isVisible(), false);
  assert.equal(await again.page.locator('#results').isVisible(), true);
  assert.equal(await again.page.locator('#assumptions-print').isVisible(), true);
  assert.deepEqual(again.problems, []);
  assert.deepEqual(problems, []);
});

test('the planning page has no serious or critical axe violation; bad input is named, not a crash', async () => {
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const context = await env.browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 667 } });
  const page = await context.newPage();
  // wb=1800: a link of the earlier quick what-if still opens (as a change in the editor).
  await page.goto(`${env.origin}/www/planning.html?p=yunnan&q=yunnan-2023&wb=1800&size=3`);
  await page.locator('#delta-total').waitFor();
  await page.addScriptTag({ path: axe });
  const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  assert.deepEqual(found, []);
  // Yunnan's fixed 1,500 元 → 1,800 元: the delta is 300 元 per base month paid.
  assert.ok(fenOf(await page.locator('#delta-total').textContent()) > 0);
  assert.equal(await page.locator('fieldset[data-key="yunnan.0.baseSubsidy"] [data-path=amount]').inputValue(), '1800');
  await page.fill('#lengths', '3:20,six:50');
  await page.locator('#lengths').dispatchEvent('change');
  assert.match(await page.locator('#plan-error').textContent(), /约定见习期限/);
  await context.close();
});

test('entries as a Chinese keyboard types them are read; bad entries are named in Chinese and English, marked, and never reach the engine', async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 375, height: 667 });
  await page.goto(`${env.origin}/www/planning.html`);
  await page.locator('#total').waitFor();
  const shownTotal = await page.locator('#total').textContent();
  const enter = async (sel, v) => { await page.fill(sel, v); await page.locator(sel).dispatchEvent('change'); };
  const error = async () => ((await page.locator('#plan-error').isVisible()) ? page.locator('#plan-error').innerText() : '');
  // Full-width digits and punctuation (an IME's) mean the same numbers: the plan is the same.
  await enter('#seed', '１');
  await enter('#retain', '５０％');
  await enter('#lengths', '3：20，6：50，12：30');
  await enter('#cities tbody tr:nth-child(1) [data-k=n]', '２０００');
  assert.equal(await error(), '', 'full-width entries are accepted');
  assert.equal(await page.locator('#total').textContent(), shownTotal, 'the same plan as with ASCII digits');
  assert.equal(await page.locator('#seed').inputValue(), '1', 'the field shows the number used');
  assert.equal(await page.locator('#lengths').inputValue(), '3:20,6:50,12:30');
  // Bad entries: named by the form in both languages, the field marked, no stale results, no engine path.
  for (const [sel, v, zh, en] of [
    ['#size', '1.5', /每个见习单位的人数.*整数/, /Interns per unit.*whole number/],
    ['#seed', '-3', /随机种子/, /Random seed/],
    ['#tiers', '4:100', /最低工资类别构成.*1—3/, /tier mix.*1 to 3/],
    ['#cities tbody tr:nth-child(1) [data-k=n]', '2000000', /见习人数.*1000000/, /interns.*1,000,000/],
  ]) {
    await enter(sel, v);
    const text = await error();
    assert.match(text, zh, `${sel}=${v}: Chinese`);
    assert.match(text, en, `${sel}=${v}: English`);
    assert.doesNotMatch(text, /units|interns\.|internList|startDate/, `${sel}=${v}: no engine path`);
    assert.equal(await page.locator('#results').isVisible(), false, `${sel}=${v}: no figures stay`);
    assert.equal(await page.locator(`${sel}[aria-invalid=true]`).count(), 1, `${sel}=${v}: the field is marked`);
    // Adding a city while an entry is bad is no crash: the error stays until it is put right.
    await page.click('#add-city');
    assert.match(await error(), zh, `${sel}=${v}: still named after “add a city”`);
    await enter(sel, { '#size': '4', '#seed': '1', '#tiers': '1:34,2:33,3:33' }[sel] ?? '2000');
    assert.equal(await page.locator('#cities tbody tr').count(), 19);
    assert.equal(await error(), '', `${sel}: corrected`);
    assert.equal(await page.locator('[aria-invalid=true]').count(), 0, `${sel}: the mark goes`);
    assert.equal(await page.locator('#total').textContent(), shownTotal, `${sel}: the plan is back`);
  }
  // Every city at 0: the table is named, not the engine's units.
  for (const input of await page.locator('#cities tbody [data-k=n]').all()) await input.fill('0');
  await page.locator('#cities tbody tr:first-child [data-k=n]').dispatchEvent('change');
  assert.match(await error(), /至少.*地区.*见习人数[\s\S]*at least one/i);
  assert.deepEqual(problems, []);
});

test('a province without a quota table (Hunan) is in the menu: typed numbers per city, its local standard, the URL restores it', async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 1280, height: 800 });
  await page.goto(`${env.origin}/www/planning.html`);
  await page.locator('#total').waitFor();
  const hunan = page.locator('#quota option[value="hunan/"]');
  assert.equal(await hunan.count(), 1, 'Hunan (no quota table) can be chosen');
  assert.match(await hunan.textContent(), /湖南省.*自行输入/);
  await page.selectOption('#quota', 'hunan/');
  assert.equal(await page.locator('#cities tbody tr').count(), 1, 'one empty row to type into');
  assert.match(await page.locator('#plan-error').innerText(), /至少.*地区.*见习人数/);
  assert.equal(await page.locator('#local').isVisible(), true, "Hunan's documents leave the amount to the locality");
  await page.fill('#cities tbody tr:first-child [data-k=city]', '长沙市');
  await page.fill('#cities tbody tr:first-child [data-k=n]', '400');
  assert.equal(await page.locator('#raisedAmount').isVisible(), false, "Hunan's raised standard is the document's (120 %): not asked");
  await page.fill('#baseAmount', '1500');
  await page.locator('#baseAmount').dispatchEvent('change');
  await page.locator('#total').waitFor();
  assert.equal(await page.locator('#plan-error').isVisible(), false);
  assert.equal(await page.locator('#by-city tbody tr').count(), 1);
  assert.match(await page.locator('#by-city tbody tr').innerText(), /长沙市\s+400/);
  const total = await page.locator('#total').textContent();
  const again = await watchedPage(env.browser, env.origin, { width: 375, height: 667 });
  await again.page.goto(page.url());
  await again.page.locator('#total').waitFor();
  assert.equal(await again.page.locator('#quota').inputValue(), 'hunan/', 'the menu shows the province restored');
  assert.equal(await again.page.locator('#total').textContent(), total);
  assert.deepEqual([...problems, ...again.problems], []);
});

test('the cash-flow chart is legible on a phone: text as large as the page says, round ticks in 万元, month labels apart', async () => {
  for (const width of [375, 1280]) {
    const { page, problems } = await watchedPage(env.browser, env.origin, { width, height: 800 });
    await page.goto(`${env.origin}/www/planning.html`);
    await page.locator('#chart svg text').first().waitFor();
    const texts = await page.locator('#chart svg text').evaluateAll((ns) => ns.map((n) => { const r = n.getBoundingClientRect(); return { t: n.textContent, h: r.height, left: r.left, right: r.right, top: r.top }; }));
    for (const t of texts) assert.ok(t.h >= 10, `${width}px: “${t.t}” drawn ${t.h.toFixed(1)}px high`);
    assert.ok(texts.some((t) => t.t === '万元'), `${width}px: the axis names its unit`);
    const ticks = texts.filter((t) => /^[\d,.]+$/.test(t.t)).map((t) => t.t);
    assert.ok(ticks.length >= 3, `${width}px: ticks ${ticks}`);
    for (const t of ticks) assert.match(t, /^(0|[1-9][\d,]*(\.\d)?)$/, `${width}px: a round tick, not “${t}”`);
    const months = texts.filter((t) => /^\d\d-\d\d$/.test(t.t)).sort((a, b) => a.left - b.left);
    assert.ok(months.length >= 3);
    for (let k = 1; k < months.length; k++) assert.ok(months[k].left >= months[k - 1].right + 2, `${width}px: ${months[k - 1].t} and ${months[k].t} overlap`);
    const svg = await page.locator('#chart svg').boundingBox();
    for (const t of texts) assert.ok(t.left >= svg.x - 0.5 && t.right <= svg.x + svg.width + 0.5, `${width}px: “${t.t}” inside the chart`);
    assert.deepEqual(problems, []);
    await page.context().close();
  }
});

test('the open retention differences (not in the total) are broken down by city and month and exported, under the label the totals use', async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 1280, height: 800 });
  await page.goto(`${env.origin}/www/planning.html`);
  await page.locator('#total').waitFor();
  const label = '留用率尚未确定的差额（未计入）';
  const open = fenOf(await page.locator('#totals dt', { hasText: label }).locator('xpath=following-sibling::dd[1]').textContent());
  assert.ok(open > 0, "Henan's default plan has open differences");
  for (const id of ['by-city', 'months']) {
    const col = (await page.locator(`#${id} thead th`).allTextContents()).indexOf(label);
    assert.ok(col > 0, `#${id} has the column`);
    const cells = await page.locator(`#${id} tbody tr`).evaluateAll((trs, c) => trs.map((tr) => tr.children[c].textContent), col);
    assert.equal(cells.reduce((a, t) => a + fenOf(t), 0), open, `#${id}: the column adds up to the totals' figure`);
  }
  // The engine's own note names the figure by this label, not by its field name.
  assert.doesNotMatch(await page.locator('#rules').textContent(), /differenceOpen/);
  assert.match(await page.locator('#rules').textContent(), new RegExp(label.replace(/[（）]/g, '.')));
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const rows = parseCsv(decodeText(new Uint8Array(readFileSync(await dl.path()))));
  const head = rows.findIndex((r) => r[0] === '分地区');
  const total = rows.slice(head).find((r) => r[0] === '合计');
  assert.equal(Math.round(Number(total[rows[head].indexOf(label)]) * 100), open);
  assert.ok(rows.some((r) => /金额单位：元/.test(r.join(''))), 'the export says its amounts are in yuan');
  assert.deepEqual(problems, []);
});

test("a standard that is a share of the minimum wage lists the minimum wages it used, each with its document", async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 375, height: 667 });
  await page.goto(`${env.origin}/www/planning.html`);
  await page.locator('#total').waitFor();
  const months = await page.locator('#months tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.month));
  // Henan's entries in force from the first start month to the last month paid, from the data (not the page).
  const want = await page.evaluate(async ([first, last]) => {
    const j = await import('/pkg/jianxi.js');
    const henan = j.policies().jurisdictions.find((x) => x.id === 'henan');
    const e = henan.minimumWage.entries;
    return e.filter((x, k) => x.from <= `${last}-31` && (!e[k + 1] || e[k + 1].from > `${first}-01`))
      .map((x) => ({ from: x.from, amounts: x.amounts, number: henan.documents.find((d) => d.id === x.source.document).number }));
  }, [months[0], months[months.length - 1]]);
  assert.equal(want.length, 2, 'Henan 2023-07 … 2024-12 spans the 2022 and 2024 minimum wages');
  const wages = page.locator('#standards [data-k=minimum-wage]');
  assert.equal(await wages.count(), want.length);
  for (const [k, e] of want.entries()) {
    const text = await wages.nth(k).textContent();
    assert.match(text, new RegExp(`${e.from} 起`));
    for (const a of e.amounts) assert.match(text, new RegExp(`${a.toLocaleString('en-US')} 元`));
    assert.ok(text.includes(e.number), `${e.from}: cites ${e.number}`);
  }
  // The export carries them too, and each standard with its document.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const rows = parseCsv(decodeText(new Uint8Array(readFileSync(await dl.path()))));
  for (const e of want) assert.ok(rows.some((r) => r[0] === `月最低工资标准（${e.from} 起）` && r[2].startsWith(e.number)), `export: ${e.from}`);
  for (const what of ['见习补贴', '留用率达标后', '留用率门槛']) assert.ok(rows.some((r) => r[0].endsWith(`：${what}`) && r[2].startsWith('豫人社函〔2023〕138号')), `export: ${what} cited`);
  // Yunnan pays a fixed sum: no minimum wage is listed as used.
  await page.goto(`${env.origin}/www/planning.html?p=yunnan&q=yunnan-2023`);
  await page.locator('#total').waitFor();
  assert.equal(await page.locator('#standards [data-k=minimum-wage]').count(), 0);
  assert.deepEqual(problems, []);
});

test("a standard left to the locality (Gansu) can be typed as an amount or a share of the minimum wage; the notes name the page's fields, not the engine's", async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 375, height: 667 });
  await page.goto(`${env.origin}/www/planning.html?p=gansu&q=gansu-2022`);
  await page.locator('#totals dd').first().waitFor();
  const rules = await page.locator('#rules').textContent();
  assert.doesNotMatch(rules, /baseAmount|basePercent|raisedAmount|raisedPercent/, 'no engine field names');
  assert.match(rules, /见习补贴（元\/月）/, 'the field to fill, by its label');
  await page.fill('#basePercent', '６０');
  await page.fill('#raisedPercent', '80');
  await page.locator('#raisedPercent').dispatchEvent('change');
  await page.waitForFunction(() => /\d/.test(document.getElementById('total')?.textContent ?? ''));
  assert.equal(await page.locator('#tiers-field').isVisible(), true, 'a share of the minimum wage depends on the tier mix');
  assert.match(await page.locator('#standards').textContent(), /最低工资标准的 60%（使用者填写；文件规定由当地确定）/, "the user's figure is labelled as the user's");
  const total = await page.locator('#total').textContent();
  const again = await watchedPage(env.browser, env.origin, { width: 375, height: 667 });
  await again.page.goto(page.url());
  await again.page.waitForFunction(() => /\d/.test(document.getElementById('total')?.textContent ?? ''));
  assert.equal(await again.page.locator('#total').textContent(), total, 'the URL keeps the shares');
  assert.equal(await again.page.locator('#basePercent').inputValue(), '60');
  // Both an amount and a share for one standard: named, not guessed.
  await page.fill('#baseAmount', '1500');
  await page.locator('#baseAmount').dispatchEvent('change');
  assert.match(await page.locator('#plan-error').innerText(), /见习补贴.*金额.*百分比.*一项[\s\S]*either/);
  assert.deepEqual([...problems, ...again.problems], []);
});

test('start months the wrong way round are named, not silently swapped; repeated notes about later dates are said once', async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 1280, height: 800 });
  await page.goto(`${env.origin}/www/planning.html`);
  await page.locator('#total').waitFor();
  await page.selectOption('#from', '12');
  await page.selectOption('#to', '8');
  assert.match(await page.locator('#plan-error').innerText(), /最早开始月份.*最晚开始月份[\s\S]*first start month/);
  assert.equal(await page.locator('#results').isVisible(), false);
  await page.selectOption('#to', '12');
  await page.locator('#total').waitFor();
  assert.match(await page.locator('#assumptions-print').textContent(), /开始月份：12—12 月/);
  // 2025: the 2023 notice speaks to 2023; the engine says so for each start month. Once is enough, with the months.
  await page.selectOption('#from', '7');
  await page.fill('#year', '2025');
  await page.locator('#year').dispatchEvent('change');
  await page.locator('#total').waitFor();
  const notes = await page.locator('#standards p.warn').allTextContents();
  assert.ok(notes.length >= 1);
  assert.equal(new Set(notes.map((t) => t.replace(/\d{4}-\d\d-\d\d/g, 'D'))).size, notes.length, `no note repeated for another date: ${notes.join(' / ')}`);
  assert.match(notes.join(''), /2025-07-01.*2025-12-01|2025-07-01 至 2025-12-01/);
  assert.deepEqual(problems, []);
});

test('on a phone the row names of the result tables (cities, months) stay on one line and in view while the figures scroll', async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 375, height: 667 });
  await page.goto(`${env.origin}/www/planning.html`);
  await page.locator('#total').waitFor();
  for (const id of ['by-city', 'months']) {
    const lines = await page.locator(`#${id} tbody th`).evaluateAll((ths) => ths.map((th) => {
      const r = document.createRange();
      r.selectNodeContents(th);
      const tops = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
      return [th.textContent, tops.size];
    }));
    for (const [name, n] of lines) assert.equal(n, 1, `#${id}: “${name}” on ${n} lines`);
    // Scrolled to the last column, the row names are still where they were.
    const wrap = page.locator(`#${id}`).locator('xpath=..');
    const before = await page.locator(`#${id} tbody th`).first().boundingBox();
    await wrap.evaluate((n) => { n.scrollLeft = n.scrollWidth; });
    const after = await page.locator(`#${id} tbody th`).first().boundingBox();
    assert.ok(Math.abs(after.x - before.x) < 1, `#${id}: the row name stays in view (${before.x} → ${after.x})`);
  }
  assert.deepEqual(problems, []);
});

test("on a phone the cities' tier menus are wide enough to read their choice", async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 375, height: 667 });
  await page.goto(`${env.origin}/www/planning.html`);
  await page.locator('#total').waitFor();
  const [have, need, head] = await page.locator('#cities tbody tr:first-child select').evaluate((s) => {
    const c = document.createElement('canvas').getContext('2d');
    c.font = getComputedStyle(s).font;
    const text = Math.max(...[...s.options].map((o) => c.measureText(o.textContent).width));
    const th = document.querySelector('#cities thead th:nth-child(3)');
    const r = document.createRange();
    r.selectNodeContents(th);
    return [s.clientWidth, text + 36, new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size];
  });
  assert.ok(have >= need, `the tier menu is ${have}px, its longest choice needs ${Math.round(need)}px`);
  assert.equal(head, 1, 'the column head on one line');
  assert.deepEqual(problems, []);
});

test("an engine error about the generated interns names the plan's assumptions, not the engine's column paths", async () => {
  const { page, problems } = await watchedPage(env.browser, env.origin, { width: 1280, height: 800 });
  await page.goto(`${env.origin}/www/planning.html`);
  await page.locator('#total').waitFor();
  await page.fill('#year', '2019');
  await page.locator('#year').dispatchEvent('change');
  const text = await page.locator('#plan-error').innerText();
  assert.match(text, /2019-\d\d-01 早于本工具所知的最早规定/, "the engine's message");
  assert.match(text, /计划年度[\s\S]*Plan year/, 'the field to change, in both languages');
  assert.doesNotMatch(text, /units|startDate/);
  assert.equal(await page.locator('#year[aria-invalid=true]').count(), 1);
  assert.equal(await page.locator('#results').isVisible(), false);
  await page.fill('#year', '2023');
  await page.locator('#year').dispatchEvent('change');
  await page.locator('#total').waitFor();
  assert.equal(await page.locator('#year[aria-invalid]').count(), 0);
  assert.deepEqual(problems, []);
});
