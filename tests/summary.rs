//! The summary path (`simulate`) answers the same money as the explained estimate
//! (`estimateSubsidy`): for every conformance case that estimates and for generated
//! inputs, each unit's totals, month rows, retention decision and remaining-period
//! amounts are equal, and errors name the same code and field. Plans of many units add
//! up to the sum of their units' explained answers; the columnar form of a plan answers
//! as the same plan written unit by unit.
// `simulate` is in the whole API only (not in `--no-default-features`, the youth module).
#![cfg(all(not(target_arch = "wasm32"), feature = "full"))]
use jianxi::api::json::{call, value};
use jianxi::subsidy::{estimate, EstimateInput, SubsidyEstimate};
use jianxi::summary::{summarize, UnitSummary};
use jianxi::PolicySet;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value as Json};
use std::fs;
use std::str::FromStr;
use std::sync::OnceLock;

fn set() -> &'static PolicySet {
    static SET: OnceLock<PolicySet> = OnceLock::new();
    SET.get_or_init(|| PolicySet::embedded().unwrap())
}

fn month_text(key: i32) -> String {
    format!("{:04}-{:02}", key.div_euclid(12), key.rem_euclid(12) + 1)
}

/// Every figure of the explained answer that the summary answers, compared.
fn same(e: &SubsidyEstimate, s: &UnitSummary) -> Result<(), String> {
    let m = |x: Option<jianxi::output::Money>| x.map(|m| m.0);
    let check = |what: &str, a: Option<Decimal>, b: Option<Decimal>| {
        if a == b {
            Ok(())
        } else {
            Err(format!("{what}: explained {a:?}, summary {b:?}"))
        }
    };
    check("baseTotal", m(e.base_total), s.base_total)?;
    check(
        "potentialDifference",
        m(e.potential_difference),
        s.potential_difference,
    )?;
    check(
        "retentionDifference",
        m(e.retention_difference),
        s.retention_difference,
    )?;
    check(
        "remainingPeriodTotal",
        m(e.remaining_period_total),
        s.remaining_period_total,
    )?;
    check("total", m(e.total), s.total)?;
    if e.retention_rate.meets_threshold != s.meets_threshold {
        return Err(format!(
            "meetsThreshold: explained {:?}, summary {:?}",
            e.retention_rate.meets_threshold, s.meets_threshold
        ));
    }
    if e.retention_rate.numerator != s.retained {
        return Err(format!(
            "retained: {} vs {}",
            e.retention_rate.numerator, s.retained
        ));
    }
    if e.difference_payable_after != s.difference_payable_after {
        return Err(format!(
            "differencePayableAfter: {} vs {}",
            e.difference_payable_after, s.difference_payable_after
        ));
    }
    let rows: Vec<(String, Option<Decimal>, Option<Decimal>)> = e
        .months
        .iter()
        .map(|r| (r.month.clone(), m(r.amount), m(r.difference)))
        .collect();
    let summary_rows: Vec<(String, Option<Decimal>, Option<Decimal>)> = s
        .months
        .iter()
        .map(|(k, b, d)| (month_text(*k), *b, *d))
        .collect();
    if rows != summary_rows {
        return Err(format!(
            "months: explained {rows:?}, summary {summary_rows:?}"
        ));
    }
    let remaining: Vec<(chrono::NaiveDate, Decimal)> = e
        .remaining_period
        .iter()
        .filter(|r| r.eligible == Some(true))
        .filter_map(|r| r.amount.map(|a| (r.hired_on, a.0)))
        .collect();
    if remaining != s.remaining {
        return Err(format!(
            "remaining: explained {remaining:?}, summary {:?}",
            s.remaining
        ));
    }
    let unchecked = e
        .remaining_period
        .iter()
        .filter(|r| r.eligible.is_none())
        .count() as u32;
    if unchecked != s.remaining_unchecked {
        return Err(format!(
            "remaining unchecked: {unchecked} vs {}",
            s.remaining_unchecked
        ));
    }
    if e.rejected_rows.len() != s.rejected {
        return Err(format!(
            "rejected rows: {} vs {}",
            e.rejected_rows.len(),
            s.rejected
        ));
    }
    Ok(())
}

