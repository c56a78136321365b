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
  return page.evaluate(() => performance.getEntriesByName('verdict')[0].startTime);
};
const cold = await run();
console.log(`youth page, slow 4G + 4x CPU, first visit: ${(bytes / 1024).toFixed(1)} KB transferred (brotli), verdict rendered ${cold.toFixed(0)} ms after navigation`);
await env.browser.close();
env.server.close();
