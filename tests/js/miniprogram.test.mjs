// The mini-program's engine in a stand-in for the WeChat runtime: WXWebAssembly
// that takes only package paths (.wasm or .wasm.br), and no fetch, TextDecoder,
// TextEncoder, URL, import.meta or WebAssembly.instantiateStreaming. The generated
// glue loads there and answers every conformance case as native does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { brotliDecompressSync } from 'node:zlib';
import vm from 'node:vm';
import { loadCases, argsOf } from './cases.mjs';

const mp = new URL('../../miniprogram/', import.meta.url);
const read = (p) => readFileSync(new URL(p, mp));

/** Runs a CommonJS file of the mini-program package in a WeChat-like sandbox. */
function wechat() {
  const calls = [];
  const WXWebAssembly = {
    instantiate(path, imports) {
      calls.push(path);
      if (typeof path !== 'string' || !path.startsWith('/') || !/\.wasm(\.br)?$/.test(path)) return Promise.reject(new TypeError(`WXWebAssembly.instantiate takes a package path, got ${path}`));
      const file = new URL(path.slice(1), mp);
      if (!existsSync(file)) return Promise.reject(new Error(`no such file in the package: ${path}`));
      const bytes = path.endsWith('.br') ? brotliDecompressSync(readFileSync(file)) : readFileSync(file);
      return WebAssembly.instantiate(bytes, imports);
    },
  };
  const defs = {};
  let app;
  const instance = (def) => {
    const self = Object.create(def.methods ? Object.assign({}, def, def.methods) : def);
    self.data = JSON.parse(JSON.stringify(def.data || {}));
    self.setData = (patch) => { Object.assign(self.data, JSON.parse(JSON.stringify(patch))); };
    return self;
  };
  const sandbox = { WXWebAssembly, App: (d) => { defs.app = d; app = instance(d); }, getApp: () => app, Page: (d) => { defs.page = d; }, Component: (d) => { defs.page = d; }, console, Promise, Object, Array, Error, TypeError, RangeError, Uint8Array, Int32Array, DataView, Symbol, JSON, Math, Number, String, Boolean, Map, Set, WeakMap, Reflect };
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
    const fn = vm.runInContext(`(function (require, module, exports) {${readFileSync(url, 'utf8')}\n})`, context, { filename: key });
    fn(requireFrom(url.pathname.slice(mp.pathname.length).replace(/[^/]*$/, '')), module, module.exports);
    return module.exports;
  };
  return { require: requireFrom(''), calls, defs, app: () => app, page: (path) => { requireFrom('')(path); return instance(defs.page); } };
}

test('the generated glue is what scripts/build-miniprogram.mjs makes from pkg/', () => {
  const before = read('lib/jianxi.js');
  const br = read('lib/jianxi_bg.wasm.br');
  execFileSync(process.execPath, [new URL('../../scripts/build-miniprogram.mjs', import.meta.url).pathname]);
  assert.ok(before.equals(read('lib/jianxi.js')), 'miniprogram/lib/jianxi.js is stale: run node scripts/build-miniprogram.mjs');
  assert.ok(br.equals(read('lib/jianxi_bg.wasm.br')), 'jianxi_bg.wasm.br is stale');
  assert.ok(brotliDecompressSync(br).equals(readFileSync(new URL('../../pkg/jianxi_bg.wasm', import.meta.url))), 'the very same .wasm as the web page');
});

test('in the WeChat stand-in the engine answers every case as native does', async () => {
  const { require, calls } = wechat();
  const jianxi = require('lib/jianxi.js');
  await jianxi.initWx();
  assert.deepEqual(calls, ['/lib/jianxi_bg.wasm.br']);
  const native = JSON.parse(readFileSync(new URL('../../target/conformance-native.json', import.meta.url), 'utf8'));
  const cases = loadCases();
  for (const c of cases) {
    let got;
    try {
      got = { ok: jianxi[c.api](...argsOf(c)) };
    } catch (e) {
      got = { error: { code: e.code, field: e.field, message: e.message, messageEn: e.messageEn } };
    }
    // Results come from another realm: compare their JSON.
    assert.deepEqual(JSON.parse(JSON.stringify(got)), native[c.id], c.id);
  }
  assert.ok(cases.length >= 80);
  await assert.rejects(() => wechat().require('lib/jianxi.js').initWx('lib/jianxi_bg.wasm'), /package path/);
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

test('the package is well under the 2 MB main-package limit', async () => {
  const { readdirSync, statSync } = await import('node:fs');
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(new URL(`${d.name}/`, dir)) : [statSync(new URL(d.name, dir)).size]));
  const total = walk(mp).reduce((a, b) => a + b, 0);
  assert.ok(total < 512 * 1024, `miniprogram/ is ${total} bytes`);
});

test('the mini-program pages: a self-check preset by a mini-program code, and the Henan estimate', async () => {
  const wx = wechat();
  wx.require('app.js');
  wx.defs.app.onLaunch.call(wx.app());
  const check = wx.page('pages/check/index.js');
  await check.onLoad({ scene: encodeURIComponent('p=hunan') });
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
