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
mod notes;
mod schedule;
mod standards;
mod totals;
mod unit;

pub use answer::*;
pub use input::*;
pub use unit::UnitSummary;

use crate::error::ApiError;
use crate::output::*;
use crate::policy::PolicySet;
use crate::subsidy::EstimateInput;
use chrono::{Datelike, NaiveDate};
use input::err_at;
use memo::Memo;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use totals::cell_at;
use unit::unit;

/// Fen in a rounded amount (every amount the estimate adds is rounded to the fen).
fn fen(d: Decimal) -> i64 {
    // Most amounts are already whole fen (rounded lines, month rows): read them directly.
    if d.scale() == 2 {
        return d.mantissa() as i64;
    }
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
    let months = totals::months(grid, known);
    let groups = totals::groups(plan, &group_cells, &group_counts, known);
    let (standards, required) = standards::standards(set, &memo);
    let warnings = notes::warnings(raised_not_above, unchecked, open);
    let rules = notes::rules();
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
