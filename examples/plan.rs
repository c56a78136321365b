//! Native timing of the summary path on a province-sized plan (as the planning page
//! sends it: units and interns as columns). Run: cargo run --release --example plan
// The whole API only (it times `simulate`): with `--no-default-features` (the youth
// module, as `cargo clippy --all-targets --no-default-features` builds it) it says so.
#[cfg(not(feature = "full"))]
fn main() {
    eprintln!("the plan example needs the full feature (the whole API)");
}

#[cfg(feature = "full")]
use jianxi::api::{json::value, simulate};
#[cfg(feature = "full")]
use jianxi::json::to_string;
#[cfg(feature = "full")]
use jianxi::PolicySet;
#[cfg(feature = "full")]
use serde_json::json;
#[cfg(feature = "full")]
use std::time::Instant;

#[cfg(feature = "full")]
fn main() {
    let set = PolicySet::embedded().expect("valid data");
    let units = 25_000usize;
    let (mut start, mut months, mut tier, mut group) = (vec![], vec![], vec![], vec![]);
    for i in 0..units {
        start.push(20230000 + (7 + i % 6) * 100 + 1 + i % 28);
        months.push([3, 6, 6, 12][i % 4]);
        tier.push(1 + i % 3);
        group.push(i % 19);
    }
    let (mut outcome, mut date, mut contract, mut insured) = (vec![], vec![], vec![], vec![]);
    for k in 0..units * 4 {
        let o = [1, 2, 2, 3, 4][k % 5];
        let s = start[k / 4];
        let (y, m) = (s / 10000, s / 100 % 100);
        let (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        outcome.push(o);
        date.push(if o >= 3 { y * 10000 + m * 100 + 15 } else { 0 });
        contract.push(if o == 4 { 12i64 } else { -1 });
        insured.push(if o == 4 { 1i64 } else { -1 });
    }
    let groups: Vec<String> = (0..19).map(|g| format!("g{g}")).collect();
    let plan = value(&json!({
        "province": "henan", "groups": groups,
        "units": { "startDate": start, "months": months, "size": vec![4; units], "tier": tier, "group": group },
        "interns": { "outcome": outcome, "outcomeDate": date, "contractMonths": contract, "socialInsurance": insured },
    }));
    for _ in 0..3 {
        let t = Instant::now();
        let s = simulate(&set, &plan).expect("plan");
        let text = to_string(&s);
        println!(
            "native 100,000-intern plan: {:.1} ms ({} bytes of JSON)",
            t.elapsed().as_secs_f64() * 1e3,
            text.len()
        );
    }
}
