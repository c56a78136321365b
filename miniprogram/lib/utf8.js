// UTF-8 TextEncoder/TextDecoder for the WeChat runtime, which often has neither.
// Where the runtime has them, the native ones are exported instead.
// Tested against Node's in tests/js/miniprogram.test.mjs.
function encode(str) {
  const s = String(str === undefined ? '' : str);
  const out = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

function PolyTextEncoder() {}
PolyTextEncoder.prototype.encoding = 'utf-8';
PolyTextEncoder.prototype.encode = encode;
PolyTextEncoder.prototype.encodeInto = function (str, view) {
  const bytes = encode(str);
  // Whole characters only: stop before one that does not fit.
  let written = Math.min(bytes.length, view.length);
  while (written > 0 && written < bytes.length && (bytes[written] & 0xc0) === 0x80) written--;
  view.set(bytes.subarray(0, written));
  let read = 0;
  let counted = 0;
  const s = String(str);
  while (read < s.length && counted < written) {
    const c = s.codePointAt(read);
    counted += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    read += c >= 0x10000 ? 2 : 1;
  }
  return { read, written };
};

function PolyTextDecoder(label, options) {
  this.encoding = 'utf-8';
  this.ignoreBOM = !!(options && options.ignoreBOM);
}
PolyTextDecoder.prototype.decode = function (input) {
  if (input === undefined) return '';
  const b = input instanceof Uint8Array ? input : new Uint8Array(input.buffer || input, input.byteOffset || 0, input.byteLength);
  let i = 0;
  if (!this.ignoreBOM && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  let out = '';
  const cont = (k) => k < b.length && (b[k] & 0xc0) === 0x80;
  while (i < b.length) {
    const x = b[i];
    let c = 0xfffd;
    let n = 1;
    if (x < 0x80) c = x;
    else if (x >= 0xc2 && x <= 0xdf && cont(i + 1)) { c = ((x & 31) << 6) | (b[i + 1] & 63); n = 2; }
    else if (x >= 0xe0 && x <= 0xef) {
      const lo = x === 0xe0 ? 0xa0 : 0x80;
      const hi = x === 0xed ? 0x9f : 0xbf;
      if (i + 1 < b.length && b[i + 1] >= lo && b[i + 1] <= hi) {
        if (cont(i + 2)) { c = ((x & 15) << 12) | ((b[i + 1] & 63) << 6) | (b[i + 2] & 63); n = 3; } else n = 2;
      }
    } else if (x >= 0xf0 && x <= 0xf4) {
      const lo = x === 0xf0 ? 0x90 : 0x80;
      const hi = x === 0xf4 ? 0x8f : 0xbf;
      if (i + 1 < b.length && b[i + 1] >= lo && b[i + 1] <= hi) {
        if (!cont(i + 2)) n = 2;
        else if (!cont(i + 3)) n = 3;
        else { c = ((x & 7) << 18) | ((b[i + 1] & 63) << 12) | ((b[i + 2] & 63) << 6) | (b[i + 3] & 63); n = 4; }
      }
    }
    out += String.fromCodePoint(c);
    i += n;
  }
  return out;
};

const native = typeof TextEncoder === 'function' && typeof TextDecoder === 'function';
module.exports = {
  TextEncoder: native ? TextEncoder : PolyTextEncoder,
  TextDecoder: native ? TextDecoder : PolyTextDecoder,
  PolyTextEncoder,
  PolyTextDecoder,
};
