// The mini-program estimate page rendered by miniprogram-simulate (WXML and all) over jsdom
// and driven as a person would, end to end, on each kind of client the stand-in models
// (tests/js/wechat-sim.cjs): Android, iOS with memory growth that detaches nothing, no
// WXWebAssembly, a base library without .wasm.br, a module that fails to compile, a relative
// package path; and opened with the web page's presets by path query, scene or link QR code.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const { wechatRuntime, launch, simulate, withTestland } = require('./wechat-sim.cjs');

const { text, change, tap, open } = simulate();
const PAGE = 'pages/employer/index';

/** The Henan worked example: tier 1 from July 2023, 6 months, 10 interns, 6 retained. */
async function henanExample(page) {
  await change(page, '#start-picker', '2023-07-01');
  await change(page, '#tier-picker', '0');
  await change(page, '#months-picker', '3');
  await change(page, '#interns-input', '10', 'input');
  await change(page, '#retained-input', '6', 'input');
}

test('Android: the Henan worked example, then Hunan with a local standard, with the disclaimer', async () => {
  const runtime = wechatRuntime({ platform: 'android' });
  launch(runtime);
  const page = await open(PAGE, { p: 'henan' });
  await henanExample(page);
  assert.equal(text(page, '#baseTotal'), '84000.00');
  assert.equal(text(page, '#difference'), '48000.00');
  assert.equal(text(page, '#total'), '132000.00');
  assert.equal(text(page, '#disclaimer'), '仅供参考，以当地人社部门审核为准');
  // Where the notice does not say how retention counts: its words, both readings, each cited.
  assert.match(text(page, '#rate-definition'), /豫人社函〔2023〕138号未定义“见习期满留用率”/);
  assert.match(page.dom.textContent, /算法一：[^·]*（6 \/ 10 = 60%，达到门槛）豫人社函〔2023〕138号 三（一）补贴支持解读：按字面理解/);
  assert.match(page.dom.textContent, /算法二：[^·]*人社部发〔2023〕27号 附件 填报说明2解读：/);
  // The minimum wage the months use, with its notice, once.
  assert.equal((page.dom.textContent.match(/最低工资：豫政〔2021〕33号 月最低工资标准（2022年1月1日起）/g) || []).length, 1);
  await change(page, '#province-picker', String(page.data.provinces.indexOf('湖南省')));
  await change(page, '#start-picker', '2023-08-01');
  await change(page, '#interns-input', '2', 'input');
  await change(page, '#retained-input', '1', 'input');
  assert.equal(text(page, '#total'), '待定');
  await change(page, '#baseAmount-input', '1500', 'input');
  assert.equal(text(page, '#total'), '27792.00');
  assert.equal(text(page, '#disclaimer'), '仅供参考，以当地人社部门审核为准');
});

test('a count left blank is asked for, never read as 0: no 未达标 verdict, no total; typed again, the answer comes back', async () => {
  launch(wechatRuntime());
  const page = await open(PAGE, { p: 'henan' });
  await henanExample(page);
  assert.equal(text(page, '#total'), '132000.00');
  await change(page, '#retained-input', '', 'input');
  assert.equal(text(page, '.error'), '还需要填写：见习期满留用人数');
  assert.equal(page.querySelector('#total'), undefined, 'no total from an invented 0');
  assert.doesNotMatch(page.dom.textContent, /未达到门槛|132000|84000/);
  await change(page, '#retained-input', '6', 'input');
  assert.equal(page.querySelector('.error'), undefined, 'the notice goes once answered');
  assert.equal(text(page, '#total'), '132000.00');
  await change(page, '#interns-input', ' ', 'input');
  assert.equal(text(page, '.error'), '还需要填写：见习人数');
  assert.equal(page.querySelector('#total'), undefined);
});

