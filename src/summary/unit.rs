//! One unit through the estimate's rules, without the explanation: its interns (a cohort
//! as two kinds, a list as rows), retention and threshold, month rows and totals.
use super::memo::Memo;
use super::schedule::intern_money;
use super::yuan;
use crate::error::ApiError;
use crate::policy::PolicySet;
use crate::subsidy::{
    agreed, end_of, Ctx, EstimateInput, InternIn, Interns, Outcome, Rate, RetentionCounts,
};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// One unit's money, as the explained estimate would total it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitSummary {
    pub base_total: Option<Decimal>,
    pub potential_difference: Option<Decimal>,
    pub meets_threshold: Option<bool>,
    pub retention_difference: Option<Decimal>,
    pub remaining_period_total: Option<Decimal>,
    pub total: Option<Decimal>,
    pub difference_payable_after: NaiveDate,
    /// The estimate's month rows: calendar month (year × 12 + month − 1) in which the
    /// internship months begin, base and accrued difference (None when not known).
    pub months: Vec<(i32, Option<Decimal>, Option<Decimal>)>,
    /// Remaining-period subsidies counted, by the date the contract was signed.
    pub remaining: Vec<(NaiveDate, Decimal)>,
    /// Interns counted (the retention rate's denominator), retained, hired early with
    /// conditions that cannot be checked from the input.
    pub interns: u32,
    pub retained: u32,
    pub remaining_unchecked: u32,
    /// List rows left out (with `skipInvalidRows`).
    pub rejected: usize,
    pub(super) head: usize,
    pub(super) raised_not_above_base: bool,
}

#[derive(Default, Clone, Copy)]
pub(super) struct MonthAcc {
    pub(super) base: i64,
    pub(super) difference: i64,
}