/// One estimate input through both paths: equal money, or the same error.
fn agree(input: &Json) -> Result<bool, String> {
    let parsed = match EstimateInput::from_value(&value(input)) {
        Ok(p) => p,
        Err(_) => return Ok(false), // both paths read input with the same reader
    };
    match (estimate(set(), &parsed), summarize(set(), &parsed)) {
        (Ok(e), Ok(s)) => same(&e, &s).map(|_| true),
        (Err(a), Err(b)) if a.code == b.code && a.field == b.field => Ok(false),
        (Err(a), Err(b)) => Err(format!("errors differ: explained {a}, summary {b}")),
        (Ok(_), Err(b)) => Err(format!("only the summary fails: {b}")),
        (Err(a), Ok(_)) => Err(format!("only the explained estimate fails: {a}")),
    }
}

fn money(v: &Json) -> Option<Decimal> {
    v.as_str().map(|s| Decimal::from_str(s).unwrap())
}

/// A plan through `simulate` (JSON in, JSON out, as JS calls it) against the sum of its
/// units' explained answers.
fn plan_agrees(units: &[Json]) -> Result<(), String> {
    let plan = json!({ "units": units, "perUnit": true });
    let explained: Vec<_> = units
        .iter()
        .map(|u| {
            let mut u = u.clone();
            u.as_object_mut().unwrap().remove("group");
            call(set(), "estimateSubsidy", &[u])
        })
        .collect();
    let summary = call(set(), "simulate", &[plan]);
    // Every unit is read before any is computed: a reading error comes first.
    let unreadable = units.iter().position(|u| {
        let mut u = u.clone();
        u.as_object_mut().unwrap().remove("group");
        EstimateInput::from_value(&value(&u)).is_err()
    });
    let first_error = unreadable.or_else(|| explained.iter().position(|e| e.is_err()));
    let out = match (summary, first_error) {
        (Err(s), Some(k)) => {
            let e = explained[k].as_ref().unwrap_err();
            let want = if e.field.is_empty() {
                format!("units[{k}]")
            } else {
                format!("units[{k}].{}", e.field)
            };
            return if s.code == e.code && s.field == want {
                Ok(())
            } else {
                Err(format!("plan error {s}, first unit error {e} at {k}"))
            };
        }
        (Err(s), None) => return Err(format!("only the plan fails: {s}")),
        (Ok(_), Some(k)) => return Err(format!("unit {k} fails alone but not in the plan")),
        (Ok(out), None) => out,
    };
    let answers: Vec<Json> = explained.into_iter().map(|e| e.unwrap()).collect();
    let sum = |key: &str| -> Option<Decimal> {
        answers
            .iter()
            .map(|a| money(&a[key]))
            .sum::<Option<Decimal>>()
    };
    let amounts = &out["amounts"];
    if money(&amounts["base"]) != sum("baseTotal") {
        return Err(format!(
            "base {} vs {:?}",
            amounts["base"],
            sum("baseTotal")
        ));
    }
    if money(&amounts["remaining"]) != sum("remainingPeriodTotal") {
        return Err(format!(
            "remaining {} vs {:?}",
            amounts["remaining"],
            sum("remainingPeriodTotal")
        ));
    }
    let settled: Option<Decimal> = answers
        .iter()
        .filter(|a| !a["retentionRate"]["meetsThreshold"].is_null())
        .map(|a| money(&a["retentionDifference"]))
        .sum();
    if answers.iter().all(|a| {
        a["potentialDifference"].is_string() || a["retentionRate"]["meetsThreshold"] == json!(false)
    }) && money(&amounts["difference"]) != settled
    {
        return Err(format!(
            "difference {} vs {settled:?}",
            amounts["difference"]
        ));
    }
    if answers
        .iter()
        .all(|a| !a["retentionRate"]["meetsThreshold"].is_null())
        && money(&amounts["total"]) != sum("total")
    {
        return Err(format!("total {} vs {:?}", amounts["total"], sum("total")));
    }
    // Each unit's own line, and the months add up to the plan.
    for (k, a) in answers.iter().enumerate() {
        let u = &out["perUnit"][k]["amounts"];
        if money(&u["base"]) != money(&a["baseTotal"])
            || money(&u["remaining"]) != money(&a["remainingPeriodTotal"])
        {
            return Err(format!(
                "unit {k}: {u} vs explained base {} remaining {}",
                a["baseTotal"], a["remainingPeriodTotal"]
            ));
        }
        if !a["retentionRate"]["meetsThreshold"].is_null()
            && money(&u["total"]) != money(&a["total"])
        {
            return Err(format!("unit {k}: total {} vs {}", u["total"], a["total"]));
        }
    }
    if amounts["base"].is_string() {
        for key in ["base", "difference", "differenceOpen", "remaining"] {
            let by_month: Decimal = out["months"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|m| money(&m["amounts"][key]))
                .sum();
            let by_group: Decimal = out["groups"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|g| money(&g["amounts"][key]))
                .sum();
            let cells: Decimal = out["months"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|m| {
                    m["groups"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .filter_map(|g| money(&g[key]))
                })
                .sum();
            let whole = money(&amounts[key]).unwrap_or_default();
            if by_month != whole || by_group != whole || cells != whole {
                return Err(format!(
                    "{key}: plan {whole}, months {by_month}, groups {by_group}, cells {cells}"
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn every_conformance_estimate_agrees() {
    let mut compared = 0;
    let mut with_money = 0;
    for entry in fs::read_dir("tests/cases").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let doc: Json = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        for case in doc["case"].as_array().unwrap() {
            if case["api"] != "estimateSubsidy" {
                continue;
            }
            let input = case
                .get("input")
                .cloned()
                .unwrap_or_else(|| case["args"][0].clone());
            let name = format!("{} › {}", path.display(), case["name"]);
            match agree(&input) {
                Ok(true) => with_money += 1,
                Ok(false) => {}
                Err(e) => panic!("{name}: {e}"),
            }
            plan_agrees(std::slice::from_ref(&input))
                .unwrap_or_else(|e| panic!("{name} as a plan: {e}"));
            compared += 1;
        }
    }
    assert!(compared >= 50, "only {compared} estimate cases found");
    assert!(with_money >= 30, "only {with_money} cases estimate");
}

#[test]
fn all_conformance_estimates_as_one_plan() {
    let mut units = Vec::new();
    for entry in fs::read_dir("tests/cases").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let doc: Json = toml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        for case in doc["case"].as_array().unwrap() {
            if case["api"] == "estimateSubsidy" && case.get("error").is_none() {
                let mut u = case["input"].clone();
                u["group"] = json!(path.file_stem().unwrap().to_string_lossy());
                units.push(u);
            }
        }
    }
    assert!(units.len() >= 30);
    plan_agrees(&units).unwrap();
}

const KINDS: [&str; 5] = [
    "inProgress",
    "completed",
    "retained",
    "leftEarly",
    "hiredEarly",
];
const COUNTIES: [&str; 6] = ["城关", "敦煌区", "会宁县", "兴庆", "固原", "不存在县"];

prop_compose! {
    fn intern(start: chrono::NaiveDate)(kind in 0usize..5, day in 1i64..300, own_start in prop::option::weighted(0.2, -40i64..40),
        own_months in prop::option::weighted(0.2, 1i64..14), tier in prop::option::weighted(0.3, 1i64..5), contract in prop::option::weighted(0.8, 0i64..40),
        si in prop::option::of(any::<bool>())) -> Json {
        let mut it = json!({ "outcome": KINDS[kind] });
        let s = match own_start {
            Some(d) => { let s = start + chrono::Duration::days(d); it["startDate"] = json!(s.to_string()); s }
            None => start,
        };
        if let Some(m) = own_months { it["months"] = json!(m); }
        if let Some(t) = tier { it["tier"] = json!(t); }
        if kind >= 3 {
            it["outcomeDate"] = json!((s + chrono::Duration::days(day)).to_string());
            if kind == 4 {
                if let Some(c) = contract { it["contractMonths"] = json!(c); }
                if let Some(b) = si { it["socialInsurance"] = json!(b); }
            }
        }
        it
    }
}

fn estimate_input() -> impl Strategy<Value = Json> {
    (
        // Every jurisdiction of the data: a new one is tested with no edit here.
        prop::sample::select(set().jurisdictions().iter().map(|j| j.id.clone()).collect::<Vec<_>>()),
        (prop::sample::select(vec![2022i32, 2023, 2023, 2023, 2024, 2025, 2026, 2027]), 1u32..=12, prop::sample::select(vec![1u32, 1, 1, 10, 15, 28, 29, 30, 31])),
        prop::sample::select(vec![1i64, 3, 3, 6, 6, 6, 9, 12, 12, 13]),
        prop::option::weighted(0.85, prop::sample::select(vec![1i64, 1, 2, 3, 3, 4])),
        prop::option::weighted(0.2, 0usize..COUNTIES.len()),
        prop::option::of((any::<bool>(), 800i64..3000, 50i64..130)),
        prop::option::of((any::<bool>(), 1000i64..3500, 60i64..150)),
        (1i64..300, prop::sample::select(vec![0i64, 1, 2, 5, 50, 150, 299, 400])),
        any::<bool>(),
    )
        .prop_flat_map(|(province, (y, m, d), months, tier, county, base, raised, (n, r), skip)| {
            let start = chrono::NaiveDate::from_ymd_opt(y, m, d)
                .unwrap_or_else(|| chrono::NaiveDate::from_ymd_opt(y, m, 28).unwrap());
            let list = prop::option::of(prop::collection::vec(intern(start), 1..10));
            list.prop_map(move |list| {
                let mut input = json!({ "province": province, "startDate": start.to_string(), "months": months });
                if let Some(t) = tier { input["tier"] = json!(t); }
                if let Some(c) = county { input["county"] = json!(COUNTIES[c]); }
                let mut local = serde_json::Map::new();
                if let Some((amount, a, p)) = base {
                    if amount { local.insert("baseAmount".into(), json!(a)); } else { local.insert("basePercent".into(), json!(p)); }
                }
                if let Some((amount, a, p)) = raised {
                    if amount { local.insert("raisedAmount".into(), json!(a)); } else { local.insert("raisedPercent".into(), json!(p)); }
                }
                if !local.is_empty() { input["localStandard"] = Json::Object(local); }
                match list {
                    Some(l) => { input["internList"] = json!(l); if skip { input["skipInvalidRows"] = json!(true); } }
                    None => { input["interns"] = json!(n); input["retained"] = json!(r.min(n + 1)); }
                }
                input
            })
        })
}

#[test]
fn generated_estimates_agree() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let (tried, estimated) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases: 1000,
        ..ProptestConfig::default()
    });
    runner
        .run(&estimate_input(), |input| {
            tried.fetch_add(1, Ordering::Relaxed);
            match agree(&input) {
                Ok(true) => {
                    estimated.fetch_add(1, Ordering::Relaxed);
                    Ok(())
                }
                Ok(false) => Ok(()),
                Err(e) => Err(TestCaseError::fail(format!("{input}: {e}"))),
            }
        })
        .unwrap();
    // Most generated inputs must estimate (not just fail alike), or the test proves little.
    let (t, e) = (tried.into_inner(), estimated.into_inner());
    assert!(e * 2 > t, "only {e} of {t} generated inputs estimated");
    eprintln!("{e} of {t} generated inputs estimated on both paths");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

    #[test]
    fn generated_plans_add_up(units in prop::collection::vec((estimate_input(), 0usize..4), 1..8)) {
        let units: Vec<Json> = units.into_iter().map(|(mut u, g)| { if g > 0 { u["group"] = json!(format!("城市{g}")); } u }).collect();
        if let Err(e) = plan_agrees(&units) {
            return Err(TestCaseError::fail(format!("{}: {e}", json!(units))));
        }
    }
}

/// The same plan as columns (numbers, dates as YYYYMMDD) and as a list of units.
#[test]
fn columns_answer_as_the_same_units() {
    let ymd = |s: &str| s.replace('-', "").parse::<i64>().unwrap();
    let units = [
        (
            "2023-07-01",
            6,
            1,
            0,
            vec![
                (2, "", -1, -1),
                (1, "", -1, -1),
                (3, "2023-09-15", -1, -1),
                (4, "2023-10-01", 12, 1),
            ],
        ),
        (
            "2023-08-10",
            12,
            2,
            1,
            vec![
                (2, "", -1, -1),
                (4, "2024-02-10", 6, 1),
                (4, "2023-12-01", 24, -1),
            ],
        ),
        ("2024-01-01", 3, 3, 1, vec![(1, "", -1, -1)]),
    ];
    let columns = json!({
        "province": "henan",
        "groups": ["郑州市", "开封市"],
        "units": {
            "startDate": units.iter().map(|u| ymd(u.0)).collect::<Vec<_>>(),
            "months": units.iter().map(|u| u.1).collect::<Vec<_>>(),
            "tier": units.iter().map(|u| u.2).collect::<Vec<_>>(),
            "group": units.iter().map(|u| u.3).collect::<Vec<_>>(),
            "size": units.iter().map(|u| u.4.len()).collect::<Vec<_>>(),
        },
        "interns": {
            "outcome": units.iter().flat_map(|u| u.4.iter().map(|i| i.0)).collect::<Vec<_>>(),
            "outcomeDate": units.iter().flat_map(|u| u.4.iter().map(|i| if i.1.is_empty() { 0 } else { ymd(i.1) })).collect::<Vec<_>>(),
            "contractMonths": units.iter().flat_map(|u| u.4.iter().map(|i| i.2)).collect::<Vec<_>>(),
            "socialInsurance": units.iter().flat_map(|u| u.4.iter().map(|i| i.3)).collect::<Vec<_>>(),
        },
    });
    let list: Vec<Json> = units
        .iter()
        .map(|u| {
            let interns: Vec<Json> = u.4.iter().map(|i| {
                let mut it = json!({ "outcome": KINDS[i.0 as usize] });
                if !i.1.is_empty() { it["outcomeDate"] = json!(i.1); }
                if i.2 >= 0 { it["contractMonths"] = json!(i.2); }
                if i.3 >= 0 { it["socialInsurance"] = json!(i.3 == 1); }
                it
            }).collect();
            let group = ["郑州市", "开封市"][u.3 as usize];
            json!({ "group": group, "province": "henan", "startDate": u.0, "months": u.1, "tier": u.2, "internList": interns })
        })
        .collect();
    let a = call(set(), "simulate", &[columns]).unwrap();
    let b = call(set(), "simulate", &[json!({ "units": list })]).unwrap();
    assert_eq!(a, b);
    assert_eq!(a["units"], 3);
    assert_eq!(a["interns"], 8);
    assert!(
        a["amounts"]["remaining"].as_str().unwrap() != "0.00",
        "a remaining-period subsidy counted"
    );
    plan_agrees(&list).unwrap();
    // Cohort columns: the same as cohort inputs.
    let cohort = json!({ "province": "yunnan", "units": { "startDate": [20230101, 20230601], "months": [6, 12], "size": [10, 4], "retained": [5, 1] } });
    let one = call(set(), "simulate", &[cohort]).unwrap();
    let e1 = call(set(), "estimateSubsidy", &[json!({ "province": "yunnan", "startDate": "2023-01-01", "months": 6, "interns": 10, "retained": 5 })]).unwrap();
    let e2 = call(set(), "estimateSubsidy", &[json!({ "province": "yunnan", "startDate": "2023-06-01", "months": 12, "interns": 4, "retained": 1 })]).unwrap();
    assert_eq!(
        money(&one["amounts"]["total"]),
        Some(money(&e1["total"]).unwrap() + money(&e2["total"]).unwrap())
    );
    // The difference falls due in the month after the unit's internships end.
    let july = one["months"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["month"] == "2023-07")
        .unwrap();
    assert_eq!(july["amounts"]["difference"], e1["retentionDifference"]);
}

#[test]
fn bad_plans_name_the_field() {
    let err = |plan: Json| call(set(), "simulate", &[plan]).unwrap_err();
    let e = err(
        json!({ "province": "henan", "units": { "startDate": [20230230], "months": [6], "size": [1] } }),
    );
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("INVALID_DATE", "units.startDate[0]")
    );
    let e = err(
        json!({ "province": "henan", "units": { "startDate": [20230701, 20230701], "months": [6], "size": [1, 1] } }),
    );
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("INCONSISTENT", "units.months")
    );
    let e = err(
        json!({ "province": "henan", "units": { "startDate": [20230701], "months": [6], "size": [2], "tier": [1] }, "interns": { "outcome": [1] } }),
    );
    assert_eq!(e.code.as_str(), "INCONSISTENT");
    let e = err(
        json!({ "province": "henan", "units": { "startDate": [20230701], "months": [6], "size": [1], "tier": [1] }, "interns": { "outcome": [3], "outcomeDate": [20240101] } }),
    );
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("INCONSISTENT", "interns.outcomeDate[0]")
    );
    let e = err(
        json!({ "province": "henan", "units": { "startDate": [20230701], "months": [6], "size": [1] } }),
    );
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("TIER_REQUIRED", "units[0].tier")
    );
    let e = err(
        json!({ "units": [{ "province": "henan", "tier": 1, "startDate": "2023-07-01", "months": 6, "interns": 1 }, { "province": "mars", "startDate": "2023-07-01", "months": 6, "interns": 1 }] }),
    );
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("UNKNOWN_PROVINCE", "units[1].province")
    );
    let e = err(json!({ "units": [] }));
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("OUT_OF_RANGE", "units")
    );
    let e = err(
        json!({ "province": "henan", "units": [{ "province": "henan", "tier": 1, "startDate": "2023-07-01", "months": 6, "interns": 1 }] }),
    );
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("INCONSISTENT", "province")
    );
    let e = err(
        json!({ "units": [{ "province": "henan", "tier": 1, "startDate": "2023-07-01", "months": 6, "interns": 1 }], "policies": { "id": "henan" } }),
    );
    assert_eq!(e.code.as_str(), "POLICY_INVALID");
    assert!(e.field.starts_with("policies"), "{}", e.field);
}

/// A what-if: the policy file with another standard, for this call only.
#[test]
fn a_policy_overlay_changes_this_run_only() {
    let henan: Json = call(set(), "policies", &[]).unwrap()["jurisdictions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|j| j["id"] == "henan")
        .unwrap()
        .clone();
    let mut what_if = henan.clone();
    what_if["ruleSets"][0]["baseSubsidy"]["percent"] = json!(80);
    let unit = json!({ "province": "henan", "tier": 1, "startDate": "2023-07-01", "months": 6, "interns": 10, "retained": 4 });
    let base = call(set(), "simulate", &[json!({ "units": [unit] })]).unwrap();
    let changed = call(
        set(),
        "simulate",
        &[json!({ "units": [unit], "policies": what_if })],
    )
    .unwrap();
    assert_eq!(base["amounts"]["base"], "84000.00"); // 10 × 6 × 70% × 2000
    assert_eq!(changed["amounts"]["base"], "96000.00"); // 10 × 6 × 80% × 2000
    assert_eq!(changed["standards"][0]["baseStandard"]["percent"], "80");
    // The data in force is untouched.
    let again = call(set(), "simulate", &[json!({ "units": [unit] })]).unwrap();
    assert_eq!(again, base);
}
