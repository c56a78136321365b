//! Reads a policy file (already parsed into a `Value`) into the model, with the
//! same field-level, bilingual errors as API input. Hand-written rather than serde
//! derive: the derive's per-type visitors cost the .wasm over 100 KB.
use crate::error::{code, ApiError};
use crate::input::{date_value, int_value, Obj, Value};
use crate::model::*;
use chrono::NaiveDate;
use rust_decimal::Decimal;

mod jurisdiction;
mod rules;
pub use jurisdiction::jurisdiction;

/// Policy texts quote whole clauses.
const MAX_TEXT: usize = 4000;

/// Reads a part of a file that only the employer and officials' functions use. The
/// youth module (built without `full`) leaves such parts empty: it never looks at
/// them, and not reading them keeps their reader out of the page a QR code opens.
/// (Its built-in data lacks them too: build.rs strips the same parts.)
fn employer_part<T: Default>(read: impl FnOnce() -> Result<T, ApiError>) -> Result<T, ApiError> {
    if cfg!(feature = "full") {
        read()
    } else {
        Ok(T::default())
    }
}

fn dec(o: &Obj<'_>, key: &str) -> Result<Decimal, ApiError> {
    o.opt_decimal(key, Decimal::from(10_000_000))?
        .ok_or_else(|| missing(o, key))
}

fn missing(o: &Obj<'_>, key: &str) -> ApiError {
    o.missing(key)
}

fn uint(o: &Obj<'_>, key: &str, max: i64) -> Result<u32, ApiError> {
    Ok(o.int(key, 0, max)? as u32)
}

fn opt_uint(o: &Obj<'_>, key: &str, max: i64) -> Result<Option<u32>, ApiError> {
    Ok(o.opt_int(key, 0, max)?.map(|n| n as u32))
}

fn string(o: &Obj<'_>, key: &str) -> Result<String, ApiError> {
    o.str(key).map(str::to_owned)
}

fn opt_string(o: &Obj<'_>, key: &str) -> Result<Option<String>, ApiError> {
    Ok(o.opt_str(key)?.map(str::to_owned))
}

fn child<'a>(o: &Obj<'a>, key: &str) -> Result<Obj<'a>, ApiError> {
    o.obj(key)?.ok_or_else(|| missing(o, key))
}

fn text(o: &Obj<'_>, key: &str) -> Result<Text, ApiError> {
    read_text(&child(o, key)?)
}

fn opt_text(o: &Obj<'_>, key: &str) -> Result<Option<Text>, ApiError> {
    o.obj(key)?.map(|t| read_text(&t)).transpose()
}

fn read_text(t: &Obj<'_>) -> Result<Text, ApiError> {
    t.only(&["zh", "en"])?;
    Ok(Text {
        zh: string(t, "zh")?,
        en: string(t, "en")?,
    })
}

fn source(o: &Obj<'_>) -> Result<Source, ApiError> {
    read_source(&child(o, "source")?)
}

fn read_source(s: &Obj<'_>) -> Result<Source, ApiError> {
    s.only(&["document", "clause", "quote", "note", "reading"])?;
    Ok(Source {
        document: string(s, "document")?,
        clause: string(s, "clause")?,
        quote: string(s, "quote")?,
        note: opt_text(s, "note")?,
        reading: opt_text(s, "reading")?,
    })
}

fn strings(o: &Obj<'_>, key: &str) -> Result<Vec<String>, ApiError> {
    o.each(key)?
        .into_iter()
        .map(|(p, v)| crate::input::string_value(v, &p).map(str::to_owned))
        .collect()
}

fn dates(o: &Obj<'_>, key: &str) -> Result<Vec<NaiveDate>, ApiError> {
    o.each(key)?
        .into_iter()
        .map(|(p, v)| date_value(v, &p))
        .collect()
}

fn pair<T>(
    v: &Value,
    path: &str,
    read: impl Fn(&Value, &str) -> Result<T, ApiError>,
) -> Result<[T; 2], ApiError> {
    match v {
        Value::Array(items) if items.len() == 2 => Ok([
            read(&items[0], &format!("{path}[0]"))?,
            read(&items[1], &format!("{path}[1]"))?,
        ]),
        other => Err(crate::input::wrong_type(
            path,
            other,
            "两项的数组",
            "an array of two",
        )),
    }
}

fn kind<'a>(o: &Obj<'a>, allowed: &[&'static str]) -> Result<&'static str, ApiError> {
    o.choice("kind", allowed)
}

fn education(v: &Value, path: &str) -> Result<Education, ApiError> {
    let id = crate::input::choice(crate::input::string_value(v, path)?, path, Education::IDS)?;
    Education::from_id(id).ok_or_else(|| {
        ApiError::new(
            code::UNKNOWN_VALUE,
            path,
            "学历无效。",
            "Unknown education level.",
        )
    })
}

fn educations(o: &Obj<'_>, key: &str) -> Result<Vec<Education>, ApiError> {
    o.each(key)?
        .into_iter()
        .map(|(p, v)| education(v, &p))
        .collect()
}

/// Errors inside a file are named by its id ("henan.ruleSets[0]…"), or by its place in the array.
fn file_path(v: &Value, k: usize) -> String {
    match v {
        Value::Object(fields) => match fields.iter().find(|(key, _)| key == "id") {
            Some((_, Value::String(id)))
                if !id.is_empty()
                    && id.len() <= 40
                    && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
            {
                id.clone()
            }
            _ => format!("[{k}]"),
        },
        _ => format!("[{k}]"),
    }
}

/// Policy files as given to `loadPolicies`: one file (an object) or an array of files.
/// Any error is reported as POLICY_INVALID with the field's path.
pub fn files(data: &Value) -> Result<Vec<(Jurisdiction, Value)>, ApiError> {
    let as_policy = |e: ApiError| {
        if e.code == code::POLICY_INVALID {
            e
        } else {
            ApiError::new(
                code::POLICY_INVALID,
                e.field.clone(),
                format!("政策数据有误：{}", e.message),
                format!("Invalid policy data: {}", e.message_en),
            )
        }
    };
    match data {
        Value::Array(items) if !items.is_empty() => items
            .iter()
            .enumerate()
            .map(|(k, v)| {
                jurisdiction(v, &file_path(v, k))
                    .map(|j| (j, v.clone()))
                    .map_err(as_policy)
            })
            .collect(),
        Value::Object(_) => Ok(vec![(
            jurisdiction(data, &file_path(data, 0)).map_err(as_policy)?,
            data.clone(),
        )]),
        Value::Array(_) => Err(ApiError::new(
            code::OUT_OF_RANGE,
            "data",
            "没有提供任何政策文件。",
            "No policy file was given.",
        )),
        other => Err(crate::input::wrong_type(
            "data",
            other,
            "政策文件对象或其数组",
            "a policy file object or an array of them",
        )),
    }
}
