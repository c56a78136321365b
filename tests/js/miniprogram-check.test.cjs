// The mini-program self-check page rendered by miniprogram-simulate (WXML and all) over jsdom
// and driven as a person would, end to end, on each kind of client the stand-in models
// (tests/js/wechat-sim.cjs): Android, iOS with memory growth that detaches nothing, no
// WXWebAssembly, a base library without .wasm.br, a module that fails to compile, a relative
// package path; and opened by a mini-program code, an ordinary link QR code or a bad scene.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { mp, wechatRuntime, launch, simulate, withTestland } = require('./wechat-sim.cjs');

const { text, change, tap, open } = simulate();
const PAGE = 'pages/check/index';

/** Answers the questions of a Hunan school leaver who has not registered as unemployed. */
async function answerHunan(page) {
  await change(page, '#asOf-picker', '2024-05-01');
  await change(page, '#birthDate-picker', '2004-01-01');
  await change(page, '#education-picker', '8');
  await change(page, '#employed', '0');
}

test('Android: preset by a mini-program code scene, answered through the pickers, with the disclaimer', async () => {
  const runtime = wechatRuntime({ platform: 'android' });
  launch(runtime);
  const page = await open(PAGE, { scene: encodeURIComponent('p=hunan') });
  assert.equal(text(page, '#province'), '湖南省');
  await answerHunan(page);
  assert.ok(page.querySelector('#registered'), 'Hunan asks about registration');
  assert.equal(page.querySelector('#hukou-picker'), undefined, 'and not about household registration');
  await change(page, '#registered', '0');
  assert.equal(text(page, '#verdict'), '暂不符合条件');
  assert.equal(text(page, '#disclaimer'), '仅供参考，以当地人社部门审核为准');
  assert.match(page.dom.textContent, /办理失业登记后/);
  assert.match(page.dom.textContent, /湘人社规〔2023〕9号/);
  await change(page, '#registered', '1');
  assert.equal(text(page, '#verdict'), '可以参加就业见习');
  // A clause open to two readings shows the product's reading under its quote.
  assert.match(page.dom.textContent, /艰苦边远地区[^解]*解读：“可扩大至”是说这些地区可以由当地决定扩大/);
  assert.equal(text(page, '#disclaimer'), '仅供参考，以当地人社部门审核为准');
  assert.match(text(page, '#review'), /5 个工作日/);
  assert.deepEqual(runtime.calls.modal, []);
});

test('the service-zone link is selectable text and copies with one tap', async () => {
  const runtime = wechatRuntime();
  launch(runtime);
  const page = await open(PAGE, { p: 'henan' });
  assert.equal(text(page, '#province'), '河南省');
  await change(page, '#asOf-picker', '2024-05-01');
  await change(page, '#birthDate-picker', '2001-03-01');
  await change(page, '#education-picker', '2');
  await change(page, '#leftSchoolOn-picker', '2023-06-30');
  await change(page, '#employed', '0');
  const url = text(page, '#zone-url');
  assert.match(url, /^https?:\/\/\S+$/);
  // The simulator keeps no user-select on its <wx-text>: the template says it.
  assert.equal(page.querySelector('#zone-url').dom.tagName, 'WX-TEXT');
  assert.match(readFileSync(path.join(mp, `${PAGE}.wxml`), 'utf8'), /<text user-select="\{\{true\}\}" id="zone-url">\{\{result\.zone\.url\}\}<\/text>/);
  await tap(page, '#copy-zone');
  assert.deepEqual(runtime.calls.clipboard, [url]);
  assert.deepEqual(runtime.calls.toast, [], 'WeChat itself confirms a copy');
  runtime.options.clipboard = 'denied'; // the privacy prompt declined
  await tap(page, '#copy-zone');
  assert.deepEqual(runtime.calls.clipboard, [url]);
  assert.deepEqual(runtime.calls.toast, ['未能复制：请长按链接文字复制']);
});

test('iOS, memory growth that detaches nothing: opened by an ordinary link QR code (q), presets applied', async () => {
  const runtime = wechatRuntime({ platform: 'ios', memory: 'non-detaching' });
  launch(runtime);
  const link = 'https://jianxi.example.gov.cn/index.html?p=hunan&e=none';
  const page = await open(PAGE, { q: encodeURIComponent(link), scancode_time: '1763856000' });
  assert.equal(text(page, '#province'), '湖南省');
  assert.equal(text(page, '#education'), '以上都不是');
  await answerHunan(page);
  await change(page, '#registered', '1');
  assert.equal(text(page, '#verdict'), '可以参加就业见习');
  const memory = runtime.calls.instances[0].exports.memory;
  assert.ok(memory.buffer.byteLength > 18 * 65536, 'the memory grew');
});

test('a malformed scene opens the page with the default province, and no error', async () => {
  launch(wechatRuntime());
  const page = await open(PAGE, { scene: '%E4%B8p%3Dhunan' });
  assert.equal(text(page, '#province'), '河南省');
  assert.equal(page.querySelector('#failure'), undefined);
});

