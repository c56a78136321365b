//! The Wasm boundary: converts JS values to the core's input and the core's
//! answers and errors back to JS. No rule lives here. Built with the `full` feature
//! (the default) it exports the whole API; without it, the youth module: only what
//! the self-check page calls (`checkEligibility`, `policies`, `formSpec`, and
//! `loadPolicies`/`resetPolicies`). Neither module carries policy data: every entry
//! point fails with `NO_POLICY_DATA` until `loadPolicies` has been called.
use crate::api;
use crate::error::{code, ApiError};
use crate::input::Value;
use crate::json::{self, ToJson};
use crate::policy::PolicySet;
#[cfg(feature = "full")]
use js_sys::Array;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

thread_local! {
    static POLICIES: RefCell<Option<Rc<PolicySet>>> = const { RefCell::new(None) };
}

/// A JS `Error` with `code`, `field`, `message` (Chinese) and `messageEn`.
fn js_error(e: ApiError) -> JsValue {
    let err = js_sys::Error::new(&e.message);
    let set = |k: &str, v: &str| {
        let _ = js_sys::Reflect::set(&err, &JsValue::from_str(k), &JsValue::from_str(v));
    };
    set("code", e.code.as_str());
    set("field", &e.field);
    set("fieldKey", &e.field_key());
    set("messageEn", &e.message_en);
    err.into()
}

/// Answers cross as JSON text: one writer for every answer is far smaller in the
/// .wasm than a JS call per field, and JSON.parse is fast. In the whole API a large
/// answer crosses as all-ASCII text (`json::ascii_only`), which browsers decode and parse
/// faster; a small one as it is (escaping its Chinese costs more than it saves).
fn to_js(value: &dyn ToJson) -> Result<JsValue, JsValue> {
    let text = json::to_string(value);
    #[cfg(feature = "full")]
    let text = if text.len() >= 64 * 1024 {
        json::ascii_only(text)
    } else {
        text
    };
    js_sys::JSON::parse(&text).map_err(|_| {
        js_error(ApiError::new(
            code::INTERNAL,
            "",
            "结果无法转换。",
            "The result could not be converted.",
        ))
    })
}

/// An error of the whole API's input reading (src/wasm_input.js's text) as a JS `Error`.
#[cfg(feature = "full")]
impl From<ApiError> for JsValue {
    fn from(e: ApiError) -> JsValue {
        js_error(e)
    }
}

/// `input(v)`, with `?` in the whole API, whose reading of the input text could fail.
#[cfg(feature = "full")]
macro_rules! read {
    ($v:expr) => {
        input($v)?
    };
}
#[cfg(not(feature = "full"))]
macro_rules! read {
    ($v:expr) => {
        input($v)
    };
}

#[cfg(feature = "full")]
#[wasm_bindgen(module = "/src/wasm_input.js")]
extern "C" {
    /// The input as the bytes of one text (see src/wasm_input.js); typed arrays are put
    /// into `views`.
    #[wasm_bindgen(js_name = inputBytes)]
    fn input_bytes(value: &JsValue, views: &Array) -> Vec<u8>;
}

/// A JS value as the engine's input, in one crossing: src/wasm_input.js writes it as
/// text, which the JSON reader reads back (`json::parse_input`). What JSON cannot hold
/// (a function, a symbol, nesting deeper than MAX_DEPTH, which includes a cycle) becomes
/// `Unsupported`, which the reader reports against its own field; a BigInt becomes the
/// nearest number, as `Number(n)` gives; arrays by their elements, other objects by their
/// own enumerable string keys (`Object.entries`); NaN and the infinities stay numbers.
/// Public for tests/wasm_boundary.rs, which compares it with the walk it replaced.
#[cfg(feature = "full")]
pub fn input(v: JsValue) -> Result<Value, ApiError> {
    let views = Array::new();
    let bytes = input_bytes(&v, &views);
    let mut next = 0;
    let mut view = || {
        next += 1;
        typed_numbers(&views.get(next - 1))
    };
    String::from_utf8(bytes)
        .ok()
        .and_then(|text| json::parse_input(&text, &mut view).ok())
        .ok_or_else(|| {
            ApiError::new(
                code::INTERNAL,
                "",
                "输入无法读取。",
                "The input could not be read.",
            )
        })
}

