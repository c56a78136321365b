//! JSON text in and out, without serde: the answers are written by `ToJson` (one
//! small impl per output type, dynamic dispatch, no per-format generics; declared
//! with their JSON names and TypeScript types by `answer!`, see `declare.rs`) and the
//! built-in policy data is read by a small parser. Together with the hand walk of JS
//! values at the Wasm boundary this keeps serde out of the .wasm (37 KB raw, 15 KB gzip).
use crate::input::Value;
#[cfg(not(feature = "full"))]
use chrono::Datelike;
use chrono::NaiveDate;
#[cfg(not(feature = "full"))]
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

/// The same JSON text with every character outside ASCII written as a `\u` escape (a
/// pair of them outside the BMP): the same value once parsed. Chromium decodes an answer's
/// bytes and parses them about twice as fast when they are all ASCII (a 10,000-intern
/// batch's 1.7 MB answer, 99.8 % ASCII: 9 ms → 5 ms); for a small answer the escapes
/// cost more than they save, so `wasm::to_js` uses this for large ones only. Text that
/// is already ASCII is given back as it is.
#[cfg(feature = "full")]
pub fn ascii_only(text: String) -> String {
    let bytes = text.as_bytes();
    let mut done = ascii_run(bytes, 0);
    if done == bytes.len() {
        return text;
    }
    let mut out = String::with_capacity(text.len() + text.len() / 64 + 16);
    out.push_str(&text[..done]);
    // `done` is always at a character's first byte: the end of an ASCII run or of a character.
    while let Some(c) = text[done..].chars().next() {
        let mut units = [0u16; 2];
        for unit in c.encode_utf16(&mut units) {
            let mut escape = *b"\\u0000";
            for (k, shift) in [12, 8, 4, 0].into_iter().enumerate() {
                escape[2 + k] = b"0123456789abcdef"[usize::from((*unit >> shift) & 15)];
            }
            out.push_str(std::str::from_utf8(&escape).unwrap_or_default());
        }
        let next = done + c.len_utf8();
        done = ascii_run(bytes, next);
        out.push_str(&text[next..done]);
    }
    out
}

/// Where the run of ASCII bytes from `from` ends (eight bytes at a time).
#[cfg(feature = "full")]
fn ascii_run(bytes: &[u8], from: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while i + 8 <= bytes.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        if u64::from_le_bytes(word) & HIGH != 0 {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii() {
        i += 1;
    }
    i
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
#[doc(hidden)]
pub use declare::write_id;
mod parse;
mod scalars;
pub mod ts;
#[cfg(feature = "full")]
pub use parse::parse_input;
pub use parse::{parse, MAX_DEPTH};
#[cfg(all(test, feature = "full"))]
use scalars::needs_escape;
#[cfg(feature = "full")]
use scalars::needs_escaping;
use scalars::number;
pub use scalars::{date, decimal, string, unsigned};

#[cfg(test)]
mod tests;
