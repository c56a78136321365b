// The youth page over a throttled "slow 4G" link (150 ms RTT, 1.6 Mbit/s down,
// 750 kbit/s up, CPU slowed 4x) in headless Chromium: bytes transferred and the
// time from navigation to a rendered verdict on a first visit.
import { launch } from '../tests/browser/browser.mjs';

const env = await launch();
const context = await env.browser.newContext({ viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
let bytes = 0;
cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
const url = `${env.origin}/www/?p=henan&b=2001-05-10&e=bachelor&l=2023-06-30&emp=0&d=2024-03-01`;
const run = async () => {
  await page.goto(url);
  await page.locator('#verdict').waitFor();
  return page.evaluate(() => ['engine-ready', 'verdict'].map((n) => performance.getEntriesByName(n)[0].startTime));
};
const [ready, verdict] = await run();
console.log(`youth page, slow 4G + 4x CPU, first visit: ${(bytes / 1024).toFixed(1)} KB transferred (brotli), engine instantiated ${ready.toFixed(0)} ms and verdict rendered ${verdict.toFixed(0)} ms after navigation`);
// Throughput in the browser (no throttling): single estimates and a 10,000-intern batch.
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
const speed = await page.evaluate(async () => {
  const m = await import('/pkg/jianxi.js');
  await m.default();
  // The whole API carries no policy data: load the site's data file, as the pages do.
  m.loadPolicies(await (await fetch('/www/data/policies.json')).text());
  const henan = { province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, interns: 10, retained: 6 };
  const kinds = ['completed', 'retained', 'inProgress'];
  const list = Array.from({ length: 10000 }, (_, i) => ({ outcome: kinds[i % 3], startDate: `2023-${String(1 + (i % 12)).padStart(2, '0')}-01`, months: 3 + (i % 10) }));
  m.estimateSubsidy(henan);
  let t = performance.now();
  for (let i = 0; i < 2000; i++) m.estimateSubsidy(henan);
  const single = 2000 / ((performance.now() - t) / 1000);
  t = performance.now();
  for (let i = 0; i < 5; i++) m.estimateSubsidy({ ...henan, interns: undefined, retained: undefined, internList: list });
  return { single, batch: (performance.now() - t) / 5 };
});
console.log(`wasm in Chromium: ${speed.single.toFixed(0)} single estimates per second; 10,000-intern batch ${speed.batch.toFixed(1)} ms (${(10000 / (speed.batch / 1000)).toFixed(0)} interns per second)`);
await env.browser.close();
env.server.close();
