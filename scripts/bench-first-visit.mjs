// The youth page's first visit, over the same throttled link as scripts/bench-page.mjs
// (slow 4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up; CPU slowed 4x), repeated and
// reported as medians, optionally against another checkout in the same run (runs
// alternate, so both see the same machine load).
//
//   node scripts/bench-first-visit.mjs [--runs 7] [--before DIR]... [--url QUERY] [--requests] [--trace DIR]
//
// DIR is another checkout (e.g. `git worktree add --detach /tmp/old <commit>`): its www/
// and pkg/ are served by a server of their own (--before may be given more than once).
// Each run is a fresh browser context (empty cache, no service worker). Reported per
// page: bytes transferred (brotli, as the server sends), first contentful paint, the
// .wasm instantiated ('wasm-ready' mark, where the page sets it), the engine and its
// data ready ('engine-ready') and the verdict rendered ('verdict'), in ms after
// navigation, and the verdict on screen (the first frame painted after that mark); with
// --requests, the requests of the last run; with --trace DIR, one more visit per page
// recorded as a Chromium trace (DIR/<page>.json, opens in DevTools' Performance panel)
// and its critical path printed (scripts/trace-first-visit.mjs).
//
// The visit is watched without touching the page's main thread: no selector engine is
// injected (Playwright's, ~200 KB of script, is compiled in the page when a locator is
// first used, and at 4x CPU that landed on the measured path of whichever page was still
// working when it came). A tiny script added before the page's own (the same for every
// page) waits for the 'verdict' mark and stamps the frame after it; Node reads the result
// over the DevTools protocol.
import { chromium } from 'playwright-core';
import { start } from './server.mjs';
import { FLAGS } from '../tests/browser/browser.mjs';
import { loadavg } from 'node:os';
import { writeFileSync, mkdirSync } from 'node:fs';
import { criticalPath, CATEGORIES } from './trace-first-visit.mjs';

const argv = process.argv.slice(2);
const arg = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
const runs = Number(arg('--runs', 7));
const before = argv.flatMap((a, i) => (a === '--before' ? [argv[i + 1]] : []));
const query = arg('--url', '?p=henan&b=2001-05-10&e=bachelor&l=2023-06-30&emp=0&d=2024-03-01');
const traceDir = arg('--trace');

// Runs in the page before its scripts: resolves window.__firstVisit once the page has set
// its 'verdict' mark, with the marks and the time of the next frame (rAF, then a task after
// that frame's paint).
const WATCH = `window.__firstVisit = new Promise((done) => {
  const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? null;
  const finish = () => requestAnimationFrame(() => setTimeout(() => done({ fcp: at('first-contentful-paint'), wasm: at('wasm-ready'), ready: at('engine-ready'), verdict: at('verdict'), shown: performance.now() })));
  new PerformanceObserver((list, obs) => { if (list.getEntriesByName('verdict').length) { obs.disconnect(); finish(); } }).observe({ type: 'mark' });
});`;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
const targets = [];
for (const [name, root] of [...before.map((dir) => [dir.split('/').filter(Boolean).pop(), dir]), ['this', undefined]]) {
  const server = await start(0, root);
  targets.push({ name, server, origin: `http://127.0.0.1:${server.address().port}`, results: [] });
}

async function visit(target, throttle = true, trace = null) {
  const context = await browser.newContext({ viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
  await context.addInitScript(WATCH);
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
  const events = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  }
  await page.goto(`${target.origin}/www/${query}`, { waitUntil: 'commit' });
  let marks;
  for (const deadline = Date.now() + 60000; !marks; await sleep(100)) {
    if (Date.now() > deadline) throw new Error(`${target.name}: no verdict within 60 s`);
    // Undefined until the page's document (and its watcher) is there; thrown if it is replaced while waiting.
    marks = await cdp.send('Runtime.evaluate', { expression: 'window.__firstVisit', awaitPromise: true, returnByValue: true }).then((r) => r.result.value, () => undefined);
  }
  if (trace) {
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await done;
    mkdirSync(traceDir, { recursive: true });
    writeFileSync(`${traceDir}/${target.name}.json`, JSON.stringify({ traceEvents: events }));
    console.log(`${target.name}: trace of one visit in ${traceDir}/${target.name}.json (traced, so slower than the runs above)`);
    console.log(criticalPath(events));
  }
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
  console.log(`${t.name.padEnd(10)} ${(m('bytes') / 1024).toFixed(1)} KB transferred; median first paint ${m('fcp').toFixed(0)} ms, .wasm instantiated ${Number.isNaN(m('wasm')) ? '—' : m('wasm').toFixed(0)} ms, engine and data ready ${m('ready').toFixed(0)} ms, verdict ${m('verdict').toFixed(0)} ms, on screen ${m('shown').toFixed(0)} ms (verdicts: ${all('verdict')})`);
}
if (argv.includes('--requests')) for (const t of targets) {
  console.log(`${t.name}: requests of the last run (ms from the first request)`);
  for (const r of t.results.at(-1).requests) console.log(`  ${String(r.bytes).padStart(7)} B  ${r.start.toFixed(0).padStart(5)}–${r.end.toFixed(0).padStart(5)}  ${r.url.replace(t.origin, '')}`);
}
if (traceDir) for (const t of targets) await visit(t, true, true);
await browser.close();
for (const t of targets) t.server.close();
