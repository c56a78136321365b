//! The entry points, one per JS API function, over untyped input. The Wasm boundary
//! and the native conformance tests both call these, so they answer alike.
use crate::eligibility::{self, EligibilityInput, EligibilityResult};
use crate::error::{code, ApiError};
use crate::input::{date_value, int_value, Obj, Value};
use crate::model::Jurisdiction;
use crate::policy::{PolicySet, MAX_WORKING_DAYS};
use crate::report::{self, DeadlineResult, ReportResult};
use crate::subsidy::{self, EstimateInput, SubsidyEstimate};
use chrono::NaiveDate;

pub fn check_eligibility(set: &PolicySet, input: &Value) -> Result<EligibilityResult, ApiError> {
    eligibility::check(set, &EligibilityInput::from_value(input)?)
}

pub fn estimate_subsidy(set: &PolicySet, input: &Value) -> Result<SubsidyEstimate, ApiError> {
    subsidy::estimate(set, &EstimateInput::from_value(input)?)
}

pub fn validate_monthly_report(set: &PolicySet, input: &Value) -> Result<ReportResult, ApiError> {
    report::validate_monthly_report(set, input)
}

pub fn report_deadline(set: &PolicySet, input: &Value) -> Result<DeadlineResult, ApiError> {
    report::report_deadline(set, input)
}

pub fn add_working_days(set: &PolicySet, date: &Value, n: &Value) -> Result<NaiveDate, ApiError> {
    let d = date_value(date, "date")?;
    let n = int_value(n, "n", 0, MAX_WORKING_DAYS)?;
    set.calendar().add_working_days(d, n, "date")
}

pub fn working_days_between(set: &PolicySet, from: &Value, to: &Value) -> Result<i64, ApiError> {
    set.calendar().working_days_between(date_value(from, "from")?, date_value(to, "to")?)
}

/// `{ jurisdictions, calendarYears, dataDate }` as JSON text: the files as given, the
/// years that have a holiday calendar, and the newest `updated` date (the date of the data).
pub fn policies_json(set: &PolicySet) -> String {
    let years: Vec<String> = set.calendar().years().iter().map(|y| y.to_string()).collect();
    let date = set.jurisdictions().iter().map(|j| j.updated).max().map(|d| format!("\"{d}\"")).unwrap_or_else(|| "null".into());
    format!("{{\"jurisdictions\":[{}],\"calendarYears\":[{}],\"dataDate\":{date}}}", set.texts().join(","), years.join(","))
}

/// `loadPolicies(data, { mode })`: "extend" (default) adds or replaces jurisdictions by id; "replace" replaces all.
pub fn load_mode(options: &Value) -> Result<bool, ApiError> {
    if matches!(options, Value::Null) {
        return Ok(false);
    }
    let o = Obj::new(options, "options")?;
    o.only(&["mode"])?;
    Ok(o.opt_choice("mode", &["extend", "replace"])? == Some("replace"))
}

/// `loadPolicies` over the JSON text of its data (JSON.stringify on the JS side).
pub fn load_policies_text(set: &PolicySet, data: &str, options: &Value) -> Result<PolicySet, ApiError> {
    let replace = load_mode(options)?;
    let t = data.trim_start();
    if !(t.starts_with('{') || t.starts_with('[')) {
        return Err(ApiError::new(code::WRONG_TYPE, "data", "“data”应为政策文件对象或其数组。", "“data” must be a policy file object or an array of them."));
    }
    set.with(PolicySet::parse_files(data)?, replace)
}

/// Turns a serde error with its path into a field-level POLICY_INVALID error.
pub fn policy_parse_error(path: String, detail: String) -> ApiError {
    ApiError::new(
        code::POLICY_INVALID,
        path.clone(),
        format!("政策数据有误：字段“{path}”：{detail}"),
        format!("Invalid policy data: field “{path}”: {detail}"),
    )
}

