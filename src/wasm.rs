//! The Wasm boundary: converts JS values to the core's input and the core's
//! answers and errors back to JS. No rule lives here. Built with the `full` feature
//! (the default) it exports the whole API; without it, the youth module: only what
//! the self-check page calls (`checkEligibility`, `policies`, `formSpec`, and
//! `loadPolicies`/`resetPolicies`). Neither module carries policy data: every entry
//! point fails with `NO_POLICY_DATA` until `loadPolicies` has been called.
use crate::api;
use crate::error::{code, ApiError};
use crate::input::Value;
use crate::json::{self, ToJson, MAX_DEPTH};
use crate::policy::PolicySet;
use js_sys::{Array, Object};
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
/// .wasm than a JS call per field, and JSON.parse is fast.
fn to_js(value: &dyn ToJson) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&json::to_string(value)).map_err(|_| {
        js_error(ApiError::new(
            code::INTERNAL,
            "",
            "结果无法转换。",
            "The result could not be converted.",
        ))
    })
}

#[wasm_bindgen]
extern "C" {
    /// JS `Number(value)`: for a BigInt, the nearest number.
    #[wasm_bindgen(js_name = Number)]
    fn js_number(value: &JsValue) -> f64;
}

fn input(v: JsValue) -> Value {
    from_js(&v, 0)
}

/// A JS value as the engine's input. What JSON cannot hold (a function, a symbol,
/// nesting deeper than MAX_DEPTH, which includes a cycle) becomes `Unsupported`, which
/// the reader reports against its own field; a BigInt becomes the nearest number, as
/// `Number(n)` gives; arrays by their elements, other objects by their own enumerable
/// string keys (`Object.entries`).
fn from_js(v: &JsValue, depth: usize) -> Value {
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
    } else if depth >= MAX_DEPTH || !v.is_object() || v.is_function() {
        Value::Unsupported
    } else if let Some(numbers) = typed_numbers(v) {
        numbers
    } else if Array::is_array(v) {
        Value::Array(
            v.unchecked_ref::<Array>()
                .iter()
                .map(|item| from_js(&item, depth + 1))
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
                        from_js(&pair.get(1), depth + 1),
                    )
                })
                .collect(),
        )
    }
}

/// A typed array (a plan's columns for `simulate`) as its numbers, in one copy rather
/// than a call per item. BigInt arrays and DataViews are not lists of numbers. Whole API
/// only: the youth module has no input that takes one.
#[cfg(feature = "full")]
fn typed_numbers(v: &JsValue) -> Option<Value> {
    if !js_sys::ArrayBuffer::is_view(v) {
        return None;
    }
    if v.is_instance_of::<js_sys::BigInt64Array>()
        || v.is_instance_of::<js_sys::BigUint64Array>()
        || v.is_instance_of::<js_sys::DataView>()
    {
        return Some(Value::Unsupported);
    }
    let numbers = js_sys::Float64Array::new(v).to_vec();
    Some(Value::Array(
        numbers.into_iter().map(Value::Number).collect(),
    ))
}

#[cfg(not(feature = "full"))]
fn typed_numbers(_: &JsValue) -> Option<Value> {
    None
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
    let v = input(input_);
    run(|s| api::check_eligibility(s, &v))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = estimateSubsidy, unchecked_return_type = "SubsidyEstimate")]
pub fn estimate_subsidy(
    #[wasm_bindgen(unchecked_param_type = "EstimateInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = input(input_);
    run(|s| api::estimate_subsidy(s, &v))
}

/// The summary path: the estimate's totals for many units at once, per group and month.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = simulate, unchecked_return_type = "SimulationResult")]
pub fn simulate(
    #[wasm_bindgen(unchecked_param_type = "SimulationInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = input(input_);
    run(|s| api::simulate(s, &v))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = validateMonthlyReport, unchecked_return_type = "MonthlyReportResult")]
pub fn validate_monthly_report(
    #[wasm_bindgen(unchecked_param_type = "MonthlyReportInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = input(input_);
    run(|s| api::validate_monthly_report(s, &v))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = reportDeadline, unchecked_return_type = "ReportDeadlineResult")]
pub fn report_deadline(
    #[wasm_bindgen(unchecked_param_type = "ReportDeadlineInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = input(input_);
    run(|s| api::report_deadline(s, &v))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = reviewDeadline, unchecked_return_type = "ReviewDeadlineResult")]
pub fn review_deadline(
    #[wasm_bindgen(unchecked_param_type = "ReviewDeadlineInput")] input_: JsValue,
) -> Result<JsValue, JsValue> {
    let v = input(input_);
    run(|s| api::review_deadline(s, &v))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = addWorkingDays, unchecked_return_type = "DateString")]
pub fn add_working_days(
    #[wasm_bindgen(unchecked_param_type = "DateString")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
) -> Result<JsValue, JsValue> {
    let (d, n) = (input(date), input(n));
    run(|s| api::add_working_days(s, &d, &n))
}

#[cfg(feature = "full")]
#[wasm_bindgen(js_name = workingDaysBetween, unchecked_return_type = "number")]
pub fn working_days_between(
    #[wasm_bindgen(unchecked_param_type = "DateString")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DateString")] to: JsValue,
) -> Result<JsValue, JsValue> {
    let (a, b) = (input(from), input(to));
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
    let v = input(input_);
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
        Rc::new(api::load_policies(current.as_deref(), &data, &input(options)).map_err(js_error)?);
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
        None => Ok(input(data)),
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
