// The pages load the policy data as a file: the built-in one (preloaded beside the .wasm)
// and a host's own over it with ?data=. A made-up jurisdiction (tests/fixtures/policies/
// testland.toml), turned into a host file by the data step, appears and answers on the
// youth page, the calculator, the officials' page, the QR page and the embed guide with no
// code change; a host file that is refused, missing
// or invalid is named on the page and the built-in data answers. Every page says which
// data it answers from.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, watchedPage } from './browser.mjs';
import jianxi from '../js/load.mjs';

const root = new URL('../../', import.meta.url).pathname;
let env;
let dir;
let testland;
// The menus the pages should show, from the engine in Node (formSpec): with the built-in data,
// and with the host file over it. No test lists the jurisdictions itself.
let builtInMenu;
let hostMenu;
let hostNames;
let hostQuotas;
let builtInDate; // the built-in data's date (its latest \`updated\`)
let testlandDate; // the host file's own \`updated\`
before(async () => {
  env = await launch();
  // The data step turns the fixture into a host file, checked over the built-in data.
  dir = mkdtempSync(join(tmpdir(), 'jianxi-host-'));
  execFileSync(process.execPath, [join(root, 'scripts/build-data.mjs'), '--policies', join(root, 'tests/fixtures/policies'), '--out', dir, '--extend']);
  testland = readFileSync(join(dir, 'policies.json'));
  builtInMenu = jianxi.formSpec().jurisdictions.map((j) => j.id);
  builtInDate = jianxi.policies().jurisdictions.map((j) => j.updated).sort().at(-1);
  testlandDate = JSON.parse(testland)[0].updated;
  assert.notEqual(testlandDate, builtInDate, 'the fixture is dated apart from the built-in data, so a date taken from the wrong one shows');
  jianxi.loadPolicies(JSON.parse(testland));
  const spec = jianxi.formSpec();
  hostMenu = spec.jurisdictions.map((j) => j.id);
  hostNames = spec.jurisdictions.map((j) => j.name.zh);
  const files = jianxi.policies().jurisdictions;
  hostQuotas = hostMenu.flatMap((id) => (files.find((f) => f.id === id).quotas ?? []).map((q) => q.id));
  assert.ok(hostMenu.includes('testland') && hostQuotas.includes('testland-2026'));
});
after(async () => { await env?.browser.close(); env?.server.close(); if (dir) rmSync(dir, { recursive: true, force: true }); });