/// Parses one policy file from JSON text. On error, names the field by scanning the
/// text up to where serde_json stopped (a path tracker around serde would cost the
/// .wasm some 180 KB).
pub fn parse_policy_file(text: &str, prefix: &str) -> Result<Jurisdiction, ApiError> {
    serde_json::from_str(text).map_err(|e| {
        let offset = offset_of(text, e.line(), e.column());
        let path = json_path_at(text, offset);
        let full = match (prefix.is_empty(), path.is_empty()) {
            (true, _) => path,
            (false, true) => prefix.to_owned(),
            (false, false) => format!("{prefix}.{path}"),
        };
        let detail = e.to_string();
        let detail = detail.split(" at line ").next().unwrap_or(&detail).to_owned();
        policy_parse_error(full, detail)
    })
}

/// Byte offset of serde_json's 1-based line and column.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (start + column.saturating_sub(1)).min(text.len())
}

/// The path ("ruleSets[0].baseSubsidy.percent") of the value being read at `offset`.
pub fn json_path_at(text: &str, offset: usize) -> String {
    enum Frame {
        Obj(Option<String>),
        Arr(usize),
    }
    let mut frames: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < offset.min(bytes.len()) {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Frame::Obj(key)) = frames.last_mut() {
                        *key = Some(text.get(start..i.min(text.len())).unwrap_or("").to_owned());
                    }
                }
            }
            b'{' => {
                frames.push(Frame::Obj(None));
                expecting_key = true;
            }
            b'[' => {
                frames.push(Frame::Arr(0));
                expecting_key = false;
            }
            b'}' | b']' => {
                frames.pop();
                expecting_key = false;
            }
            b',' => match frames.last_mut() {
                Some(Frame::Arr(k)) => *k += 1,
                Some(Frame::Obj(_)) => expecting_key = true,
                None => {}
            },
            b':' => expecting_key = false,
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for f in &frames {
        match f {
            Frame::Obj(Some(k)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
            }
            Frame::Obj(None) => {}
            Frame::Arr(k) => path.push_str(&format!("[{k}]")),
        }
    }
    path
}

/// The native side of every entry point over JSON, for tests and tools.
#[cfg(not(target_arch = "wasm32"))]
pub mod json {
    use super::*;
    use serde::Deserialize;

    fn to_json<T: serde::Serialize>(v: T) -> serde_json::Value {
        serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
    }

    pub fn value(v: &serde_json::Value) -> Value {
        Value::deserialize(v).unwrap_or(Value::Null)
    }

    /// Calls the JS API function `name` with `args` as JS would pass them.
    pub fn call(set: &PolicySet, name: &str, args: &[serde_json::Value]) -> Result<serde_json::Value, ApiError> {
        let arg = |k: usize| args.get(k).map(value).unwrap_or(Value::Null);
        Ok(match name {
            "checkEligibility" => to_json(check_eligibility(set, &arg(0))?),
            "estimateSubsidy" => to_json(estimate_subsidy(set, &arg(0))?),
            "validateMonthlyReport" => to_json(validate_monthly_report(set, &arg(0))?),
            "reportDeadline" => to_json(report_deadline(set, &arg(0))?),
            "addWorkingDays" => to_json(add_working_days(set, &arg(0), &arg(1))?),
            "workingDaysBetween" => to_json(working_days_between(set, &arg(0), &arg(1))?),
            "policies" => serde_json::from_str(&policies_json(set)).unwrap_or(serde_json::Value::Null),
            other => return Err(ApiError::new(code::UNKNOWN_VALUE, "api", format!("没有函数“{other}”。"), format!("No function “{other}”."))),
        })
    }

    /// `loadPolicies` natively: one file or an array of files, extending or replacing `set`.
    pub fn load_policies(set: &PolicySet, data: &serde_json::Value, options: &serde_json::Value) -> Result<PolicySet, ApiError> {
        load_policies_text(set, &data.to_string(), &value(options))
    }
}
