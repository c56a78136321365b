//! The shipped policy data: it validates, every quote is really in its seed
//! notice, and the validator rejects a missing source, overlapping dates and an
//! incomplete tier table.
#![cfg(not(target_arch = "wasm32"))]
use jianxi::api::json;
use jianxi::PolicySet;
use serde_json::Value as Json;
use std::fs;

fn embedded_files() -> Vec<Json> {
    serde_json::from_str(jianxi::policy::EMBEDDED_JSON).unwrap()
}

fn load(files: &[Json]) -> Result<PolicySet, jianxi::ApiError> {
    PolicySet::from_value(&json::value(&Json::Array(files.to_vec())))
}

fn with_file(edit: impl Fn(&mut Json), id: &str) -> Result<PolicySet, jianxi::ApiError> {
    let mut files = embedded_files();
    let f = files.iter_mut().find(|f| f["id"] == id).unwrap();
    edit(f);
    load(&files)
}

#[test]
fn the_embedded_data_is_valid() {
    let set = PolicySet::embedded().expect("valid");
    let ids = set.ids();
    assert_eq!(
        ids,
        ["gansu", "henan", "hunan", "national", "ningxia", "yunnan"]
    );
    assert_eq!(set.calendar().years(), [2022, 2023, 2024, 2025, 2026]);
}

