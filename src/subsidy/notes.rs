//! What the estimate says about time and usage: an agreed length outside the usual range,
//! rules that end during the internship, standards of a document's year used past it,
//! and the tool's own stated rules.
use super::answer::MonthRow;
use super::input::{EstimateInput, Interns};
use super::standard::Resolved;
use crate::basis::push_doc;
use crate::model::Jurisdiction;
use crate::output::*;
use crate::policy::{first_of, Layer, PolicySet};
use chrono::NaiveDate;

/// "一般为3—12个月" (usually 3 to 12 months): any length from 1 to 24 is computed, and one
/// outside the usual range is warned about, citing the text.
pub(super) fn months_outside_usual(
    set: &PolicySet,
    j: &Jurisdiction,
    layers: &[Layer<'_>],
    input: &EstimateInput,
    used: &mut Vec<DocRef>,
    warnings: &mut Vec<Msg>,
) {
    let months_rule = first_of(layers, |r| r.internship_months.as_ref())
        .map(|(m, l)| (m, l, true))
        .or_else(|| {
            set.all_rule_sets(j)
                .find_map(|l| l.rule_set.internship_months.as_ref().map(|m| (m, l, false)))
        });
    if let Some((m, l, in_force)) = months_rule {
        if in_force {
            push_doc(used, set.doc_ref(l));
        }
        let outside = |n: u32| n < m.min || n > m.max;
        let mut rows: Vec<String> = Vec::new();
        let mut lengths: Vec<u32> = Vec::new();
        if outside(input.months) {
            lengths.push(input.months);
        }
        if let Interns::List(list) = &input.interns {
            for (k, it) in list.iter().filter(|(_, it)| outside(it.months)) {
                if rows.len() < 10 {
                    rows.push((k + 1).to_string());
                }
                if !lengths.contains(&it.months) {
                    lengths.push(it.months);
                }
            }
        }
        if !lengths.is_empty() {
            let cited = Cited::new(set, l.jurisdiction, &m.source);
            let n: Vec<String> = lengths.iter().map(|x| x.to_string()).collect();
            let who = if rows.is_empty() {
                (String::new(), String::new())
            } else {
                (
                    format!("（第 {} 行）", rows.join("、")),
                    format!(" (rows {})", rows.join(", ")),
                )
            };
            let (when_zh, when_en) = if in_force {
                (String::new(), String::new())
            } else {
                (
                    "见习开始时有效的文件未规定见习期限；后来的".to_owned(),
                    " The documents in force at the start set no length; the later".to_owned(),
                )
            };
            warnings.push(Msg::new(
                "MONTHS_OUTSIDE_USUAL",
                format!("约定见习 {} 个月{}：{when_zh}{} {}写的是“{}”，“一般为”不是上限，本估算照常计算；超出这一范围的见习能否全部领取补贴，请向当地人社部门确认。", n.join("、"), who.0, cited.number, cited.clause, cited.quote),
                format!("An agreed length of {} months{}:{when_en} {} ({}) says an internship “usually” lasts {} to {} months, which is not a limit, so the estimate is computed as usual; ask the local HR bureau whether the subsidy is paid for all of it.", n.join(", "), who.1, cited.number, cited.clause, m.min, m.max),
            ));
        }
    }
}

/// The rules in force at the start govern the whole internship, also past a notice's
/// stated end: said, naming the months that fall after it; and a standard the document
/// states, used for months past the period it speaks of, is labelled as that year's.
pub(super) fn time_notes(
    set: &PolicySet,
    used: &[DocRef],
    last_day: NaiveDate,
    months: &mut [MonthRow],
    standards: [&mut Resolved<'_>; 2],
    warnings: &mut Vec<Msg>,
) {
    let mut after_end: Vec<usize> = Vec::new();
    for d in used
        .iter()
        .filter(|d| d.valid_until.is_some_and(|u| u < last_day))
    {
        let until = d.valid_until.unwrap_or(last_day);
        let rows: Vec<usize> = (0..months.len())
            .filter(|k| months[*k].to > until)
            .collect();
        let names: Vec<&str> = rows.iter().map(|k| months[*k].month.as_str()).collect();
        let from = until.succ_opt().unwrap_or(until);
        warnings.push(Msg::new(
            "RULE_ENDS_DURING_INTERNSHIP",
            format!("{}有效期至 {until}。本估算按见习开始时有效的规定计算整个见习期；{from} 至 {last_day} 在该通知失效之后（见习月 {}），这部分是否仍按此标准，请向当地人社部门核实。", d.number, names.join("、")),
            format!("{} was in force until {until}. This estimate applies the rules in force at the start to the whole internship; {from} to {last_day} falls after that notice ended (internship months {}): check with the local HR bureau whether the same standard applies.", d.number, names.join(", ")),
        ));
        for k in rows {
            let note = Msg::new(
                "AFTER_RULE_END",
                format!(
                    "本行的见习月有{}天在{}失效（{until}）之后。",
                    if months[k].from > until {
                        "全部"
                    } else {
                        "部分"
                    },
                    d.number
                ),
                format!(
                    "{} of this row's internship months fall after {} ended ({until}).",
                    if months[k].from > until {
                        "All"
                    } else {
                        "Part"
                    },
                    d.number
                ),
            );
            months[k].notes.push(note);
            after_end.push(k);
        }
    }
    // A standard the document states, used for months past the period it speaks of, is
    // that year's standard: labelled, to be confirmed locally.
    for standard in standards {
        let Some(l) = standard
            .layer
            .filter(|_| !standard.out.supplied && standard.rate.is_some())
        else {
            continue;
        };
        let d = set.doc_ref(l);
        let year = crate::policy::doc_year(&d);
        let beyond: Vec<usize> = (0..months.len())
            .filter(|k| months[*k].to > d.speaks_until && !after_end.contains(k))
            .collect();
        if beyond.is_empty() {
            continue;
        }
        standard.out.horizon_note = Some(Msg::new(
            "STANDARD_OF_DOCUMENT_YEAR",
            format!("这是{year}年文件（{}）的标准；该文件针对 {} 以前的见习计划，之后的月份按此估算，当地现行标准请向人社部门确认。", d.number, d.speaks_until),
            format!("This is the standard of the {year} document ({}), which speaks of plans up to {}; later months are estimated on it: confirm the standard now in force with the local HR bureau.", d.number, d.speaks_until),
        ));
        let note = Msg::new(
            "STANDARD_OF_DOCUMENT_YEAR",
            format!("本月按{year}年文件（{}）的标准估算，需当地确认。", d.number),
            format!(
                "Estimated on the {year} document's standard ({}); to be confirmed locally.",
                d.number
            ),
        );
        for k in beyond {
            if !months[k].notes.contains(&note) {
                months[k].notes.push(note.clone());
            }
        }
    }
}

/// The tool's own rules where the documents are silent, stated in every answer.
pub(super) fn stated_rules() -> Vec<Msg> {
    vec![
        Msg::new("RULE_DATES", "整个见习期按见习开始当日有效的规定计算；最低工资按每个见习月首日有效的标准。", "The rules in force on the start date govern the whole internship; the minimum wage is the one in force on the first day of each internship month."),
        Msg::new("RULE_PART_MONTH", "见习月从开始日起算至下月同日；不足一个见习月的按实际天数占该见习月天数的比例折算。这是本工具的估算规则，文件未作规定。", "An internship month runs from the start day to the same day of the next month; a month served in part is paid pro rata by days. This is the tool's estimating rule; the documents do not say."),
        Msg::new("RULE_ROUNDING", "金额按每人每月四舍五入到分，合计为各行之和。", "Amounts are rounded to the fen (half away from zero) per intern and month; totals add the rounded lines."),
    ]
}
