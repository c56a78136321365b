// The npm package in a page without a bundler: `npm pack` of pkg/ installed into a
// scratch site, served as a web team would serve it (.wasm as application/wasm, a strict
// Content-Security-Policy), both entry points imported through an import map and by a
// relative path; headless Chromium answers as Node does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { FLAGS } from './browser.mjs';
import full from '../js/load.mjs';
import { packAndInstall, ELIGIBILITY_INPUT, ESTIMATE_INPUT } from '../js/npm-pack.mjs';

const IMPORT_MAP = JSON.stringify({ imports: { jianxi: '/node_modules/jianxi/jianxi.js', 'jianxi/youth': '/node_modules/jianxi/jianxi_youth.js' } });
const CSP = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${createHash('sha256').update(IMPORT_MAP).digest('base64')}'; img-src 'self' data:; object-src 'none'; base-uri 'self'`;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json' };

/** The page's module: both entry points, the same calls as in Node; the answers go in #out. */
const app = (whole, youth) => `import init, { checkEligibility, estimateSubsidy, loadPolicies } from '${whole}';
import initYouth, * as youth from '${youth}';
// The engine carries no policy data: the site serves the data files (www/data/) beside it.
const [data, youthData] = await Promise.all([fetch('./data/policies.json').then((r) => r.json()), fetch('./data/policies-youth.json').then((r) => r.json()), init(), initYouth()]);
loadPolicies(data, { mode: 'replace' });
youth.loadPolicies(youthData, { mode: 'replace' });
const eligibility = ${JSON.stringify(ELIGIBILITY_INPUT)};
document.querySelector('#out').textContent = JSON.stringify({
  eligibility: [checkEligibility(eligibility), youth.checkEligibility(eligibility)],
  estimate: estimateSubsidy(${JSON.stringify(ESTIMATE_INPUT)}),
  youthExports: Object.keys(youth).sort(),
});
`;
const page = (head, script) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>jianxi from npm</title><link rel="icon" href="data:,">${head}<script type="module" src="./${script}"></script></head><body><pre id="out"></pre></body></html>`;

let scratch;
let server;
let origin;
let browser;
before(async () => {
  scratch = packAndInstall();
  const site = scratch.project;
  mkdirSync(join(site, 'data'), { recursive: true });
  for (const f of ['policies.json', 'policies-youth.json']) copyFileSync(new URL(`../../www/data/${f}`, import.meta.url), join(site, 'data', f));
  writeFileSync(join(site, 'importmap.html'), page(`<script type="importmap">${IMPORT_MAP}</script>`, 'importmap.mjs'));
  writeFileSync(join(site, 'importmap.mjs'), app('jianxi', 'jianxi/youth'));
  writeFileSync(join(site, 'relative.html'), page('', 'relative.mjs'));
  writeFileSync(join(site, 'relative.mjs'), app('./node_modules/jianxi/jianxi.js', './node_modules/jianxi/jianxi_youth.js'));
  server = createServer(async (req, res) => {
    const file = normalize(join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    try {
      if (!file.startsWith(`${site}/`)) throw new Error('outside the site');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
});
after(async () => {
  await browser?.close();
  server?.close();
  scratch?.cleanup();
});

for (const [name, how] of [['importmap.html', 'an import map of the package names'], ['relative.html', 'relative paths into node_modules']]) {
  test(`a page without a bundler (${how}) runs both entry points from the installed package`, async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems = [];
    const wasm = [];
    tab.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    tab.on('request', (r) => { if (!r.url().startsWith(origin)) problems.push(`request to another origin: ${r.url()}`); });
    tab.on('response', (r) => { if (r.url().endsWith('.wasm')) wasm.push([new URL(r.url()).pathname, r.status(), r.headers()['content-type']]); });
    await tab.goto(`${origin}/${name}`);
    await tab.waitForFunction(() => document.querySelector('#out').textContent !== '', null, { timeout: 10000 });
    const out = JSON.parse(await tab.locator('#out').textContent());
    const expected = full.checkEligibility(ELIGIBILITY_INPUT);
    assert.equal(expected.eligible, true);
    assert.deepEqual(out.eligibility, [expected, expected]);
    assert.equal(out.estimate.total, '132000.00');
    assert.deepEqual(out.estimate, full.estimateSubsidy(ESTIMATE_INPUT));
    assert.deepEqual(out.youthExports, ['checkEligibility', 'default', 'formSpec', 'initSync', 'loadPolicies', 'policies', 'resetPolicies']);
    assert.deepEqual(wasm.sort(), [
      ['/node_modules/jianxi/jianxi_bg.wasm', 200, 'application/wasm'],
      ['/node_modules/jianxi/jianxi_youth_bg.wasm', 200, 'application/wasm'],
    ], 'each module fetched its .wasm from beside it in the installed package');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
