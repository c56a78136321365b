// The mini-program's engine in a stand-in for the WeChat runtime (tests/js/wechat-sim.cjs):
// WXWebAssembly that takes only package paths, refuses exported Globals on iOS, may leave a
// grown memory's old buffer whole, or be missing altogether on an old base library; and no
// fetch, TextDecoder, TextEncoder, URL, import.meta or WebAssembly. The generated glue loads
// there and answers every conformance case as native does; app.js and both pages say what to
// do when it cannot load. The pages rendered by miniprogram-simulate: miniprogram-*.test.cjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { brotliDecompressSync } from 'node:zlib';
import vm from 'node:vm';
import sim from './wechat-sim.cjs';
import { loadCases, argsOf } from './cases.mjs';

const mp = new URL('../../miniprogram/', import.meta.url);
const pkg = new URL('../../pkg/', import.meta.url);
const read = (p) => readFileSync(new URL(p, mp));
const native = () => JSON.parse(readFileSync(new URL('../../target/conformance-native.json', import.meta.url), 'utf8'));

/**
 * Runs CommonJS files of the mini-program package in a WeChat-like sandbox on a stand-in runtime.
 * transform(path, source) may rewrite a file as it is loaded.
 */
function wechat(options = {}, transform = (p, s) => s) {
  const runtime = sim.wechatRuntime(options);
  const defs = {};
  let app;
  const instance = (def) => {
    const self = Object.create(def.methods ? Object.assign({}, def, def.methods) : def);
    self.data = JSON.parse(JSON.stringify(def.data || {}));
    self.setData = (patch) => { Object.assign(self.data, JSON.parse(JSON.stringify(patch))); };
    return self;
  };
  const sandbox = {
    wx: runtime.wx, App: (d) => { defs.app = d; app = instance(d); }, getApp: () => app, Page: (d) => { defs.page = d; }, Component: (d) => { defs.page = d; },
    console, Promise, Object, Array, Error, TypeError, RangeError, Uint8Array, Int32Array, DataView, Symbol, JSON, Math, Number, String, Boolean, Map, Set, WeakMap, Reflect, Date, parseInt,
  };
  if (runtime.WXWebAssembly) sandbox.WXWebAssembly = runtime.WXWebAssembly;
  const context = vm.createContext(sandbox);
  vm.runInContext('delete globalThis.WebAssembly', context); // only WXWebAssembly, as on iOS
  for (const banned of ['fetch', 'TextDecoder', 'TextEncoder', 'URL', 'WebAssembly', 'Response']) assert.equal(vm.runInContext(`typeof ${banned}`, context), 'undefined', banned);
  const cache = {};
  const requireFrom = (dir) => (rel) => {
    const url = new URL(rel.endsWith('.js') ? rel : `${rel}.js`, new URL(dir, mp));
    const key = url.pathname;
    if (cache[key]) return cache[key].exports;
    const module = { exports: {} };
    cache[key] = module;
    const fn = vm.runInContext(`(function (require, module, exports) {${transform(key.slice(mp.pathname.length), readFileSync(url, 'utf8'))}\n})`, context, { filename: key });
    fn(requireFrom(url.pathname.slice(mp.pathname.length).replace(/[^/]*$/, '')), module, module.exports);
    return module.exports;
  };
  const launch = (configure = () => {}) => {
    requireFrom('')('app.js');
    configure(app);
    defs.app.onLaunch.call(app);
    return app;
  };
  return { runtime, calls: runtime.calls, require: requireFrom(''), defs, app: () => app, launch, page: (path) => { requireFrom('')(path); return instance(defs.page); } };
}

/** The engine carries no data: load the package's data module, as app.js does. */
const withData = (wx, jianxi) => {
  jianxi.loadPolicies(wx.require('data/policies.js'), { mode: 'replace' });
  return jianxi;
};

/** Every case through the engine; results from another realm are compared as JSON. */
function answerAll(jianxi) {
  const expected = native();
  const cases = loadCases();
  for (const c of cases) {
    let got;
    try {
      got = { ok: jianxi[c.api](...argsOf(c)) };
    } catch (e) {
      got = { error: { code: e.code, field: e.field, message: e.message, messageEn: e.messageEn } };
    }
    assert.deepEqual(JSON.parse(JSON.stringify(got)), expected[c.id], c.id);
  }
  return cases.length;
}