/// Every object with a "quote" is a source; those citing a seed notice must quote it
/// word for word ("……" marks an omission; white space is ignored).
#[test]
fn every_seed_quote_is_in_its_notice() {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/notices/seeds");
    assert!(
        fs::metadata(seeds).is_ok(),
        "the seed notices are expected at {seeds}"
    );
    // White space and the <…> around links (left by the text extraction) are ignored.
    let norm = |s: &str| {
        s.chars()
            .filter(|c| !c.is_whitespace() && *c != '<' && *c != '>')
            .collect::<String>()
    };
    let mut checked = 0;
    let mut missing = Vec::new();
    for file in embedded_files() {
        let docs: Vec<&Json> = file["documents"].as_array().unwrap().iter().collect();
        let mut stack = vec![&file];
        while let Some(v) = stack.pop() {
            match v {
                Json::Object(m) => {
                    if let (Some(doc), Some(quote)) = (
                        m.get("document").and_then(Json::as_str),
                        m.get("quote").and_then(Json::as_str),
                    ) {
                        let all = embedded_files();
                        let d = docs
                            .iter()
                            .copied()
                            .chain(
                                all.iter()
                                    .filter(|f| f["id"] == "national")
                                    .flat_map(|f| f["documents"].as_array().unwrap().iter())
                                    .collect::<Vec<_>>(),
                            )
                            .find(|d| d["id"] == doc)
                            .cloned();
                        let d =
                            d.unwrap_or_else(|| panic!("{}: unknown document {doc}", file["id"]));
                        let from = d["fromFile"].as_str().unwrap();
                        if let Some(seed) = from.strip_prefix("seeds/") {
                            let path = format!("{seeds}/{}", seed.split(' ').next().unwrap());
                            let text = norm(&fs::read_to_string(&path).unwrap());
                            // The Hunan seed prints 〔〕 as „‟ and sometimes full-width punctuation as ASCII.
                            let text = text.replace('„', "〔").replace('‟', "〕");
                            for part in quote.split('…').filter(|p| !p.is_empty()) {
                                if !text.contains(&norm(part)) {
                                    missing.push(format!(
                                        "{} › {doc}: “{part}” is not in {path}",
                                        file["id"]
                                    ));
                                }
                            }
                            checked += 1;
                        }
                    }
                    stack.extend(m.values());
                }
                Json::Array(items) => stack.extend(items.iter()),
                _ => {}
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} quote(s) not found:\n{}",
        missing.len(),
        missing.join("\n")
    );
    assert!(checked >= 80, "only {checked} seed quotes checked");
}

#[test]
fn a_value_without_its_source_is_rejected() {
    let e = with_file(
        |f| {
            f["ruleSets"][0]["baseSubsidy"]["source"]
                .as_object_mut()
                .unwrap()
                .remove("quote");
        },
        "henan",
    )
    .unwrap_err();
    assert_eq!(
        (e.code, e.field.as_str()),
        (
            "POLICY_INVALID",
            "henan.ruleSets[0].baseSubsidy.source.quote"
        )
    );
    let e = with_file(
        |f| {
            f["minimumWage"]["entries"][0]
                .as_object_mut()
                .unwrap()
                .remove("source");
        },
        "hunan",
    )
    .unwrap_err();
    assert_eq!(e.field, "hunan.minimumWage.entries[0].source");
    let e = with_file(
        |f| f["ruleSets"][0]["review"]["source"]["document"] = "nowhere".into(),
        "hunan",
    )
    .unwrap_err();
    assert_eq!(e.field, "hunan.ruleSets[0].review.source.document");
    let e = with_file(
        |f| f["ruleSets"][0]["baseSubsidy"]["source"]["quote"] = " ".into(),
        "yunnan",
    )
    .unwrap_err();
    assert_eq!(e.field, "yunnan.ruleSets[0].baseSubsidy.source");
}

#[test]
fn overlapping_dates_are_rejected() {
    let e = with_file(
        |f| f["minimumWage"]["entries"][2]["from"] = "2021-12-31".into(),
        "henan",
    )
    .unwrap_err();
    assert_eq!(e.field, "henan.minimumWage.entries[2].from");
    let e = with_file(
        |f| f["ruleSets"][0]["validUntil"] = "2023-01-01".into(),
        "hunan",
    )
    .unwrap_err();
    assert_eq!(e.field, "hunan.ruleSets[0].validUntil");
    let e = with_file(
        |f| f["holidayCalendars"][1]["year"] = 2022.into(),
        "national",
    )
    .unwrap_err();
    assert_eq!(e.code, "POLICY_INVALID");
    let e = with_file(
        |f| f["holidayCalendars"][0]["makeupWorkdays"][0] = "2022-01-31".into(),
        "national",
    )
    .unwrap_err();
    assert_eq!(
        e.field, "national.holidayCalendars[0].makeupWorkdays",
        "a make-up day must be a weekend day"
    );
}

#[test]
fn an_incomplete_tier_table_is_rejected() {
    let e = with_file(
        |f| {
            f["minimumWage"]["entries"][1]["amounts"]
                .as_array_mut()
                .unwrap()
                .pop();
        },
        "gansu",
    )
    .unwrap_err();
    assert_eq!(e.field, "gansu.minimumWage.entries[1].amounts");
    let e = with_file(
        |f| {
            f["minimumWage"]["entries"][1]["merged"] = Json::Array(vec![]);
        },
        "ningxia",
    )
    .unwrap_err();
    assert_eq!(e.field, "ningxia.minimumWage.entries[1].amounts");
}

#[test]
fn quota_totals_match_their_rows() {
    let e = with_file(
        |f| f["quotas"][0]["rows"][0]["values"][0] = 1901.into(),
        "gansu",
    )
    .unwrap_err();
    assert_eq!(e.field, "gansu.quotas[0].total[0]");
}

#[test]
fn unknown_fields_and_wrong_types_are_named() {
    let e = with_file(
        |f| f["ruleSets"][0]["baseSubsidy"]["percnt"] = 70.into(),
        "henan",
    )
    .unwrap_err();
    assert_eq!(
        (e.code, e.field.as_str()),
        ("POLICY_INVALID", "henan.ruleSets[0].baseSubsidy.percnt")
    );
    let e = with_file(
        |f| f["ruleSets"][0]["baseSubsidy"]["percent"] = "seventy".into(),
        "henan",
    )
    .unwrap_err();
    assert_eq!(e.field, "henan.ruleSets[0].baseSubsidy.percent");
    assert!(
        e.message.starts_with("政策数据有误") && e.message_en.starts_with("Invalid policy data")
    );
}

#[test]
fn loading_keeps_the_old_data_on_error_and_extends_on_success() {
    let set = PolicySet::embedded().unwrap();
    let mut yunnan = embedded_files()
        .into_iter()
        .find(|f| f["id"] == "yunnan")
        .unwrap();
    yunnan["ruleSets"][0]["baseSubsidy"]["amount"] = 1600.into();
    let next = json::load_policies(&set, &yunnan, &Json::Null).unwrap();
    let est = |s: &PolicySet| {
        json::call(s, "estimateSubsidy", &[serde_json::json!({"province": "yunnan", "startDate": "2023-03-01", "months": 12, "interns": 4, "retained": 2})]).unwrap()
    };
    assert_eq!(est(&next)["baseTotal"], "76800.00");
    assert_eq!(est(&set)["baseTotal"], "72000.00");
    let mut bad = yunnan.clone();
    bad["baseline"] = "nowhere".into();
    assert!(json::load_policies(&set, &bad, &Json::Null).is_err());
    assert!(
        json::load_policies(&set, &yunnan, &serde_json::json!({"mode": "replace"})).is_err(),
        "yunnan alone lacks its baseline"
    );
}
