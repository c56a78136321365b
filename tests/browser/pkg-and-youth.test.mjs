// The shipped pkg/ and the youth page in headless Chromium: the conformance cases
// through the browser's WebAssembly, the self-check for each province, shared URLs,
// screenshots, no console errors and no request to another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { launch, watchedPage } from './browser.mjs';
import { loadCases, argsOf } from '../js/cases.mjs';

let env;
const artifacts = new URL('../artifacts/', import.meta.url);
before(async () => { env = await launch(); mkdirSync(artifacts, { recursive: true }); });
after(async () => { await env?.browser.close(); env?.server.close(); });

test('the .wasm in Chromium answers every case as native does', async () => {
  const native = JSON.parse(readFileSync(new URL('../../target/conformance-native.json', import.meta.url), 'utf8'));
  const cases = loadCases().filter((c) => !argsOf(c).some((a) => typeof a === 'bigint'));
  const { page, problems } = await watchedPage(env.browser, env.origin);
  await page.goto(`${env.origin}/www/`);
  const answers = await page.evaluate(async (cases) => {
    const m = await import('/pkg/jianxi.js');
    await m.default();
    m.loadPolicies(await (await fetch('/www/data/policies.json')).json(), { mode: 'replace' });
    const out = {};
    for (const c of cases) {
      try { out[c.id] = { ok: m[c.api](...c.args) }; } catch (e) { out[c.id] = { error: { code: e.code, field: e.field, message: e.message, messageEn: e.messageEn } }; }
    }
    return out;
  }, cases.map((c) => ({ id: c.id, api: c.api, args: argsOf(c) })));
  for (const c of cases) assert.deepEqual(answers[c.id], native[c.id], c.id);
  assert.ok(cases.length >= 80);
  assert.deepEqual(problems, []);
});

// One case per province, entered through the form as a person would.
const people = [
  { p: 'henan', birth: '2001-05-10', edu: 'bachelor', left: '2023-06-30', emp: '0', asOf: '2024-03-01', verdict: '按2023年的规定：可以参加就业见习', clause: '豫人社函〔2023〕138号' },
  { p: 'hunan', birth: '2004-01-01', edu: 'none', emp: '0', reg: '0', asOf: '2024-05-01', verdict: '暂不符合条件', clause: '湘人社规〔2023〕9号', hint: '办理失业登记' },
  { p: 'yunnan', birth: '2005-04-01', edu: 'secondaryVocational', left: '2023-07-01', emp: '0', asOf: '2024-01-10', verdict: '按2023年的规定：可以参加就业见习', clause: '云人社发〔2023〕18号' },
  { p: 'gansu', birth: '2000-01-01', edu: 'juniorCollege', left: '2022-06-30', emp: '0', asOf: '2022-09-01', verdict: '可以参加就业见习', clause: '人社部发〔2022〕11号' },
  { p: 'ningxia', birth: '2001-01-01', edu: 'bachelor', left: '2023-06-30', emp: '0', asOf: '2023-09-01', hukou: 'gansu', verdict: '暂不符合条件', clause: '宁人社发〔2023〕75号' },
  { p: 'national', birth: '2000-01-01', edu: 'doctorate', left: '2023-06-30', emp: '0', asOf: '2023-08-01', verdict: '可以参加就业见习', clause: '人社部发〔2023〕27号' },
];

for (const who of people) {
  test(`self-check through the form: ${who.p}`, async () => {
    const { page, problems, context } = await watchedPage(env.browser, env.origin);
    await page.goto(`${env.origin}/www/?p=${who.p}`);
    await page.locator('#form').waitFor();
    await page.locator('details.more summary').click();
    await page.fill('#asOf', who.asOf);
    await page.fill('#birthDate', who.birth);
    await page.selectOption('#education', who.edu);
    if (who.left) await page.fill('#leftSchoolOn', who.left);
    await page.check(`input[name=emp][value="${who.emp}"]`);
    if (who.reg) await page.check(`input[name=reg][value="${who.reg}"]`);
    if (who.hukou) await page.selectOption('#hukouProvince', who.hukou);
    // The page answers on every change; wait (bounded) for the answer to settle on the expected verdict.
    await page.waitForFunction((v) => document.querySelector('#verdict')?.textContent.trim() === v, who.verdict, { timeout: 5000 }).catch(() => {});
    assert.equal((await page.locator('#verdict').textContent()).trim(), who.verdict, page.url());
    assert.ok((await page.locator('#result').textContent()).includes(who.clause), `${who.p}: the clause is cited`);
    if (who.hint) assert.ok((await page.locator('#result').textContent()).includes(who.hint));
    // The URL now holds the whole state: reloading it gives the same answer.
    const url = page.url();
    const again = await context.newPage();
    await again.goto(url);
    await again.locator('#verdict').waitFor();
    assert.equal((await again.locator('#verdict').textContent()).trim(), who.verdict);
    await page.screenshot({ path: new URL(`youth-${who.p}-375.png`, artifacts).pathname, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('English, a wide screen, and a bad date shown next to its field', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 1280, height: 800 });
  await page.goto(`${env.origin}/www/?p=henan&b=2001-05-10&e=bachelor&l=2023-06-30&emp=0&d=2024-03-01&lang=en`);
  await page.locator('#verdict').waitFor();
  assert.equal((await page.locator('#verdict').textContent()).trim(), 'Under the 2023 documents: You can take part in an employment internship');
  await page.screenshot({ path: new URL('youth-henan-1280-en.png', artifacts).pathname, fullPage: true });
  await page.goto(`${env.origin}/www/?p=henan&b=2025-05-10&e=bachelor&d=2024-03-01`);
  await page.locator('#birthDate-error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#birthDate-error').textContent(), /晚于查询日期/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an expired provincial rule is announced', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin);
  await page.goto(`${env.origin}/www/?p=hunan&b=2005-01-01&e=none&emp=0&reg=0&d=2026-11-22`);
  await page.locator('#verdict').waitFor();
  const warn = await page.locator('.warn').allTextContents();
  assert.ok(warn.some((w) => w.includes('湘人社规〔2023〕9号') && w.includes('失效')), warn.join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});
