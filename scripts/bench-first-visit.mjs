// The youth page's first visit, over the same throttled link as scripts/bench-page.mjs
// (slow 4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up; CPU slowed 4x), repeated and
// reported as medians, optionally against another checkout in the same run (runs
// alternate, so both see the same machine load).
//
//   node scripts/bench-first-visit.mjs [--runs 7] [--before DIR]... [--url QUERY] [--requests]
//
// DIR is another checkout (e.g. `git worktree add --detach /tmp/old <commit>`): its www/
// and pkg/ are served by a server of their own (--before may be given more than once).
// Each run is a fresh browser context (empty cache, no service worker). Reported per
// page: bytes transferred (brotli, as the server sends), first contentful paint, the
// .wasm instantiated ('wasm-ready' mark, where the page sets it), the engine and its
// data ready ('engine-ready') and the verdict rendered ('verdict'), in ms after
// navigation; with --requests, the requests of the last run.
import { chromium } from 'playwright-core';
import { start } from './server.mjs';
import { FLAGS } from '../tests/browser/browser.mjs';
import { loadavg } from 'node:os';

const argv = process.argv.slice(2);
const arg = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
const runs = Number(arg('--runs', 7));
const before = argv.flatMap((a, i) => (a === '--before' ? [argv[i + 1]] : []));
const query = arg('--url', '?p=henan&b=2001-05-10&e=bachelor&l=2023-06-30&emp=0&d=2024-03-01');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
const targets = [];
for (const [name, root] of [...before.map((dir) => [dir.split('/').filter(Boolean).pop(), dir]), ['this', undefined]]) {
  const server = await start(0, root);
  targets.push({ name, server, origin: `http://127.0.0.1:${server.address().port}`, results: [] });
}

async function visit(target, throttle = true) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  const urls = new Map();
  const requests = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, { url: e.request.url, start: e.timestamp }));
  cdp.on('Network.loadingFinished', (e) => { const r = urls.get(e.requestId); requests.push({ url: r?.url, bytes: e.encodedDataLength, start: r?.start, end: e.timestamp }); });
  await page.goto(`${target.origin}/www/${query}`);
  await page.locator('#verdict').waitFor({ timeout: 60000 });
  const marks = await page.evaluate(() => {
    const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
    return { fcp: at('first-contentful-paint'), wasm: at('wasm-ready'), ready: at('engine-ready'), verdict: at('verdict') };
  });
  await context.close();
  const bytes = requests.reduce((a, r) => a + r.bytes, 0);
  const first = Math.min(...requests.map((r) => r.start));
  return { bytes, ...marks, requests: requests.map((r) => ({ ...r, start: (r.start - first) * 1000, end: (r.end - first) * 1000 })) };
}

// One unthrottled visit each first: the servers compress each file once, as a static host
// keeps its files compressed; the measured runs then time the link and the page.
for (const t of targets) await visit(t, false);
const load = loadavg().map((x) => x.toFixed(2)).join(' ');
for (let i = 0; i < runs; i++) for (const t of (i % 2 ? [...targets].reverse() : targets)) t.results.push(await visit(t));
const loadAfter = loadavg().map((x) => x.toFixed(2)).join(' ');
const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };
console.log(`youth page first visit, slow 4G + 4x CPU, ${runs} runs each${before.length ? ', alternating' : ''}; load average ${load} at the start, ${loadAfter} at the end`);
for (const t of targets) {
  const m = (k) => median(t.results.map((r) => r[k]));
  const all = (k) => t.results.map((r) => (r[k] == null ? '-' : r[k].toFixed(0))).join(' ');
  console.log(`${t.name.padEnd(10)} ${(m('bytes') / 1024).toFixed(1)} KB transferred; median first paint ${m('fcp').toFixed(0)} ms, .wasm instantiated ${Number.isNaN(m('wasm')) ? '—' : m('wasm').toFixed(0)} ms, engine and data ready ${m('ready').toFixed(0)} ms, verdict ${m('verdict').toFixed(0)} ms (verdicts: ${all('verdict')})`);
}
if (argv.includes('--requests')) for (const t of targets) {
  console.log(`${t.name}: requests of the last run (ms from the first request)`);
  for (const r of t.results.at(-1).requests) console.log(`  ${String(r.bytes).padStart(7)} B  ${r.start.toFixed(0).padStart(5)}–${r.end.toFixed(0).padStart(5)}  ${r.url.replace(t.origin, '')}`);
}
await browser.close();
for (const t of targets) t.server.close();