/** The exports of a module as its own parser reads them, and as the bytes list them. */
function exportsOf(bytes) {
  const byEngine = WebAssembly.Module.exports(new WebAssembly.Module(bytes));
  // An independent read of section 7, so that the assertion does not rest on one parser.
  const u = (at) => { let v = 0; let s = 0; for (;;) { const b = bytes[at++]; v += (b & 0x7f) * 2 ** s; s += 7; if (!(b & 0x80)) return [v, at]; } };
  const kinds = ['function', 'table', 'memory', 'global'];
  const byBytes = [];
  for (let at = 8; at < bytes.length;) {
    const [size, start] = u(at + 1);
    if (bytes[at] === 7) {
      let [n, p] = u(start);
      while (n--) {
        const [len, nameAt] = u(p);
        byBytes.push({ name: Buffer.from(bytes.subarray(nameAt, nameAt + len)).toString(), kind: kinds[bytes[nameAt + len]] });
        p = u(nameAt + len + 1)[1];
      }
    }
    at = start + size;
  }
  assert.deepEqual(byBytes, byEngine.map((e) => ({ name: e.name, kind: e.kind })));
  return byBytes;
}

test('every shipped .wasm exports only what its glue reads: functions, memory, table, no Global', () => {
  const shipped = [
    ['pkg/jianxi_bg.wasm', readFileSync(new URL('jianxi_bg.wasm', pkg)), readFileSync(new URL('jianxi.js', pkg), 'utf8')],
    ['pkg/jianxi_youth_bg.wasm', readFileSync(new URL('jianxi_youth_bg.wasm', pkg)), readFileSync(new URL('jianxi_youth.js', pkg), 'utf8')],
    ['miniprogram/lib/jianxi_bg.wasm.br', brotliDecompressSync(read('lib/jianxi_bg.wasm.br')), read('lib/jianxi.js').toString()],
  ];
  for (const [file, bytes, glue] of shipped) {
    const exports = exportsOf(bytes);
    assert.deepEqual(exports.filter((e) => !['function', 'memory', 'table'].includes(e.kind)), [], `${file} exports a Global`);
    const readByGlue = new Set(Array.from(glue.matchAll(/(?<![\w$.])wasm\.([A-Za-z_$][\w$]*)/g), (m) => m[1]));
    assert.deepEqual(exports.map((e) => e.name).sort(), [...readByGlue].sort(), `${file}: exactly the exports its glue reads`);
    assert.ok(readByGlue.has('memory') && readByGlue.has('policies'));
  }
  // The declarations beside the .wasm list the same exports.
  for (const name of ['jianxi', 'jianxi_youth']) {
    const declared = Array.from(readFileSync(new URL(`${name}_bg.wasm.d.ts`, pkg), 'utf8').matchAll(/^export const ([\w$]+):/gm), (m) => m[1]);
    assert.deepEqual(declared.sort(), exportsOf(readFileSync(new URL(`${name}_bg.wasm`, pkg))).map((e) => e.name).sort(), `${name}_bg.wasm.d.ts`);
  }
});

test('the generated glue is what scripts/build-miniprogram.mjs makes from pkg/', () => {
  const before = read('lib/jianxi.js');
  const br = read('lib/jianxi_bg.wasm.br');
  execFileSync(process.execPath, [new URL('../../scripts/build-miniprogram.mjs', import.meta.url).pathname]);
  assert.ok(before.equals(read('lib/jianxi.js')), 'miniprogram/lib/jianxi.js is stale: run node scripts/build-miniprogram.mjs');
  assert.ok(br.equals(read('lib/jianxi_bg.wasm.br')), 'jianxi_bg.wasm.br is stale');
  assert.ok(brotliDecompressSync(br).equals(readFileSync(new URL('jianxi_bg.wasm', pkg))), 'the very same .wasm as the web page');
  const glue = before.toString();
  assert.doesNotMatch(glue, /__proto__/, 'plain import objects');
  assert.doesNotMatch(glue, /byteLength === 0|\.detached/, 'views are checked by buffer identity');
});

test('in the WeChat stand-in the engine answers every case as native does (Android; iOS with memory growth that detaches nothing)', async () => {
  for (const options of [{ platform: 'android' }, { platform: 'ios', memory: 'non-detaching' }]) {
    const wx = wechat(options);
    const jianxi = wx.require('lib/jianxi.js');
    await jianxi.initWx();
    assert.deepEqual(wx.calls.instantiate, ['/lib/jianxi_bg.wasm.br']);
    const memory = wx.calls.instances[0].exports.memory;
    const first = memory.buffer;
    withData(wx, jianxi);
    assert.ok(answerAll(jianxi) >= 80);
    assert.ok(memory.buffer.byteLength > first.byteLength, 'the memory grew while answering');
    // Where growth detaches (V8), the old buffer is empty; in the non-detaching model it keeps its bytes.
    assert.equal(first.byteLength === 0, options.memory !== 'non-detaching', JSON.stringify(options));
  }
});

