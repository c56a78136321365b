//! Native throughput: single estimates, a 10,000-intern batch, self-checks, each
//! from input to the JSON text of the answer (what the .wasm hands to JS).
//! Run: cargo run --release --example bench
use jianxi::api::{check_eligibility, estimate_subsidy, json::value};
use jianxi::json::to_string;
use jianxi::PolicySet;
use serde_json::json;
use std::time::Instant;

fn per_second(n: usize, f: impl Fn()) -> f64 {
    f(); // warm up
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    n as f64 / t.elapsed().as_secs_f64()
}

fn main() {
    let set = PolicySet::embedded().expect("valid data");
    let henan = json!({ "province": "henan", "tier": 1, "startDate": "2023-07-01", "months": 6, "interns": 10, "retained": 6 });
    let check = json!({ "province": "hunan", "asOf": "2024-05-01", "birthDate": "2004-01-01", "education": "bachelor", "leftSchoolOn": "2023-07-01", "employed": false, "registeredUnemployed": true });
    let kinds = ["completed", "retained", "inProgress"];
    let list: Vec<_> = (0..10_000).map(|i| json!({ "outcome": kinds[i % 3], "startDate": format!("2023-{:02}-01", 1 + i % 12), "months": 3 + i % 10 })).collect();
    let batch = json!({ "province": "henan", "tier": 1, "startDate": "2023-07-01", "months": 6, "internList": list });
    let estimate =
        |input: &serde_json::Value| to_string(&estimate_subsidy(&set, &value(input)).unwrap());
    let est = per_second(2000, || {
        estimate(&henan);
    });
    let chk = per_second(2000, || {
        to_string(&check_eligibility(&set, &value(&check)).unwrap());
    });
    let b = per_second(5, || {
        estimate(&batch);
    });
    let load = per_second(50, || {
        PolicySet::embedded().unwrap();
    });
    println!("native single estimate (Henan cohort): {est:.0} per second");
    println!("native self-check (Hunan): {chk:.0} per second");
    println!(
        "native 10,000-intern batch (Henan): {:.1} ms each, {:.0} interns per second",
        1000.0 / b,
        b * 10_000.0
    );
    println!(
        "native policy data load + validation: {:.2} ms",
        1000.0 / load
    );
}
