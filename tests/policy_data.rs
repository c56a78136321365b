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
    // One jurisdiction per file in policies/, named by its file: a new province is a new file.
    let mut files: Vec<String> = fs::read_dir("policies")
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".toml").map(str::to_owned))
        .collect();
    files.sort();
    assert_eq!(set.ids(), files);
    assert!(files.len() >= 6);
    assert_eq!(set.calendar().years(), [2022, 2023, 2024, 2025, 2026]);
}

/// Text as compared: white space removed (the seeds break lines and pad with spaces),
/// nothing else: punctuation, <…> around links and 滿 for 满 must be quoted as printed.
fn norm(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The parts of a seed file that hold one document: `[from, until)` byte ranges of the
/// normalised text, found by the document's `seedParts` markers (each must occur exactly
/// once; "" is the start or the end of the file). No markers: the whole file.
fn document_parts(text: &str, markers: &[(String, String)]) -> Result<Vec<(usize, usize)>, String> {
    if markers.is_empty() {
        return Ok(vec![(0, text.len())]);
    }
    let at = |m: &str, default: usize| -> Result<usize, String> {
        if m.is_empty() {
            return Ok(default);
        }
        let m = norm(m);
        match text.matches(&m).count() {
            1 => Ok(text.find(&m).unwrap()),
            n => Err(format!("the marker “{m}” occurs {n} times, not once")),
        }
    };
    markers
        .iter()
        .map(|(from, until)| {
            let range = (at(from, 0)?, at(until, text.len())?);
            if range.0 < range.1 {
                Ok(range)
            } else {
                Err(format!(
                    "the part “{from}” … “{until}” is empty or reversed"
                ))
            }
        })
        .collect()
}

/// Where a quote fails, why: its parts (split at "…", which marks an omission) must
/// appear in order, all inside one part of its own document.
fn quote_problem(text: &str, parts: &[(usize, usize)], quote: &str) -> Option<String> {
    let pieces: Vec<String> = quote
        .split('…')
        .map(norm)
        .filter(|p| !p.is_empty())
        .collect();
    if pieces.is_empty() {
        return Some("the quote is empty".into());
    }
    let fits = |&(a, b): &(usize, usize)| {
        let mut at = a;
        pieces.iter().all(|p| match text[at..b].find(p.as_str()) {
            Some(k) => {
                at += k + p.len();
                true
            }
            None => false,
        })
    };
    if parts.iter().any(fits) {
        return None;
    }
    // Say which piece is missing, or that they are there but out of order or outside the document.
    let missing: Vec<&String> = pieces
        .iter()
        .filter(|p| !parts.iter().any(|&(a, b)| text[a..b].contains(p.as_str())))
        .collect();
    Some(match missing.first() {
        Some(p) if text.contains(p.as_str()) => {
            format!("“{p}” is in the file but outside this document's part")
        }
        Some(p) => format!("“{p}” is not in the file"),
        None => "its parts are not in this order in one part of the document".into(),
    })
}

struct Seed {
    text: String,
    parts: Vec<(usize, usize)>,
}

/// Every document that cites a seed notice, with its text and its parts of the file.
fn seed_documents() -> std::collections::BTreeMap<String, Seed> {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/notices/seeds");
    assert!(
        fs::metadata(seeds).is_ok(),
        "the seed notices are expected at {seeds}"
    );
    let mut out = std::collections::BTreeMap::new();
    for file in embedded_files() {
        for d in file["documents"].as_array().unwrap() {
            let from = d["fromFile"].as_str().unwrap();
            let Some(seed) = from.strip_prefix("seeds/") else {
                continue;
            };
            let path = format!("{seeds}/{}", seed.split(' ').next().unwrap());
            let text = norm(&fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")));
            let markers: Vec<(String, String)> = d["seedParts"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|p| {
                            (
                                p[0].as_str().unwrap().to_owned(),
                                p[1].as_str().unwrap().to_owned(),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            let id = d["id"].as_str().unwrap();
            let parts = document_parts(&text, &markers).unwrap_or_else(|e| panic!("{id}: {e}"));
            out.insert(id.to_owned(), Seed { text, parts });
        }
    }
    out
}

/// Every object with a "quote" is a source; those citing a seed notice must quote it
/// word for word (white space aside), "……" marking an omission, the parts in order and
/// inside the document's own part of the file (the Gansu file holds the national 2022
/// notice as its annex 2; the Yunnan file the national 2023 notice).
#[test]
fn every_seed_quote_is_in_its_notice() {
    let docs = seed_documents();
    let (mut checked, mut problems) = (0, Vec::new());
    for file in embedded_files() {
        let mut stack = vec![&file];
        while let Some(v) = stack.pop() {
            match v {
                Json::Object(m) => {
                    if let (Some(doc), Some(quote)) = (
                        m.get("document").and_then(Json::as_str),
                        m.get("quote").and_then(Json::as_str),
                    ) {
                        if let Some(seed) = docs.get(doc) {
                            if let Some(p) = quote_problem(&seed.text, &seed.parts, quote) {
                                problems.push(format!("{} › {doc}: “{quote}”: {p}", file["id"]));
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
        problems.is_empty(),
        "{} quote(s) fail:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(checked >= 100, "only {checked} seed quotes checked");
}

/// The check itself fails where it should: a quote with the <…> of a link dropped, parts
/// out of order, and a quote from the other document of the same file.
#[test]
fn the_quote_check_is_strict() {
    let docs = seed_documents();
    let nat22 = &docs["nat-2022"];
    let gansu = &docs["gansu-2022"];
    let check = |s: &Seed, q: &str| quote_problem(&s.text, &s.parts, q);
    assert_eq!(
        check(
            nat22,
            "本次计划将开通计划服务专区(<http://zhaopin.ciic.com.cn>)"
        ),
        None
    );
    assert!(
        check(
            nat22,
            "本次计划将开通计划服务专区(http://zhaopin.ciic.com.cn)"
        )
        .is_some(),
        "<> must be quoted as printed"
    );
    assert!(
        check(
            nat22,
            "并在 15 个工作日内明确审核意见……对用人单位在本地平台和计划服务专区提交的见习申请"
        )
        .is_some(),
        "parts in order"
    );
    assert_eq!(check(gansu, "全省2022年募集超过1万个就业见习岗位"), None);
    let p = check(nat22, "全省2022年募集超过1万个就业见习岗位")
        .expect("a Gansu quote is not in the national part");
    assert!(p.contains("outside"), "{p}");
    assert!(
        check(gansu, "全年募集不少于100万个就业见习岗位").is_some(),
        "a national quote is not in Gansu's part"
    );
    // Yunnan's document is in two parts around the national notice; a quote may not span them.
    let yunnan = &docs["yunnan-2023"];
    assert_eq!(yunnan.parts.len(), 2);
    assert_eq!(
        check(yunnan, "逻辑关系：1≥2, 3≥4, 5≥6≥7, 8≥9+11, 9≥10。"),
        None
    );
    assert!(
        check(yunnan, "逻辑关系：1≥2，3≥4，5≥6≥7，8≥9+11，9≥10。").is_some(),
        "the national form's note is not Yunnan's"
    );
    assert!(
        check(yunnan, "省级按每人每月1500元的标准……昆明市").is_some(),
        "a quote may not span two parts"
    );
    assert_eq!(
        check(
            &docs["nat-2023"],
            "逻辑关系：1≥2，3≥4，5≥6≥7，8≥9+11，9≥10。"
        ),
        None
    );
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
        (e.code.as_str(), e.field.as_str()),
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
    assert_eq!(e.code.as_str(), "POLICY_INVALID");
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
        (e.code.as_str(), e.field.as_str()),
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

/// Hunan's 中职 category is "ask locally" until the data records that a county has
/// extended the plan to them (issue 12 ruling 7); a recorded county settles it.
#[test]
fn a_recorded_extension_settles_the_hunan_secondary_vocational_question() {
    let set = with_file(
        |f| {
            let cat = &mut f["ruleSets"][0]["eligibility"]["categories"][1];
            assert_eq!(cat["id"], "secondaryVocational");
            cat["conditions"][1]["extendedIn"] = serde_json::json!(["攸县"]);
        },
        "hunan",
    )
    .unwrap();
    let ask = |county: &str| {
        json::call(&set, "checkEligibility", &[serde_json::json!({ "province": "hunan", "asOf": "2024-05-01", "birthDate": "2004-01-01",
            "education": "secondaryVocational", "leftSchoolOn": "2023-07-01", "employed": false, "hardshipArea": true, "county": county })])
        .unwrap()
    };
    assert_eq!(ask("攸县")["eligible"], true);
    assert_eq!(ask("攸")["eligible"], true, "the suffix may be left out");
    let other = ask("茶陵县");
    assert_eq!(other["eligible"], Json::Null);
    assert_eq!(
        other["categories"][1]["conditions"][1]["detail"]["code"],
        "ASK_LOCALLY"
    );
}

/// A review time must name whose applications it is for; "youth" alone is allowed.
#[test]
fn review_applicants_are_checked() {
    let e = with_file(
        |f| f["ruleSets"][0]["review"]["applicants"] = serde_json::json!(["students"]),
        "hunan",
    )
    .unwrap_err();
    assert_eq!(e.field, "hunan.ruleSets[0].review.applicants[0]");
    let e = with_file(
        |f| f["ruleSets"][0]["retentionThreshold"]["readings"] = serde_json::json!([]),
        "henan",
    )
    .unwrap_err();
    assert_eq!(e.field, "henan.ruleSets[0].retentionThreshold.readings");
}

/// A bureau's next notice (the rules studio's yearly update): once a later rule set of
/// the same jurisdiction is in force, the one it replaced is history, not an "expired"
/// warning; before the new one starts, the old one's expiry is still said.
#[test]
fn an_expired_rule_set_replaced_by_a_later_one_is_not_warned_about() {
    let set = with_file(
        |f| {
            let doc = serde_json::json!({ "id": "hunan-2026", "number": "湘人社规〔2026〕5号", "title": "关于继续实施就业见习岗位募集计划的通知",
                "issuer": "湖南省人力资源和社会保障厅等十部门", "confidence": "reported", "fromFile": "studio" });
            f["documents"].as_array_mut().unwrap().push(doc);
            let mut next = f["ruleSets"][0].clone();
            next["document"] = "hunan-2026".into();
            next["validFrom"] = "2026-08-01".into();
            next["validUntil"] = "2029-07-31".into();
            next["speaksUntil"] = "2027-12-31".into();
            f["ruleSets"].as_array_mut().unwrap().push(next);
        },
        "hunan",
    )
    .unwrap();
    let warnings = |date: &str| -> Vec<String> {
        let r = json::call(
            &set,
            "checkEligibility",
            &[serde_json::json!({ "province": "hunan", "asOf": date })],
        )
        .unwrap();
        r["basis"]["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["code"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(
        !warnings("2026-11-23").contains(&"RULE_EXPIRED".to_owned()),
        "{:?}",
        warnings("2026-11-23")
    );
    assert!(
        warnings("2026-07-28").contains(&"RULE_EXPIRED".to_owned()),
        "between the two notices the old one's expiry is said"
    );
}
