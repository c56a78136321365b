//! Every JS API entry point, fed with raw bytes: the first byte picks the function,
//! the rest is read as JSON (or, when it is not JSON, passed on as a string).
//! The seed corpus is every conformance case (scripts/fuzz.sh writes it).
#![no_main]
use jianxi::api::json::call;
use jianxi::entry_points::answering;
use jianxi::PolicySet;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static SET: OnceLock<PolicySet> = OnceLock::new();
    let set = SET.get_or_init(|| PolicySet::embedded().expect("valid"));
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    // Every function that answers (src/entry_points.rs): the byte picks it.
    let apis: Vec<_> = answering().collect();
    let entry = apis[usize::from(pick) % apis.len()];
    let api = entry.name;
    let args = match serde_json::from_slice::<serde_json::Value>(rest) {
        Ok(serde_json::Value::Array(items)) if entry.args > 1 => items,
        Ok(v) => vec![v],
        Err(_) => vec![serde_json::Value::String(
            String::from_utf8_lossy(rest).into_owned(),
        )],
    };
    let _ = call(set, api, &args);
});
