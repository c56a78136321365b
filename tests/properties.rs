//! Invariants over generated inputs: no entry point panics on anything; totals are
//! the sum of their lines; the raised rate is never below the base; eligibility does
//! not depend on fields the rules do not mention; working-day counting is consistent.
#![cfg(not(target_arch = "wasm32"))]
use chrono::Datelike;
use jianxi::api::json::call;
use jianxi::model::{Condition, Jurisdiction};
use jianxi::PolicySet;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value as Json};
use std::str::FromStr;
use std::sync::OnceLock;

fn set() -> &'static PolicySet {
    static SET: OnceLock<PolicySet> = OnceLock::new();
    SET.get_or_init(|| PolicySet::embedded().unwrap())
}

/// The ids of the data's jurisdictions that `keep` accepts: a new jurisdiction's file is
/// tested here with no edit.
fn ids(keep: impl Fn(&Jurisdiction) -> bool) -> Vec<String> {
    set()
        .jurisdictions()
        .iter()
        .filter(|j| keep(j))
        .map(|j| j.id.clone())
        .collect()
}

/// Whether a jurisdiction's rules (or its baseline's, which stand where its own say
/// nothing) ask about registration as unemployed, household registration or hardship areas.
fn asks_personal_circumstances(j: &Jurisdiction) -> bool {
    let own = |j: &Jurisdiction| {
        j.rule_sets
            .iter()
            .flat_map(|r| r.eligibility.iter())
            .flat_map(|e| &e.categories)
            .flat_map(|c| &c.conditions)
            .any(|c| {
                matches!(
                    c,
                    Condition::RegisteredUnemployed { .. }
                        | Condition::Hukou { .. }
                        | Condition::HardshipArea { .. }
                )
            })
    };
    own(j)
        || j.baseline
            .as_deref()
            .and_then(|b| set().get(b))
            .is_some_and(own)
}

/// Every function of the JS API that answers (src/entry_points.rs).
fn apis() -> Vec<&'static str> {
    jianxi::entry_points::answering().map(|e| e.name).collect()
}

fn any_json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::from),
        any::<i64>().prop_map(Json::from),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(Json::from),
        "[a-zA-Z0-9 :.-]{0,12}".prop_map(Json::from),
        prop::sample::select(ids(|_| true)).prop_map(Json::from),
        prop_oneof![
            Just("2023-07-01"),
            Just("2023-02-30"),
            Just("bachelor"),
            Just("hiredEarly"),
            Just("1500.00")
        ]
        .prop_map(Json::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("province".to_string()),
                        Just("asOf".to_string()),
                        Just("birthDate".to_string()),
                        Just("startDate".to_string()),
                        Just("months".to_string()),
                        Just("interns".to_string()),
                        Just("retained".to_string()),
                        Just("tier".to_string()),
                        Just("internList".to_string()),
                        Just("outcome".to_string()),
                        Just("outcomeDate".to_string()),
                        Just("indicators".to_string()),
                        Just("localStandard".to_string()),
                        Just("baseAmount".to_string()),
                        Just("education".to_string()),
                        "[a-z]{1,8}",
                    ],
                    inner
                ),
                0..8
            )
            .prop_map(|kv| Json::Object(kv.into_iter().collect())),
        ]
    })
}

/// JSON as JS sees it: a number is a number, whether written 1 or 1.0.
fn as_js(v: Json) -> Json {
    match v {
        Json::Number(n) => Json::from(n.as_f64().unwrap()),
        Json::Array(items) => Json::Array(items.into_iter().map(as_js).collect()),
        Json::Object(fields) => {
            Json::Object(fields.into_iter().map(|(k, v)| (k, as_js(v))).collect())
        }
        other => other,
    }
}

