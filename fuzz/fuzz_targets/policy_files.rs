//! loadPolicies with arbitrary data: a policy file (or array of files) as JSON, seeded
//! with the shipped files; anything must be accepted or refused, never panic.
#![no_main]
use jianxi::api::json::load_policies;
use jianxi::PolicySet;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static SET: OnceLock<PolicySet> = OnceLock::new();
    let set = SET.get_or_init(|| PolicySet::embedded().expect("valid"));
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(data) {
        if let Ok(next) = load_policies(set, &v, &serde_json::Value::Null) {
            // A loaded set must answer too.
            let _ = jianxi::api::json::call(
                &next,
                "estimateSubsidy",
                &[
                    serde_json::json!({"province": "henan", "tier": 1, "startDate": "2023-07-01", "months": 6, "interns": 10, "retained": 6}),
                ],
            );
        }
    }
});