test('the memory model bites: a view checked by byteLength 0 goes stale after growth and answers wrongly', async () => {
  // A string long enough to make the memory grow while the glue writes it.
  const huge = { province: '湖南'.repeat(1_000_000) };
  const answer = async (options, transform) => {
    const wx = wechat(options, transform);
    const jianxi = wx.require('lib/jianxi.js');
    await jianxi.initWx();
    try {
      // Loading the data makes the memory grow too: with the old check it may already go wrong.
      withData(wx, jianxi);
      jianxi.policies(); // the views exist before the growth
      return jianxi.checkEligibility(huge);
    } catch (e) {
      return { code: e.code, field: e.field };
    }
  };
  const wasBefore = (p, s) => {
    if (p !== 'lib/jianxi.js') return s;
    const before = s.replace('cachedUint8ArrayMemory0.buffer !== wasm.memory.buffer', 'cachedUint8ArrayMemory0.byteLength === 0');
    assert.notEqual(before, s, 'the check to undo is there');
    return before;
  };
  assert.deepEqual(await answer({ memory: 'non-detaching' }), { code: 'TOO_LONG', field: 'province' });
  assert.deepEqual(await answer({ memory: 'detaching' }, wasBefore), { code: 'TOO_LONG', field: 'province' }, 'where growth detaches, the old check held');
  assert.notDeepEqual(await answer({ memory: 'non-detaching' }, wasBefore), { code: 'TOO_LONG', field: 'province' }, 'the old check goes wrong where it does not');
});

test('iOS refuses a module exporting a Global; the shipped one loads there', async () => {
  // (module (global (export "g") i32 (i32.const 7))), 23 bytes.
  const withGlobal = Uint8Array.from([0, 97, 115, 109, 1, 0, 0, 0, 6, 6, 1, 127, 0, 65, 7, 11, 7, 5, 1, 1, 103, 3, 0]);
  const files = { '/g.wasm': withGlobal };
  await assert.rejects(sim.wechatRuntime({ platform: 'ios', files }).WXWebAssembly.instantiate('/g.wasm', {}), /Global: g/);
  const android = await sim.wechatRuntime({ platform: 'android', files }).WXWebAssembly.instantiate('/g.wasm', {});
  assert.equal(android.instance.exports.g.value, 7);
  const wx = wechat({ platform: 'ios' });
  const jianxi = wx.require('lib/jianxi.js');
  await jianxi.initWx();
  withData(wx, jianxi);
  assert.equal(jianxi.policies().jurisdictions.length >= 6, true);
});

test('package paths: absolute or from the package root reach WXWebAssembly as /lib/…; anything else is refused', async () => {
  for (const path of ['/lib/jianxi_bg.wasm.br', 'lib/jianxi_bg.wasm.br', './lib/jianxi_bg.wasm.br', undefined]) {
    const wx = wechat();
    await wx.require('lib/jianxi.js').initWx(path);
    assert.deepEqual(wx.calls.instantiate, ['/lib/jianxi_bg.wasm.br'], String(path));
  }
  // The stand-in itself reads both forms from the package root, as WeChat's does.
  const files = { '/t/empty.wasm': Uint8Array.from([0, 97, 115, 109, 1, 0, 0, 0]) };
  for (const path of ['/t/empty.wasm', 't/empty.wasm']) {
    const { instance } = await sim.wechatRuntime({ files }).WXWebAssembly.instantiate(path, {});
    assert.deepEqual(Object.keys(instance.exports), [], path);
  }
  for (const path of ['https://example.com/jianxi_bg.wasm', '../lib/jianxi_bg.wasm.br', '/lib/../lib/jianxi_bg.wasm.br', '/lib/jianxi_bg.js', new Uint8Array(8)]) {
    await assert.rejects(sim.wechatRuntime().WXWebAssembly.instantiate(path, {}), /package path/, String(path));
  }
  await assert.rejects(wechat().require('lib/jianxi.js').initWx('../lib/jianxi_bg.wasm.br'), /package path/);
  await assert.rejects(wechat().require('lib/jianxi.js').initWx('/lib/nothing.wasm.br'), /no such file/);
});

