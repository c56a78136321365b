// Keeps in a .wasm only the exports its wasm-bindgen glue reads (`wasm.NAME`), and drops the
// others from the `_bg.wasm.d.ts` beside it. Run by build-wasm.sh before wasm-opt, which then
// removes what only the dropped exports kept alive.
// Why: wasm-bindgen exports two Globals (__abort_handler, __instance_terminated) and a free
// function that the glue never touches, and WeChat's WXWebAssembly documents exports as
// "函数、Memory、Table，iOS 平台暂不支持 Global"
// (https://developers.weixin.qq.com/miniprogram/dev/framework/performance/wasm.html).
// Fails if the glue reads a name the module does not export, or if a kept export is not a
// function, memory or table. Byte-for-byte deterministic: only the export section changes.
// Usage: node scripts/strip-wasm-exports.mjs GLUE.js MODULE_bg.wasm
import { readFileSync, writeFileSync, existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const KINDS = ['function', 'table', 'memory', 'global'];

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return [value, at];
    if (shift > 28) throw new Error('strip-wasm-exports: LEB128 longer than a u32');
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
  return out;
}

/** The sections of a module: [{ id, start, end }] where start..end is the content. */
function sections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100 || bytes.readUInt32LE(4) !== 1) throw new Error('strip-wasm-exports: not a wasm 1.0 module');
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readU32(bytes, at + 1);
    out.push({ id, header: at, start, end: start + size });
    at = start + size;
  }
  return out;
}

/** The export section's entries: [{ name, kind, index, raw }]. */
export function readExports(bytes) {
  const section = sections(bytes).find((s) => s.id === 7);
  if (!section) return [];
  let [count, at] = readU32(bytes, section.start);
  const out = [];
  while (count--) {
    const from = at;
    const [length, nameAt] = readU32(bytes, at);
    const name = bytes.subarray(nameAt, nameAt + length).toString('utf8');
    const kind = KINDS[bytes[nameAt + length]];
    const [index, next] = readU32(bytes, nameAt + length + 1);
    out.push({ name, kind, index, raw: bytes.subarray(from, next) });
    at = next;
  }
  if (at !== section.end) throw new Error('strip-wasm-exports: export section length mismatch');
  return out;
}

/** The module with only the named exports, in their original order. */
export function keepExports(bytes, keep) {
  const section = sections(bytes).find((s) => s.id === 7);
  const entries = readExports(bytes).filter((e) => keep.has(e.name));
  const body = Buffer.concat([Buffer.from(u32(entries.length)), ...entries.map((e) => e.raw)]);
  return Buffer.concat([bytes.subarray(0, section.header), Buffer.from([7, ...u32(body.length)]), body, bytes.subarray(section.end)]);
}

/** The export names a wasm-bindgen glue file reads. */
export function namesReadByGlue(glue) {
  return new Set(Array.from(glue.matchAll(/(?<![\w$.])wasm\.([A-Za-z_$][\w$]*)/g), (m) => m[1]));
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  const [gluePath, wasmPath] = process.argv.slice(2);
  const used = namesReadByGlue(readFileSync(gluePath, 'utf8'));
  const bytes = readFileSync(wasmPath);
  const all = readExports(bytes);
  const missing = [...used].filter((n) => !all.some((e) => e.name === n));
  if (missing.length) throw new Error(`strip-wasm-exports: ${gluePath} reads ${missing.join(', ')}, which ${wasmPath} does not export`);
  const bad = all.filter((e) => used.has(e.name) && !['function', 'memory', 'table'].includes(e.kind));
  if (bad.length) throw new Error(`strip-wasm-exports: the glue reads ${bad.map((e) => `${e.kind} ${e.name}`).join(', ')}; WXWebAssembly on iOS exports functions, memory and tables only`);
  const dropped = all.filter((e) => !used.has(e.name));
  writeFileSync(wasmPath, keepExports(bytes, used));
  const dts = wasmPath.replace(/\.wasm$/, '.wasm.d.ts');
  if (existsSync(dts)) {
    const names = new Set(dropped.map((e) => e.name));
    const lines = readFileSync(dts, 'utf8').split('\n');
    writeFileSync(dts, lines.filter((l) => !names.has((l.match(/^export const ([\w$]+):/) || [])[1])).join('\n'));
  }
  console.log(`${wasmPath}: kept ${all.length - dropped.length} exports, dropped ${dropped.map((e) => `${e.kind} ${e.name}`).join(', ') || 'none'}`);
}
