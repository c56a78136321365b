//! What an answer must say about time: expired or not-yet-valid rules, and a date past
//! every period the documents speak of.
use super::{DocRef, Library, Msg};
use crate::model::Jurisdiction;
use chrono::{Datelike, NaiveDate};

/// What the answer should say about time: expired or not-yet-valid provincial rules,
/// and a date past everything the documents speak of.
pub fn time_warnings<L: Library + ?Sized>(
    set: &L,
    j: &Jurisdiction,
    date: NaiveDate,
    used: &[DocRef],
) -> Vec<Msg> {
    let mut out = Vec::new();
    // The documents with their dates, in Chinese punctuation and in English:
    // "豫人社函〔2023〕138号（2023-06-20）、…" and "… (2023-06-20), …".
    let (mut resting, mut resting_en) = (String::new(), String::new());
    for (i, d) in used.iter().enumerate() {
        let when = d
            .issued_on
            .map(|x| x.to_string())
            .unwrap_or_else(|| d.valid_from.year().to_string());
        if i > 0 {
            resting.push('、');
            resting_en.push_str(", ");
        }
        for (list, open, close) in [(&mut resting, "（", "）"), (&mut resting_en, " (", ")")] {
            list.push_str(&d.number);
            list.push_str(open);
            list.push_str(&when);
            list.push_str(close);
        }
    }
    for rs in &j.rule_sets {
        let number = set
            .document(j, &rs.document)
            .map(|d| d.number.as_str())
            .unwrap_or("");
        // An expired rule set that a later one of the same jurisdiction has replaced
        // (in force on `date`) is history, not a warning: the answer rests on its successor.
        let superseded = j.rule_sets.iter().any(|later| {
            later.valid_from > rs.valid_from
                && later.valid_from <= date
                && later.valid_until.is_none_or(|u| u >= date)
        });
        if let Some(until) = rs.valid_until.filter(|u| *u < date && !superseded) {
            out.push(Msg::new(
                "RULE_EXPIRED",
                format!("{number}有效期至 {until}，{date} 已失效，不再适用。本结果依据仍然有效的规则：{resting}。当地可能已有新规定，请向当地人社部门核实。"),
                format!("{number} was in force until {until} and no longer applies on {date}. This answer rests on the rules still standing: {resting_en}. Newer local rules may exist; check with the local HR bureau."),
            ));
        } else if rs.valid_from > date {
            out.push(Msg::new(
                "RULE_NOT_YET_IN_FORCE",
                format!(
                    "{number}自 {} 起适用；{date} 尚在此前，按此前的规则（{resting}）。",
                    rs.valid_from
                ),
                format!(
                    "{number} applies from {}; {date} is before that, so the earlier rules apply ({resting_en}).",
                    rs.valid_from
                ),
            ));
        }
    }
    if beyond_horizon(used, date) {
        let latest = used.iter().map(|d| d.speaks_until).max().unwrap_or(date);
        out.push(Msg::new(
            "NEWER_RULES_MAY_EXIST",
            format!("本结果依据的文件（{resting}）针对 {latest} 以前的见习计划；{date} 时当地可能已有新的规定或标准，请向当地人社部门核实。"),
            format!("The documents this answer rests on ({resting_en}) speak of plans up to {latest}; by {date} newer local rules or figures may exist. Check with the local HR bureau."),
        ));
    }
    out
}

/// True when `date` is past every period the documents of an answer speak of.
pub fn beyond_horizon(used: &[DocRef], date: NaiveDate) -> bool {
    !used.is_empty() && used.iter().all(|d| d.speaks_until < date)
}

/// The year a document is of: its date of issue, else the year it applies from.
pub fn doc_year(d: &DocRef) -> i32 {
    d.issued_on.unwrap_or(d.valid_from).year()
}
