// The engine is loaded once, from the package (brotli .wasm.br), when the app starts, and
// given the policy data: data/policies.js, written by scripts/build-data.mjs from
// policies/*.toml (a bureau replaces that file with its own; the engine checks it and
// refuses a bad one with the field and the reason, which the pages show).
// A client that cannot run it (no WXWebAssembly, or a base library below 2.14.0, which reads
// no .wasm.br) is told so before anything is tried; any other failure reaches the pages,
// which show it with a retry button (see common.js).
const jianxi = require('./lib/jianxi.js');
const policyData = require('./data/policies.js');
const { unsupported } = require('./common.js');

App({
  /** A package path: '/lib/…' or 'lib/…' (both from the package root). */
  enginePath: '/lib/jianxi_bg.wasm.br',

  onLaunch() {
    this.load();
  },

  load() {
    const problem = unsupported();
    this.ready = problem ? Promise.reject(Object.assign(new Error('WeChat too old for WXWebAssembly .wasm.br'), problem)) : jianxi.initWx(this.enginePath).then(() => {
      jianxi.loadPolicies(policyData, { mode: 'replace' });
      return jianxi;
    });
    // The pages report a failure; nothing is left unhandled meanwhile.
    this.ready.catch(() => {});
    return this.ready;
  },

  /** The engine, once loaded: a promise of the jianxi module. */
  engine() {
    return this.ready || this.load();
  },

  /** Tries again after a failure (a second call while loading waits for the same load). */
  retry() {
    return this.load();
  },
});
