// A stand-in for the WeChat runtime, as its documentation describes what matters here, and the
// set-up for the miniprogram-simulate page tests (one page per test file: the simulator's
// compiled templates share globals).
//
// wechatRuntime(options) models (developers.weixin.qq.com/miniprogram/dev/framework/performance/wasm.html,
// …/framework/compatibility.html):
// - WXWebAssembly exists from base library 2.13.0 and takes a package path only, absolute
//   ('/lib/x.wasm') or from the package root ('lib/x.wasm'); .wasm.br from 2.14.0;
// - on iOS a module's exports may be functions, Memory and Table, no Global: the stand-in
//   refuses such a module (whether iOS ignores or refuses them is unknown; refusing is the
//   case the package must survive);
// - wx.getSystemInfoSync().SDKVersion, wx.getAppBaseInfo (from 2.20.1), wx.canIUse; wx.showModal,
//   wx.setClipboardData, wx.makePhoneCall, wx.showToast record their calls; clipboard: 'denied'
//   fails setClipboardData as a declined privacy prompt does;
// - memory: 'non-detaching' runs the module on a memory whose growth leaves the old buffer
//   whole at its old length (a shared memory underneath), as a runtime without ArrayBuffer
//   detachment would: the glue must notice growth by buffer identity, not byteLength 0;
// - broken: 'compile' serves bytes that are not a module, 'missing' no file at all.
const path = require('node:path');
const fs = require('node:fs');
const zlib = require('node:zlib');

const mp = path.resolve(__dirname, '../../miniprogram');

/** Base library versions from which the APIs the package touches exist (WeChat's API pages). */
const SINCE = { getAppBaseInfo: '2.20.1', getSystemInfoSync: '1.0.0', setClipboardData: '1.1.0', showModal: '1.0.0', makePhoneCall: '1.0.0', 'text.user-select': '2.12.1', canIUse: '1.1.1' };

function compareVersion(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((x[i] || 0) !== (y[i] || 0)) return (x[i] || 0) > (y[i] || 0) ? 1 : -1;
  return 0;
}

