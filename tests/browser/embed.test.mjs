// Embedding in a hostile host page: another origin, global CSS that unsets and
// overrides everything, a CSP that allows only the embed's origin. Each variant
// (script tag with SRI, custom element, plain iframe) must render, answer as the
// standalone page does, fit its content, and log no error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { launch, watchedPage } from './browser.mjs';

let env;
let host;
let hostOrigin;
const pages = {};
const hostile = `* { all: unset; } html, body { font-size: 40px !important; color: red !important; line-height: 3 !important; }
div, p, section, span { margin: 30px !important; padding: 20px !important; } iframe { border: 10px solid red; }`;

before(async () => {
  env = await launch();
  const sri = `sha384-${createHash('sha384').update(readFileSync(new URL('../../www/embed.js', import.meta.url))).digest('base64')}`;
  const loader = `${env.origin}/www/embed.js`;
  const frame = (src) => `<iframe src="${src}" title="t" width="100%" height="1400" frameborder="0" loading="lazy"></iframe>`;
  Object.assign(pages, {
    '/script.html': `<p>Host text</p><script src="${loader}" integrity="${sri}" crossorigin="anonymous" data-tool="check" data-province="henan"></script><p>After</p>`,
    '/element.html': `<script src="${loader}" integrity="${sri}" crossorigin="anonymous"></script><jianxi-calculator province="henan" tier="1" accent="#0b6e4f"></jianxi-calculator>`,
    '/iframe.html': frame(`${env.origin}/www/index.html?p=yunnan`),
    '/iframe-plain.html': frame(`${env.origin}/www/index.html?p=yunnan`),
  });
  host = createServer((req, res) => {
    if (req.url === '/host.css') { res.writeHead(200, { 'content-type': 'text/css' }); return res.end(hostile); }
    if (req.url === '/favicon.ico') { res.writeHead(204); return res.end(); }
    const body = pages[req.url];
    if (!body) { res.writeHead(404); return res.end(); }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `default-src 'none'; script-src 'self' ${env.origin}; frame-src ${env.origin}; style-src 'self'; img-src 'self'`,
    });
    const css = ['/iframe-plain.html', '/lazy.html'].includes(req.url) ? '' : '<link rel="stylesheet" href="/host.css">';
    res.end(`<!doctype html><html><head><meta charset="utf-8">${css}<title>host</title></head><body>${body}</body></html>`);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  hostOrigin = `http://127.0.0.1:${host.address().port}`;
});
after(async () => { await env?.browser.close(); env?.server.close(); host?.close(); });

/** A page on the host origin on which requests to the embed's origin are expected. */
async function hostPage(viewport) {
  const watched = await watchedPage(env.browser, hostOrigin, viewport);
  watched.page.on('request', (r) => {
    if (r.url().startsWith(env.origin)) watched.problems.splice(watched.problems.indexOf(`request to another origin: ${r.url()}`), 1);
  });
  return watched;
}

const toolFrame = async (page, path) => {
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((fr) => fr.url().includes(path));
    if (f) return f;
    await page.waitForTimeout(100);
  }
  throw new Error(`no frame ${path}`);
};

async function fits(page, frame) {
  // The frame's element height follows its document (the loader gets it by postMessage).
  await page.waitForTimeout(500);
  const handle = await frame.frameElement();
  const box = await handle.boundingBox();
  const doc = await frame.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(Math.abs(box.height - doc) <= 2, `frame ${box.height}px for a ${doc}px document`);
  assert.ok(box.width > 300, `frame width ${box.width}`);
}