fn date() -> impl Strategy<Value = String> {
    (2021i32..=2027, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn money(v: &Json) -> Decimal {
    Decimal::from_str(v.as_str().unwrap()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_entry_point_panics(api in prop::sample::select(apis()), a in any_json(), b in any_json()) {
        let _ = call(set(), api, &[a, b]);
    }

    #[test]
    fn plausible_estimates_never_panic(province in prop::sample::select(ids(|_| true)),
        start in date(), months in 0i64..15, interns in 0i64..30, retained in 0i64..30, tier in 0i64..5,
        pct in 0i64..200, outcomes in prop::collection::vec((0usize..5, 0i64..400, 0i64..30, any::<bool>()), 0..6)) {
        let list: Vec<Json> = outcomes.iter().map(|(o, days, contract, si)| {
            let kinds = ["inProgress", "completed", "retained", "leftEarly", "hiredEarly"];
            let mut it = json!({ "outcome": kinds[*o] });
            if *o >= 3 {
                let d = chrono::NaiveDate::parse_from_str(&start, "%Y-%m-%d").ok().and_then(|s| s.checked_add_days(chrono::Days::new(*days as u64)));
                it["outcomeDate"] = json!(d.map(|d| d.to_string()).unwrap_or_default());
                if *o == 4 { it["contractMonths"] = json!(contract); it["socialInsurance"] = json!(si); }
            }
            it
        }).collect();
        let mut input = json!({ "province": province, "startDate": start, "months": months, "tier": tier, "localStandard": { "basePercent": pct } });
        if list.is_empty() { input["interns"] = json!(interns); input["retained"] = json!(retained); } else { input["internList"] = json!(list); }
        let _ = call(set(), "estimateSubsidy", &[input]);
    }

    #[test]
    fn totals_are_the_sum_of_their_lines(province in prop::sample::select(ids(|j| j.minimum_wage.is_some())),
        y in 2022i32..=2026, m in 1u32..=12, d in prop::sample::select(vec![1u32, 15, 28, 31]), months in 3i64..=12,
        tier in 1i64..=3, outcomes in prop::collection::vec((0usize..5, 1i64..360), 1..12)) {
        let Some(start) = chrono::NaiveDate::from_ymd_opt(y, m, d) else { return Ok(()) };
        let end = start.checked_add_months(chrono::Months::new(months as u32)).unwrap();
        let list: Vec<Json> = outcomes.iter().map(|(o, days)| {
            let kinds = ["inProgress", "completed", "retained", "leftEarly", "hiredEarly"];
            let on = start.checked_add_days(chrono::Days::new(*days as u64)).unwrap();
            if *o >= 3 && on < end {
                json!({ "outcome": kinds[*o], "outcomeDate": on.to_string(), "contractMonths": 12, "socialInsurance": true })
            } else {
                json!({ "outcome": kinds[*o % 3] })
            }
        }).collect();
        let input = json!({ "province": province, "tier": tier, "startDate": start.to_string(), "months": months, "internList": list,
            "localStandard": { "basePercent": 80, "raisedPercent": 100 } });
        let Ok(out) = call(set(), "estimateSubsidy", &[input]) else { return Ok(()) };
        if out["baseTotal"].is_string() {
            let rows: Decimal = out["months"].as_array().unwrap().iter().map(|r| money(&r["amount"])).sum();
            prop_assert_eq!(rows, money(&out["baseTotal"]));
            let interns: Decimal = out["interns"].as_array().unwrap().iter().map(|r| money(&r["base"])).sum();
            prop_assert_eq!(interns, money(&out["baseTotal"]));
        }
        for r in out["months"].as_array().unwrap() {
            if r["difference"].is_string() { prop_assert!(money(&r["difference"]) >= Decimal::ZERO, "raised below base"); }
        }
        if out["total"].is_string() {
            let parts = money(&out["baseTotal"]) + money(&out["retentionDifference"]) + money(&out["remainingPeriodTotal"]);
            prop_assert_eq!(parts, money(&out["total"]));
            let remaining: Decimal = out["remainingPeriod"].as_array().unwrap().iter().filter(|r| r["amount"].is_string()).map(|r| money(&r["amount"])).sum();
            prop_assert_eq!(remaining, money(&out["remainingPeriodTotal"]));
        }
    }

    #[test]
    fn eligibility_ignores_fields_its_rules_do_not_mention(province in prop::sample::select(ids(|j| !asks_personal_circumstances(j))),
        as_of in date(), birth in (1990i32..2012, 1u32..=12, 1u32..=28), edu in prop::sample::select(jianxi::model::Education::IDS.to_vec()),
        left in date(), employed in any::<bool>(), h1 in prop::sample::select(jianxi::policy::PROVINCES.to_vec()),
        h2 in prop::sample::select(jianxi::policy::PROVINCES.to_vec()), flags in any::<(bool, bool)>(), si in 0u32..5000) {
        let base = json!({ "province": province, "asOf": as_of, "birthDate": format!("{:04}-{:02}-{:02}", birth.0, birth.1, birth.2),
            "education": edu, "leftSchoolOn": left, "employed": employed });
        let mut a = base.clone();
        a["hukouProvince"] = json!(h1); a["hardshipArea"] = json!(flags.0); a["registeredUnemployed"] = json!(flags.1);
        let mut b = base.clone();
        b["hukouProvince"] = json!(h2); b["hardshipArea"] = json!(!flags.0); b["registeredUnemployed"] = json!(!flags.1); b["socialInsuranceMonthly"] = json!(si);
        match (call(set(), "checkEligibility", &[a]), call(set(), "checkEligibility", &[b])) {
            (Ok(x), Ok(y)) => {
                prop_assert_eq!(&x["eligible"], &y["eligible"]);
                prop_assert_eq!(&x["categories"], &y["categories"]);
            }
            (Err(x), Err(y)) => prop_assert_eq!(x.code, y.code),
            (x, y) => prop_assert!(false, "one answered, one failed: {:?} / {:?}", x.err(), y.err()),
        }
    }

    /// Inside the known calendar years the provisional count is the exact one; past them
    /// it counts weekdays only, says so, and the strict count refuses.
    #[test]
    fn provisional_counting_is_exact_inside_the_calendar(d in (2022i32..=2026, 1u32..=12, 1u32..=28), n in 0i64..120) {
        let from = chrono::NaiveDate::from_ymd_opt(d.0, d.1, d.2).unwrap();
        let cal = set().calendar();
        let strict = cal.add_working_days(from, n, "date");
        let lenient = cal.add_working_days_provisional(from, n, "date").unwrap();
        match strict {
            Ok(date) => {
                prop_assert_eq!(date, lenient.date);
                prop_assert!(lenient.note.is_none());
            }
            Err(e) => {
                prop_assert_eq!(e.code.as_str(), "NO_CALENDAR");
                prop_assert!(lenient.note.is_some());
                prop_assert!(lenient.date.year() >= 2027);
                prop_assert!(!matches!(lenient.date.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun));
            }
        }
    }

    #[test]
    fn adding_then_counting_working_days_round_trips(d in (2022i32..=2025, 1u32..=12, 1u32..=28), n in 0i64..250) {
        let from = format!("{:04}-{:02}-{:02}", d.0, d.1, d.2);
        if let Ok(to) = call(set(), "addWorkingDays", &[json!(from), json!(n)]) {
            let count = call(set(), "workingDaysBetween", &[json!(from), to.clone()]).unwrap();
            prop_assert_eq!(count, json!(n));
            let back = call(set(), "workingDaysBetween", &[to, json!(from)]).unwrap();
            prop_assert_eq!(back, json!(-n));
        }
    }

    /// The .wasm's own JSON: the parser never panics; what it reads, the writer writes
    /// back as JSON that serde_json reads to the same value.
    #[test]
    fn own_json_parser_and_writer_agree_with_serde_json(v in any_json(), noise in "[ -~\u{4e2d}\\\"]{0,40}") {
        let _ = jianxi::json::parse(&noise);
        let text = serde_json::to_string(&v).unwrap();
        match jianxi::json::parse(&text) {
            Ok(mine) => {
                let back: Json = serde_json::from_str(&jianxi::json::to_string(&mine)).unwrap();
                prop_assert_eq!(as_js(back), as_js(v));
            }
            // Only numbers it cannot read exactly (exponents, over 15 digits) are refused.
            Err(e) => prop_assert!(e.contains("number") || e.contains("exponent"), "{e} for {text}"),
        }
    }

    /// Any decimal of up to 15 significant digits, typed as a number, is read back exactly.
    #[test]
    fn typed_decimals_are_read_exactly(m in -999_999_999_999i64..999_999_999_999, scale in 0u32..=6) {
        let typed = Decimal::new(m, scale);
        let n: f64 = typed.to_string().parse().unwrap();
        prop_assert_eq!(jianxi::input::shortest_decimal(n), Some(typed.normalize()));
    }

    /// A JS number read as an amount is the decimal String(n) shows, or refused (only when
    /// that takes 16 or more significant digits); never another value.
    #[test]
    fn numbers_become_the_decimal_they_print_as(n in -1.0e9f64..1.0e9) {
        let shortest = format!("{}", n);
        match jianxi::input::shortest_decimal(n) {
            Some(d) => {
                prop_assert_eq!(d.to_string().parse::<f64>().unwrap(), n);
                prop_assert!(d.to_string().len() <= shortest.len(), "{} longer than {}", d, shortest);
            }
            None => {
                let digits = shortest.trim_start_matches('-').trim_start_matches(['0', '.']).chars().filter(char::is_ascii_digit).count();
                prop_assert!(digits > 15, "{} refused with only {} significant digits", shortest, digits);
            }
        }
    }
}
