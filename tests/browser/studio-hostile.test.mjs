// A policy file is input from outside. Hostile files (markup and script in every text
// field, 10 MB, 10,000 levels deep) loaded into the studio and the pages: no dialog, no
// request, no script run, no hang; the text is shown as text and the refusal is clear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, mkdtempSync, cpSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, watchedPage } from './browser.mjs';
import { start } from '../../scripts/server.mjs';
import { PAYLOAD, scriptEverywhere, tenMegabytes, deepJson, deepToml } from '../fixtures/hostile/make.mjs';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'jianxi-hostile-'));
const hostile = scriptEverywhere();
const files = {
  'hostile-text.json': `${JSON.stringify(hostile.files)}\n`,
  'hostile-10mb.json': tenMegabytes(),
  'hostile-deep.json': deepJson(),
  'hostile-deep.toml': deepToml(),
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(work, name), text);

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); rmSync(work, { recursive: true, force: true }); });

/** A page that also records dialogs and any script the payload would run. */
async function guarded(origin, viewport) {
  const w = await watchedPage(env.browser, origin, viewport);
  w.page.on('dialog', (d) => { w.problems.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
  w.page.on('request', (r) => { if (/evil\.example|\/x\.png/.test(r.url())) w.problems.push(`request: ${r.url()}`); });
  return w;
}
const pwned = (page) => page.evaluate(() => ({ flag: window.__pwned ?? null, imgs: document.querySelectorAll('img[src*="evil"], a[href^="javascript:"]').length,
  scripts: [...document.scripts].filter((s) => !s.src).length }));

test('the studio shows every text of a hostile file as text and runs none of it', async () => {
  assert.ok(hostile.count > 500, `the payload is in ${hostile.count} text fields`);
  const { page, problems, context } = await guarded(env.origin, { width: 1280, height: 900 });
  await page.goto(`${env.origin}/www/studio.html?j=hunan&d=2026-11-23`);
  await page.locator('#workspace').waitFor();
  const later = []; // no request at all once the page is up, same origin included
  page.on('request', (r) => later.push(r.url()));
  await page.setInputFiles('#open-file', join(work, 'hostile-text.json'));
  await page.waitForFunction(() => document.querySelector('#file-message').textContent.includes('hostile-text.json'));
  assert.match(await page.locator('#file-message').textContent(), /已打开数据文件 hostile-text\.json（6 个辖区）/);
  const ids = await page.locator('#jurisdiction option').evaluateAll((os) => os.map((o) => o.value));
  assert.equal(ids.length, 6);
  for (const id of ids) {
    await page.selectOption('#jurisdiction', id);
    for (const step of ['browse', 'edit', 'check', 'publish']) {
      await page.click(`.steps a[data-tab=${step}]`);
      // Every <details> open, so any markup inside a quote would be parsed if it were HTML.
      await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
      assert.deepEqual(await pwned(page), { flag: null, imgs: 0, scripts: 0 }, `${id} ${step}`);
    }
    await page.click('.steps a[data-tab=browse]');
    assert.ok((await page.locator('#jurisdiction-doc').textContent()).includes(PAYLOAD), `${id}: the payload is shown as text`);
  }
  assert.ok((await page.locator('#compare').textContent()).includes(PAYLOAD));
  assert.ok((await page.locator('#jurisdiction').textContent()).includes('<img'), 'names too');
  await page.waitForTimeout(300); // an onerror would have fired by now
  assert.deepEqual(await pwned(page), { flag: null, imgs: 0, scripts: 0 });
  assert.deepEqual(later, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('no page sets text as HTML: no innerHTML, outerHTML, insertAdjacentHTML or document.write in www/', () => {
  const dir = join(root, 'www');
  const offenders = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
    readFileSync(join(dir, name), 'utf8').split('\n').forEach((line, k) => {
      if (/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\.srcdoc\s*=|new Function|\beval\(/.test(line)) offenders.push(`${name}: ${line.trim()}`);
    });
  }
  // The one exception: the QR page sets the SVG its encoder draws from the link (no policy text in it).
  assert.deepEqual(offenders, ["organizer.js: $('qr').innerHTML = svg;"]);
});

test('the studio refuses a 10 MB file and 10,000-deep files quickly, with a clear error', async () => {
  const { page, problems, context } = await guarded(env.origin, { width: 375, height: 740 });
  await page.goto(`${env.origin}/www/studio.html?j=hunan`);
  await page.locator('#workspace').waitFor();
  const cases = [
    ['hostile-10mb.json', /文件太大（10\.0 MB），超过 2\.0 MB 的上限，未读取/, /too large/],
    ['hostile-deep.json', /嵌套层数过深（至少 41 层，上限 40 层）/, /Nested too deeply/],
    ['hostile-deep.toml', /嵌套层数过深.*第 2 行/, /Nested too deeply/],
  ];
  for (const [name, zh, en] of cases) {
    const t0 = Date.now();
    await page.setInputFiles('#open-file', join(work, name));
    await page.locator('#file-message .error-box').waitFor();
    const message = await page.locator('#file-message').textContent();
    assert.ok(Date.now() - t0 < 5000, `${name}: ${Date.now() - t0} ms`);
    assert.ok(message.includes(name), `${name}: the file is named`);
    assert.match(message, zh, name);
    assert.match(message, en, name);
    assert.match(await page.locator('#validity').textContent(), /✓ 数据有效/, `${name}: the data in use stays`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

// The pages reading a host's file with ?data= are issue 15's; until they do, reported as skipped.
const pagesLoadData = ['index.html', 'youth.js', 'common.js'].some((n) => readFileSync(join(root, 'www', n), 'utf8').includes('policies-youth.json'));
test('the youth page and the calculator given hostile files with ?data=: text as text, clear errors, built-in data kept',
  { skip: pagesLoadData ? false : 'the pages do not take ?data= yet (issue 15): enable when they do' }, async () => {
    const site = join(work, 'site');
    mkdirSync(site);
    cpSync(join(root, 'www'), join(site, 'www'), { recursive: true });
    symlinkSync(join(root, 'pkg'), join(site, 'pkg'));
    mkdirSync(join(site, 'www/host'));
    for (const name of Object.keys(files)) cpSync(join(work, name), join(site, 'www/host', name));
    const server = await start(0, site);
    const origin = `http://127.0.0.1:${server.address().port}`;
    try {
      for (const page0 of ['/www/?p=hunan&b=2003-05-01&e=bachelor&l=2026-06-30&emp=0&reg=0&ha=0&d=2026-11-23', '/www/employer.html?p=hunan&t=1&s=2026-12-01&m=6&n=10&r=6']) {
        for (const name of ['hostile-text.json', 'hostile-10mb.json', 'hostile-deep.json']) {
          const { page, problems, context } = await guarded(origin);
          const t0 = Date.now();
          await page.goto(`${origin}${page0}&data=host/${name}`);
          await page.locator('#verdict, #totals').first().waitFor({ timeout: 10000 });
          assert.ok(Date.now() - t0 < 10000, `${page0} ${name}: no hang`);
          await page.waitForTimeout(300);
          assert.deepEqual(await pwned(page), { flag: null, imgs: 0, scripts: 0 }, `${page0} ${name}`);
          const text = await page.locator('body').textContent();
          if (name === 'hostile-text.json') assert.ok(text.includes('<img'), `${page0}: the host's texts are shown as text`);
          else assert.ok(text.includes(name), `${page0} ${name}: the notice names the file`);
          assert.deepEqual(problems, [], `${page0} ${name}`);
          await context.close();
        }
      }
    } finally {
      server.close();
    }
  });