test('script tag with SRI: the self-check answers as the standalone page', async () => {
  const { page, problems, context } = await hostPage({ width: 800, height: 900 });
  await page.goto(`${hostOrigin}/script.html`);
  const f = await toolFrame(page, '/www/index.html');
  await f.locator('#form').waitFor();
  assert.equal(await f.locator('#province').inputValue(), 'henan');
  await f.locator('details.more summary').click();
  await f.fill('#asOf', '2024-03-01');
  await f.fill('#birthDate', '2001-05-10');
  await f.selectOption('#education', 'bachelor');
  await f.fill('#leftSchoolOn', '2023-06-30');
  await f.check('input[name=emp][value="0"]');
  await f.waitForFunction(() => document.querySelector('#verdict')?.textContent.trim() === '按2023年的规定：可以参加就业见习', null, { timeout: 5000 }).catch(() => {});
  assert.equal((await f.locator('#verdict').textContent()).trim(), '按2023年的规定：可以参加就业见习');
  await fits(page, f);
  await page.screenshot({ path: new URL('../artifacts/embed-script.png', import.meta.url).pathname, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('custom element: the calculator gives the Henan worked example, in the host accent colour', async () => {
  const { page, problems, context } = await hostPage({ width: 1280, height: 900 });
  await page.goto(`${hostOrigin}/element.html`);
  const f = await toolFrame(page, '/www/employer.html');
  await f.locator('#form').waitFor();
  await f.fill('#startDate', '2023-07-01');
  await f.locator('#startDate').dispatchEvent('change');
  await f.selectOption('#tier', '1');
  await f.selectOption('#months', '6');
  await f.fill('#interns', '10');
  await f.fill('#retained', '6');
  await f.locator('#retained').dispatchEvent('change');
  await f.waitForFunction(() => document.querySelector('#total')?.textContent.includes('132,000.00'), null, { timeout: 5000 }).catch(() => {});
  assert.equal((await f.locator('#total').textContent()).trim(), '132,000.00 元');
  assert.equal(await f.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#0b6e4f');
  await fits(page, f);
  assert.deepEqual(problems, []);
  await context.close();
});

test('plain iframe: works under the hostile CSS, and keeps its size where the host leaves it alone', async () => {
  const { page, problems, context } = await hostPage({ width: 800, height: 900 });
  await page.goto(`${hostOrigin}/iframe.html`);
  let f = await toolFrame(page, '/www/index.html');
  await f.locator('#verdict').waitFor();
  assert.equal(await f.locator('#province').inputValue(), 'yunnan');
  assert.equal((await f.locator('#verdict').textContent()).trim(), '按2023年的规定：需要补充信息');
  // `* { all: unset }` resets an iframe's size attributes (no script can help there): documented.
  await page.goto(`${hostOrigin}/iframe-plain.html`);
  f = await toolFrame(page, '/www/index.html');
  await f.locator('#verdict').waitFor();
  const box = await (await f.frameElement()).boundingBox();
  assert.ok(box.width > 700 && box.height === 1400, `iframe ${box.width}×${box.height}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the loader is tiny', () => {
  const { gzipSync } = require_('node:zlib');
  const size = gzipSync(readFileSync(new URL('../../www/embed.js', import.meta.url)), { level: 9 }).length;
  assert.ok(size <= 2048, `embed.js is ${size} B gzip`);
});
import { createRequire } from 'node:module';
const require_ = createRequire(import.meta.url);

test('the engine loads only when the tool comes into view', async () => {
  // Below the fold (no inline style: the host CSP forbids it).
  pages['/lazy.html'] = `${'<p>filler</p>'.repeat(300)}<script src="${env.origin}/www/embed.js" data-tool="check" data-province="gansu"></script>`;
  const context = await env.browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.goto(`${hostOrigin}/lazy.html`);
  await page.waitForTimeout(1500);
  assert.deepEqual(wasm, [], 'no engine before the tool is near the viewport');
  await page.evaluate(() => document.querySelector('jianxi-check').scrollIntoView());
  const f = await toolFrame(page, '/www/index.html');
  await f.locator('#verdict').waitFor();
  assert.equal(wasm.length, 1);
  await context.close();
});

test('the embedding guide shows the SRI hash of the file it serves and a live preview', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin, { width: 1280, height: 900 });
  await page.goto(`${env.origin}/www/embed.html`);
  const sri = `sha384-${createHash('sha384').update(readFileSync(new URL('../../www/embed.js', import.meta.url))).digest('base64')}`;
  await page.waitForFunction((h) => document.querySelector('#s-script').textContent.includes(h), sri, { timeout: 5000 });
  await page.selectOption('#tool', 'calculator');
  await page.selectOption('#province', 'yunnan');
  assert.match(await page.locator('#s-element').textContent(), /<jianxi-calculator province="yunnan"/);
  assert.match(await page.locator('#s-csp').textContent(), /frame-src http:\/\/127\.0\.0\.1/);
  const f = await toolFrame(page, '/www/employer.html');
  await f.locator('#totals').waitFor();
  assert.equal(await f.locator('#province').inputValue(), 'yunnan');
  assert.deepEqual(problems, []);
  await context.close();
});
