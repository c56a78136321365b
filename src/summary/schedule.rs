//! One intern's money per calendar month (base and accrued difference, in fen) and their
//! remaining-period subsidy, computed once for interns alike and shared.
use super::memo::{base_of, raised_of, Memo};
use super::unit::MonthAcc;
use super::{fen, month_key};
use crate::error::ApiError;
use crate::model::*;
use crate::subsidy::{covered_share, prorate, remaining_period, Ctx, InternIn, Outcome};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::rc::Rc;

/// How many kinds of intern `intern_money` keeps at hand.
const RECENT: usize = 4;

/// One intern's base and accrued difference per calendar month (in fen), added `count`
/// times into `acc`, and their remaining-period subsidy: the estimate's `intern_schedule`.
#[allow(clippy::too_many_arguments)]
pub(super) fn intern_money<'a>(
    ctx: &Ctx<'a>,
    memo: &mut Memo<'a>,
    intern: &InternIn,
    end: NaiveDate,
    count: u32,
    field: &dyn Fn() -> String,
    acc: &mut Vec<(i32, MonthAcc)>,
    remaining: &mut Vec<(NaiveDate, Option<Decimal>, Option<bool>)>,
) -> Result<(), ApiError> {
    let start = intern.start_date;
    let served_until = match intern.outcome {
        Outcome::LeftEarly(d) | Outcome::HiredEarly { on: d, .. } => d,
        _ => end,
    };
    let hired = match intern.outcome {
        Outcome::HiredEarly { on, .. } => Some(on),
        _ => None,
    };
    // Interns alike in these share one schedule: a province's plan has a few hundred
    // kinds of intern among its 100,000.
    let tier = intern.tier.or(ctx.tier);
    let key = (
        memo.rate,
        tier.unwrap_or(0),
        if tier.is_none() { ctx.county } else { None },
        start,
        intern.months,
        served_until,
        hired,
    );
    // The interns of a unit are mostly of one or two kinds: the last few kinds are
    // compared first (equality only), before the ordered map.
    let schedule = match memo.recent.iter().find(|(k, _)| *k == key) {
        Some((_, s)) => Rc::clone(s),
        None => {
            let s = match memo.schedules.get(&key) {
                Some(s) => Rc::clone(s),
                None => {
                    let s = Rc::new(schedule(ctx, memo, intern, &field(), served_until, hired)?);
                    memo.schedules.insert(key, Rc::clone(&s));
                    s
                }
            };
            if memo.recent.len() == RECENT {
                memo.recent.remove(0);
            }
            memo.recent.push((key, Rc::clone(&s)));
            s
        }
    };
    // Into the unit's rows directly, `count` times (a cohort's kind of intern).
    let n = i64::from(count);
    for (m, a) in &schedule.rows {
        let row = month_row(acc, *m);
        row.base += a.base * n;
        row.difference += a.difference * n;
    }
    let remaining_amount = schedule.remaining;
    if let Outcome::HiredEarly {
        on,
        contract_months,
        social_insurance,
    } = intern.outcome
    {
        let key = (
            ctx.j as *const Jurisdiction as usize,
            start,
            intern.months,
            on,
            contract_months,
            social_insurance,
        );
        let eligible = match memo.hires.get(&key) {
            Some(e) => *e,
            None => {
                // The decision does not depend on the amount: ask with none.
                let e = remaining_period(
                    ctx,
                    intern,
                    on,
                    contract_months,
                    social_insurance,
                    Decimal::ZERO,
                    None,
                )
                .eligible;
                memo.hires.insert(key, e);
                e
            }
        };
        remaining.push((on, ctx.base.map(|_| remaining_amount), eligible));
    }
    Ok(())
}

/// One intern's months (calendar month, base and accrued difference in fen) and the
/// remaining-period amount if hired early: the estimate's `intern_schedule`.
pub(super) struct Schedule {
    rows: Vec<(i32, MonthAcc)>,
    remaining: Decimal,
}

pub(super) fn schedule<'a>(
    ctx: &Ctx<'a>,
    memo: &mut Memo<'a>,
    intern: &InternIn,
    field: &str,
    served_until: NaiveDate,
    hired: Option<NaiveDate>,
) -> Result<Schedule, ApiError> {
    let start = intern.start_date;
    let bounds = memo.bounds(start, intern.months).to_vec();
    let mut acc: Vec<(i32, MonthAcc)> = Vec::new();
    let mut remaining = Decimal::ZERO;
    for w in bounds.windows(2) {
        let (s, e) = (w[0], w[1]);
        let (days, of) = covered_share(s, e, start, served_until);
        let value = base_of(memo, ctx, intern.tier, s, field)?;
        if days > 0 {
            let row = month_row(&mut acc, month_key(s));
            if let Some(full) = value {
                row.base += if days >= of {
                    fen(full)
                } else {
                    fen(prorate(full, days, of))
                };
                if let Some(r) = raised_of(memo, ctx, intern.tier, s, full, field)? {
                    row.difference += fen(prorate((r - full).max(Decimal::ZERO), days, of));
                }
            }
        }
        if let Some(on) = hired {
            let (rdays, rof) = covered_share(s, e, on, e.max(on));
            if rdays > 0 {
                if let Some(full) = value {
                    remaining += prorate(full, rdays, rof);
                }
            }
        }
    }
    Ok(Schedule {
        rows: acc,
        remaining,
    })
}

/// The row of calendar month `m` in rows kept in month order (a unit has a few dozen
/// months at most: a sorted list, no map).
pub(super) fn month_row(rows: &mut Vec<(i32, MonthAcc)>, m: i32) -> &mut MonthAcc {
    let at = match rows.binary_search_by_key(&m, |(k, _)| *k) {
        Ok(at) => at,
        Err(at) => {
            rows.insert(at, (m, MonthAcc::default()));
            at
        }
    };
    &mut rows[at].1
}
