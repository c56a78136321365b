// An entry point's input as the bytes of one text, which the engine reads in one crossing
// (src/json/parse.rs, `parse_input`) instead of asking for every value through the
// boundary. It reads a JS value exactly as the walk it replaced did, in the same order
// (per object `Object.entries`, per array its `length`, then each index), so getters and
// proxies see the same reads and every answer and error stays the same:
// - a boolean, a string, a number as themselves; a BigInt as `Number(n)`; null and
//   undefined as null (so a key whose value is undefined is kept);
// - `!` for what JSON cannot hold: a function, a symbol, any object nested 64 deep (a
//   cycle ends there);
// - `#` and 16 hex digits for a number the short form would not give back bit for bit
//   (NaN, ±Infinity, -0, exponents, more than 15 digits);
// - `@` for a typed array (a plan's columns), taken aside into `views` as a Float64Array
//   and copied into the .wasm in one piece, as before;
// - strings as UTF-8 with lone surrogates as U+FFFD (what TextEncoder gives), escaping
//   only quotes, backslashes and control characters.
// scripts/inline-snippets.mjs copies this file into the glue (no request of its own). No eval.
const HEX = [48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 97, 98, 99, 100, 101, 102];
const bits = new DataView(new ArrayBuffer(8));
let out = null;
let spare = null;
let at = 0;

function room(n) {
  if (at + n > out.length) {
    const grown = new Uint8Array(Math.max(2 * out.length, at + n));
    grown.set(out.subarray(0, at));
    out = grown;
  }
}

/** ASCII text with nothing to escape. */
function ascii(s) {
  room(s.length);
  for (let i = 0; i < s.length; i++) out[at++] = s.charCodeAt(i);
}

function hex(n, digits) {
  for (let shift = 4 * (digits - 1); shift >= 0; shift -= 4) out[at++] = HEX[(n >>> shift) & 15];
}

function number(n) {
  const s = '' + n;
  // Finite, not -0, no exponent and at most 15 digits: the reader's digits give it back exactly.
  if (n - n === 0 && (n !== 0 || 1 / n > 0) && s.length <= 15 && s.indexOf('e') < 0) return ascii(s);
  bits.setFloat64(0, n);
  room(17);
  out[at++] = 35;
  hex(bits.getUint32(0), 8);
  hex(bits.getUint32(4), 8);
}

function string(s) {
  const n = s.length;
  room(6 * n + 2);
  // Locals, not the module's `out` and `at`, in the loop: measurably faster in V8.
  const bytes = out;
  let k = at;
  bytes[k++] = 34;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 34 || c === 92) {
        bytes[k++] = 92;
        bytes[k++] = c;
      } else if (c < 0x20) {
        // \u00XX
        bytes[k++] = 92;
        bytes[k++] = 117;
        bytes[k++] = 48;
        bytes[k++] = 48;
        bytes[k++] = HEX[c >> 4];
        bytes[k++] = HEX[c & 15];
      } else bytes[k++] = c;
    } else if (c < 0x800) {
      bytes[k++] = 0xc0 | (c >> 6);
      bytes[k++] = 0x80 | (c & 63);
    } else {
      let code = c;
      if (c >= 0xd800 && c < 0xe000) {
        const low = c < 0xdc00 && i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (low >= 0xdc00 && low < 0xe000) {
          code = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
        } else code = 0xfffd;
      }
      if (code < 0x10000) {
        bytes[k++] = 0xe0 | (code >> 12);
      } else {
        bytes[k++] = 0xf0 | (code >> 18);
        bytes[k++] = 0x80 | ((code >> 12) & 63);
      }
      bytes[k++] = 0x80 | ((code >> 6) & 63);
      bytes[k++] = 0x80 | (code & 63);
    }
  }
  bytes[k++] = 34;
  at = k;
}

/** `v instanceof type`, false where that throws (a runtime without BigInt64Array), as the walk's check was. */
function instance(v, type) {
  try {
    return v instanceof type();
  } catch (_) {
    return false;
  }
}

function value(v, depth, views) {
  const type = typeof v;
  if (type === 'boolean') return ascii(v ? 'true' : 'false');
  if (type === 'number') return number(v);
  if (type === 'string') return string(v);
  if (type === 'bigint') return number(Number(v));
  if (v === null || v === undefined) return ascii('null');
  room(1);
  if (depth >= 64 || type !== 'object') {
    out[at++] = 33;
  } else if (ArrayBuffer.isView(v)) {
    if (instance(v, () => BigInt64Array) || instance(v, () => BigUint64Array) || instance(v, () => DataView)) out[at++] = 33;
    else {
      views.push(new Float64Array(v));
      out[at++] = 64;
    }
  } else if (Array.isArray(v)) {
    const n = v.length >>> 0;
    out[at++] = 91;
    for (let i = 0; i < n; i++) {
      if (i > 0) {
        room(1);
        out[at++] = 44;
      }
      value(v[i], depth + 1, views);
    }
    room(1);
    out[at++] = 93;
  } else {
    const entries = Object.entries(v);
    out[at++] = 123;
    for (let i = 0; i < entries.length; i++) {
      if (i > 0) {
        room(1);
        out[at++] = 44;
      }
      string(entries[i][0]);
      room(1);
      out[at++] = 58;
      value(entries[i][1], depth + 1, views);
    }
    room(1);
    out[at++] = 125;
  }
}

/** The input text's bytes, a view the glue copies into the .wasm at once; typed arrays go to `views`. */
export function inputBytes(v, views) {
  // A getter in the input may call the engine again, whose input is written meanwhile:
  // each call has its own buffer, and the outer one is written on afterwards. The last
  // buffer is kept for the next call when it is small (most inputs are a few fields).
  const outer = out;
  const outerAt = at;
  out = spare || new Uint8Array(1024);
  spare = null;
  at = 0;
  try {
    value(v, 0, views);
    return out.subarray(0, at);
  } finally {
    if (out.length <= 65536) spare = out;
    out = outer;
    at = outerAt;
  }
}