test('old base libraries: no WXWebAssembly below 2.13.0, no .wasm.br below 2.14.0; app.js says so without trying', async () => {
  assert.equal(sim.wechatRuntime({ SDKVersion: '2.12.9' }).WXWebAssembly, undefined);
  await assert.rejects(sim.wechatRuntime({ SDKVersion: '2.13.0' }).WXWebAssembly.instantiate('/lib/jianxi_bg.wasm.br', {}), /2\.14\.0/);
  for (const SDKVersion of ['2.12.9', '2.13.0', '2.13.9']) {
    const wx = wechat({ SDKVersion });
    await assert.rejects(wx.launch().engine(), (e) => e.code === 'WECHAT_TOO_OLD' && e.have === SDKVersion, SDKVersion);
    assert.deepEqual(wx.calls.instantiate, [], 'nothing is tried');
  }
  // 2.14.0 loads; it has no wx.getAppBaseInfo (2.20.1), so the version comes from getSystemInfoSync.
  for (const SDKVersion of ['2.14.0', '2.20.0', '2.20.1', '3.4.5']) {
    const wx = wechat({ SDKVersion });
    const older = SDKVersion === '2.14.0' || SDKVersion === '2.20.0';
    assert.equal(typeof wx.runtime.wx.getAppBaseInfo, older ? 'undefined' : 'function');
    assert.equal(wx.runtime.wx.canIUse('getAppBaseInfo'), !older);
    const jianxi = await wx.launch().engine();
    assert.ok(jianxi.policies().jurisdictions.length >= 6, SDKVersion);
  }
  // The glue checks for WXWebAssembly itself too, for any caller other than app.js.
  await assert.rejects(wechat({ SDKVersion: '2.12.0' }).require('lib/jianxi.js').initWx(), /WXWebAssembly is not available/);
});

test('a failed load can be retried; concurrent loads share one instantiation', async () => {
  const wx = wechat({ broken: 'compile' });
  const app = wx.launch();
  await assert.rejects(app.engine(), WebAssembly.CompileError);
  wx.runtime.options.broken = null;
  const [a, b] = await Promise.all([app.retry(), app.retry()]);
  assert.equal(a, b);
  assert.deepEqual(wx.calls.instantiate, ['/lib/jianxi_bg.wasm.br', '/lib/jianxi_bg.wasm.br'], 'the failed try and one more');
  assert.ok(a.policies().jurisdictions.length >= 6);
});

