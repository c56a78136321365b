//! Input as it arrives from JS or JSON, and a reader that turns it into typed
//! values with field-level, bilingual errors. Parsing is done here (not by serde
//! derive) so that every bad value names its field and says what is wrong.
use crate::error::{code, ApiError};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Longest string accepted anywhere in an input (names in intern lists included).
pub const MAX_STRING: usize = 200;
/// Dates outside this range are rejected: no rule speaks of them and it keeps date arithmetic in range.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2100;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
    /// A JS value JSON cannot hold (a function, a symbol) or nested too deeply (a
    /// cycle): kept, so that the reader reports it against its field.
    Unsupported,
}

impl Value {
    fn kind_zh(&self) -> &'static str {
        match self {
            Value::Null => "空值",
            Value::Bool(_) => "布尔值",
            Value::Number(_) => "数字",
            Value::String(_) => "字符串",
            Value::Array(_) => "数组",
            Value::Object(_) => "对象",
            Value::Unsupported => "函数、符号或嵌套过深等无法识别的值",
        }
    }
    fn kind_en(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
            Value::Unsupported => {
                "a value JSON cannot hold (a function, a symbol, nesting too deep)"
            }
        }
    }
}

pub fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// `path[k]`, the path of an array element, written without `core::fmt` (one per
/// element of a 10,000-row batch).
pub fn indexed(path: &str, k: usize) -> String {
    let mut out = String::with_capacity(path.len() + 8);
    out.push_str(path);
    out.push('[');
    crate::json::unsigned(&mut out, k as u64);
    out.push(']');
    out
}

pub fn wrong_type(field: &str, v: &Value, want_zh: &str, want_en: &str) -> ApiError {
    ApiError::new(
        code::WRONG_TYPE,
        field,
        format!("“{field}”应为{want_zh}，收到的是{}。", v.kind_zh()),
        format!("“{field}” must be {want_en}, got {}.", v.kind_en()),
    )
}

/// A read whose error names the field: in the whole API the path is made only when the
/// read fails (a batch of 10,000 rows reads 80,000 fields, all but a few fine); readers
/// are pure, so the second read fails the same way. The youth module reads as before.
#[cfg(feature = "full")]
macro_rules! named {
    ($obj:expr, $key:expr, |$f:ident| $read:expr) => {{
        let $f: &str = "";
        $read.or_else(|_| {
            let $f: &str = &$obj.field($key);
            $read
        })
    }};
}

#[cfg(not(feature = "full"))]
macro_rules! named {
    ($obj:expr, $key:expr, |$f:ident| $read:expr) => {{
        let $f: &str = &$obj.field($key);
        $read
    }};
}

/// Reads the fields of one input object, remembering where it is in the input.
pub struct Obj<'a> {
    pub path: String,
    fields: &'a [(String, Value)],
    /// Longest string accepted in this object (policy files quote whole clauses).
    max_len: usize,
}

