// The employer calculator in headless Chromium (the worked examples of issue 2,
// a local standard, a list of interns, print to A4), and axe-core on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, watchedPage } from './browser.mjs';

let env;
const artifacts = new URL('../artifacts/', import.meta.url);
before(async () => { env = await launch(); mkdirSync(artifacts, { recursive: true }); });
after(async () => { await env?.browser.close(); env?.server.close(); });

const totals = async (page) => Object.fromEntries(await Promise.all(['baseTotal', 'retentionDifference', 'remainingPeriodTotal', 'total'].map(async (id) => [id, (await page.locator(`#${id}`).textContent()).trim()])));

test('Henan worked example through the form, shared URL, print to A4', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 1280, height: 800 });
  await page.goto(`${env.origin}/www/employer.html`);
  await page.locator('#form').waitFor();
  await page.selectOption('#province', 'henan');
  await page.fill('#startDate', '2023-07-01');
  await page.selectOption('#tier', '1');
  await page.selectOption('#months', '6');
  await page.fill('#interns', '10');
  await page.fill('#retained', '6');
  await page.locator('#retained').dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('#total')?.textContent.includes('132,000.00'), null, { timeout: 5000 }).catch(() => {});
  assert.deepEqual(await totals(page), { baseTotal: '84,000.00 元', retentionDifference: '48,000.00 元', remainingPeriodTotal: '0.00 元', total: '132,000.00 元' });
  assert.match(await page.locator('#retention').textContent(), /6 \/ 10 = 60%/);
  assert.ok((await page.locator('#result').textContent()).includes('豫人社函〔2023〕138号'));
  await page.screenshot({ path: new URL('employer-henan-1280.png', artifacts).pathname, fullPage: true });
  const again = await context.newPage();
  await again.goto(page.url());
  await again.locator('#total').waitFor();
  assert.equal((await again.locator('#total').textContent()).trim(), '132,000.00 元');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(new URL('employer-henan.pdf', artifacts), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `the printed estimate is ${pages} A4 pages`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Yunnan worked example on a phone', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin);
  await page.goto(`${env.origin}/www/employer.html?p=yunnan&s=2023-03-01&m=12&n=4&r=2`);
  await page.locator('#total').waitFor();
  assert.deepEqual(await totals(page), { baseTotal: '72,000.00 元', retentionDifference: '24,000.00 元', remainingPeriodTotal: '0.00 元', total: '96,000.00 元' });
  await page.screenshot({ path: new URL('employer-yunnan-375.png', artifacts).pathname, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('Hunan asks for the local base standard, then computes', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin);
  await page.goto(`${env.origin}/www/employer.html?p=hunan&t=1&s=2023-08-01&m=6&n=2&r=1`);
  await page.locator('#total').waitFor();
  assert.equal((await page.locator('#total').textContent()).trim(), '待定');
  assert.ok(await page.locator('#baseAmount').isVisible());
  await page.fill('#baseAmount', '1500');
  await page.locator('#baseAmount').dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('#total')?.textContent.includes('27,792.00'), null, { timeout: 5000 }).catch(() => {});
  assert.equal((await page.locator('#total').textContent()).trim(), '27,792.00 元');
  await page.fill('#basePercent', '80');
  await page.locator('#basePercent').dispatchEvent('change');
  await page.locator('#localStandard-error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#localStandard-error').textContent(), /只能填一个/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a list of interns with one hired early (remaining-period subsidy)', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 1280, height: 800 });
  const list = [{ name: '甲', outcome: 'hiredEarly', outcomeDate: '2023-10-01', contractMonths: 12, socialInsurance: true }, { name: '乙', outcome: 'completed' }];
  await page.goto(`${env.origin}/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&L=${encodeURIComponent(JSON.stringify(list))}`);
  await page.locator('#total').waitFor();
  assert.deepEqual(await totals(page), { baseTotal: '12,600.00 元', retentionDifference: '7,200.00 元', remainingPeriodTotal: '4,200.00 元', total: '24,000.00 元' });
  assert.equal(await page.locator('#rows tr').count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('axe-core finds no serious or critical violation', async () => {
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  const pages = [
    '/www/?p=henan&b=2001-05-10&e=bachelor&l=2023-06-30&emp=0&d=2024-03-01',
    '/www/?p=ningxia',
    '/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&n=10&r=6',
    '/www/employer.html?p=gansu&s=2022-07-01&m=6&n=4&r=2',
    '/www/organizer.html',
    '/www/embed.html',
    '/www/officials.html',
  ];
  const context = await env.browser.newContext({ bypassCSP: true, viewport: { width: 375, height: 667 } });
  for (const path of pages) {
    const page = await context.newPage();
    await page.goto(`${env.origin}${path}`);
    await page.locator('#verdict, #totals, #qr svg, #s-script, #quota-done').first().waitFor();
    await page.addScriptTag({ path: axe });
    const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
      .filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    assert.deepEqual(found, [], path);
    await page.close();
  }
  await context.close();
});