test('presets from a path query, a mini-program code scene or an ordinary link QR code; never a throw', () => {
  const { presets } = wechat().require('common.js');
  const plain = (o) => JSON.parse(JSON.stringify(o));
  assert.deepEqual(plain(presets({ p: 'hunan' })), { p: 'hunan' });
  assert.deepEqual(plain(presets({ scene: encodeURIComponent('p=hunan&ha=1') })), { p: 'hunan', ha: '1' });
  // 扫普通链接二维码: the link comes URL-encoded in q, with scancode_time beside it.
  const link = 'https://jianxi.example.gov.cn/index.html?p=henan&e=bachelor&lang=zh#top';
  assert.deepEqual(plain(presets({ q: encodeURIComponent(link), scancode_time: '1700000000' })), { scancode_time: '1700000000', p: 'henan', e: 'bachelor', lang: 'zh' });
  assert.deepEqual(plain(presets({ q: encodeURIComponent('https://x.example/employer.html?p=gansu&t=2&n=5&r=3&s=2024-03-01&m=6&ba=1500.50') })), { p: 'gansu', t: '2', n: '5', r: '3', s: '2024-03-01', m: '6', ba: '1500.50' });
  for (const bad of ['%', '%E4%B8', 'p=%ZZ', '%%%', 'p=hunan%', '=', '&&', 'p']) {
    assert.doesNotThrow(() => presets({ scene: bad }), bad);
    assert.doesNotThrow(() => presets({ q: bad }), bad);
    assert.equal(presets({ scene: bad }).p === undefined || presets({ scene: bad }).p === 'hunan', true, bad);
  }
  assert.deepEqual(plain(presets({ scene: 'p%3Dyunnan%26x%3D%E4' })), {}, 'a scene that does not decode is left out whole');
  assert.deepEqual(plain(presets({ q: encodeURIComponent('https://x.example/?p=ningxia&h=%E4') })), { p: 'ningxia' }, 'a value that does not decode is left out');
  for (const odd of [undefined, null, 'p=hunan', 42, { scene: 17 }, { q: {} }, { p: 5 }]) assert.doesNotThrow(() => presets(odd));
  // Random bytes in scene and q never throw.
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = '%=&?#+pha1EFZ/:._-就';
  for (let i = 0; i < 3000; i++) {
    const s = Array.from({ length: Math.floor(rnd() * 24) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    assert.doesNotThrow(() => presets({ scene: s, q: s, p: s }), s);
  }
});

test('the UTF-8 polyfill matches the standard encoder and decoder', () => {
  const { PolyTextEncoder, PolyTextDecoder } = wechat().require('lib/utf8.js');
  const enc = new PolyTextEncoder();
  const dec = new PolyTextDecoder('utf-8', { ignoreBOM: true });
  const native = new TextEncoder();
  const nativeDec = new TextDecoder('utf-8', { ignoreBOM: true });
  const samples = ['', 'abc', '就业见习 豫人社函〔2023〕138号', '😀 𠀀 emoji', '\u0000\u007f\u0080\u07ff\u0800\uffff', 'lone \ud800 surrogate \udc00', 'é'.repeat(1000)];
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < 300; i++) samples.push(Array.from({ length: 1 + Math.floor(rnd() * 20) }, () => String.fromCharCode(Math.floor(rnd() * 0x10000))).join(''));
  for (const s of samples) {
    const a = enc.encode(s);
    assert.deepEqual(Array.from(a), Array.from(native.encode(s)), JSON.stringify(s));
    assert.equal(dec.decode(a), nativeDec.decode(native.encode(s)));
    const view = new Uint8Array(7);
    const r = enc.encodeInto(s, view);
    const n = native.encodeInto(s, new Uint8Array(7));
    assert.deepEqual({ read: r.read, written: r.written }, n, `encodeInto ${JSON.stringify(s)}`);
  }
  for (let i = 0; i < 300; i++) {
    const bytes = Uint8Array.from({ length: Math.floor(rnd() * 12) }, () => Math.floor(rnd() * 256));
    assert.equal(dec.decode(bytes), nativeDec.decode(bytes), `bytes ${Array.from(bytes)}`);
  }
  assert.equal(dec.decode(), '');
  assert.equal(new PolyTextDecoder().decode(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])), 'A');
});

test('the package is well under the 2 MB main-package limit; app.json has the tabBar colours WeChat requires', () => {
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(new URL(`${d.name}/`, dir)) : [statSync(new URL(d.name, dir)).size]));
  const total = walk(mp).reduce((a, b) => a + b, 0);
  assert.ok(total < 512 * 1024, `miniprogram/ is ${total} bytes`);
  const { tabBar } = JSON.parse(read('app.json'));
  for (const key of ['color', 'selectedColor', 'backgroundColor']) assert.match(tabBar[key], /^#[0-9a-f]{6}$/i, key);
  assert.ok(tabBar.list.length >= 2 && tabBar.list.length <= 5);
});

test('the mini-program pages: a self-check preset by a mini-program code, and the Henan estimate', async () => {
  const wx = wechat();
  wx.launch();
  const check = wx.page('pages/check/index.js');
  await check.onLoad({ scene: encodeURIComponent('p=hunan') });
  assert.equal(check.data.loading, false);
  assert.equal(check.data.provinces[check.data.provinceIndex], '湖南省');
  check.onBirth({ detail: { value: '2004-01-01' } });
  check.onEducation({ detail: { value: 8 } }); // none of these
  check.onAsOf({ detail: { value: '2024-05-01' } });
  check.onEmployed({ detail: { value: '0' } });
  assert.equal(check.data.ask.registeredUnemployed, true, 'Hunan asks about registration');
  assert.equal(check.data.ask.hukou, false);
  check.onRegistered({ detail: { value: '0' } });
  assert.equal(check.data.result.verdict, 'notEligible');
  assert.ok(check.data.result.change.some((m) => m.includes('失业登记')));
  assert.ok(check.data.result.categories.some((c) => c.conditions.some((x) => x.source.label.startsWith('湘人社规〔2023〕9号'))));
  check.onRegistered({ detail: { value: '1' } });
  assert.equal(check.data.result.verdictText, '可以参加就业见习');
  check.onBirth({ detail: { value: '2030-01-01' } });
  assert.equal(check.data.result, null);
  assert.equal(check.data.errorField, 'birthDate');

  const employer = wx.page('pages/employer/index.js');
  await employer.onLoad({ p: 'henan' });
  employer.onStart({ detail: { value: '2023-07-01' } });
  employer.onTier({ detail: { value: 0 } });
  employer.onMonths({ detail: { value: 3 } }); // 6 months
  employer.onInput({ currentTarget: { dataset: { key: 'interns' } }, detail: { value: '10' } });
  employer.onInput({ currentTarget: { dataset: { key: 'retained' } }, detail: { value: '6' } });
  assert.deepEqual([employer.data.result.baseTotal, employer.data.result.difference, employer.data.result.total], ['84000.00', '48000.00', '132000.00']);
  employer.onProvince({ detail: { value: employer.data.provinces.indexOf('湖南省') } });
  assert.equal(employer.data.askLocal, true, 'Hunan leaves the base open');
  employer.onInput({ currentTarget: { dataset: { key: 'baseAmount' } }, detail: { value: '1500' } });
  employer.onStart({ detail: { value: '2023-08-01' } });
  employer.onInput({ currentTarget: { dataset: { key: 'interns' } }, detail: { value: '2' } });
  employer.onInput({ currentTarget: { dataset: { key: 'retained' } }, detail: { value: '1' } });
  assert.equal(employer.data.result.total, '27792.00');
});

