// Prints raw, gzip and brotli bytes of the .wasm and of everything the youth page
// loads (its HTML, CSS, JS and the engine). Budgets from issue 3: .wasm <= 80 KB gzip,
// whole youth page <= 120 KB gzip; the report says where it stands, it does not fail.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = new URL('..', import.meta.url);
const sizes = (file) => {
  const b = readFileSync(new URL(file, root));
  return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length, brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
};
const row = (name, s) => console.log(`${name.padEnd(28)} ${String(s.raw).padStart(9)} ${String(s.gzip).padStart(9)} ${String(s.brotli).padStart(9)}`);
const sum = (list) => list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });

console.log(`${'bytes'.padEnd(28)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
const wasm = sizes('pkg/jianxi_bg.wasm');
row('pkg/jianxi_bg.wasm (whole API)', wasm);
const youthWasm = sizes('pkg/jianxi_youth_bg.wasm');
row('pkg/jianxi_youth_bg.wasm', youthWasm);
const youth = ['www/index.html', 'www/style.css', 'www/youth.bundle.js', 'www/offline.js', 'pkg/jianxi_youth.js', 'pkg/jianxi_youth_bg.wasm', 'www/data/policies-youth.json'].map((f) => { const s = sizes(f); row(f, s); return s; });
const total = sum(youth);
row('youth page, total', total);
const kb = (n) => (n / 1024).toFixed(1);
const verdict = (n, budget) => `${kb(n)} KB gzip of ${budget} KB ${n <= budget * 1024 ? 'ok' : 'OVER'}`;
console.log(`budget: .wasm (whole API) ${verdict(wasm.gzip, 80)}; youth .wasm ${verdict(youthWasm.gzip, 80)}; youth page ${verdict(total.gzip, 120)}`);

import { readdirSync, statSync } from 'node:fs';
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(new URL(`${d.name}/`, dir)) : [statSync(new URL(d.name, dir)).size]));
const mp = walk(new URL('miniprogram/', root)).reduce((a, b) => a + b, 0);
console.log(`mini-program package: ${mp} bytes (${kb(mp)} KB) of the 2048 KB main-package limit; lib/jianxi_bg.wasm.br ${statSync(new URL('miniprogram/lib/jianxi_bg.wasm.br', root)).size} bytes`);
