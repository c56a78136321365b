//! JSON text in and out, without serde: the answers are written by `ToJson` (one
//! small impl per output type, dynamic dispatch, no per-format generics; declared
//! with their JSON names and TypeScript types by `answer!`, see `declare.rs`) and the
//! built-in policy data is read by a small parser. Together with the hand walk of JS
//! values at the Wasm boundary this keeps serde out of the .wasm (37 KB raw, 15 KB gzip).
use crate::input::Value;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::fmt::Write as _;

/// A value that writes itself as JSON.
pub trait ToJson {
    fn write_json(&self, out: &mut String);
    /// Left out of its object when true (an absent optional field).
    fn omitted(&self) -> bool {
        false
    }
}

/// The JSON text of a value.
pub fn to_string(v: &dyn ToJson) -> String {
    // An estimate's answer is ~10 KB: one allocation rather than several regrowths.
    // (The fast writers are in the whole API only: the youth module stays as small as it was.)
    let mut out = String::with_capacity(if cfg!(feature = "full") {
        16 * 1024
    } else {
        1024
    });
    v.write_json(&mut out);
    out
}

/// Writes `{"name":value,...}`, leaving out fields whose value says it is omitted.
pub fn object(out: &mut String, fields: &[(&str, &dyn ToJson)]) {
    out.push('{');
    let mut first = true;
    for (name, value) in fields {
        if value.omitted() {
            continue;
        }
        if !first {
            out.push(',');
        }
        first = false;
        #[cfg(feature = "full")]
        name_colon(out, name);
        #[cfg(not(feature = "full"))]
        {
            string(out, name);
            out.push(':');
        }
        value.write_json(out);
    }
    out.push('}');
}

/// `"name":` of a field. Field names are plain ASCII literals: nothing to escape.
#[cfg(feature = "full")]
fn name_colon(out: &mut String, name: &str) {
    debug_assert!(!needs_escaping(name.as_bytes()));
    out.push('"');
    out.push_str(name);
    out.push_str("\":");
}

/// One `name: value` pair of `object`.
pub fn field<'a>(name: &'a str, value: &'a dyn ToJson) -> (&'a str, &'a dyn ToJson) {
    (name, value)
}

/// An optional field that is left out when absent (serde's `skip_serializing_if`).
pub struct OrOmit<'a, T>(pub &'a Option<T>);

impl<T: ToJson> ToJson for OrOmit<'_, T> {
    fn write_json(&self, out: &mut String) {
        self.0.write_json(out)
    }
    fn omitted(&self) -> bool {
        self.0.is_none()
    }
}

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

#[cfg(not(feature = "full"))]
pub fn string(out: &mut String, s: &str) {
    out.push('"');
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
    out.push('"');
}

#[cfg(any(test, feature = "full"))]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

#[cfg(feature = "full")]
/// Whether any byte needs an escape, eight bytes at a time: a byte below 0x20, a quote
/// or a backslash (the bit tricks of "Bit Twiddling Hacks": `hasless`, `haszero`).
fn needs_escaping(bytes: &[u8]) -> bool {
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

#[cfg(feature = "full")]
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
    out.push_str(ascii(&buf[i..]));
}

fn ascii(digits: &[u8]) -> &str {
    std::str::from_utf8(digits).unwrap_or_default()
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
        out.push_str(ascii(&digits[..whole]));
    }
    if scale > 0 {
        out.push('.');
        out.push_str(ascii(&digits[whole..]));
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
        out.push_str(ascii(&digits));
    } else {
        let _ = write!(out, "\"{:04}-{:02}-{:02}\"", year, d.month(), d.day());
    }
}

/// Whole numbers as digits; other finite numbers as the decimal JS would show
/// (`input::number_text`); NaN and the infinities (which JSON lacks) as null.
fn number(out: &mut String, n: f64) {
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

impl ToJson for str {
    fn write_json(&self, out: &mut String) {
        string(out, self)
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut String) {
        string(out, self)
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out)
    }
    fn omitted(&self) -> bool {
        (**self).omitted()
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" })
    }
}

#[cfg(feature = "full")]
macro_rules! unsigned_integers {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                unsigned(out, *self as u64);
            }
        }
    )*};
}
#[cfg(feature = "full")]
unsigned_integers!(u8, u32, usize);

#[cfg(feature = "full")]
macro_rules! signed_integers {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                if *self < 0 {
                    out.push('-');
                }
                unsigned(out, i64::from(*self).unsigned_abs());
            }
        }
    )*};
}
#[cfg(feature = "full")]
signed_integers!(i32, i64);

#[cfg(not(feature = "full"))]
macro_rules! integers {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                let _ = write!(out, "{}", self);
            }
        }
    )*};
}
#[cfg(not(feature = "full"))]
integers!(u8, u32, i32, i64, usize);

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.write_json(out);
        }
        out.push(']');
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out)
    }
}

impl ToJson for NaiveDate {
    #[cfg(feature = "full")]
    fn write_json(&self, out: &mut String) {
        date(out, *self)
    }
    #[cfg(not(feature = "full"))]
    fn write_json(&self, out: &mut String) {
        let _ = write!(
            out,
            "\"{:04}-{:02}-{:02}\"",
            self.year(),
            self.month(),
            self.day()
        );
    }
}

