// In headless Chromium: Henan's 2023 quota (100,000 interns) planned on www/planning.html
// — interns drawn, simulate(), tables and chart built, then one frame rendered — without and
// with a what-if; and a 10,000-intern explained batch (estimateSubsidy) on the same page.
import { launch } from '../tests/browser/browser.mjs';

const env = await launch();
const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(`${env.origin}/www/planning.html`);
await page.locator('#total').waitFor();
// A what-if is opened as a link (?wb=80: the old quick what-if, turned into an editor card).
const replan = async (what) => {
  if (what) {
    await page.goto(`${env.origin}/www/planning.html?wb=${what}`);
    await page.locator('#total').waitFor();
    if (!(await page.locator('#whatif-total').count())) throw new Error('the what-if link did not give a what-if');
  }
  return page.evaluate(async () => {
  const times = [];
  for (let seed = 2; seed < 7; seed++) {
    const t = performance.now();
    document.querySelector('#seed').value = String(seed);
    document.querySelector('#seed').dispatchEvent(new Event('change', { bubbles: true }));
    const computed = performance.now() - t;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    times.push([computed, performance.now() - t]);
  }
  times.sort((a, b) => a[1] - b[1]);
  return { median: times[2], interns: document.querySelector('#cities-total').textContent };
});
};
const plain = await replan('');
const whatIf = await replan('80');
const f = (x) => `${x[0].toFixed(0)} ms computed and built, ${x[1].toFixed(0)} ms to the next frame`;
console.log(`Chromium, planning page, Henan 2023 quota (${plain.interns} interns), median of 5 seeds: ${f(plain.median)}; with a what-if (70% → 80%, two simulate calls): ${f(whatIf.median)}`);
const batch = await page.evaluate(async () => {
  const j = await import('/pkg/jianxi.js');
  const kinds = ['completed', 'retained', 'inProgress'];
  const list = Array.from({ length: 10_000 }, (_, i) => ({ outcome: kinds[i % 3], startDate: `2023-${String(1 + (i % 12)).padStart(2, '0')}-01`, months: 3 + (i % 10) }));
  const input = { province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, internList: list };
  j.estimateSubsidy(input);
  const times = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); j.estimateSubsidy(input); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  return times[2];
});
console.log(`Chromium, 10,000-intern explained batch (estimateSubsidy, Henan, as in the native figure): median ${batch.toFixed(1)} ms`);
await env.browser.close();
env.server.close();
