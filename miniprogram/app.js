// The engine is loaded once, from the package (brotli .wasm.br), when the app starts.
const jianxi = require('./lib/jianxi.js');

App({
  onLaunch() {
    this.ready = jianxi.initWx('/lib/jianxi_bg.wasm.br').then(() => jianxi);
  },
  engine() {
    return this.ready;
  },
});
