//! The summary path: what `estimateSubsidy` answers in money, for many units (employers)
//! at once, without the explanation. Totals per unit, per group (a city) and per
//! calendar month, by category: the monthly base claims, the retention difference in the
//! month it becomes payable, and the remaining-period subsidy.
//!
//! The same rules and rounding as the explained estimate (`subsidy::estimate`): the
//! standards are resolved by the same `resolve_standard`, a month's standard by the same
//! `Ctx::base_month` / `Ctx::raised_month`, a part month by the same `covered` and
//! `prorate`, the remaining-period conditions by the same `remaining_period`. What is
//! skipped is the explanation (citations, notes, formulas, per-intern rows), and what
//! repeats across units is computed once per call: the rule basis of a start date, a
//! month's standard for a tier, the remaining-period decision for a hire. Amounts are
//! added in fen (exact integers). tests/summary.rs proves that every unit's totals and
//! month rows equal the explained answer's, over every conformance case and generated
//! inputs.
//!
//! When the money falls due, where the documents are silent (the tool's rules, stated in
//! the answer): a base claim in the calendar month its internship month begins (paid
//! monthly); a unit's retention difference once, in the month after its last internship
//! ends ("结束见习工作后集中一次性发放"); a remaining-period subsidy in the month the
//! labour contract is signed.
mod answer;
mod columns;
mod input;
mod memo;
mod schedule;
mod unit;

pub use answer::*;
pub use input::*;
pub use unit::UnitSummary;

use crate::basis::push_doc;
use crate::error::ApiError;
use crate::output::*;
use crate::policy::PolicySet;
use crate::subsidy::EstimateInput;
use chrono::{Datelike, NaiveDate};
use input::err_at;
use memo::Memo;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use unit::unit;

/// Fen in a rounded amount (every amount the estimate adds is rounded to the fen).
fn fen(d: Decimal) -> i64 {
    let mut x = round_money(d);
    x.rescale(2);
    x.mantissa() as i64
}

fn yuan(fen: i64) -> Decimal {
    Decimal::new(fen, 2)
}

