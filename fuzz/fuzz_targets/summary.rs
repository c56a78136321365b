//! The summary path, fed with raw bytes read as JSON. Two things are checked: `simulate`
//! never panics on any plan (units, columns, overlays); and where the bytes are one
//! estimate input, the summary of that unit (`summary::summarize`) answers exactly what
//! the explained estimate does — the same error, or the same totals and retention
//! decision. The seed corpus is every conformance estimate (scripts/fuzz.sh writes it).
#![no_main]
use jianxi::api::json::{call, value};
use jianxi::subsidy::{estimate, EstimateInput};
use jianxi::summary::summarize;
use jianxi::PolicySet;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static SET: OnceLock<PolicySet> = OnceLock::new();
    let set = SET.get_or_init(|| PolicySet::embedded().expect("valid"));
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let _ = call(set, "simulate", std::slice::from_ref(&json));
    let Ok(input) = EstimateInput::from_value(&value(&json)) else {
        return;
    };
    match (estimate(set, &input), summarize(set, &input)) {
        (Err(e), Err(s)) => assert_eq!((e.code, &e.field), (s.code, &s.field), "errors differ"),
        (Ok(e), Ok(s)) => {
            let m = |x: Option<jianxi::output::Money>| x.map(|m| m.0);
            assert_eq!(m(e.base_total), s.base_total, "baseTotal");
            assert_eq!(m(e.potential_difference), s.potential_difference, "potentialDifference");
            assert_eq!(m(e.retention_difference), s.retention_difference, "retentionDifference");
            assert_eq!(m(e.remaining_period_total), s.remaining_period_total, "remainingPeriodTotal");
            assert_eq!(m(e.total), s.total, "total");
            assert_eq!(e.retention_rate.meets_threshold, s.meets_threshold, "meetsThreshold");
        }
        (e, s) => panic!("one path fails: explained {:?}, summary {:?}", e.err(), s.err()),
    }
});