/** A page whose site also serves the host's files (as a bureau puts them next to the pages). */
async function hostPage(files = {}) {
  const w = await watchedPage(env.browser, env.origin, { width: 1000, height: 900 });
  for (const [path, body] of Object.entries(files)) {
    await w.context.route(`${env.origin}/www/${path}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  }
  return w;
}

const dataLine = (page) => page.locator('#data-source').textContent();

test('youth page: the built-in data file is preloaded with the .wasm and named in the answer line', async () => {
  const { page, problems, context } = await hostPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url().replace(env.origin, '')));
  await page.goto(`${env.origin}/www/index.html?p=henan&b=2001-05-10&e=bachelor&l=2023-06-30&emp=0&d=2024-03-01`);
  await page.locator('#verdict').waitFor();
  assert.match(await page.locator('#verdict').textContent(), /可以参加/);
  assert.ok(requests.includes('/www/data/policies-youth.json'), requests.join());
  assert.equal(requests.filter((r) => r.includes('/data/')).length, 1, 'fetched once: the preload is used');
  const html = readFileSync(join(root, 'www/index.html'), 'utf8');
  assert.match(html, /<link rel="preload" href="data\/policies-youth\.json" as="fetch" type="application\/json" crossorigin>/);
  const line = await dataLine(page);
  assert.match(line, /内置政策数据/);
  assert.match(line, /豫人社函〔2023〕138号/);
  assert.match(line, /数据日期 \d{4}-\d{2}-\d{2}/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('youth page with ?data=: a made-up province answers from the host file, shown as this site\'s data', async () => {
  const { page, problems, context } = await hostPage({ 'data/testland.json': testland });
  await page.goto(`${env.origin}/www/index.html?data=data/testland.json&p=testland&b=2002-01-01&e=bachelor&l=2025-06-30&emp=0&d=2026-03-01`);
  await page.locator('#verdict').waitFor();
  assert.match(await page.locator('#verdict').textContent(), /可以参加/);
  assert.ok((await page.locator('#province option').allTextContents()).includes('试验省'));
  assert.match(await page.locator('#result').textContent(), /试人社发〔2026〕1号/);
  const line = await dataLine(page);
  assert.match(line, /本站数据（data\/testland\.json）/);
  assert.match(line, /试人社发〔2026〕1号/);
  assert.equal(await page.locator('.data-notice').count(), 0);
  // The parameter stays in the shared link.
  assert.match(page.url(), /data=data%2Ftestland\.json|data=data\/testland\.json/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('calculator with ?data=: the made-up province\'s tiers and wages give the estimate', async () => {
  const { page, problems, context } = await hostPage({ 'data/testland.json': testland });
  await page.goto(`${env.origin}/www/employer.html?data=data/testland.json&p=testland&t=1&s=2026-03-01&m=6&n=2&r=1`);
  await page.locator('#baseTotal').waitFor();
  // 80% of 2500 = 2000 a month, 2 interns, 6 months; 1 of 2 retained (50%) raises it to 100%.
  assert.equal((await page.locator('#baseTotal').textContent()).trim(), '24,000.00 元');
  assert.equal((await page.locator('#total').textContent()).trim(), '30,000.00 元');
  assert.match(await page.locator('#tier').textContent(), /2500/);
  assert.match(await dataLine(page), /本站数据（data\/testland\.json）.*试人社发〔2026〕1号/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('officials\' page with ?data=: the made-up province is in the engine\'s menus, its deadlines and quota table answer', async () => {
  const { page, problems, context } = await hostPage({ 'data/testland.json': testland });
  await page.goto(`${env.origin}/www/officials.html?data=data/testland.json`);
  await page.locator('#quota-section').waitFor();
  // The menu is formSpec's, in menu order (testland's menuOrder 6: after the provinces,
  // before the national rules), starting from the rules the others fall back to.
  assert.deepEqual(await page.locator('#dl-province option').evaluateAll((os) => os.map((o) => o.value)), hostMenu);
  assert.equal(hostMenu.indexOf('testland'), hostMenu.indexOf('national') - 1);
  assert.equal(await page.locator('#dl-province').inputValue(), 'national');
  assert.equal(await page.locator('#form-id').inputValue(), 'national-2023');
  await page.selectOption('#dl-province', 'testland');
  await page.fill('#dl-month', '2026-03');
  await page.locator('#dl-month').dispatchEvent('change');
  await page.fill('#dl-applied', '2026-03-02');
  await page.locator('#dl-applied').dispatchEvent('change');
  // Its file sets no report deadline: the national rule (first 5 working days), said so.
  assert.equal(await page.locator('#report-deadline-date').textContent(), '2026-04-08');
  assert.match(await page.locator('#report-deadline').textContent(), /试人社发〔2026〕1号未规定月度汇总表的报送时限/);
  assert.equal(await page.locator('#review-deadline-date').textContent(), '2026-03-23');
  // Its quota table is offered with the others, in menu order, and counts progress.
  const quotas = await page.locator('#quota-id option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(quotas, hostQuotas);
  await page.selectOption('#quota-id', 'testland-2026');
  await page.locator('#quota tr[data-region="青石市"] input').fill('500');
  assert.equal((await page.locator('#quota tr[data-region="青石市"] td').last().textContent()).trim(), '25.0%');
  assert.match(await page.locator('#quota-source').textContent(), /试验省：试验省各市见习岗位目标/);
  // A page of every jurisdiction: each data in force, with its own date, said once.
  assert.equal(await dataLine(page), `本页答案依据：本站数据（data/testland.json）（数据日期 ${testlandDate}）、内置政策数据（数据日期 ${builtInDate}）`);
  assert.equal((await page.locator('footer').textContent()).match(/数据日期/g).length, 2, 'each date once');
  assert.deepEqual(problems, []);
  await context.close();
});

test('QR page with ?data=: the made-up province is offered, its own question preset, and the code carries the data file', async () => {
  const { page, problems, context } = await hostPage({ 'data/testland.json': testland });
  await context.clock.setFixedTime(new Date('2026-05-01T10:00:00')); // testland's notice in force
  await page.goto(`${env.origin}/www/organizer.html?data=data/testland.json`);
  await page.locator('#qr svg').waitFor();
  assert.deepEqual(await page.locator('#province option').allTextContents(), hostNames);
  assert.ok(hostNames.includes('试验省'));
  await page.selectOption('#province', 'testland');
  // Its hardship question, in its own words (山区县), from its file.
  await page.locator('#hardship-field').waitFor();
  assert.match(await page.locator('#hardship-label').textContent(), /你所在的县属于山区县吗？/);
  await page.selectOption('#hardship', '1');
  const want = `${env.origin}/www/?p=testland&ha=1&data=data%2Ftestland.json`;
  await page.waitForFunction((w) => document.querySelector('#link').textContent === w, want, { timeout: 5000 });
  // The link answers: the self-check opens on the made-up province, from the host file.
  const youth = await context.newPage();
  await youth.goto(`${want}&b=2002-01-01&e=bachelor&l=2025-06-30&emp=0&d=2026-03-01`);
  await youth.locator('#verdict').waitFor();
  assert.match(await youth.locator('#verdict').textContent(), /可以参加/);
  assert.equal(await youth.locator('#province').inputValue(), 'testland');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a host file that is refused, missing or invalid: the page says which and why, and the built-in data answers', async () => {
  const broken = JSON.parse(testland);
  broken[0].minimumWage.entries[0].amounts = [2500];
  const cases = [
    ['https://example.com/evil.json', 'DATA_REFUSED', /只能使用本站/],
    ['data/policies.txt', 'DATA_REFUSED', /以 \.json 结尾/],
    ['data/nothing-here.json', 'DATA_MISSING', /未能读取本站数据文件“data\/nothing-here\.json”（HTTP 404）/],
    ['data/broken.json', 'DATA_INVALID', /testland\.minimumWage\.entries\[0\]\.amounts/],
  ];
  for (const [file, code, message] of cases) {
    const { page, problems, context } = await hostPage({ 'data/broken.json': JSON.stringify(broken) });
    await page.goto(`${env.origin}/www/employer.html?data=${encodeURIComponent(file)}&p=henan&t=1&s=2023-07-01&m=6&n=10&r=6`);
    await page.locator('#total').waitFor();
    assert.equal((await page.locator('#total').textContent()).trim(), '132,000.00 元', `${file}: the built-in data answers`);
    const notice = page.locator('.data-notice');
    assert.equal(await notice.count(), 1, file);
    assert.equal(await notice.getAttribute('data-code'), code, file);
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.match(await notice.textContent(), message, file);
    assert.match(await notice.textContent(), /本页使用内置政策数据/);
    // Said once: neither the engine's own "政策数据有误" lead nor the field twice.
    assert.doesNotMatch(await notice.textContent(), /政策数据有误|(testland\.minimumWage\S*).*\1/, file);
    assert.match(await dataLine(page), /内置政策数据/);
    // Nothing is requested from another origin; only the 404 of the missing file is logged.
    assert.deepEqual(problems.filter((p) => !/404/.test(p)), [], file);
    await context.close();
  }
  // In English too.
  const { page, context } = await hostPage({ 'data/broken.json': JSON.stringify(broken) });
  await page.goto(`${env.origin}/www/employer.html?data=data/broken.json&lang=en&p=henan`);
  await page.locator('.data-notice').waitFor();
  assert.match(await page.locator('.data-notice').textContent(), /is invalid and was not used: testland\.minimumWage.*built-in policy data/);
  await context.close();
});

test('youth page, host file missing: the link keeps its province, so that a reload once the file is back answers', async () => {
  // A QR code's link names the host's province; while the host file cannot be read, the page
  // says so and asks for a province, but the address it leaves keeps p= (it rewrites the rest).
  const { page, context } = await hostPage({ 'data/testland.json': testland });
  let missing = true;
  await context.route(`${env.origin}/www/data/testland.json`, (route) => (missing ? route.fulfill({ status: 404, body: 'not found' }) : route.fallback()));
  await page.goto(`${env.origin}/www/index.html?data=data/testland.json&p=testland&b=2002-01-01&e=bachelor&l=2025-06-30&emp=0&d=2026-03-01`);
  await page.locator('#ask-province').waitFor();
  assert.match(await page.locator('#ask-province').textContent(), /链接中的省份“testland”不在本工具的数据中/);
  assert.equal(new URL(page.url()).searchParams.get('p'), 'testland');
  assert.equal(new URL(page.url()).searchParams.get('b'), '2002-01-01');
  // The file back: a reload answers for the host's province.
  missing = false;
  await page.reload();
  await page.locator('#verdict').waitFor();
  assert.equal(await page.locator('#province').inputValue(), 'testland');
  // A province chosen by hand replaces it.
  await page.selectOption('#province', 'henan');
  await page.locator('#verdict').waitFor();
  assert.equal(new URL(page.url()).searchParams.get('p'), 'henan');
  await context.close();
});

test('embed guide: the menus come from the data, a host file adds its province, and the snippets pass it on', async () => {
  const { page, problems, context } = await hostPage({ 'data/testland.json': testland });
  await page.goto(`${env.origin}/www/embed.html`);
  await page.waitForFunction(() => document.querySelector('#province').options.length > 0 && /integrity="sha384-/.test(document.querySelector('#s-script').textContent));
  assert.deepEqual(await page.locator('#province option').evaluateAll((os) => os.map((o) => o.value)), builtInMenu);
  await page.fill('#policies', 'data/testland.json');
  await page.dispatchEvent('#policies', 'change');
  await page.waitForFunction(() => [...document.querySelector('#province').options].some((o) => o.value === 'testland'));
  assert.deepEqual(await page.locator('#province option').evaluateAll((os) => os.map((o) => o.textContent)), hostNames);
  await page.selectOption('#province', 'testland');
  await page.selectOption('#tool', 'calculator');
  assert.deepEqual(await page.locator('#tier option').allTextContents(), ['不预设', '一类', '二类']);
  await page.selectOption('#tier', '2');
  assert.match(await page.locator('#s-script').textContent(), /data-province="testland" data-tier="2" data-policies="data\/testland\.json"/);
  assert.match(await page.locator('#s-element').textContent(), /<jianxi-calculator province="testland" tier="2" policies="data\/testland\.json">/);
  assert.match(await page.locator('#s-iframe').textContent(), /employer\.html\?p=testland&amp;t=2&amp;data=data%2Ftestland\.json|employer\.html\?p=testland&t=2&data=data%2Ftestland\.json/);
  // The live preview is the tool itself, answering from the host file.
  assert.deepEqual(problems, []);
  await context.close();
});

test('the self-check\'s reduced file named on a page that needs the whole data is refused, not answered from silently', async () => {
  // The data step writes policies.json and policies-youth.json side by side; the youth file
  // has no minimum wages and no subsidy standards. Named on the calculator, it would replace
  // Henan with a Henan that sets no standard: "文件未规定" where the notice does set one.
  const youthOnly = readFileSync(join(dir, 'policies-youth.json'));
  const one = JSON.stringify(JSON.parse(youthOnly)[0]); // a single file, not in a list
  for (const [file, body] of [['data/my/policies-youth.json', youthOnly], ['data/policies-youth.json', null], ['data/my/one.json', one]]) {
    const { page, problems, context } = await hostPage(body ? { [file]: body } : {});
    await page.goto(`${env.origin}/www/employer.html?data=${file}&p=henan&t=1&s=2023-07-01&m=6&n=10&r=6`);
    await page.locator('#total').waitFor();
    assert.equal((await page.locator('#total').textContent()).trim(), '132,000.00 元', `${file}: the built-in data answers`);
    const notice = page.locator('.data-notice');
    assert.equal(await notice.count(), 1, file);
    assert.equal(await notice.getAttribute('data-code'), 'DATA_INVALID');
    assert.match(await notice.textContent(), new RegExp(`本站数据文件“${file}”有误，未被采用：.*自测页.*policies\\.json.*本页使用内置政策数据`), file);
    assert.match(await dataLine(page), /内置政策数据/);
    assert.deepEqual(problems, [], file);
    await context.close();
  }
  // The self-check itself takes it, and the reduced file's own page says nothing.
  const { page, context } = await hostPage({ 'data/my/policies-youth.json': youthOnly });
  await page.goto(`${env.origin}/www/index.html?data=data/my/policies-youth.json&p=testland&b=2002-01-01&e=bachelor&l=2025-06-30&emp=0&d=2026-03-01`);
  await page.locator('#verdict').waitFor();
  assert.equal(await page.locator('.data-notice').count(), 0);
  assert.match(await dataLine(page), /本站数据（data\/my\/policies-youth\.json）/);
  await context.close();
});

test('the built-in data file missing or invalid: the page names the file and the reason, with a retry', async () => {
  // A bureau that replaces www/data/ with a bad file: there is no other data to fall back on,
  // so the page says which file and what is wrong (not "the network may be down").
  const cases = [
    ['/www/index.html?p=henan&b=2001-05-10&e=bachelor&l=2023-06-30&emp=0&d=2024-03-01', 'policies-youth.json', '#verdict'],
    ['/www/employer.html?p=henan&t=1&s=2023-07-01&m=6&n=10&r=6', 'policies.json', '#total'],
  ];
  for (const [url, file, ready] of cases) {
    const wrong = JSON.parse(readFileSync(join(root, 'www/data', file), 'utf8'));
    wrong[0].menuOrder = 'first';
    for (const [status, body, reason] of [[404, 'not found', /（HTTP 404）/], [200, JSON.stringify(wrong), new RegExp(`有误：“${wrong[0].id}\\.menuOrder”应为整数`)], [200, '[{"id":', /不是有效的 JSON/]]) {
      const { page, context } = await hostPage();
      await context.route(`${env.origin}/www/data/${file}`, (route) => route.fulfill({ status, contentType: 'application/json', body }));
      await page.goto(`${env.origin}${url}`);
      await page.locator('#retry').waitFor();
      const said = await page.locator('#loading').textContent();
      assert.match(said, new RegExp(`政策数据文件“data/${file.replace('.', '\\.')}”`), `${url} ${status} ${body}: ${said}`);
      assert.match(said, reason, said);
      assert.match(said, /12333/);
      assert.ok(!/网络中断/.test(said), said);
      // Mended, the retry answers.
      await context.unroute(`${env.origin}/www/data/${file}`);
      await page.click('#retry');
      await page.locator(ready).waitFor();
      await context.close();
    }
  }
  // In English too.
  const { page, context } = await hostPage();
  await context.route(`${env.origin}/www/data/policies-youth.json`, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`${env.origin}/www/index.html?lang=en`);
  await page.locator('#retry').waitFor();
  assert.match(await page.locator('#loading').textContent(), /policy data file “data\/policies-youth\.json” could not be read \(HTTP 404\)/);
  await context.close();
});

test('youth page with ?data= and no province chosen yet (an embed with no preset): the notice and the data line are there from the start', async () => {
  const { page, problems, context } = await hostPage({ 'data/testland.json': testland, 'data/broken.json': '[{"id":' });
  await page.goto(`${env.origin}/www/index.html?data=data/broken.json`);
  await page.locator('#ask-province').waitFor();
  assert.equal(await page.locator('.data-notice').getAttribute('data-code'), 'DATA_INVALID');
  assert.match(await page.locator('.data-notice').textContent(), /data\/broken\.json.*本页使用内置政策数据/);
  assert.match(await dataLine(page), /内置政策数据/);
  await page.goto(`${env.origin}/www/index.html?data=data/testland.json`);
  await page.locator('#ask-province').waitFor();
  assert.equal(await page.locator('.data-notice').count(), 0);
  assert.match(await dataLine(page), /本站数据（data\/testland\.json）/);
  assert.equal((await page.locator('footer').innerText()).match(/数据日期/g).length, 2, 'each data\'s date once on screen (the host file\'s, the built-in data\'s)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the data line names the data each answer rests on, each with its own date: built-in for a built-in province though a host file is in force', async () => {
  const { page, problems, context } = await hostPage({ 'data/testland.json': testland });
  const host = `本站数据（data/testland.json）（数据日期 ${testlandDate}）`;
  const builtIn = `内置政策数据（数据日期 ${builtInDate}）`;
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Henan answered beside the host's file: Henan's data is the built-in one.
  await page.goto(`${env.origin}/www/index.html?data=data/testland.json&p=henan&b=2001-05-10&e=bachelor&l=2023-06-30&emp=0&d=2024-03-01`);
  await page.locator('#verdict').waitFor();
  assert.equal(await dataLine(page), `本页答案依据：${builtIn}；文件 豫人社函〔2023〕138号`);
  // The host's province from its file, with the file's date.
  await page.goto(`${env.origin}/www/index.html?data=data/testland.json&p=testland&b=2002-01-01&e=bachelor&l=2025-06-30&emp=0&d=2026-03-01`);
  await page.locator('#verdict').waitFor();
  assert.equal(await dataLine(page), `本页答案依据：${host}；文件 试人社发〔2026〕1号`);
  // No province chosen: each data in force, with its date.
  await page.goto(`${env.origin}/www/index.html?data=data/testland.json`);
  await page.locator('#ask-province').waitFor();
  assert.equal(await dataLine(page), `本页答案依据：${host}、${builtIn}`);
  // The calculator: Henan's estimate from the built-in data, its minimum-wage notices named.
  await page.goto(`${env.origin}/www/employer.html?data=data/testland.json&p=henan&t=1&s=2023-11-01&m=12&n=10&r=6`);
  await page.locator('#total').waitFor();
  assert.equal(await dataLine(page), `本页答案依据：${builtIn}；文件 豫人社函〔2023〕138号；最低工资 豫政〔2021〕33号、豫政〔2023〕43号`);
  // The made-up province: its own rules and wage from the host file, the national rule it
  // falls back on (the remaining-period subsidy) from the built-in data.
  await page.goto(`${env.origin}/www/employer.html?data=data/testland.json&p=testland&t=1&s=2026-03-01&m=6&n=2&r=1`);
  await page.locator('#total').waitFor();
  assert.match(await dataLine(page), new RegExp(`^本页答案依据：${escape(host)}、${escape(builtIn)}；文件 (试人社发〔2026〕1号、人社部发〔2023〕27号|人社部发〔2023〕27号、试人社发〔2026〕1号)；最低工资 试政发〔2025〕9号$`));
  // In English.
  await page.goto(`${env.origin}/www/employer.html?data=data/testland.json&p=henan&t=1&s=2023-07-01&m=6&n=10&r=6&lang=en`);
  await page.locator('#total').waitFor();
  assert.equal(await dataLine(page), `Answers on this page rest on: built-in policy data (data as of ${builtInDate}); documents 豫人社函〔2023〕138号; minimum wage 豫政〔2021〕33号`);
  assert.deepEqual(problems, []);
  await context.close();
});
