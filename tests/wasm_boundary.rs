//! The Wasm boundary itself, under wasm-bindgen-test: in Node, and in headless
//! Chromium with WASM_BINDGEN_USE_BROWSER=1 (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]
use jianxi::wasm;
use js_sys::{Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

fn js(text: &str) -> JsValue {
    JSON::parse(text).unwrap()
}

/// The .wasm carries no policy data: every test loads the served data file first.
fn loaded() {
    let data = JSON::parse(include_str!("../www/data/policies.json")).unwrap();
    let mode = js(r#"{"mode":"replace"}"#);
    wasm::load_policies(data, mode).unwrap();
}

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |cur, k| {
        Reflect::get(&cur, &JsValue::from_str(k)).unwrap()
    })
}

#[wasm_bindgen_test]
fn the_worked_examples_hold() {
    loaded();
    let henan = wasm::estimate_subsidy(js(r#"{"province":"henan","tier":1,"startDate":"2023-07-01","months":6,"interns":10,"retained":6}"#)).unwrap();
    assert_eq!(get(&henan, "baseTotal").as_string().unwrap(), "84000.00");
    assert_eq!(
        get(&henan, "retentionDifference").as_string().unwrap(),
        "48000.00"
    );
    let yunnan = wasm::estimate_subsidy(js(
        r#"{"province":"yunnan","startDate":"2023-03-01","months":12,"interns":4,"retained":2}"#,
    ))
    .unwrap();
    assert_eq!(get(&yunnan, "baseTotal").as_string().unwrap(), "72000.00");
    assert_eq!(
        get(&yunnan, "retentionDifference").as_string().unwrap(),
        "24000.00"
    );
}

#[wasm_bindgen_test]
fn eligibility_crosses_the_boundary() {
    loaded();
    let r = wasm::check_eligibility(js(r#"{"province":"hunan","asOf":"2024-05-01","birthDate":"2004-01-01","education":"none","employed":false,"registeredUnemployed":false}"#)).unwrap();
    assert_eq!(get(&r, "eligible").as_bool(), Some(false));
    assert_eq!(get(&r, "verdict").as_string().unwrap(), "notEligible");
    let unknown = wasm::check_eligibility(js(r#"{"province":"henan","asOf":"2024-03-01","birthDate":"2001-05-10","education":"bachelor","leftSchoolOn":"2023-06-30"}"#)).unwrap();
    assert!(
        get(&unknown, "eligible").is_null(),
        "cannot tell is null, not undefined"
    );
}

#[wasm_bindgen_test]
fn errors_are_js_errors_with_code_and_field() {
    loaded();
    for (input, code, field) in [
        (
            js(r#"{"province":"henan","asOf":"2023-02-30"}"#),
            "INVALID_DATE",
            "asOf",
        ),
        (JsValue::from_f64(f64::NAN), "NOT_AN_OBJECT", ""),
        (JsValue::UNDEFINED, "NOT_AN_OBJECT", ""),
        (
            js(r#"{"province":"mars","asOf":"2023-01-01"}"#),
            "UNKNOWN_PROVINCE",
            "province",
        ),
    ] {
        let e = wasm::check_eligibility(input).unwrap_err();
        assert!(e.is_instance_of::<js_sys::Error>());
        assert_eq!(get(&e, "code").as_string().unwrap(), code);
        assert_eq!(get(&e, "field").as_string().unwrap(), field);
        assert_eq!(get(&e, "fieldKey").as_string().unwrap(), field);
        assert!(!get(&e, "messageEn").as_string().unwrap().is_empty());
    }
    // A path with positions, and its stable key without them.
    let e = wasm::estimate_subsidy(js(r#"{"province":"henan","tier":1,"startDate":"2023-07-01","months":6,"internList":[{"outcome":"completed"},{"startDate":"2023-02-30"}]}"#)).unwrap_err();
    assert_eq!(
        get(&e, "field").as_string().unwrap(),
        "internList[1].startDate"
    );
    assert_eq!(
        get(&e, "fieldKey").as_string().unwrap(),
        "internList.startDate"
    );
    let obj = js_sys::Object::new();
    Reflect::set(&obj, &"province".into(), &"henan".into()).unwrap();
    Reflect::set(&obj, &"asOf".into(), &JsValue::from_f64(f64::INFINITY)).unwrap();
    let e = wasm::check_eligibility(obj.into()).unwrap_err();
    assert_eq!(get(&e, "code").as_string().unwrap(), "WRONG_TYPE");
    // Still answering.
    assert!(
        wasm::add_working_days("2023-09-28".into(), JsValue::from_f64(1.0))
            .unwrap()
            .as_string()
            .unwrap()
            == "2023-10-07"
    );
}

#[wasm_bindgen_test]
fn policies_load_and_reset() {
    loaded();
    let p = wasm::policies_js().unwrap();
    let list: js_sys::Array = get(&p, "jurisdictions").into();
    assert_eq!(list.length(), 6);
    let bad = js(
        r#"{"id":"demo","name":{"zh":"示例","en":"Demo"},"updated":"2026-01-01","documents":[],"baseline":"nowhere"}"#,
    );
    let e = wasm::load_policies(bad, JsValue::UNDEFINED).unwrap_err();
    assert_eq!(get(&e, "code").as_string().unwrap(), "POLICY_INVALID");
    assert_eq!(get(&e, "field").as_string().unwrap(), "demo.baseline");
    let ok = js(
        r#"{"id":"demo","name":{"zh":"示例","en":"Demo"},"updated":"2026-01-01","documents":[],"baseline":"national"}"#,
    );
    wasm::load_policies(ok, JsValue::UNDEFINED).unwrap();
    assert_eq!(
        Reflect::get(&wasm::policies_js().unwrap(), &"jurisdictions".into())
            .map(|l| js_sys::Array::from(&l).length())
            .unwrap(),
        7
    );
    wasm::reset_policies();
    let e = wasm::policies_js().unwrap_err();
    assert_eq!(get(&e, "code").as_string().unwrap(), "NO_POLICY_DATA");
    let e = wasm::check_eligibility(js(r#"{"province":"henan"}"#)).unwrap_err();
    assert_eq!(get(&e, "code").as_string().unwrap(), "NO_POLICY_DATA");
    loaded();
    let spec = wasm::form_spec(js(r#"{"province":"henan","asOf":"2024-03-01"}"#)).unwrap();
    assert_eq!(
        get(&spec, "defaultJurisdiction").as_string().unwrap(),
        "henan"
    );
    assert_eq!(
        get(&spec, "tiers.0.minimumWage").as_string().unwrap(),
        "2100.00"
    );
}
