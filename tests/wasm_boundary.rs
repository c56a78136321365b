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

// ------------------------------------------------------------------ input in one crossing
// `wasm::input` reads a JS value as text written by src/wasm_input.js. Until issue 18 the
// boundary walked the value instead, a call per value; that walk is kept here, as it was,
// and both must read every hostile value to the same `Value`, with the same reads of
// getters and proxy traps in the same order.

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
export function hostileValues(log) {
  const nest = (n, leaf) => { let v = leaf; for (let i = 0; i < n; i++) v = [v]; return v; };
  const nestObject = (n, leaf) => { let v = leaf; for (let i = 0; i < n; i++) v = { a: v }; return v; };
  const cycle = { a: 1 }; cycle.self = cycle;
  const cyclicArray = [1]; cyclicArray.push(cyclicArray);
  const getters = Object.defineProperties({}, {
    first: { enumerable: true, get() { log.push('get first'); return 1; } },
    second: { enumerable: true, get() { log.push('get second'); return [2, { third: 3 }]; } },
    hidden: { enumerable: false, get() { log.push('get hidden'); return 4; } },
  });
  const traps = (name) => ({
    ownKeys(t) { log.push(`${name} ownKeys`); return Reflect.ownKeys(t); },
    getOwnPropertyDescriptor(t, k) { log.push(`${name} describe ${String(k)}`); return Reflect.getOwnPropertyDescriptor(t, k); },
    get(t, k, r) { log.push(`${name} get ${String(k)}`); return Reflect.get(t, k, r); },
  });
  const proxy = new Proxy({ b: 2, a: [1, 2], c: { d: NaN } }, traps('object'));
  const proxyArray = new Proxy([1, 'two', { three: 3 }], traps('array'));
  class Point { constructor() { this.x = 1; } get y() { return 2; } }
  const strings = ['', 'plain', '张三', '\u0000\u001f\u007f', '"\\/\b\f\n\r\t', '\ud800', '\udc00', 'a\ud800b', '\ud83d\ude00', '\ud83d', '\ud800\ud800\udc00',
    '\u2028\u2029', '\u0080\u07ff\u0800\uffff\ufffd', '</script>', 'x'.repeat(5000), '🙂'.repeat(300)];
  const numbers = [0, -0, 1, -1, 0.1, 0.1 + 0.2, 1 / 3, 2.5, -2.5, 1e21, 1e-7, 1e-6, 123456789012345, 1234567890123456, 2 ** 53, 2 ** 53 + 2, -(2 ** 53),
    1e308, -1e308, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity, 6.000000000000001, 1850.55, 1e20, 123456789012345680000, 99999999999999.9, 0.000001234];
  const others = [undefined, null, true, false, [], {}, [1, [2, [3]]], () => 1, function named() {}, Symbol('s'), 6n, -1n, 2n ** 64n, 10n ** 400n,
    new Number(6), new String('ab'), new Boolean(false), Object(6n), Object(Symbol('x')), new Date(0), new Date(NaN),
    { toJSON() { return '2023-07-01'; } }, getters, Object.defineProperty({ a: 1 }, 'b', { enumerable: false, value: 2 }),
    { a: 1, [Symbol('k')]: 2 }, Object.assign(Object.create({ inherited: 1 }), { own: 2 }), Object.assign(Object.create(null), { a: 'x' }),
    [1, , 3], Object.assign([1, 2], { extra: 3 }), { 2: 'b', 1: 'a', x: 'c', '-1': 'd', '01': 'e' }, new Point(), proxy, proxyArray,
    (function () { return arguments; })(1, 'a'), Object.assign(() => 1, { a: 1 }), new Map([[1, 2]]), new Set([1]), /re/g, new Error('e'),
    new ArrayBuffer(8), new Uint8Array([1, 2, 255]), new Float64Array([NaN, -0, 1.5, Infinity]), new Int32Array([20230701, -1]),
    new Float32Array([0.1]), new Uint8ClampedArray([300]), new BigInt64Array([1n]), new BigUint64Array([1n]), new DataView(new ArrayBuffer(8)),
    { columns: { a: new Int32Array([1, 2]), b: [new Float64Array([3])], c: new BigInt64Array(1) } },
    cycle, cyclicArray, nest(63, 1), nest(64, 1), nest(65, 1), nest(63, []), nest(64, []), nest(63, {}), nest(64, {}), nest(100, 'x'),
    nestObject(63, {}), nestObject(64, {}), nestObject(64, 1), nest(63, new Int32Array([1])), nest(64, new Int32Array([1])), nest(62, () => 1),
    { u: undefined, f() {}, s: Symbol('s'), n: NaN, i: -Infinity, z: -0, b: 10n }, [undefined, () => 1, Symbol('x'), NaN, -0, 10n],
    { '': 1, 'a"b': 2, '\ud800': 3, '张': 4, '\u0000': 5 }, Math, JSON,
    { province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, internList: [{ name: '张三', outcome: 'retained', months: 6 }, { outcome: 'hiredEarly', outcomeDate: '2023-09-01', contractMonths: 12, socialInsurance: true }] }];
  return [...strings, ...numbers, ...others].map((v) => [v]);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = hostileValues)]
    fn hostile_values(log: &js_sys::Array) -> js_sys::Array;
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// JS `Number(value)`: for a BigInt, the nearest number.
    #[wasm_bindgen(js_name = Number)]
    fn js_number(value: &JsValue) -> f64;
}

