// Set-up for the miniprogram-simulate tests: jsdom, a WXWebAssembly stand-in that
// takes only package paths, the engine from the package's .wasm.br, getApp().
// One page per test file: the simulator's compiled templates share globals.
const path = require('node:path');
const fs = require('node:fs');
const zlib = require('node:zlib');

require('global-jsdom')();
// Node's own Event classes would shadow jsdom's, which the renderer dispatches.
for (const k of ['Event', 'CustomEvent', 'EventTarget']) global[k] = window[k];
const simulate = require('miniprogram-simulate');

const mp = path.resolve(__dirname, '../../miniprogram');
global.WXWebAssembly = {
  instantiate(p, imports) {
    if (typeof p !== 'string' || !p.startsWith('/') || !/\.wasm(\.br)?$/.test(p)) return Promise.reject(new TypeError(`package path expected, got ${p}`));
    const bytes = fs.readFileSync(path.join(mp, p));
    return WebAssembly.instantiate(p.endsWith('.br') ? zlib.brotliDecompressSync(bytes) : bytes, imports);
  },
};
const jianxi = require(path.join(mp, 'lib/jianxi.js'));
const ready = jianxi.initWx('/lib/jianxi_bg.wasm.br').then(() => jianxi);
global.getApp = () => ({ engine: () => ready });

const text = (page, sel) => page.querySelector(sel).dom.textContent.trim();
const change = async (page, sel, value, event = 'change') => {
  page.querySelector(sel).dispatchEvent(event, { detail: { value } });
  await simulate.sleep(5);
};

module.exports = { simulate, mp, text, change };
