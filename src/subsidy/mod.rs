//! The employer's estimate: the monthly base subsidy, the retention difference paid
//! once at the end ("1+1" mode), the remaining-period subsidy for interns hired
//! early, and totals, each line with its source.
//!
//! Stated rules where the documents are silent:
//! - The rules in force on the internship start date govern the whole internship;
//!   the minimum wage is the one in force on the first day of each internship month.
//! - An internship month runs from the start day to the same day next month. A month
//!   served in part is paid pro rata: days served ÷ days in that internship month.
//! - An intern who leaves early or is hired early on date D served up to D - 1.
//! - Retention rate = interns retained (at the end or hired early) ÷ all interns of the unit.
//! - Amounts are rounded to the fen, half away from zero, per intern and month.
mod answer;
mod input;
mod notes;
mod remaining;
mod retention;
mod rows;
mod schedule;
mod standard;

pub use answer::*;
pub use input::*;
// Shared with the summary path (`summary/`, whole API only).
#[cfg(feature = "full")]
pub(crate) use remaining::remaining_period;
#[cfg(feature = "full")]
pub(crate) use retention::{agreed, RetentionCounts};
#[cfg(feature = "full")]
pub(crate) use schedule::{covered_share, prorate};
#[cfg(feature = "full")]
pub(crate) use standard::{resolve_standard, Resolved};
pub(crate) use standard::{Ctx, Rate};

use crate::basis::{merged_items, push_doc};
use crate::error::ApiError;
use crate::output::*;
use crate::policy::PolicySet;
use schedule::MonthMemo;
use std::cell::RefCell;

/// The estimate, phase by phase: the rules in force at the start, the standards, the
/// interns to compute, their retention rate, their months into rows, the totals, and what
/// the answer must say about time.
pub fn estimate(set: &PolicySet, input: &EstimateInput) -> Result<SubsidyEstimate, ApiError> {
    let j = set.jurisdiction(&input.province, "province")?;
    let layers = set.layers_or_error(j, input.start_date, "startDate")?;
    let mut warnings = Vec::new();
    let mut rejected = input.rejected.clone();
    let mut used: Vec<DocRef> = Vec::new();
    notes::months_outside_usual(set, j, &layers, input, &mut used, &mut warnings);

    let standard::Standards {
        mut base,
        mut raised,
        threshold,
        required,
    } = standard::standards(set, &layers, input, &mut used, &mut warnings);
    let ctx = Ctx {
        set,
        j,
        tier: input.tier,
        county: input.county.as_deref(),
        base: base.rate,
        raised: raised.rate,
        wage_notes: RefCell::default(),
    };
    // A tier is needed up front whenever a figure is a share of the minimum wage.
    let needs_wage =
        matches!(base.rate, Some(Rate::Share(_))) || matches!(raised.rate, Some(Rate::Share(_)));
    let mut memo = MonthMemo::default();
    let (mode, list) =
        schedule::interns_to_compute(&ctx, input, needs_wage, &mut memo, &mut rejected)?;

    let retention = retention::count_retention(set, threshold, &list);
    let meets_threshold = retention.meets_threshold;
    let schedule::Scheduled {
        rows,
        interns_out,
        remaining,
        last_day,
    } = schedule::schedule_interns(&ctx, input, mode, &list, meets_threshold, &mut memo)?;
    let (mut months, figures) = rows::month_rows(rows, input, base.rate, raised.rate);

    let known_base = base.rate.is_some();
    let known_diff = known_base && raised.rate.is_some();
    let base_total =
        known_base.then(|| Money::new(months.iter().filter_map(|r| r.amount).map(|a| a.0).sum()));
    let potential = known_diff.then(|| {
        Money::new(
            months
                .iter()
                .filter_map(|r| r.difference)
                .map(|a| a.0)
                .sum(),
        )
    });
    if let (Some(p), Some(b)) = (potential, base_total) {
        if p.0.is_zero() && !b.0.is_zero() && raised.rate.is_some() {
            warnings.push(Msg::new(
                "RAISED_NOT_ABOVE_BASE",
                "提高后的标准不高于基础标准，差额按 0 计。",
                "The raised standard is not above the base; the difference is taken as 0.",
            ));
        }
    }
    let retention_difference = match meets_threshold {
        Some(true) => potential,
        Some(false) => Some(Money::default()),
        None => None,
    };
    let remaining_total = if remaining
        .iter()
        .any(|r| r.eligible == Some(true) && r.amount.is_none())
    {
        None
    } else {
        Some(Money::new(
            remaining.iter().filter_map(|r| r.amount).map(|a| a.0).sum(),
        ))
    };
    for r in &remaining {
        if r.eligible.is_none() {
            warnings.push(Msg::new("REMAINING_UNCHECKED", format!("第 {} 位见习人员的剩余期限补贴条件无法从输入判断，未计入合计。", r.intern + 1), format!("Intern {}'s remaining-period conditions cannot be checked from the input; not counted in the total.", r.intern + 1)));
        }
    }
    let total = match (base_total, retention_difference, remaining_total) {
        (Some(b), Some(d), Some(r)) => Some(Money::new(b.0 + d.0 + r.0)),
        _ => None,
    };
    let retention_rate = retention::retention_out(set, threshold, retention, &mut warnings);
    for d in remaining.iter().filter_map(|r| r.doc.clone()) {
        push_doc(&mut used, d);
    }
    notes::time_notes(
        set,
        &used,
        last_day,
        &mut months,
        [&mut base, &mut raised],
        &mut warnings,
    );
    let rules = notes::stated_rules();
    let basis_warnings = set.time_warnings(j, input.start_date, &used);
    warnings.splice(0..0, basis_warnings);
    let employer_notes = merged_items(set, &layers, |r| r.employer_notes.as_slice());
    Ok(SubsidyEstimate {
        province: j.id.clone(),
        province_name: j.name.clone(),
        start_date: input.start_date,
        agreed_months: input.months,
        mode,
        basis: Basis {
            beyond_horizon: crate::policy::beyond_horizon(&used, input.start_date),
            documents: used,
            warnings: Vec::new(),
            figures,
        },
        base_standard: base.out,
        raised_standard: raised.out,
        months,
        base_total,
        retention_rate,
        raised_applies: meets_threshold
            .filter(|_| raised.rate.is_some() || meets_threshold == Some(false)),
        retention_difference,
        potential_difference: potential,
        difference_payable_after: last_day,
        remaining_period: remaining,
        remaining_period_total: remaining_total,
        total,
        required,
        interns: interns_out,
        employer_notes,
        rules,
        warnings,
        rejected_rows: {
            rejected.sort_unstable_by_key(|r| r.index); // indices are unique
            rejected
        },
    })
}