test('iOS, memory growth that detaches nothing: the employer page link QR code (q) presets everything', async () => {
  const runtime = wechatRuntime({ platform: 'ios', memory: 'non-detaching' });
  launch(runtime);
  const link = 'https://jianxi.example.gov.cn/employer.html?p=henan&t=1&s=2023-07-01&m=6&n=10&r=6';
  const page = await open(PAGE, { q: encodeURIComponent(link), scancode_time: '1763856000' });
  assert.equal(text(page, '#province'), '河南省');
  assert.match(text(page, '#tier'), /^一类/);
  assert.equal(text(page, '#startDate'), '2023-07-01');
  assert.equal(text(page, '#months'), '6');
  assert.equal(text(page, '#total'), '132000.00');
  assert.ok(runtime.calls.instances[0].exports.memory.buffer.byteLength > 18 * 65536, 'the memory grew');
});

test('a mini-program code scene presets the province and the local standard; a malformed one is ignored', async () => {
  launch(wechatRuntime());
  const page = await open(PAGE, { scene: encodeURIComponent('p=hunan&s=2023-08-01&n=2&r=1&ba=1500') });
  assert.equal(text(page, '#province'), '湖南省');
  assert.equal(text(page, '#total'), '27792.00');

  launch(wechatRuntime());
  const plain = await open(PAGE, { scene: '%E4%B8p%3Dhunan', n: '-3', m: '99', s: '2023-13', t: 'x' });
  assert.equal(text(plain, '#province'), '河南省', 'the default province');
  assert.equal(plain.data.interns, '1');
  assert.equal(text(plain, '#months'), '6');
  assert.equal(plain.querySelector('#failure'), undefined);
});

for (const SDKVersion of ['2.12.0', '2.13.0']) {
  test(`base library ${SDKVersion} (${SDKVersion === '2.12.0' ? 'no WXWebAssembly' : 'no .wasm.br'}): "update WeChat", once as a modal, nothing tried`, async () => {
    const runtime = wechatRuntime({ SDKVersion });
    launch(runtime);
    const page = await open(PAGE, { p: 'henan' });
    assert.equal(page.querySelector('#province-picker'), undefined, 'no form that does nothing');
    assert.match(text(page, '#failure'), /微信版本过低/);
    assert.match(text(page, '#failure'), new RegExp(`当前为 ${SDKVersion.replace(/\./g, '\\.')}`));
    assert.equal(page.querySelector('#retry'), undefined);
    assert.equal(runtime.calls.modal.length, 1);
    assert.deepEqual(runtime.calls.instantiate, []);
  });
}

test('a module that fails to compile: the message, 12333, and a retry that works', async () => {
  const runtime = wechatRuntime({ broken: 'compile' });
  launch(runtime);
  const page = await open(PAGE, { p: 'henan', n: '10', r: '6', s: '2023-07-01', t: '1' });
  assert.equal(page.querySelector('#province-picker'), undefined);
  assert.match(text(page, '#failure'), /计算引擎未能加载/);
  await tap(page, '#call');
  assert.deepEqual(runtime.calls.phone, ['12333']);
  runtime.options.broken = null;
  await tap(page, '#retry');
  assert.equal(page.querySelector('#failure'), undefined);
  assert.equal(text(page, '#total'), '132000.00', 'the presets survive the retry');
});

test('a relative package path loads the same engine; a missing file says so', async () => {
  const runtime = wechatRuntime({ platform: 'ios' });
  launch(runtime, (app) => { app.enginePath = 'lib/jianxi_bg.wasm.br'; });
  const page = await open(PAGE, { p: 'gansu' });
  assert.deepEqual(runtime.calls.instantiate, ['/lib/jianxi_bg.wasm.br']);
  assert.equal(text(page, '#province'), '甘肃省');

  launch(wechatRuntime(), (app) => { app.enginePath = '/lib/missing.wasm.br'; });
  const broken = await open(PAGE, {});
  assert.match(text(broken, '#failure'), /no such file in the package/);
});

test('a province is one file: the made-up Testland in the package data, with its tiers and wages, estimates', async () => {
  launch(wechatRuntime(), () => {}, { data: withTestland() });
  const page = await open(PAGE, { p: 'testland', s: '2026-03-01', m: '6', n: '2', r: '1', t: '1' });
  assert.equal(text(page, '#province'), '试验省');
  assert.match(text(page, '#tier'), /一类 · 2500\.00 元\/月/);
  assert.equal(page.instance.data.result.baseTotal, '24000.00');
  assert.equal(page.instance.data.result.total, '30000.00');
});
