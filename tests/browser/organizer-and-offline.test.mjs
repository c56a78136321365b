// The organizers' QR page (the code decodes to the preset link), the youth page
// loading nothing of it, and the pages working offline after a first visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, watchedPage } from './browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); });
const require = createRequire(import.meta.url);

test('the vendored QR encoder is the npm package, unchanged', () => {
  assert.equal(readFileSync(new URL('../../www/vendor/qrcode.mjs', import.meta.url), 'utf8'), readFileSync(new URL('../../node_modules/qrcode-generator/dist/qrcode.mjs', import.meta.url), 'utf8'));
});

test('the QR code (SVG and PNG) decodes to the preset self-check link', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin);
  await context.clock.setFixedTime(new Date('2024-05-01T10:00:00')); // Hunan's notice in force: it asks about hardship areas
  await page.goto(`${env.origin}/www/organizer.html`);
  await page.locator('#qr svg').waitFor();
  await page.selectOption('#province', 'hunan');
  await page.selectOption('#qrlang', 'en');
  await page.locator('#hardship-field').waitFor();
  await page.selectOption('#hardship', '1');
  const want = `${env.origin}/www/?p=hunan&lang=en&ha=1`;
  await page.waitForFunction((w) => document.querySelector('#link').textContent === w, want, { timeout: 5000 });
  await page.waitForFunction((w) => document.querySelector('#png').dataset.link === w, want, { timeout: 5000 });
  // Decode the PNG the page offers, with jsQR (an independent decoder).
  const png = await page.evaluate(async () => {
    const bmp = new Image(); // an <img>, as the page's CSP allows blob: images but not blob: fetches
    bmp.src = document.querySelector('#png').href;
    await bmp.decode();
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d');
    g.drawImage(bmp, 0, 0);
    const d = g.getImageData(0, 0, bmp.width, bmp.height);
    return { width: d.width, height: d.height, data: Array.from(d.data) };
  });
  const jsQR = require('jsqr');
  const decoded = jsQR(Uint8ClampedArray.from(png.data), png.width, png.height);
  assert.equal(decoded?.data, want);
  // The decoded link opens the self-check preset.
  const check = await context.newPage();
  await check.goto(decoded.data);
  await check.locator('#form').waitFor();
  assert.equal(await check.locator('#province').inputValue(), 'hunan');
  assert.equal(await check.locator('#lang').textContent(), '中文', 'the page is in English');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the youth page loads nothing of the QR page', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin);
  const loaded = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto(`${env.origin}/www/?p=henan`);
  await page.locator('#form').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(300);
  assert.ok(loaded.some((p) => p.endsWith('jianxi_youth_bg.wasm')));
  assert.ok(!loaded.some((p) => p.endsWith('/jianxi_bg.wasm')), 'the youth page loads the youth module, not the whole API');
  assert.deepEqual(loaded.filter((p) => /qrcode|organizer|employer/.test(p)), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('offline after the first visit', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin);
  const url = `${env.origin}/www/?p=henan&b=2001-05-10&e=bachelor&l=2023-06-30&emp=0&d=2024-03-01`;
  await page.goto(url);
  await page.locator('#verdict').waitFor();
  // The worker's own cache name and list (a test waiting on another name would only wait).
  const sw = readFileSync(new URL('../../www/sw.js', import.meta.url), 'utf8');
  const cacheName = sw.match(/const CACHE = '([^']+)'/)[1];
  const files = JSON.parse(sw.match(/const FILES = (\[[^\]]*\])/)[1].replace(/'/g, '"'));
  assert.ok(files.includes('youth.bundle.js'), 'the one script the youth page loads is kept');
  const kept = await page.evaluate(async (name) => {
    await navigator.serviceWorker.ready;
    // Wait until the worker's install has filled the cache.
    for (let i = 0; i < 100 && !(await caches.has(name)); i++) await new Promise((r) => setTimeout(r, 100));
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  }, cacheName);
  for (const f of files) assert.ok(kept.includes(new URL(f, `${env.origin}/www/`).pathname), `${f} is in ${cacheName}: ${kept}`);
  // Every script the page loads is one the worker keeps.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
  for (const s of scripts) assert.ok(kept.includes(s), `${s} is loaded by the page but not kept for offline use`);
  await context.setOffline(true);
  const offline = await context.newPage();
  await offline.goto(url);
  await offline.locator('#verdict').waitFor({ timeout: 10000 });
  assert.equal((await offline.locator('#verdict').textContent()).trim(), '按2023年的规定：可以参加就业见习');
  assert.ok((await offline.locator('#dataDate').textContent()).match(/^\d{4}-\d{2}-\d{2}$/), 'the date of the data is shown');
  // The first page reloaded offline answers too, and answers a changed question.
  await page.reload();
  await page.locator('#verdict').waitFor({ timeout: 10000 });
  await page.selectOption('#province', 'hunan');
  await page.waitForFunction(() => /p=hunan/.test(location.search) && document.querySelector('#verdict'));
  // A page not kept yet (the about page, linked from the footer) says in both languages
  // that it needs the network, with a way back to the self-check, not a bare "offline".
  const about = await offline.goto(`${env.origin}/www/about.html`);
  assert.equal(about.status(), 503);
  const said = await offline.evaluate(() => document.body.innerText);
  assert.match(said, /需要联网/, said);
  assert.match(said, /needs the network/, said);
  await offline.screenshot({ path: new URL('../artifacts/offline-not-kept-375.png', import.meta.url).pathname });
  await offline.click('a[href="/www/"] >> nth=0');
  await offline.locator('#ask-province').waitFor({ timeout: 10000 }); // the self-check, answering
  await context.setOffline(false);
  assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('no cookies and nothing in storage after every flow', async () => {
  const { page, context } = await watchedPage(env.browser, env.origin);
  // Each flow to its answer (the page's own mark of being done), not to 'networkidle',
  // which a loaded machine can keep from coming within the timeout.
  for (const [path, done] of [['/www/?p=ningxia&b=2001-01-01&e=bachelor&l=2023-06-30&emp=0&h=ningxia&si=600', '#verdict'], ['/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&n=10&r=6', '#total'], ['/www/organizer.html', '#qr svg']]) {
    await page.goto(`${env.origin}${path}`);
    await page.locator(done).first().waitFor();
  }
  assert.deepEqual(await context.cookies(), []);
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  assert.deepEqual(stored, { local: 0, session: 0 });
  await context.close();
});

test('QR page: a bad or javascript: address leaves no code to download; Hunan offers the hardship preset only while its notice asks', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin);
  page.setDefaultTimeout(8000);
  await context.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
  await page.goto(`${env.origin}/www/organizer.html`);
  await page.locator('#qr svg').waitFor();
  for (const bad of ['not a url', 'javascript:alert(1)//x', 'data:text/html,x']) {
    await page.fill('#base', bad);
    await page.locator('#base-error').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#qr svg').count(), 0, `${bad}: the old code is gone`);
    assert.equal(await page.locator('#svg').getAttribute('href'), null, `${bad}: nothing to download`);
    assert.equal(await page.locator('#png').getAttribute('href'), null);
    assert.ok(await page.locator('#print').isDisabled());
  }
  await page.fill('#base', `${env.origin}/www/`);
  await page.locator('#qr svg').waitFor();
  assert.equal(await page.locator('#base-error').isVisible(), false);
  await page.selectOption('#province', 'hunan');
  await page.waitForFunction(() => document.querySelector('#link').textContent.includes('p=hunan'));
  assert.equal(await page.locator('#hardship-field').isVisible(), false, 'Hunan’s notice expired on 2026-07-24: the self-check no longer asks');
  assert.ok(!(await page.locator('#link').textContent()).includes('ha='));
  assert.deepEqual(problems, []);
  await context.close();
});