impl ToJson for Value {
    fn write_json(&self, out: &mut String) {
        match self {
            Value::Null | Value::Unsupported => out.push_str("null"),
            Value::Bool(b) => b.write_json(out),
            Value::Number(n) => number(out, *n),
            Value::String(s) => string(out, s),
            Value::Array(items) => items.write_json(out),
            Value::Object(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    string(out, k);
                    out.push(':');
                    v.write_json(out);
                }
                out.push('}');
            }
        }
    }
}

mod declare;
mod parse;
pub mod ts;
pub use parse::{parse, MAX_DEPTH};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let text =
            r#"{"a":[1,-2,12.5,0.001,true,false,null],"b":"q\"\\\n\u0001中文","c":{},"d":[]}"#;
        let v = parse(text).unwrap();
        assert_eq!(to_string(&v), text);
    }

    #[test]
    fn reads_the_built_in_data_as_serde_json_does() {
        let mine: serde_json::Value =
            serde_json::from_str(&to_string(&parse(crate::policy::EMBEDDED_JSON).unwrap()))
                .unwrap();
        let theirs: serde_json::Value = serde_json::from_str(crate::policy::EMBEDDED_JSON).unwrap();
        assert_eq!(mine, theirs);
    }

    #[test]
    fn writes_strings_as_serde_json_does() {
        let s = "a\"b\\c\n\r\t\u{1}\u{1f}\u{7f}中😀";
        let mut out = String::new();
        string(&mut out, s);
        assert_eq!(out, serde_json::to_string(s).unwrap());
    }

    #[test]
    fn writes_numbers_and_dates_as_display_does() {
        let mut values: Vec<Decimal> = [
            "0",
            "-0",
            "0.00",
            "-0.00",
            "0.05",
            "1400.00",
            "-3",
            "1e-28",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "18446744073709551615",
            "18446744073709551616",
            "0.0000000000000000000000000001",
            "123.4560",
            "-0.5",
        ]
        .iter()
        .map(|t| t.parse().or_else(|_| Decimal::from_scientific(t)).unwrap())
        .collect();
        let mut x: i64 = 1;
        for k in 0..40 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            values.push(Decimal::new(x >> (k % 60), (k % 29) as u32));
        }
        for d in values {
            let mut out = String::new();
            decimal(&mut out, &d);
            assert_eq!(out, d.to_string(), "{d:?}");
        }
        for n in [0u64, 7, 10, 99, 1234567890, u64::MAX] {
            let mut out = String::new();
            unsigned(&mut out, n);
            assert_eq!(out, n.to_string());
        }
        for n in [0i64, -1, i64::MIN, i64::MAX] {
            assert_eq!(to_string(&n), n.to_string());
        }
        for (y, m, d) in [
            (2023, 7, 1),
            (1, 1, 1),
            (9999, 12, 31),
            (-5, 3, 4),
            (12345, 1, 2),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(to_string(&day), format!("\"{:04}-{:02}-{:02}\"", y, m, d));
        }
    }

    #[cfg(feature = "full")]
    #[test]
    fn finds_every_byte_that_needs_an_escape() {
        let mut seed: u32 = 7;
        let mut next = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            seed >> 16
        };
        for _ in 0..20_000 {
            let len = (next() % 40) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|_| match next() % 8 {
                    0 => (next() % 0x20) as u8,
                    1 => [b'"', b'\\', 0x7f, 0x21, 0x5b, 0x5d][(next() % 6) as usize],
                    2 => (0x80 + next() % 0x80) as u8,
                    _ => (0x20 + next() % 0x60) as u8,
                })
                .collect();
            let naive = bytes.iter().any(|&b| needs_escape(b));
            assert_eq!(needs_escaping(&bytes), naive, "{bytes:?}");
        }
    }

    #[test]
    fn escapes_and_surrogates() {
        assert_eq!(
            parse(r#""\ud83d\ude00 \u4e2d \/""#).unwrap(),
            Value::String("😀 中 /".into())
        );
    }

    #[test]
    fn refuses_what_it_cannot_read_exactly() {
        for bad in [
            "",
            "{",
            "[1,]",
            "1e5",
            "1234567890123456",
            "01x",
            "\"\\x\"",
            "[1] 2",
            "-",
            "1.",
            "nul",
            ".5",
            "-.5",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
        assert!(parse(&deep).is_err());
    }

    #[test]
    fn numbers_are_exact() {
        assert_eq!(parse("0.1").unwrap(), Value::Number(0.1));
        assert_eq!(parse("1500.1").unwrap(), Value::Number(1500.1));
        assert_eq!(parse("-0.75").unwrap(), Value::Number(-0.75));
        let mut out = String::new();
        for n in [f64::NAN, 2.5, -0.1, 1e20, 1e300, 0.1 + 0.2] {
            number(&mut out, n);
            out.push(' ');
        }
        assert_eq!(
            out,
            "null 2.5 -0.1 100000000000000000000 null 0.3000000000000000444089209849 "
        );
    }
}