/// One unit through the estimate's rules, without the explanation.
pub(super) fn unit<'a>(
    set: &'a PolicySet,
    input: &'a EstimateInput,
    memo: &mut Memo<'a>,
) -> Result<UnitSummary, ApiError> {
    let h = memo.head(set, input)?;
    let (j, base_rate, raised_rate, threshold) = {
        let head = &memo.heads[h];
        memo.rate = head.rates;
        (head.j, head.base.rate, head.raised.rate, head.threshold)
    };
    // Any length the input accepts is computed (the notices' "一般为" is a warning in the
    // explained answer, not a limit): nothing to reject here.
    let mut rejected: Vec<usize> = input.rejected.iter().map(|r| r.index).collect();
    let ctx = Ctx {
        set,
        j,
        tier: input.tier,
        county: input.county.as_deref(),
        base: base_rate,
        raised: raised_rate,
        wage_notes: Default::default(),
    };
    let needs_wage =
        matches!(base_rate, Some(Rate::Share(_))) || matches!(raised_rate, Some(Rate::Share(_)));
    let list_mode = matches!(input.interns, Interns::List(_));
    let cohort: [(usize, InternIn, u32); 2];
    let mut list: Vec<(usize, &InternIn, u32)> = match &input.interns {
        Interns::Cohort { interns, retained } => {
            let mk = |outcome| InternIn {
                name: None,
                start_date: input.start_date,
                months: input.months,
                tier: None,
                outcome,
            };
            // Retained not given: every outcome still open, as in the explained estimate.
            let (retained, rest) = match retained {
                Some(r) => (*r, Outcome::Completed),
                None => (0, Outcome::InProgress),
            };
            cohort = [
                (0, mk(Outcome::Retained), retained),
                (0, mk(rest), interns - retained),
            ];
            cohort
                .iter()
                .filter(|(_, _, n)| *n > 0)
                .map(|(k, i, n)| (*k, i, *n))
                .collect()
        }
        Interns::List(items) => items
            .iter()
            .filter(|(k, _)| !rejected.contains(k))
            .map(|(k, i)| (*k, i, 1))
            .collect(),
    };
    let field_of = |index: usize| {
        if list_mode {
            format!("internList[{index}].tier")
        } else {
            String::new()
        }
    };
    // The end of the unit's internship, which a listed intern usually shares.
    let unit_end = end_of(input.start_date, input.months).unwrap_or(input.start_date);
    let end_of_intern = |i: &InternIn| {
        if i.start_date == input.start_date && i.months == input.months {
            unit_end
        } else {
            end_of(i.start_date, i.months).unwrap_or(i.start_date)
        }
    };
    if needs_wage {
        let mut kept = Vec::with_capacity(list.len());
        for (index, intern, count) in list {
            let field = || field_of(index);
            // The field is written out only for an error (asked again with it).
            let check = ctx
                .tier_on(intern.tier, intern.start_date, "", &mut Vec::new())
                .or_else(|_| ctx.tier_on(intern.tier, intern.start_date, &field(), &mut Vec::new()))
                .and_then(|_| {
                    if input.skip_invalid_rows {
                        intern_money(
                            &ctx,
                            memo,
                            intern,
                            end_of_intern(intern),
                            1,
                            &field,
                            &mut Vec::new(),
                            &mut Vec::new(),
                        )
                        .map(|_| ())
                    } else {
                        Ok(())
                    }
                });
            match check {
                Ok(()) => kept.push((index, intern, count)),
                Err(_) if input.skip_invalid_rows && list_mode => rejected.push(index),
                Err(e) => return Err(e),
            }
        }
        list = kept;
    }
    let count = |keep: &dyn Fn(&Outcome) -> bool| -> u32 {
        list.iter()
            .filter(|(_, i, _)| keep(&i.outcome))
            .map(|(_, _, n)| n)
            .sum()
    };
    let counts = RetentionCounts {
        all_interns: count(&|_| true),
        numerator: count(&|o| matches!(o, Outcome::Retained | Outcome::HiredEarly { .. })),
        in_progress: count(&|o| *o == Outcome::InProgress),
        left_early: count(&|o| matches!(o, Outcome::LeftEarly(_))),
    };
    let (denominator, numerator) = (counts.all_interns, counts.numerator);
    // Each reading of the rate, as the estimate counts them; open where they disagree.
    let meets_threshold = threshold.and_then(|(t, _)| {
        agreed(
            t.readings
                .iter()
                .map(|r| counts.meets(t.percent, counts.denominator(r.base))),
        )
    });

    let mut rows: Vec<(i32, MonthAcc)> = Vec::new();
    let mut remaining: Vec<(NaiveDate, Option<Decimal>, Option<bool>)> = Vec::new();
    let mut last_day = input.start_date;
    for (index, intern, count) in &list {
        let field = || field_of(*index);
        let end = end_of_intern(intern);
        intern_money(
            &ctx,
            memo,
            intern,
            end,
            *count,
            &field,
            &mut rows,
            &mut remaining,
        )?;
        last_day = last_day.max(end.pred_opt().unwrap_or(end));
    }
    let known_base = base_rate.is_some();
    let known_diff = known_base && raised_rate.is_some();
    let base_fen: i64 = rows.iter().map(|(_, r)| r.base).sum();
    let diff_fen: i64 = rows.iter().map(|(_, r)| r.difference).sum();
    let base_total = known_base.then(|| yuan(base_fen));
    let potential = known_diff.then(|| yuan(diff_fen));
    let raised_not_above_base = known_diff && diff_fen == 0 && base_fen != 0;
    let retention_difference = match meets_threshold {
        Some(true) => potential,
        Some(false) => Some(Decimal::ZERO),
        None => None,
    };
    let remaining_total = if remaining
        .iter()
        .any(|(_, a, e)| *e == Some(true) && a.is_none())
    {
        None
    } else {
        Some(
            remaining
                .iter()
                .filter(|(_, _, e)| *e == Some(true))
                .filter_map(|(_, a, _)| *a)
                .sum(),
        )
    };
    let total = match (base_total, retention_difference, remaining_total) {
        (Some(b), Some(d), Some(r)) => Some(b + d + r),
        _ => None,
    };
    Ok(UnitSummary {
        base_total,
        potential_difference: potential,
        meets_threshold,
        retention_difference,
        remaining_period_total: remaining_total,
        total,
        difference_payable_after: last_day,
        months: rows
            .into_iter()
            .map(|(m, r)| {
                (
                    m,
                    known_base.then(|| yuan(r.base)),
                    known_diff.then(|| yuan(r.difference)),
                )
            })
            .collect(),
        remaining: remaining
            .iter()
            .filter(|(_, _, e)| *e == Some(true))
            .filter_map(|(on, a, _)| a.map(|a| (*on, a)))
            .collect(),
        interns: denominator,
        retained: numerator,
        remaining_unchecked: remaining.iter().filter(|(_, _, e)| e.is_none()).count() as u32,
        rejected: rejected.len(),
        head: h,
        raised_not_above_base,
    })
}
