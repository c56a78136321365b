//! Native throughput: single estimates, a 10,000-intern batch, self-checks, each
//! from input to the JSON text of the answer (what the .wasm hands to JS).
//! Run: cargo run --release --example bench
// The whole API only (the summary path's timing calls `simulate`): with `--no-default-features` (the youth
// module, as `cargo clippy --all-targets --no-default-features` builds it) it says so.
#[cfg(not(feature = "full"))]
fn main() {
    eprintln!("the bench example needs the full feature (the whole API)");
}

#[cfg(feature = "full")]
use jianxi::api::{check_eligibility, estimate_subsidy, json::value, simulate};
#[cfg(feature = "full")]
use jianxi::json::to_string;
#[cfg(feature = "full")]
use jianxi::PolicySet;
#[cfg(feature = "full")]
use serde_json::json;
#[cfg(feature = "full")]
use std::time::Instant;

#[cfg(feature = "full")]
fn per_second(n: usize, f: impl Fn()) -> f64 {
    f(); // warm up
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    n as f64 / t.elapsed().as_secs_f64()
}

#[cfg(feature = "full")]
fn main() {
    let set = PolicySet::embedded().expect("valid data");
    let henan = json!({ "province": "henan", "tier": 1, "startDate": "2023-07-01", "months": 6, "interns": 10, "retained": 6 });
    let check = json!({ "province": "hunan", "asOf": "2024-05-01", "birthDate": "2004-01-01", "education": "bachelor", "leftSchoolOn": "2023-07-01", "employed": false, "registeredUnemployed": true });
    let kinds = ["completed", "retained", "inProgress"];
    let list: Vec<_> = (0..10_000).map(|i| json!({ "outcome": kinds[i % 3], "startDate": format!("2023-{:02}-01", 1 + i % 12), "months": 3 + i % 10 })).collect();
    let batch = json!({ "province": "henan", "tier": 1, "startDate": "2023-07-01", "months": 6, "internList": list });
    let estimate =
        |input: &serde_json::Value| to_string(&estimate_subsidy(&set, &value(input)).unwrap());
    // `bench batch` / `bench cohort`: that one figure alone (for a profiler).
    match std::env::args().nth(1).as_deref() {
        Some("batch") => {
            estimate(&batch);
            return;
        }
        Some("cohort") => {
            for _ in 0..100 {
                estimate(&henan);
            }
            return;
        }
        _ => {}
    }
    let est = per_second(2000, || {
        estimate(&henan);
    });
    let chk = per_second(2000, || {
        to_string(&check_eligibility(&set, &value(&check)).unwrap());
    });
    let b = per_second(5, || {
        estimate(&batch);
    });
    // The batch's parts as the .wasm does them: its input read from the text src/wasm_input.js
    // writes (here serde_json's, the same for this input), computed, written, made ASCII.
    let batch_text = batch.to_string();
    let read = per_second(5, || {
        jianxi::json::parse_input(&batch_text, &mut || jianxi::input::Value::Unsupported).unwrap();
    });
    let batch_value = value(&batch);
    let compute = per_second(5, || {
        estimate_subsidy(&set, &batch_value).unwrap();
    });
    let answer = estimate_subsidy(&set, &batch_value).unwrap();
    let write = per_second(5, || {
        to_string(&answer);
    });
    let answer_text = to_string(&answer);
    let ascii = per_second(5, || {
        jianxi::json::ascii_only(answer_text.clone());
    });
    let copy = per_second(5, || {
        let _ = answer_text.clone();
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
        "native 10,000-intern batch, its parts: input text read {:.1} ms ({} KB), computed {:.1} ms, answer written {:.1} ms ({} KB), made ASCII {:.1} ms (of which a copy {:.1} ms)",
        1000.0 / read,
        batch_text.len() / 1024,
        1000.0 / compute,
        1000.0 / write,
        answer_text.len() / 1024,
        1000.0 / ascii,
        1000.0 / copy
    );
    println!(
        "native policy data load + validation: {:.2} ms",
        1000.0 / load
    );
    cohorts(&set);
}

/// The 10,000 cohort situations of scripts/bench-summary.mjs (written by it to
/// target/bench-situations.json): explained and summary paths natively, same checksum.
#[cfg(feature = "full")]
fn cohorts(set: &PolicySet) {
    let Ok(text) = std::fs::read_to_string("target/bench-situations.json") else {
        println!("native cohorts: run node scripts/bench-summary.mjs first");
        return;
    };
    let situations: Vec<serde_json::Value> = serde_json::from_str(&text).expect("situations");
    let n = situations.len() as f64;
    let fen = |s: &serde_json::Value| -> i64 {
        let d: rust_decimal::Decimal = s.as_str().expect("money").parse().expect("decimal");
        (d * rust_decimal::Decimal::ONE_HUNDRED)
            .try_into()
            .expect("fen")
    };
    let explained = || -> i64 {
        situations
            .iter()
            .map(|s| {
                let e = estimate_subsidy(set, &value(s)).unwrap();
                fen(&serde_json::Value::String(e.total.unwrap().0.to_string()))
            })
            .sum()
    };
    let explained_json = || -> i64 {
        situations
            .iter()
            .map(|s| {
                let text = to_string(&estimate_subsidy(set, &value(s)).unwrap());
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                fen(&v["total"])
            })
            .sum()
    };
    let plan = value(&json!({ "units": situations }));
    let summary = || -> i64 {
        let text = to_string(&simulate(set, &plan).unwrap());
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        fen(&v["amounts"]["total"])
    };
    let time = |f: &dyn Fn() -> i64, reps: u32| -> (f64, i64) {
        let sum = f();
        let t = Instant::now();
        for _ in 0..reps {
            f();
        }
        (t.elapsed().as_secs_f64() / f64::from(reps), sum)
    };
    let (te, se) = time(&explained, 3);
    let (tj, sj) = time(&explained_json, 3);
    let (ts, ss) = time(&summary, 10);
    assert!(se == sj && sj == ss, "checksums differ: {se} {sj} {ss}");
    println!("native, the same {n} cohort situations (checksum {ss} fen, equal):");
    println!("  native explained estimate: {:.0} per second", n / te);
    println!(
        "  native explained estimate with its JSON text: {:.0} per second",
        n / tj
    );
    println!(
        "  native summary simulate, all in one call (with its JSON text): {:.0} per second",
        n / ts
    );
}