/// The boundary's walk as it was before issue 18 (src/wasm.rs, `from_js`), whole API.
fn walk(v: &JsValue, depth: usize) -> jianxi::input::Value {
    use jianxi::input::Value;
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
    } else if depth >= jianxi::json::MAX_DEPTH || !v.is_object() || v.is_function() {
        Value::Unsupported
    } else if js_sys::ArrayBuffer::is_view(v) {
        if v.is_instance_of::<js_sys::BigInt64Array>()
            || v.is_instance_of::<js_sys::BigUint64Array>()
            || v.is_instance_of::<js_sys::DataView>()
        {
            return Value::Unsupported;
        }
        let numbers = js_sys::Float64Array::new(v).to_vec();
        Value::Array(numbers.into_iter().map(Value::Number).collect())
    } else if js_sys::Array::is_array(v) {
        Value::Array(
            v.unchecked_ref::<js_sys::Array>()
                .iter()
                .map(|item| walk(&item, depth + 1))
                .collect(),
        )
    } else {
        let entries = js_sys::Object::entries(v.unchecked_ref::<js_sys::Object>());
        Value::Object(
            entries
                .iter()
                .map(|pair| {
                    let pair: js_sys::Array = pair.unchecked_into();
                    (
                        pair.get(0).as_string().unwrap_or_default(),
                        walk(&pair.get(1), depth + 1),
                    )
                })
                .collect(),
        )
    }
}

/// Equal, numbers bit for bit (-0 is not 0; any NaN is NaN).
fn same(a: &jianxi::input::Value, b: &jianxi::input::Value) -> bool {
    use jianxi::input::Value::*;
    match (a, b) {
        (Number(x), Number(y)) => x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan()),
        (Array(x), Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Object(x), Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((kx, x), (ky, y))| kx == ky && same(x, y))
        }
        _ => a == b,
    }
}

#[wasm_bindgen_test]
fn the_input_text_reads_every_hostile_value_as_the_walk_did() {
    // Two fresh catalogues, so that each reading sees its own getters and proxies.
    let (walk_log, text_log) = (js_sys::Array::new(), js_sys::Array::new());
    let (for_walk, for_text) = (hostile_values(&walk_log), hostile_values(&text_log));
    assert!(for_walk.length() > 100);
    for k in 0..for_walk.length() {
        let walked = walk(&js_sys::Array::from(&for_walk.get(k)).get(0), 0);
        let read = wasm::input(js_sys::Array::from(&for_text.get(k)).get(0)).unwrap();
        assert!(
            same(&walked, &read),
            "value {k}: walk {walked:?}, text {read:?}"
        );
    }
    // The whole catalogue at once too, each value nested two levels deeper.
    assert!(same(
        &walk(&for_walk.into(), 0),
        &wasm::input(for_text.into()).unwrap()
    ));
    assert!(walk_log.length() > 10);
    assert_eq!(
        walk_log.join("\n").as_string(),
        text_log.join("\n").as_string(),
        "getters and proxy traps read in the same order"
    );
}