fn month_key(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

fn month_text(key: i32) -> String {
    format!("{:04}-{:02}", key.div_euclid(12), key.rem_euclid(12) + 1)
}

/// The explained estimate's totals of one unit, without the explanation.
pub fn summarize(set: &PolicySet, input: &EstimateInput) -> Result<UnitSummary, ApiError> {
    unit(set, input, &mut Memo::default())
}

fn cell_at(grid: &mut BTreeMap<i32, Vec<Cell>>, m: i32, groups: usize, g: usize) -> &mut Cell {
    &mut grid
        .entry(m)
        .or_insert_with(|| vec![Cell::default(); groups])[g]
}

fn push_msg(list: &mut Vec<Msg>, m: Msg) {
    if !list.contains(&m) {
        list.push(m);
    }
}

/// Every unit of the plan through the estimate's rules: totals per group and month.
pub fn simulate(set: &PolicySet, plan: &Plan) -> Result<Summary, ApiError> {
    let mut memo = Memo::default();
    let groups_n = plan.groups.len();
    let mut grid: BTreeMap<i32, Vec<Cell>> = BTreeMap::new();
    let mut group_cells = vec![Cell::default(); groups_n];
    let mut group_counts = vec![[0u32; 5]; groups_n]; // units, interns, retained, meeting, open
    let mut known = Known {
        base: true,
        difference: true,
        remaining: true,
    };
    let (mut interns, mut retained, mut meeting, mut not_meeting, mut open) =
        (0u32, 0u32, 0u32, 0u32, 0u32);
    let (mut hired_counted, mut unchecked, mut rejected_rows) = (0u32, 0u32, 0usize);
    let mut raised_not_above = false;
    let mut per_unit = plan.per_unit.then(|| Vec::with_capacity(plan.units.len()));
    for (k, u) in plan.units.iter().enumerate() {
        let s = unit(set, &u.input, &mut memo).map_err(|e| err_at(e, &format!("units[{k}]")))?;
        let g = u.group.min(groups_n.saturating_sub(1));
        let mut unit_cell = Cell::default();
        for (m, b, _) in &s.months {
            let f = b.map(fen).unwrap_or(0);
            cell_at(&mut grid, *m, groups_n, g).base += f;
            unit_cell.base += f;
        }
        let payable = s
            .difference_payable_after
            .succ_opt()
            .unwrap_or(s.difference_payable_after);
        let pm = month_key(payable);
        match (s.meets_threshold, s.potential_difference) {
            (Some(true), Some(d)) => {
                cell_at(&mut grid, pm, groups_n, g).difference += fen(d);
                unit_cell.difference += fen(d);
            }
            (None, Some(d)) => {
                cell_at(&mut grid, pm, groups_n, g).difference_open += fen(d);
                unit_cell.difference_open += fen(d);
            }
            _ => {}
        }
        for (on, a) in &s.remaining {
            cell_at(&mut grid, month_key(*on), groups_n, g).remaining += fen(*a);
            unit_cell.remaining += fen(*a);
        }
        let unit_known = Known {
            base: s.base_total.is_some(),
            difference: s.potential_difference.is_some() || s.meets_threshold == Some(false),
            remaining: s.remaining_period_total.is_some(),
        };
        known.base &= unit_known.base;
        known.difference &= unit_known.difference;
        known.remaining &= unit_known.remaining;
        group_cells[g].add(&unit_cell);
        let c = &mut group_counts[g];
        c[0] += 1;
        c[1] += s.interns;
        c[2] += s.retained;
        interns += s.interns;
        retained += s.retained;
        match s.meets_threshold {
            Some(true) => {
                meeting += 1;
                c[3] += 1;
            }
            Some(false) => not_meeting += 1,
            None => {
                open += 1;
                c[4] += 1;
            }
        }
        hired_counted += s.remaining.len() as u32;
        unchecked += s.remaining_unchecked;
        rejected_rows += s.rejected;
        raised_not_above |= s.raised_not_above_base;
        if let Some(list) = per_unit.as_mut() {
            list.push(UnitOut {
                group: g,
                interns: s.interns,
                retained: s.retained,
                meets_threshold: s.meets_threshold,
                payable_month: month_text(pm),
                amounts: Amounts {
                    cell: unit_cell,
                    known: unit_known,
                },
            });
        }
    }
    let mut total = Cell::default();
    for c in &group_cells {
        total.add(c);
    }
    let months = grid
        .into_iter()
        .map(|(m, cells)| {
            let mut all = Cell::default();
            for c in &cells {
                all.add(c);
            }
            MonthOut {
                month: month_text(m),
                amounts: Amounts { cell: all, known },
                groups: cells
                    .into_iter()
                    .map(|cell| Amounts { cell, known })
                    .collect(),
            }
        })
        .collect();
    let groups = plan
        .groups
        .iter()
        .enumerate()
        .map(|(g, name)| GroupOut {
            name: name.clone(),
            units: group_counts[g][0],
            interns: group_counts[g][1],
            retained: group_counts[g][2],
            units_meeting: group_counts[g][3],
            units_open: group_counts[g][4],
            amounts: Amounts {
                cell: group_cells[g],
                known,
            },
        })
        .collect();
    // The standards, merged over start dates that share them.
    let mut standards: Vec<StandardsOut> = Vec::new();
    let mut required = Vec::new();
    let mut warnings = Vec::new();
    for h in &memo.heads {
        if h.base.out.required {
            push_msg(&mut required, Msg::new("localStandard.baseAmount", "需要当地的见习补贴标准：填写每人每月金额（baseAmount）或最低工资的百分比（basePercent）。", "The local subsidy standard is needed: a monthly amount per intern (baseAmount) or a share of the minimum wage (basePercent)."));
        }
        if h.raised.out.required {
            push_msg(&mut required, Msg::new("localStandard.raisedAmount", "需要当地提高后的补贴标准：填写每人每月金额（raisedAmount）或最低工资的百分比（raisedPercent）。", "The local raised standard is needed: a monthly amount per intern (raisedAmount) or a share of the minimum wage (raisedPercent)."));
        }
        let threshold_percent = h.threshold.map(|(t, _)| Num(t.percent));
        let threshold_source = h
            .threshold
            .map(|(t, l)| Cited::new(set, l.jurisdiction, &t.source));
        let same = standards.iter_mut().find(|s| {
            s.province == h.j.id
                && s.base_standard == h.base.out
                && s.raised_standard == h.raised.out
                && s.threshold_percent == threshold_percent
                && s.threshold_source == threshold_source
        });
        match same {
            Some(s) => {
                s.from = s.from.min(h.first_start);
                s.to = s.to.max(h.last_start);
                s.units += h.units;
                for d in &h.documents {
                    push_doc(&mut s.documents, d.clone());
                }
                for w in &h.warnings {
                    push_msg(&mut s.warnings, w.clone());
                }
            }
            None => standards.push(StandardsOut {
                province: h.j.id.clone(),
                province_name: h.j.name.clone(),
                from: h.first_start,
                to: h.last_start,
                units: h.units,
                base_standard: h.base.out.clone(),
                raised_standard: h.raised.out.clone(),
                threshold_percent,
                threshold_source,
                documents: h.documents.clone(),
                warnings: h.warnings.clone(),
            }),
        }
    }
    if raised_not_above {
        push_msg(&mut warnings, Msg::new(
            "RAISED_NOT_ABOVE_BASE",
            "有单位提高后的标准不高于基础标准，差额按 0 计。",
            "For some units the raised standard is not above the base; the difference is taken as 0.",
        ));
    }
    if unchecked > 0 {
        warnings.push(Msg::new(
            "REMAINING_UNCHECKED",
            format!("{unchecked} 名提前录用人员的剩余期限补贴条件无法从输入判断，未计入合计。"),
            format!("{unchecked} interns hired early have remaining-period conditions that cannot be checked from the input; not counted in the totals."),
        ));
    }
    if open > 0 {
        warnings.push(Msg::new(
            "THRESHOLD_OPEN",
            format!("{open} 个单位是否达到留用率门槛未定（尚有见习中的人员，或文件未定义留用率怎样计算而两种算法结论不同，须当地确认）：其差额列在“differenceOpen”，未计入合计。"),
            format!("For {open} units whether the retention threshold is reached is open (interns still in progress, or the documents do not define the rate and the two ways of counting disagree, for the local bureau to confirm): their difference is under “differenceOpen”, not in the total."),
        ));
    }
    let rules = vec![
        Msg::new("RULE_SAME_AS_ESTIMATE", "每个单位按与补贴测算（estimateSubsidy）相同的规则和舍入计算：整个见习期按见习开始当日有效的规定，最低工资按每个见习月首日有效的标准，金额按每人每月四舍五入到分。", "Each unit is computed by the same rules and rounding as the estimate (estimateSubsidy): the rules in force on the start date for the whole internship, the minimum wage in force on the first day of each internship month, amounts rounded to the fen per intern and month."),
        Msg::new("RULE_BASE_MONTH", "基础补贴按月发放，计入该见习月开始的月份。", "The base subsidy is paid monthly, counted in the month its internship month begins."),
        Msg::new("RULE_DIFFERENCE_MONTH", "差额补贴在单位结束见习工作后一次性发放（“1+1”），计入该单位最后一名见习人员见习期满次日所在的月份。文件未规定具体月份，这是本工具的估算规则。", "The retention difference is paid once after the unit's internships end (“1+1”), counted in the month of the day after its last intern's internship ends. The documents name no month; this is the tool's estimating rule."),
        Msg::new("RULE_REMAINING_MONTH", "剩余期限补贴计入签订劳动合同的月份。文件未规定发放时间，这是本工具的估算规则。", "The remaining-period subsidy is counted in the month the labour contract is signed. The documents do not say when it is paid; this is the tool's estimating rule."),
    ];
    Ok(Summary {
        units: plan.units.len(),
        interns,
        retained,
        units_meeting: meeting,
        units_not_meeting: not_meeting,
        units_open: open,
        hired_early_counted: hired_counted,
        remaining_unchecked: unchecked,
        rejected_rows,
        amounts: Amounts { cell: total, known },
        groups,
        months,
        standards,
        required,
        rules,
        warnings,
        per_unit,
    })
}