/// A typed array (a plan's columns for `simulate`, taken aside as a Float64Array by
/// src/wasm_input.js) as its numbers, in one copy rather than a call per item.
#[cfg(feature = "full")]
fn typed_numbers(v: &JsValue) -> Value {
    let numbers = v.unchecked_ref::<js_sys::Float64Array>().to_vec();
    Value::Array(numbers.into_iter().map(Value::Number).collect())
}

/// The youth module keeps the walk that the whole API had until issue 18: its inputs are
/// a dozen fields, and src/wasm_input.js in its glue would cost the youth page more
/// bytes (+1.4 KB brotli) than the walk's code does in its .wasm (0.2 KB brotli).
/// It reads a value exactly as the text does (tests/wasm_boundary.rs).
#[cfg(not(feature = "full"))]
pub fn input(v: JsValue) -> Value {
    walk(&v, 0)
}

#[cfg(not(feature = "full"))]
#[wasm_bindgen]
extern "C" {
    /// JS `Number(value)`: for a BigInt, the nearest number.
    #[wasm_bindgen(js_name = Number)]
    fn js_number(value: &JsValue) -> f64;
}

/// A JS value as the engine's input, value by value (see `input` in the whole API).
#[cfg(not(feature = "full"))]
fn walk(v: &JsValue, depth: usize) -> Value {
    use js_sys::{Array, Object};
    if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        Value::Number(n)
    } else if let Some(s) = v.as_string() {
        Value::String(s)
    } else if v.is_bigint() {
        Value::Number(js_number(v))
    } else if v.is_null() || v.is_undefined() {
        Value::Null
    } else if depth >= json::MAX_DEPTH || !v.is_object() || v.is_function() {
        Value::Unsupported
    } else if Array::is_array(v) {
        Value::Array(
            v.unchecked_ref::<Array>()
                .iter()
                .map(|item| walk(&item, depth + 1))
                .collect(),
        )
    } else {
        let entries = Object::entries(v.unchecked_ref::<Object>());
        Value::Object(
            entries
                .iter()
                .map(|pair| {
                    let pair: Array = pair.unchecked_into();
                    (
                        pair.get(0).as_string().unwrap_or_default(),
                        walk(&pair.get(1), depth + 1),
                    )
                })
                .collect(),
        )
    }
}

fn policies() -> Result<Rc<PolicySet>, JsValue> {
    POLICIES
        .with(|cell| cell.borrow().clone())
        .ok_or_else(|| js_error(ApiError::no_policy_data()))
}

fn run<T: ToJson>(f: impl FnOnce(&PolicySet) -> Result<T, ApiError>) -> Result<JsValue, JsValue> {
    let set = policies()?;
    to_js(&f(&set).map_err(js_error)?)
}

#[wasm_bindgen(js_name = checkEligibility, unchecked_return_type = "EligibilityResult")]
pub fn check_eligibility(
    #[wasm_bindgen(unchecked_param_type = "EligibilityInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = read!(input_);
    run(|s| api::check_eligibility(s, &v))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = estimateSubsidy, unchecked_return_type = "SubsidyEstimate")]
pub fn estimate_subsidy(
    #[wasm_bindgen(unchecked_param_type = "EstimateInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = read!(input_);
    run(|s| api::estimate_subsidy(s, &v))
}

/// The summary path: the estimate's totals for many units at once, per group and month.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = simulate, unchecked_return_type = "SimulationResult")]
pub fn simulate(
    #[wasm_bindgen(unchecked_param_type = "SimulationInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = read!(input_);
    run(|s| api::simulate(s, &v))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = validateMonthlyReport, unchecked_return_type = "MonthlyReportResult")]