// The rules studio's yearly update (issue 16), bundled: a policies.js written as the studio
// writes it (its data module, the same bytes as the data step) for a 2026 Hunan notice in
// force after the 2023 one expired. In the stand-in, the app's engine answers from it for a
// 2026 date, without the expired warning. Once app.js loads data/policies.js itself (issue
// 15), the app's own start-up is what loads the bundled file.
test('the mini-program answers from a studio-written data/policies.js (a 2026 Hunan rule set)', async () => {
  const D = await import('../../www/studio-data.js');
  const studio = JSON.parse(readFileSync(new URL('../../www/data/studio.json', import.meta.url), 'utf8'));
  const hunan = studio.policies.find((p) => p.name === 'hunan.toml');
  const value = D.readToml(hunan.text);
  const next = { ...structuredClone(value.ruleSets[0]), document: 'hunan-2026', validFrom: '2026-08-01', validUntil: '2029-07-31', speaksUntil: '2027-12-31',
    baseSubsidy: { kind: 'fixed', amount: 1600, source: { document: 'hunan-2026', clause: '三（一）补贴支持', quote: '对吸纳就业见习的单位，按每人每月1600元给予就业见习补贴' } } };
  const { text } = D.editText(hunan.text, [
    { op: 'append', key: 'documents', value: { id: 'hunan-2026', number: '湘人社规〔2026〕5号', title: '关于继续实施就业见习岗位募集计划的通知', issuer: '湖南省人力资源和社会保障厅等十部门', confidence: 'reported', fromFile: 'studio test' } },
    { op: 'append', key: 'ruleSets', value: next },
  ], 'hunan.toml');
  const bundled = D.outputs(studio.policies.map((p) => ({ name: p.name, value: D.readToml(p.name === 'hunan.toml' ? text : p.text) })))['policies.js'];
  const wx = wechat({ platform: 'android' }, (path, source) => (path === 'data/policies.js' ? bundled : source));
  const appLoadsData = read('app.js').toString().includes('data/policies');
  let jianxi;
  if (appLoadsData) jianxi = await wx.launch().engine();
  else {
    jianxi = wx.require('lib/jianxi.js');
    await jianxi.initWx();
    jianxi.loadPolicies(wx.require('data/policies.js'), { mode: 'replace' });
  }
  const est = jianxi.estimateSubsidy({ province: 'hunan', tier: 1, startDate: '2026-12-01', months: 6, interns: 10, retained: 6 });
  assert.equal(est.baseTotal, '96000.00');
  assert.equal(est.basis.documents[0].number, '湘人社规〔2026〕5号');
  assert.ok(!est.warnings.some((w) => w.code === 'RULE_EXPIRED'));
  const youth = jianxi.checkEligibility({ province: 'hunan', asOf: '2026-11-23', birthDate: '2003-05-01', education: 'bachelor', leftSchoolOn: '2026-06-30', employed: false, registeredUnemployed: false, hardshipArea: false });
  assert.equal(youth.verdict, 'eligible');
  assert.ok(!youth.basis.warnings.some((w) => w.code === 'RULE_EXPIRED'));
});