for (const SDKVersion of ['2.12.0', '2.13.0']) {
  test(`base library ${SDKVersion} (${SDKVersion === '2.12.0' ? 'no WXWebAssembly' : 'no .wasm.br'}): "update WeChat", once as a modal, nothing tried`, async () => {
    const runtime = wechatRuntime({ SDKVersion });
    launch(runtime);
    assert.equal(typeof global.WXWebAssembly, SDKVersion === '2.12.0' ? 'undefined' : 'object');
    const page = await open(PAGE, { p: 'hunan' });
    assert.equal(page.querySelector('#province'), undefined, 'no form that does nothing');
    assert.equal(page.querySelector('#loading'), undefined);
    assert.match(text(page, '#failure'), /微信版本过低/);
    assert.match(text(page, '#failure'), new RegExp(`基础库 2\\.14\\.0 或以上，当前为 ${SDKVersion.replace(/\./g, '\\.')}`));
    assert.equal(page.querySelector('#retry'), undefined, 'retrying cannot help');
    assert.equal(runtime.calls.modal.length, 1);
    assert.match(runtime.calls.modal[0].content, /请升级到最新微信版本/);
    assert.deepEqual(runtime.calls.instantiate, []);
    await open(PAGE, {});
    assert.equal(runtime.calls.modal.length, 1, 'the modal once per launch');
  });
}

test('a module that fails to compile: the message, 12333, and a retry that works', async () => {
  const runtime = wechatRuntime({ broken: 'compile' });
  launch(runtime);
  const page = await open(PAGE, { p: 'hunan' });
  assert.equal(page.querySelector('#province'), undefined);
  assert.match(text(page, '#failure'), /计算引擎未能加载/);
  assert.match(text(page, '#failure'), /12333/);
  assert.deepEqual(runtime.calls.modal, [], 'no "update WeChat" for this');
  await tap(page, '#call');
  assert.deepEqual(runtime.calls.phone, ['12333']);
  await tap(page, '#retry');
  assert.match(text(page, '#failure'), /计算引擎未能加载/, 'still broken, still said');
  runtime.options.broken = null;
  await tap(page, '#retry');
  assert.equal(page.querySelector('#failure'), undefined);
  assert.equal(text(page, '#province'), '湖南省', 'the preset survives the retry');
  await answerHunan(page);
  await change(page, '#registered', '1');
  assert.equal(text(page, '#verdict'), '可以参加就业见习');
});

test('a relative package path loads the same engine; a missing file says so', async () => {
  const runtime = wechatRuntime();
  launch(runtime, (app) => { app.enginePath = 'lib/jianxi_bg.wasm.br'; });
  const page = await open(PAGE, { p: 'yunnan' });
  assert.deepEqual(runtime.calls.instantiate, ['/lib/jianxi_bg.wasm.br']);
  assert.equal(text(page, '#province'), '云南省');

  const missing = wechatRuntime();
  launch(missing, (app) => { app.enginePath = 'lib/jianxi.wasm.br'; });
  const broken = await open(PAGE, {});
  assert.match(text(broken, '#failure'), /计算引擎未能加载/);
  assert.match(text(broken, '#failure'), /no such file in the package/);
});


test('a province is one file: the made-up Testland in the package data appears in menu order and answers, with its own hardship question', async () => {
  const runtime = wechatRuntime();
  launch(runtime, () => {}, { data: withTestland() });
  const page = await open(PAGE, { p: 'testland' });
  assert.equal(text(page, '#province'), '试验省');
  assert.deepEqual(page.instance.data.provinces, ['河南省', '湖南省', '云南省', '甘肃省', '宁夏回族自治区', '试验省', '全国（国家通知）']);
  await change(page, '#asOf-picker', '2026-03-01');
  await change(page, '#birthDate-picker', '2006-01-01');
  await change(page, '#education-picker', String(page.instance.data.eduLabels.indexOf('中职（中专、职高、技校）')));
  await change(page, '#leftSchoolOn-picker', '2025-06-30');
  await change(page, '#employed', '0');
  assert.equal(text(page, '#hardship-label'), '你所在的县属于山区县吗？');
  await change(page, '#hardship', '0');
  assert.equal(text(page, '#verdict'), '暂不符合条件');
  assert.match(page.dom.textContent, /只在山区县可以参加/);
  assert.match(page.dom.textContent, /试人社发〔2026〕1号/);
  // An unknown preset opens the default province, not the unknown id.
  launch(wechatRuntime(), () => {}, { data: withTestland() });
  const other = await open(PAGE, { p: 'atlantis' });
  assert.equal(text(other, '#province'), '河南省');
});

test('the package data replaced by a bad file: the page says what is wrong instead of an empty form', async () => {
  const bad = withTestland();
  bad[bad.length - 1].minimumWage.entries[0].amounts = [2500];
  launch(wechatRuntime(), () => {}, { data: bad });
  const page = await open(PAGE, { p: 'henan' });
  assert.ok(page.querySelector('#failure'));
  assert.match(text(page, '#failure'), /testland\.minimumWage\.entries\[0\]\.amounts/);
});