pub fn validate_monthly_report(
    #[wasm_bindgen(unchecked_param_type = "MonthlyReportInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = read!(input_);
    run(|s| api::validate_monthly_report(s, &v))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = reportDeadline, unchecked_return_type = "ReportDeadlineResult")]
pub fn report_deadline(
    #[wasm_bindgen(unchecked_param_type = "ReportDeadlineInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = read!(input_);
    run(|s| api::report_deadline(s, &v))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = reviewDeadline, unchecked_return_type = "ReviewDeadlineResult")]
pub fn review_deadline(
    #[wasm_bindgen(unchecked_param_type = "ReviewDeadlineInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = read!(input_);
    run(|s| api::review_deadline(s, &v))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = addWorkingDays, unchecked_return_type = "DateString")]
pub fn add_working_days(
    #[wasm_bindgen(unchecked_param_type = "DateString")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
) -> Result<JsValue, JsValue> {
    let (d, n) = (read!(date), read!(n));
    run(|s| api::add_working_days(s, &d, &n))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = workingDaysBetween, unchecked_return_type = "number")]
pub fn working_days_between(
    #[wasm_bindgen(unchecked_param_type = "DateString")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DateString")] to: JsValue,
) -> Result<JsValue, JsValue> {
    let (a, b) = (read!(from), read!(to));
    run(|s| api::working_days_between(s, &a, &b))
}

#[wasm_bindgen(js_name = policies, unchecked_return_type = "PolicyData")]
pub fn policies_js() -> Result<JsValue, JsValue> {
    let set = policies()?;
    to_js(&api::policies(&set))
}

/// `formSpec({ province, asOf })`: what a front end needs to build its form.
#[wasm_bindgen(js_name = formSpec, unchecked_return_type = "FormSpec")]
pub fn form_spec(
    #[wasm_bindgen(unchecked_param_type = "FormSpecInput | undefined")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = read!(input_);
    let set = policies()?;
    to_js(&api::form_spec(&set, &v).map_err(js_error)?)
}

/// Replaces or extends the policy data (validated: a data file is outside input); on
/// any error the data in force stays as it was.
#[wasm_bindgen(js_name = loadPolicies, unchecked_return_type = "LoadResult")]
pub fn load_policies(
    #[wasm_bindgen(unchecked_param_type = "PolicyFile | PolicyFile[] | string")] data: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LoadOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let data = policy_data(data).map_err(js_error)?;
    let current = POLICIES.with(|cell| cell.borrow().clone());
    let next =
        Rc::new(api::load_policies(current.as_deref(), &data, &read!(options)).map_err(js_error)?);
    let ids: Vec<String> = next.ids().into_iter().map(str::to_owned).collect();
    POLICIES.with(|cell| *cell.borrow_mut() = Some(next));
    to_js(&api::LoadResult { jurisdictions: ids })
}

/// Policy data as JS values, or as the JSON text of a data file (what a page fetches):
/// the text crosses once and is read by the engine's strict JSON reader, several times
/// faster on a phone than walking the parsed object value by value.
fn policy_data(data: JsValue) -> Result<Value, ApiError> {
    match data.as_string() {
        Some(text) => json::parse(&text).map_err(|e| {
            ApiError::new(
                code::POLICY_INVALID,
                "",
                format!("政策数据不是有效的 JSON：{e}"),
                format!("The policy data is not valid JSON: {e}"),
            )
        }),
        None => Ok(read!(data)),
    }
}

/// Unloads all policy data: until the next `loadPolicies`, entry points fail with
/// `NO_POLICY_DATA`.
#[wasm_bindgen(js_name = resetPolicies)]
pub fn reset_policies() {
    POLICIES.with(|cell| *cell.borrow_mut() = None);
}

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("../types/jianxi-types.d.ts");
