// The rules studio (www/studio.html), issue 16's "done when": a bureau adds its 2026 Hunan
// rule set (a new notice, in force after the 2023 one expired on 2026-07-24, with a
// changed standard), sees the answers change, downloads the data file and serves it as
// the site's data; the studio passes axe-core at 375 px and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, cpSync, rmSync, symlinkSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { launch, watchedPage } from './browser.mjs';
import { start } from '../../scripts/server.mjs';
import engine from '../js/load.mjs';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'jianxi-studio-'));
let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); rmSync(work, { recursive: true, force: true }); });

// The new notice as a bureau would paste it (made up for the test: no 2026 Hunan notice is in the repository).
const NOTICE = `湖南省人力资源和社会保障厅等十部门关于继续实施就业见习岗位募集计划的通知
湘人社规〔2026〕5号
各市州人力资源和社会保障局：
  一、……
  三、政策支持
  （一）补贴支持。对吸纳就业见习的单位，按每人每月 1600 元给予就业见习补贴。
  本通知自2026年8月1日起施行，有效期3年。
`;
const DOC = { id: 'hunan-2026', number: '湘人社规〔2026〕5号' };

/** The studio with a record of dialogs (a hostile file must never open one). */
async function studio(viewport, path) {
  const w = await watchedPage(env.browser, env.origin, viewport);
  w.page.on('dialog', (d) => { w.problems.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
  await w.page.goto(`${env.origin}/www/studio.html${path}`);
  await w.page.locator('#workspace').waitFor();
  return w;
}

/** Runs the "done when" edit in the page; leaves it on the check step. */
async function addHunan2026(page) {
  const fill = (path, v) => page.fill(`#edit-form [data-path="${path}"]`, v);
  const submit = () => page.click('#edit-form button[type=submit]');
  // 1. The new document, with its text (so its quotes are checked word for word).
  await page.selectOption('#edit-kind', 'document');
  assert.equal(await page.locator('#edit-form [data-path="_pick"]').inputValue(), 'new');
  await fill('id', DOC.id);
  await fill('number', DOC.number);
  await fill('title', '关于继续实施就业见习岗位募集计划的通知');
  await fill('issuer', '湖南省人力资源和社会保障厅等十部门');
  await fill('issuedOn', '2026-07-10');
  await fill('fromFile', 'seeds/hunan-2026.txt');
  await fill('_text', NOTICE);
  await submit();
  await page.waitForFunction(() => document.querySelector('#file-message').textContent.includes('湘人社规〔2026〕5号'));
  // 2. A rule set valid from 2026-08-01 (after the 2023 notice expired), copied from the current one.
  await page.selectOption('#edit-kind', 'ruleSet');
  await page.selectOption('#edit-form [data-path="document"]', DOC.id);
  await fill('validFrom', '2026-08-01');
  await fill('validUntil', '2029-07-31');
  await fill('speaksUntil', '2027-12-31');
  await submit();
  await page.waitForFunction(() => document.querySelector('#file-message').textContent.includes('新增规则集'));
  // 3. The changed standard: the form for the new rule set's parts opens by itself.
  assert.equal(await page.locator('#edit-kind').inputValue(), 'part');
  await page.selectOption('#edit-form [data-path="_part"]', 'baseSubsidy');
  await page.selectOption('#edit-form [data-path="kind"]', 'fixed');
  await fill('amount', '1600');
  await page.selectOption('#edit-form [data-path="source.document"]', DOC.id);
  await fill('source.clause', '三（一）补贴支持');
  // A figure the notice does not say: the live check and, on saving, the loader's error next to the field, in zh and en.
  await fill('source.quote', '按每人每月1800元给予就业见习补贴');
  assert.match(await page.locator('#edit-form .quote-status').textContent(), /✗ 与 seeds\/hunan-2026\.txt 不符/);
  await submit();
  const quoteBox = page.locator('#edit-form [data-path="source.quote"]');
  assert.equal(await quoteBox.getAttribute('aria-invalid'), 'true');
  const quoteError = page.locator(`#${await quoteBox.getAttribute('id')}-error`);
  assert.match(await quoteError.textContent(), /原文摘录与文件原文（seeds\/hunan-2026\.txt）不符/);
  assert.match(await quoteError.locator('[lang=en]').textContent(), /does not match the document's text/);
  // The engine's own validation, next to its field: a negative amount.
  await fill('source.quote', '对吸纳就业见习的单位，按每人每月1600元给予就业见习补贴');
  assert.match(await page.locator('#edit-form .quote-status').textContent(), /✓ 已在 seeds\/hunan-2026\.txt 中逐字找到/);
  await fill('amount', '-5');
  await submit();
  const amountBox = page.locator('#edit-form [data-path="amount"]');
  assert.equal(await amountBox.getAttribute('aria-invalid'), 'true');
  const amountError = await page.locator(`#${await amountBox.getAttribute('id')}-error`).textContent();
  assert.match(amountError, /政策数据有误/);
  assert.match(amountError, /Invalid policy data/);
  await fill('amount', '1600');
  await submit();
  await page.waitForFunction(() => document.querySelector('#file-message').textContent.includes('每人每月 1600 元'));
  assert.match(await page.locator('#validity').textContent(), /✓ 数据有效 · 已修改 1 个文件/);
}

test('the 2026 Hunan rule set: edit, before/after answers, download, serve as the site data', async () => {
  const { page, problems, context } = await studio({ width: 1280, height: 900 }, '?j=hunan&d=2026-11-23#edit');
  await addHunan2026(page);

  // Browse: the new rule set is shown in force, with its source and dates.
  await page.click('.steps a[data-tab=browse]');
  const current = page.locator('#jurisdiction-doc article.ruleset.current');
  assert.match(await current.locator('h4').textContent(), /湘人社规〔2026〕5号 · 2026-08-01 起/);
  assert.match(await page.locator('#jurisdiction-doc article.ruleset.expired h4').textContent(), /湘人社规〔2023〕9号/);
  assert.match(await current.textContent(), /每人每月 1600 元/);

  // Check: the employer sample's answer changes, highlighted; the expired warning goes.
  await page.click('.steps a[data-tab=check]');
  const row = page.locator('#samples tr[data-sample="e-retained"]');
  assert.match(await row.getAttribute('class'), /changed/);
  const [beforeCell, afterCell] = [row.locator('td').nth(0), row.locator('td').nth(1)];
  assert.match(await beforeCell.textContent(), /RULE_EXPIRED/);
  assert.doesNotMatch(await afterCell.textContent(), /RULE_EXPIRED/);
  assert.match(await afterCell.textContent(), /基础补贴合计：96000\.00/, '10 interns × 6 months × 1,600');
  assert.match(await afterCell.textContent(), /湘人社规〔2026〕5号/);
  assert.equal(await row.locator('li.diff').count() >= 3, true, 'the changed lines are marked');
  assert.ok((await page.locator('#samples tr.changed').count()) >= 5);
  // Only the changed rows on request; a case from an answer in one click.
  await page.check('#only-changed');
  assert.equal(await page.locator('#samples tbody tr').count(), await page.locator('#samples tbody tr.changed').count());
  await row.locator('button').click();
  assert.match(await page.locator('#user-cases').textContent(), /单位：10 人见习 6 个月，留用 6 人/);
  const summary = await page.locator('#cases-summary').textContent();
  assert.match(summary, /^\d+ 个用例：修改前通过 \d+ 个，修改后通过 \d+ 个/);
  const mine = page.locator('#cases tbody tr').last();
  assert.match(await mine.textContent(), /我的用例/);
  assert.match(await mine.locator('td').nth(3).textContent(), /✓ 成立/);
  assert.match(await mine.locator('td').nth(2).textContent(), /✗ 不成立/, 'the old data gives another answer');

  // Publish: the data files, the changed TOML and the notice text.
  await page.click('.steps a[data-tab=publish]');
  const policyFiles = readdirSync(new URL('../../policies/', import.meta.url)).filter((f) => f.endsWith('.toml')).length; // one per jurisdiction
  assert.match(await page.locator('#publish-status').textContent(), new RegExp(`数据有效：${policyFiles} 个政策文件通过引擎校验`));
  const save = async (id) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
    const path = join(work, dl.suggestedFilename());
    await dl.saveAs(path);
    return path;
  };
  const files = {};
  for (const id of ['dl-policies', 'dl-youth', 'dl-miniprogram', 'dl-src-hunan-toml']) files[id] = await save(id);
  assert.deepEqual(Object.values(files).map((p) => p.split('/').pop()), ['policies.json', 'policies-youth.json', 'policies.js', 'hunan.toml']);
  // The change summary for sign-off: the document, the dates, the answers that change.
  const sheet = await page.locator('#summary').textContent();
  assert.match(sheet, /新增文件湘人社规〔2026〕5号《关于继续实施就业见习岗位募集计划的通知》/);
  assert.match(sheet, /湘人社规〔2026〕5号：自 2026-08-01 起，有效期至 2029-07-31/);
  assert.match(sheet, /与此前的规则集（湘人社规〔2023〕9号，2023-07-25 起）相比：基础补贴标准：文件未写明标准，由当地确定 → 每人每月 1600 元（出处：湘人社规〔2026〕5号 三（一）补贴支持）/);
  assert.match(sheet, /答案的变化（2026-11-23）/);
  assert.match(sheet, /基础补贴合计/);
  assert.match(sheet, /审核人/);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#summary').isVisible(), true);
  assert.equal(await page.locator('.steps').isVisible(), false);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
  await context.close();

  // The downloaded files are exactly what the data step writes from the same TOML.
  const policiesDir = join(work, 'policies');
  cpSync(join(root, 'policies'), policiesDir, { recursive: true });
  cpSync(files['dl-src-hunan-toml'], join(policiesDir, 'hunan.toml'));
  execFileSync(process.execPath, [join(root, 'scripts/build-data.mjs'), '--policies', policiesDir, '--out', join(work, 'built'), '--miniprogram', join(work, 'built-mp')]);
  assert.equal(readFileSync(files['dl-policies'], 'utf8'), readFileSync(join(work, 'built/policies.json'), 'utf8'));
  assert.equal(readFileSync(files['dl-youth'], 'utf8'), readFileSync(join(work, 'built/policies-youth.json'), 'utf8'));
  assert.equal(readFileSync(files['dl-miniprogram'], 'utf8'), readFileSync(join(work, 'built-mp/policies.js'), 'utf8'));
  assert.notEqual(readFileSync(files['dl-policies'], 'utf8'), readFileSync(join(root, 'www/data/policies.json'), 'utf8'));

  // The engine answers from the downloaded file for a 2026 date, with no expired warning.
  const data = JSON.parse(readFileSync(files['dl-policies'], 'utf8'));
  const sandbox = { module: { exports: null } };
  vm.runInNewContext(readFileSync(files['dl-miniprogram'], 'utf8'), sandbox);
  assert.deepEqual(JSON.parse(JSON.stringify(sandbox.module.exports)), data, 'the mini-program module holds the same data');
  try {
    engine.loadPolicies(data, { mode: 'replace' });
    const est = engine.estimateSubsidy({ province: 'hunan', tier: 1, startDate: '2026-12-01', months: 6, interns: 10, retained: 6 });
    assert.equal(est.baseTotal, '96000.00');
    assert.equal(est.basis.documents[0].number, DOC.number);
    assert.deepEqual(est.warnings.map((w) => w.code).filter((c) => c === 'RULE_EXPIRED'), []);
    const youth = engine.checkEligibility({ province: 'hunan', asOf: '2026-11-23', birthDate: '2003-05-01', education: 'bachelor', leftSchoolOn: '2026-06-30', employed: false, registeredUnemployed: false, hardshipArea: false });
    assert.equal(youth.verdict, 'eligible');
    assert.deepEqual(youth.basis.warnings.map((w) => w.code).filter((c) => c === 'RULE_EXPIRED'), []);
    // The data as shipped still warns: the 2023 notice has expired and nothing replaces it.
    engine.loadPolicies(JSON.parse(readFileSync(join(root, 'www/data/policies.json'), 'utf8')), { mode: 'replace' });
    const old = engine.checkEligibility({ province: 'hunan', asOf: '2026-11-23', birthDate: '2003-05-01', education: 'bachelor', leftSchoolOn: '2026-06-30', employed: false, registeredUnemployed: false, hardshipArea: false });
    assert.ok(old.basis.warnings.some((w) => w.code === 'RULE_EXPIRED'));
  } finally {
    engine.resetPolicies();
  }
  writeFileSync(join(work, 'downloaded.json'), JSON.stringify(Object.fromEntries(Object.entries(files).map(([k, p]) => [k, p]))));
});

// The pages themselves reading the file (www/data/ and ?data=) are issue 15's; until they
// load their data from www/data/, this part is reported as skipped, not as passing.
const pagesLoadData = ['index.html', 'youth.js', 'common.js'].some((n) => readFileSync(join(root, 'www', n), 'utf8').includes('policies-youth.json'))
  && ['employer.html', 'employer.js', 'common.js'].some((n) => readFileSync(join(root, 'www', n), 'utf8').includes('policies.json'));
test('the youth page and the calculator answer from the downloaded file (as www/data/ and with ?data=)',
  { skip: pagesLoadData ? false : 'the pages do not load www/data/policies*.json yet (issue 15): enable when they do' }, async () => {
    const saved = JSON.parse(readFileSync(join(work, 'downloaded.json'), 'utf8'));
    // A copy of the site with the downloaded files as its data, and the same files at a host's own path.
    const site = join(work, 'site');
    mkdirSync(site);
    cpSync(join(root, 'www'), join(site, 'www'), { recursive: true });
    symlinkSync(join(root, 'pkg'), join(site, 'pkg'));
    cpSync(saved['dl-policies'], join(site, 'www/data/policies.json'));
    cpSync(saved['dl-youth'], join(site, 'www/data/policies-youth.json'));
    mkdirSync(join(site, 'www/bureau'));
    cpSync(saved['dl-policies'], join(site, 'www/bureau/hunan-2026.json'));
    const server = await start(0, site);
    const origin = `http://127.0.0.1:${server.address().port}`;
    try {
      for (const extra of ['', '&data=bureau/hunan-2026.json']) {
        const { page, problems, context } = await watchedPage(env.browser, origin);
        await page.goto(`${origin}/www/?p=hunan&b=2003-05-01&e=bachelor&l=2026-06-30&emp=0&reg=0&ha=0&d=2026-11-23${extra}`);
        await page.locator('#verdict').waitFor();
        const youth = await page.locator('#result').textContent();
        assert.match(youth, /可以参加/, extra);
        assert.match(youth, /湘人社规〔2026〕5号/, extra);
        assert.doesNotMatch(youth, /已失效/, extra);
        await page.goto(`${origin}/www/employer.html?p=hunan&t=1&s=2026-12-01&m=6&n=10&r=6${extra}`);
        await page.locator('#totals').waitFor();
        const est = await page.locator('#result').textContent();
        assert.match(est, /96,000\.00/, extra);
        assert.match(est, /湘人社规〔2026〕5号/, extra);
        assert.doesNotMatch(est, /已失效/, extra);
        assert.deepEqual(problems, [], extra);
        await context.close();
      }
    } finally {
      server.close();
    }
  });

test('the studio passes axe-core and fits 375 px and 1280 px on every step', async () => {
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 900 }]) {
    const context = await env.browser.newContext({ bypassCSP: true, viewport });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${env.origin}/www/studio.html?j=hunan&d=2026-11-23`);
    await page.locator('#workspace').waitFor();
    await page.addScriptTag({ path: axe });
    const check = async (label) => {
      const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
        .filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      assert.deepEqual(found, [], `${viewport.width} ${label}`);
      const [width, wide] = await page.evaluate(() => [document.documentElement.scrollWidth, [...document.querySelectorAll('body *')]
        .filter((n) => n.getBoundingClientRect().right > innerWidth + 1 && !n.closest('.table-wrap')).slice(0, 4).map((n) => `${n.tagName}#${n.id}.${n.className}`)]);
      assert.ok(width <= viewport.width, `${viewport.width} ${label}: the page is ${width} px wide (${wide.join(', ')})`);
      await page.screenshot({ path: join(root, `tests/artifacts/studio-${label}-${viewport.width}.png`) });
    };
    mkdirSync(join(root, 'tests/artifacts'), { recursive: true });
    await check('browse');
    for (const kind of ['document', 'ruleSet', 'part', 'wage', 'quota', 'jurisdiction', 'toml']) {
      await page.click('.steps a[data-tab=edit]');
      await page.selectOption('#edit-kind', kind);
      await check(`edit-${kind}`);
    }
    // An error shown next to its field is accessible too.
    await page.selectOption('#edit-kind', 'wage');
    await page.click('#edit-form button[type=submit]');
    assert.ok(await page.locator('#edit-form .form-errors p, #edit-form .error:not([hidden])').count() > 0);
    await check('edit-errors');
    await page.click('.steps a[data-tab=check]');
    await check('check');
    await page.click('.steps a[data-tab=publish]');
    await check('publish');
    assert.deepEqual(errors, []);
    await context.close();
  }
  assert.ok(readdirSync(join(root, 'tests/artifacts')).some((n) => n.startsWith('studio-check-375')));
});

test('the officials\' page links to the studio', () => {
  assert.match(readFileSync(join(root, 'www/officials.html'), 'utf8'), /<a href="studio\.html">政策规则工作室/);
});