impl<'a> Obj<'a> {
    pub fn new(v: &'a Value, path: &str) -> Result<Obj<'a>, ApiError> {
        match v {
            Value::Object(fields) => Ok(Obj {
                path: path.to_owned(),
                fields,
                max_len: MAX_STRING,
            }),
            other => Err(ApiError::new(
                code::NOT_AN_OBJECT,
                path,
                format!(
                    "输入{}应为对象，收到的是{}。",
                    if path.is_empty() {
                        String::new()
                    } else {
                        format!("“{path}”")
                    },
                    other.kind_zh()
                ),
                format!(
                    "The input{} must be an object, got {}.",
                    if path.is_empty() {
                        String::new()
                    } else {
                        format!(" “{path}”")
                    },
                    other.kind_en()
                ),
            )),
        }
    }

    pub fn field(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The same reader with a longer string limit.
    pub fn long(mut self, max_len: usize) -> Obj<'a> {
        self.max_len = max_len;
        self
    }

    /// A nested object, keeping the string limit.
    pub fn obj(&self, key: &str) -> Result<Option<Obj<'a>>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => Ok(Some(Obj::new(v, &self.field(key))?.long(self.max_len))),
        }
    }

    /// Each element of an array field (absent = empty) with its path.
    pub fn each(&self, key: &str) -> Result<Vec<(String, &'a Value)>, ApiError> {
        let items = self.opt_array(key, 100_000)?.unwrap_or(&[]);
        let path = self.field(key);
        Ok(items
            .iter()
            .enumerate()
            .map(|(k, v)| (indexed(&path, k), v))
            .collect())
    }

    /// Each element of an array field, read as an object.
    pub fn objs(&self, key: &str) -> Result<Vec<Obj<'a>>, ApiError> {
        self.each(key)?
            .into_iter()
            .map(|(p, v)| Obj::new(v, &p).map(|o| o.long(self.max_len)))
            .collect()
    }

    /// The value of `key`; `null` and `undefined` count as absent.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| !matches!(v, Value::Null))
    }

    /// Rejects fields the entry point does not know: a typo must not be silently ignored.
    pub fn only(&self, known: &[&str]) -> Result<(), ApiError> {
        for (k, _) in self.fields {
            if !known.contains(&k.as_str()) {
                let shown: String = k.chars().take(40).collect();
                let f = self.field(&shown);
                return Err(ApiError::new(
                    code::UNKNOWN_FIELD,
                    f.clone(),
                    format!("不认识的字段“{f}”。可用的字段：{}。", known.join("、")),
                    format!("Unknown field “{f}”. Known fields: {}.", known.join(", ")),
                ));
            }
        }
        Ok(())
    }

    pub fn missing(&self, key: &str) -> ApiError {
        let f = self.field(key);
        ApiError::new(
            code::MISSING_FIELD,
            f.clone(),
            format!("缺少必填字段“{f}”。"),
            format!("The field “{f}” is required."),
        )
    }

    pub fn require(&self, key: &str) -> Result<&'a Value, ApiError> {
        self.get(key).ok_or_else(|| self.missing(key))
    }

    pub fn opt_str(&self, key: &str) -> Result<Option<&'a str>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => named!(self, key, |f| string_limited(v, f, self.max_len)).map(Some),
        }
    }

    pub fn str(&self, key: &str) -> Result<&'a str, ApiError> {
        self.opt_str(key)?.ok_or_else(|| self.missing(key))
    }

    /// One of a fixed set of identifiers.
    pub fn opt_choice(
        &self,
        key: &str,
        allowed: &[&'static str],
    ) -> Result<Option<&'static str>, ApiError> {
        match self.opt_str(key)? {
            None => Ok(None),
            Some(s) => named!(self, key, |f| choice(s, f, allowed)).map(Some),
        }
    }

    pub fn choice(&self, key: &str, allowed: &[&'static str]) -> Result<&'static str, ApiError> {
        self.opt_choice(key, allowed)?
            .ok_or_else(|| self.missing(key))
    }

    pub fn opt_bool(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(v) => Err(wrong_type(
                &self.field(key),
                v,
                "布尔值（true 或 false）",
                "a boolean (true or false)",
            )),
        }
    }

    pub fn opt_date(&self, key: &str) -> Result<Option<NaiveDate>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => named!(self, key, |f| date_value(v, f)).map(Some),
        }
    }

    pub fn date(&self, key: &str) -> Result<NaiveDate, ApiError> {
        self.opt_date(key)?.ok_or_else(|| self.missing(key))
    }

    pub fn opt_int(&self, key: &str, min: i64, max: i64) -> Result<Option<i64>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => named!(self, key, |f| int_value(v, f, min, max)).map(Some),
        }
    }

    pub fn int(&self, key: &str, min: i64, max: i64) -> Result<i64, ApiError> {
        self.opt_int(key, min, max)?
            .ok_or_else(|| self.missing(key))
    }

    pub fn opt_decimal(&self, key: &str, max: Decimal) -> Result<Option<Decimal>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => named!(self, key, |f| decimal_value(v, f, max)).map(Some),
        }
    }

    pub fn opt_array(&self, key: &str, max_len: usize) -> Result<Option<&'a [Value]>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Array(items)) => {
                if items.len() > max_len {
                    let f = self.field(key);
                    Err(ApiError::new(
                        code::TOO_LONG,
                        f.clone(),
                        format!("“{f}”最多 {max_len} 项，收到 {} 项。", items.len()),
                        format!("“{f}” takes at most {max_len} items, got {}.", items.len()),
                    ))
                } else {
                    Ok(Some(items))
                }
            }
            Some(v) => Err(wrong_type(&self.field(key), v, "数组", "an array")),
        }
    }
}

mod scalar;
pub use scalar::*;
