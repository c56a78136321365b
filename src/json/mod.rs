//! JSON text in and out, without serde: the answers are written by `ToJson` (one
//! small impl per output type, dynamic dispatch, no per-format generics; declared
//! with their JSON names and TypeScript types by `answer!`, see `declare.rs`) and the
//! built-in policy data is read by a small parser. Together with the hand walk of JS
//! values at the Wasm boundary this keeps serde out of the .wasm (37 KB raw, 15 KB gzip).
use crate::input::Value;
use chrono::{Datelike, NaiveDate};
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
    let mut out = String::with_capacity(1024);
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
        string(out, name);
        out.push(':');
        value.write_json(out);
    }
    out.push('}');
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

/// Whole numbers as digits; other finite numbers as the decimal JS would show
/// (`input::number_text`); NaN and the infinities (which JSON lacks) as null.
fn number(out: &mut String, n: f64) {
    if !n.is_finite() {
        out.push_str("null");
    } else if n == 0.0 && n.is_sign_negative() {
        out.push_str("-0.0");
    } else if n.fract() == 0.0 && n.abs() < 9.0e15 {
        let _ = write!(out, "{}", n as i64);
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

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write_json(&self, out: &mut String) {
                let _ = write!(out, "{}", self);
            }
        }
    )*};
}
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