// --- the module rewrite behind 'non-detaching' memory: its own memory becomes an imported shared one.
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return [value, at];
  }
}
function u32(value) {
  const out = [];
  do {
    let b = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return Buffer.from(out);
}
const name = (s) => Buffer.concat([u32(Buffer.byteLength(s)), Buffer.from(s)]);
const MAX_PAGES = 16384;

/** The module with its memory imported from sim.memory as a shared memory; and its initial pages. */
function withSharedMemory(bytes) {
  const sections = [];
  for (let at = 8; at < bytes.length;) {
    const [size, start] = leb(bytes, at + 1);
    sections.push({ id: bytes[at], at, start, end: start + size });
    at = start + size;
  }
  const memory = sections.find((s) => s.id === 5);
  const imports = sections.find((s) => s.id === 2);
  const [count, limitsAt] = leb(bytes, memory.start);
  if (count !== 1 || !imports) throw new Error('one memory and an import section expected');
  const [initial] = leb(bytes, limitsAt + 1);
  const [entries, entriesAt] = leb(bytes, imports.start);
  const entry = Buffer.concat([name('sim'), name('memory'), Buffer.from([2, 3]), u32(initial), u32(MAX_PAGES)]);
  const body = Buffer.concat([u32(entries + 1), bytes.subarray(entriesAt, imports.end), entry]);
  const parts = [bytes.subarray(0, 8)];
  for (const s of sections) {
    if (s.id === 2) parts.push(Buffer.from([2]), u32(body.length), body);
    else if (s.id !== 5) parts.push(bytes.subarray(s.at, s.end));
  }
  return { bytes: Buffer.concat(parts), initial };
}

/**
 * A WeChat client: { WXWebAssembly (undefined below 2.13.0), wx, calls, options }.
 * options: platform 'android' | 'ios' | 'devtools'; SDKVersion; memory 'detaching' | 'non-detaching'; clipboard 'denied';
 * broken null | 'compile' | 'missing' (may be changed later, e.g. to let a retry succeed);
 * files { '/x.wasm': bytes } served besides the package.
 */
function wechatRuntime(options = {}) {
  const o = Object.assign({ platform: 'android', SDKVersion: '3.4.5', memory: 'detaching', broken: null, files: {} }, options);
  const calls = { instantiate: [], modal: [], clipboard: [], phone: [], toast: [], instances: [] };
  const has = (api) => compareVersion(o.SDKVersion, SINCE[api] || '99.0.0') >= 0;

  async function instantiate(packagePath, imports) {
    calls.instantiate.push(packagePath);
    if (typeof packagePath !== 'string' || /^[a-z]+:|^\.{1,2}\/|\/\.{1,2}\//i.test(packagePath) || !/\.wasm(\.br)?$/.test(packagePath)) {
      throw new TypeError(`WXWebAssembly.instantiate takes a package path, got ${packagePath}`);
    }
    if (packagePath.endsWith('.br') && compareVersion(o.SDKVersion, '2.14.0') < 0) throw new Error(`.wasm.br needs base library 2.14.0; this is ${o.SDKVersion}`);
    const key = packagePath.startsWith('/') ? packagePath : `/${packagePath}`;
    const file = path.join(mp, key);
    if (o.broken === 'missing' || !(key in o.files || fs.existsSync(file))) throw new Error(`no such file in the package: ${packagePath}`);
    let bytes = key in o.files ? Buffer.from(o.files[key]) : fs.readFileSync(file);
    if (key.endsWith('.br')) bytes = zlib.brotliDecompressSync(bytes);
    if (o.broken === 'compile') bytes = Buffer.concat([bytes.subarray(0, 8), Buffer.from([0x0b, 0x7f])]);
    const module = await WebAssembly.compile(bytes);
    if (o.platform === 'ios') {
      const globals = WebAssembly.Module.exports(module).filter((e) => e.kind === 'global');
      if (globals.length) throw new WebAssembly.LinkError(`WXWebAssembly (iOS) does not support exported Global: ${globals.map((g) => g.name).join(', ')}`);
    }
    let instance;
    if (o.memory === 'non-detaching') {
      const shared = withSharedMemory(bytes);
      const memory = new WebAssembly.Memory({ initial: shared.initial, maximum: MAX_PAGES, shared: true });
      instance = await WebAssembly.instantiate(await WebAssembly.compile(shared.bytes), Object.assign({}, imports, { sim: { memory } }));
    } else {
      instance = await WebAssembly.instantiate(module, imports);
    }
    calls.instances.push(instance);
    return { instance, module };
  }

  const wx = {
    getSystemInfoSync: () => ({ SDKVersion: o.SDKVersion, platform: o.platform }),
    canIUse: (schema) => has(String(schema)),
    showModal: (args) => { calls.modal.push(args); if (args && args.success) args.success({ confirm: true, cancel: false }); },
    setClipboardData: (args) => {
      if (o.clipboard === 'denied') { if (args.fail) args.fail({ errMsg: 'setClipboardData:fail privacy permission is not authorized' }); return; }
      calls.clipboard.push(args.data);
      if (args.success) args.success({});
    },
    showToast: (args) => { calls.toast.push(args.title); },
    makePhoneCall: (args) => { calls.phone.push(args.phoneNumber); if (args.success) args.success({}); },
  };
  if (has('getAppBaseInfo')) wx.getAppBaseInfo = () => ({ SDKVersion: o.SDKVersion });
  const WXWebAssembly = compareVersion(o.SDKVersion, '2.13.0') >= 0 ? { instantiate } : undefined;
  return { WXWebAssembly, wx, calls, options: o };
}

/**
 * Starts the package's app.js afresh in this process (a fresh engine too) on a runtime, for the
 * miniprogram-simulate tests: WXWebAssembly, wx, App and getApp become globals.
 */
function launch(runtime, configure = () => {}, { data } = {}) {
  for (const key of Object.keys(require.cache)) if (key.startsWith(mp + path.sep)) delete require.cache[key];
  // A package built with other policy data (as a bureau replaces data/policies.js): the module
  // app.js requires is that data instead of the file in the repository.
  if (data) {
    const file = path.join(mp, 'data', 'policies.js');
    const m = new (require('node:module'))(file);
    Object.assign(m, { filename: file, loaded: true, exports: data });
    require.cache[file] = m;
  }
  if (runtime.WXWebAssembly) global.WXWebAssembly = runtime.WXWebAssembly;
  else delete global.WXWebAssembly;
  global.wx = runtime.wx;
  let app;
  global.App = (def) => { app = Object.assign(Object.create(def), {}); };
  global.getApp = () => app;
  require(path.join(mp, 'app.js'));
  configure(app);
  app.onLaunch({ path: 'pages/check/index', query: {}, scene: 1001 });
  return app;
}

let simulator;
/** jsdom and miniprogram-simulate, set up once per test file. */
function simulate() {
  if (simulator) return simulator;
  require('global-jsdom')();
  // Node's own Event classes would shadow jsdom's, which the renderer dispatches.
  for (const k of ['Event', 'CustomEvent', 'EventTarget']) global[k] = window[k];
  const sim = require('miniprogram-simulate');
  const text = (page, sel) => page.querySelector(sel).dom.textContent.trim();
  const change = async (page, sel, value, event = 'change') => {
    page.querySelector(sel).dispatchEvent(event, { detail: { value } });
    await sim.sleep(5);
  };
  /** Taps, then waits until the page is no longer loading (a retry loads the engine again). */
  const tap = async (page, sel) => {
    page.querySelector(sel).dispatchEvent('tap');
    await sim.sleep(5);
    for (let waited = 0; page.instance.data.loading && waited < 5000; waited += 5) await sim.sleep(5);
  };
  /** Renders a page (e.g. 'pages/check/index') and opens it with a query, as WeChat would. */
  const open = async (page, query = {}) => {
    const rendered = sim.render(sim.load(path.join(mp, page)));
    rendered.attach(document.createElement('div'));
    await rendered.instance.onLoad(query);
    await sim.sleep(5);
    return rendered;
  };
  simulator = { simulate: sim, text, change, tap, open };
  return simulator;
}

/** The package's data with the made-up jurisdiction of tests/fixtures/policies/ added, built by the data step. */
function withTestland() {
  const { execFileSync } = require('node:child_process');
  const os = require('node:os');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianxi-mp-'));
  try {
    const root = path.join(__dirname, '..', '..');
    execFileSync(process.execPath, [path.join(root, 'scripts/build-data.mjs'), '--policies', path.join(root, 'tests/fixtures/policies'), '--out', dir, '--extend']);
    const builtIn = JSON.parse(fs.readFileSync(path.join(root, 'www/data/policies.json'), 'utf8'));
    return builtIn.concat(JSON.parse(fs.readFileSync(path.join(dir, 'policies.json'), 'utf8')));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { mp, wechatRuntime, launch, simulate, withTestland, withSharedMemory, compareVersion };
