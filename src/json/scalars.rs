//! The JSON text of strings and numbers: escapes, digits, decimals and dates, written
//! without `core::fmt` in the whole API (its answers are large; the youth module keeps
//! the smaller formatting code).
#[cfg(feature = "full")]
use super::ToJson as _;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::fmt::Write as _;

/// A JSON string literal: quotes, backslashes and control characters escaped.
#[cfg(feature = "full")]
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    // Most strings (every policy text) need no escape: one scan, one copy.
    if needs_escaping(s.as_bytes()) {
        escaped(out, s);
    } else {
        out.push_str(s);
    }
    out.push('"');
}

/// The youth module's: no scan first (its answers are small), the same escapes.
#[cfg(not(feature = "full"))]
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    escaped(out, s);
    out.push('"');
}

#[cfg(feature = "full")]
pub(super) fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

#[cfg(feature = "full")]
/// Whether any byte needs an escape, eight bytes at a time: a byte below 0x20, a quote
/// or a backslash (the bit tricks of "Bit Twiddling Hacks": `hasless`, `haszero`).
pub(super) fn needs_escaping(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH != 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0
            || has_zero(x ^ (ONES * u64::from(b'"')))
            || has_zero(x ^ (ONES * u64::from(b'\\')))
        {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| needs_escape(b))
}

/// `s` with quotes, backslashes and control characters escaped (without its quotes).
fn escaped(out: &mut String, s: &str) {
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if esc.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(b"0123456789abcdef"[usize::from(b >> 4)]));
            out.push(char::from(b"0123456789abcdef"[usize::from(b & 15)]));
        } else {
            out.push_str(esc);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
}

/// The decimal digits of `n` (what `{}` writes), without the formatting machinery.
pub fn unsigned(out: &mut String, n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut v = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    push_ascii(out, &buf[i..]);
}

/// ASCII digits and signs as one `push_str` (a char-by-char push is smaller without
/// `from_utf8`, but measured 1.7 % more instructions on a 2,000-intern batch in the .wasm).
fn push_ascii(out: &mut String, digits: &[u8]) {
    out.push_str(std::str::from_utf8(digits).unwrap_or_default());
}

/// A decimal exactly as its `Display` writes it (sign, digits, as many places as its
/// scale: "1400.00", "0.05", "-3"), without going through `core::fmt`.
pub fn decimal(out: &mut String, d: &Decimal) {
    if d.is_sign_negative() {
        out.push('-');
    }
    let scale = d.scale() as usize;
    let mut m = d.mantissa().unsigned_abs();
    let mut buf = [0u8; 64];
    let mut i = buf.len();
    // 128-bit division only for the digits above 64 bits (rare: amounts are small).
    while m > u128::from(u64::MAX) {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
    }
    let mut v = m as u64;
    while v != 0 {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
    }
    while buf.len() - i < scale {
        i -= 1;
        buf[i] = b'0';
    }
    let digits = &buf[i..];
    let whole = digits.len() - scale;
    if whole == 0 {
        out.push('0');
    } else {
        push_ascii(out, &digits[..whole]);
    }
    if scale > 0 {
        out.push('.');
        push_ascii(out, &digits[whole..]);
    }
}

/// A date as `"YYYY-MM-DD"` (with its quotes), as the answers write dates.
pub fn date(out: &mut String, d: NaiveDate) {
    let year = d.year();
    if (0..=9999).contains(&year) {
        let (y, m, day) = (year as u32, d.month(), d.day());
        let digits = [
            b'"',
            b'0' + (y / 1000) as u8,
            b'0' + (y / 100 % 10) as u8,
            b'0' + (y / 10 % 10) as u8,
            b'0' + (y % 10) as u8,
            b'-',
            b'0' + (m / 10) as u8,
            b'0' + (m % 10) as u8,
            b'-',
            b'0' + (day / 10) as u8,
            b'0' + (day % 10) as u8,
            b'"',
        ];
        push_ascii(out, &digits);
    } else {
        let _ = write!(out, "\"{:04}-{:02}-{:02}\"", year, d.month(), d.day());
    }
}

/// Whole numbers as digits; other finite numbers as the decimal JS would show
/// (`input::number_text`); NaN and the infinities (which JSON lacks) as null.
pub(super) fn number(out: &mut String, n: f64) {
    if !n.is_finite() {
        out.push_str("null");
    } else if n == 0.0 && n.is_sign_negative() {
        out.push_str("-0.0");
    } else if n.fract() == 0.0 && n.abs() < 9.0e15 {
        #[cfg(feature = "full")]
        (n as i64).write_json(out);
        #[cfg(not(feature = "full"))]
        {
            let _ = write!(out, "{}", n as i64);
        }
    } else {
        let text = crate::input::number_text(n);
        out.push_str(if text.is_empty() { "null" } else { &text });
    }
}
