//! The month schedule: each intern's internship months, served days and month values,
//! added into calendar-month rows.
use super::answer::{InternOut, Mode, RemainingOut};
use super::input::{end_of, EstimateInput, InternIn, Interns, Outcome, RowError};
use super::remaining::remaining_period;
use super::rows::RowAcc;
use super::standard::{Ctx, MonthValue};
use crate::error::ApiError;
use crate::json;
use crate::output::*;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The share of internship month [s, e) covered by [from, until).
pub(crate) fn covered(s: NaiveDate, e: NaiveDate, from: NaiveDate, until: NaiveDate) -> (i64, i64) {
    let a = s.max(from);
    let b = e.min(until);
    ((b - a).num_days().max(0), (e - s).num_days().max(1))
}

/// `x × n`, without the multiplication for a single intern (a list's rows).
fn times(x: Decimal, n: Option<Decimal>) -> Decimal {
    match n {
        Some(n) => x * n,
        None => x,
    }
}

/// `covered`, with a whole month (most months) as 1 of 1 before any day count. Only
/// where the share is used as a fraction: the estimate's and the summary's month schedules
/// (the youth module keeps `covered` as it is).
pub(crate) fn covered_share(
    s: NaiveDate,
    e: NaiveDate,
    from: NaiveDate,
    until: NaiveDate,
) -> (i64, i64) {
    if from <= s && e <= until {
        return (1, 1);
    }
    covered(s, e, from, until)
}

pub(crate) fn prorate(full: Decimal, days: i64, of: i64) -> Decimal {
    if days >= of {
        full
    } else {
        round_money(full * Decimal::from(days) / Decimal::from(of))
    }
}

pub(super) struct InternCalc {
    intern_months: Decimal,
    base: Decimal,
    difference: Decimal,
    remaining: Option<RemainingOut>,
}

/// Month values (a full month's base and raised standard, the minimum wage and its source
/// note) worked out once per intern tier and month start: every intern starting on the
/// same day shares them. Formatting the wage's source note per intern and month made a
/// 10,000-intern batch several times slower. Only successes are kept: an error names the
/// row it came from, so it is worked out again for each.
#[derive(Default)]
pub(super) struct MonthMemo {
    entries: Vec<MemoEntry>,
    /// (tier, date) → entry, sorted (a small sorted list: less code than a map).
    index: Vec<((Option<u8>, NaiveDate), usize)>,
}

struct MemoEntry {
    own: Option<u8>,
    date: NaiveDate,
    base: Option<MonthValue>,
    /// Worked out on first use, as the estimate asks for it only in months served.
    raised: Option<Option<MonthValue>>,
}

/// The field an intern's wage errors name ("internList[3].tier"; empty for a cohort),
/// made only when there is an error: the month values are pure, so they are worked out
/// again with it.
pub(super) fn tier_field(mode: Mode, index: usize) -> String {
    if mode == Mode::List {
        let mut f = String::with_capacity(20);
        f.push_str("internList[");
        json::unsigned(&mut f, index as u64);
        f.push_str("].tier");
        f
    } else {
        String::new()
    }
}

impl MonthMemo {
    fn find(
        &mut self,
        ctx: &Ctx<'_>,
        own: Option<u8>,
        date: NaiveDate,
        field: &dyn Fn() -> String,
    ) -> Result<usize, ApiError> {
        let at = match self
            .index
            .binary_search_by_key(&(own, date), |(key, _)| *key)
        {
            Ok(i) => return Ok(self.index[i].1),
            Err(i) => i,
        };
        let base = ctx
            .base_month(own, date, "")
            .or_else(|_| ctx.base_month(own, date, &field()))?;
        self.entries.push(MemoEntry {
            own,
            date,
            base,
            raised: None,
        });
        let k = self.entries.len() - 1;
        self.index.insert(at, ((own, date), k));
        Ok(k)
    }

    fn raised(
        &mut self,
        ctx: &Ctx<'_>,
        k: usize,
        field: &dyn Fn() -> String,
    ) -> Result<(), ApiError> {
        let e = &mut self.entries[k];
        if e.raised.is_none() {
            let Some(base) = e.base.as_ref().map(|v| v.full) else {
                return Ok(());
            };
            let raised = ctx
                .raised_month(e.own, e.date, base, "")
                .or_else(|_| ctx.raised_month(e.own, e.date, base, &field()))?;
            e.raised = Some(raised);
        }
        Ok(())
    }
}

pub(super) fn intern_schedule(
    ctx: &Ctx<'_>,
    intern: &InternIn,
    count: u32,
    field: &dyn Fn() -> String,
    rows: &mut BTreeMap<(i32, u32), RowAcc>,
    memo: &mut MonthMemo,
) -> Result<InternCalc, ApiError> {
    let start = intern.start_date;
    let served_until = match intern.outcome {
        Outcome::LeftEarly(d) | Outcome::HiredEarly { on: d, .. } => d,
        _ => end_of(start, intern.months).unwrap_or(start),
    };
    let n = (count != 1).then(|| Decimal::from(count));
    let mut calc = InternCalc {
        intern_months: Decimal::ZERO,
        base: Decimal::ZERO,
        difference: Decimal::ZERO,
        remaining: None,
    };
    let mut remaining_months = Decimal::ZERO;
    let mut remaining_amount = Decimal::ZERO;
    let hired = match intern.outcome {
        Outcome::HiredEarly { on, .. } => Some(on),
        _ => None,
    };
    // Each month's end is the next month's start: one date sum per month.
    let mut next = Some(start);
    for k in 0..intern.months {
        let (Some(s), Some(e)) = (next, end_of(start, k + 1)) else {
            break;
        };
        next = Some(e);
        let (days, of) = covered_share(s, e, start, served_until);
        let m = memo.find(ctx, intern.tier, s, field)?;
        let full = memo.entries[m].base.as_ref().map(|v| v.full);
        if days > 0 {
            // A whole month (most months) needs no division.
            let frac = if days >= of {
                Decimal::ONE
            } else {
                Decimal::from(days) / Decimal::from(of)
            };
            let acc = rows.entry((s.year(), s.month())).or_default();
            acc.from = Some(acc.from.map_or(s, |f| f.min(s)));
            let last = e.pred_opt().unwrap_or(e);
            acc.to = Some(acc.to.map_or(last, |t| t.max(last)));
            acc.interns += count;
            acc.intern_months += times(frac, n);
            calc.intern_months += frac;
            if let Some(full) = full {
                memo.raised(ctx, m, field)?;
                let entry = &memo.entries[m];
                let raised = entry.raised.as_ref().and_then(Option::as_ref);
                let amount = prorate(full, days, of);
                acc.amount += times(amount, n);
                calc.base += amount;
                if !acc.bases.contains(&full) {
                    acc.bases.push(full);
                }
                let v = entry.base.as_ref();
                // A month value adds its wage, source and notes to a row once: later
                // interns with the same value would add nothing new.
                if !acc.merged.contains(&m) {
                    acc.merged.push(m);
                    merge_month_value(acc, v, raised);
                }
                if let Some(r) = raised {
                    let diff = prorate((r.full - full).max(Decimal::ZERO), days, of);
                    acc.difference += times(diff, n);
                    calc.difference += diff;
                }
            }
        }
        if let Some(on) = hired {
            let (rdays, rof) = covered_share(s, e, on, e.max(on));
            if rdays > 0 {
                remaining_months += Decimal::from(rdays) / Decimal::from(rof);
                if let Some(full) = full {
                    remaining_amount += prorate(full, rdays, rof);
                }
            }
        }
    }
    if let Outcome::HiredEarly {
        on,
        contract_months,
        social_insurance,
    } = intern.outcome
    {
        calc.remaining = Some(remaining_period(
            ctx,
            intern,
            on,
            contract_months,
            social_insurance,
            remaining_months,
            ctx.base.map(|_| remaining_amount),
        ));
    }
    Ok(calc)
}

/// A month value's minimum wage, its source and notes, into the row (each once).
fn merge_month_value(acc: &mut RowAcc, v: Option<&MonthValue>, raised: Option<&MonthValue>) {
    // The minimum wage of the month, from the base or else from the raised standard.
    if let Some(w) = v.and_then(|v| v.wage).or(raised.and_then(|r| r.wage)) {
        if !acc.wages.contains(&w) {
            acc.wages.push(w);
        }
    }
    let wage_source = v
        .and_then(|v| v.wage_source.as_ref())
        .or(raised.and_then(|r| r.wage_source.as_ref()));
    if let Some(src) = wage_source.filter(|s| !acc.wage_sources.contains(s)) {
        acc.wage_sources.push(src.clone());
    }
    for n in v
        .iter()
        .flat_map(|v| v.notes.iter())
        .chain(raised.iter().flat_map(|r| r.notes.iter()))
    {
        if !acc.notes.contains(n) {
            acc.notes.push(n.clone());
        }
    }
}

/// An intern to compute: its row in `internList` (0 for a cohort), and how many interns
/// it stands for.
/// A list row is borrowed from the input (its name is not copied); a cohort's two kinds
/// are made here.
pub(super) type Counted<'i> = (usize, Cow<'i, InternIn>, u32);

/// The interns to compute, each with how many it stands for (a cohort is two kinds of
/// intern; a list row is one). Where a figure is a share of the minimum wage a tier is
/// needed up front; in a batch, a row whose wage cannot be found is reported in
/// `rejected` and left out before counting.
pub(super) fn interns_to_compute<'i>(
    ctx: &Ctx<'_>,
    input: &'i EstimateInput,
    needs_wage: bool,
    memo: &mut MonthMemo,
    rejected: &mut Vec<RowError>,
) -> Result<(Mode, Vec<Counted<'i>>), ApiError> {
    let (mode, list): (Mode, Vec<Counted<'i>>) = match &input.interns {
        Interns::Cohort { interns, retained } => {
            let mk = |outcome| InternIn {
                name: None,
                start_date: input.start_date,
                months: input.months,
                tier: None,
                outcome,
            };
            // Retained not given: every outcome still open, as for interns in progress.
            let (retained, rest) = match retained {
                Some(r) => (*r, Outcome::Completed),
                None => (0, Outcome::InProgress),
            };
            let mut v = Vec::new();
            if retained > 0 {
                v.push((0, Cow::Owned(mk(Outcome::Retained)), retained));
            }
            if *interns > retained {
                v.push((0, Cow::Owned(mk(rest)), interns - retained));
            }
            (Mode::Cohort, v)
        }
        Interns::List(items) => {
            let bad: Vec<usize> = rejected.iter().map(|r| r.index).collect();
            (
                Mode::List,
                items
                    .iter()
                    .filter(|(k, _)| !bad.contains(k))
                    .map(|(k, i)| (*k, Cow::Borrowed(i), 1))
                    .collect(),
            )
        }
    };
    // A tier is needed up front wherever a figure is a share of the minimum wage; in a
    // batch, a row whose wage cannot be found is reported and left out before counting.
    let mut list = list;
    if needs_wage {
        let mut kept = Vec::with_capacity(list.len());
        for (index, intern, count) in list {
            let field = || tier_field(mode, index);
            let check = ctx
                .tier_on(intern.tier, intern.start_date, "", &mut Vec::new())
                .or_else(|_| ctx.tier_on(intern.tier, intern.start_date, &field(), &mut Vec::new()))
                .and_then(|_| {
                    if input.skip_invalid_rows {
                        intern_schedule(ctx, &intern, count, &field, &mut BTreeMap::new(), memo)
                            .map(|_| ())
                    } else {
                        Ok(())
                    }
                });
            match check {
                Ok(()) => kept.push((index, intern, count)),
                Err(e) if input.skip_invalid_rows && mode == Mode::List => {
                    rejected.push(RowError::new(index, e))
                }
                Err(e) => return Err(e),
            }
        }
        list = kept;
    }
    Ok((mode, list))
}

/// Every intern's months into the rows, with the per-intern rows of a list and the
/// remaining-period checks of interns hired early.
pub(super) struct Scheduled {
    pub(super) rows: BTreeMap<(i32, u32), RowAcc>,
    pub(super) interns_out: Vec<InternOut>,
    pub(super) remaining: Vec<RemainingOut>,
    /// The last day of the longest internship: the difference is payable after it.
    pub(super) last_day: NaiveDate,
}

pub(super) fn schedule_interns(
    ctx: &Ctx<'_>,
    input: &EstimateInput,
    mode: Mode,
    list: &[Counted],
    meets_threshold: Option<bool>,
    memo: &mut MonthMemo,
) -> Result<Scheduled, ApiError> {
    let (base, raised) = (ctx.base, ctx.raised);
    let mut rows: BTreeMap<(i32, u32), RowAcc> = BTreeMap::new();
    let mut interns_out = Vec::new();
    let mut remaining = Vec::new();
    let mut last_day = input.start_date;
    for (index, intern, count) in list.iter() {
        let index = *index;
        let field = || tier_field(mode, index);
        let calc = intern_schedule(ctx, intern, *count, &field, &mut rows, memo)?;
        let end = end_of(intern.start_date, intern.months).unwrap_or(intern.start_date);
        last_day = last_day.max(end.pred_opt().unwrap_or(end));
        let remaining_out = calc.remaining.map(|mut r| {
            r.intern = index;
            r.name = intern.name.clone();
            r
        });
        if mode == Mode::List {
            interns_out.push(InternOut {
                index,
                name: intern.name.clone(),
                start_date: intern.start_date,
                end_date: end.pred_opt().unwrap_or(end),
                outcome: intern.outcome.kind(),
                intern_months: Num(calc.intern_months.round_dp(4)),
                base: base.map(|_| Money::new(calc.base)),
                difference: match (meets_threshold, raised, base) {
                    (Some(true), Some(_), Some(_)) => Some(Money::new(calc.difference)),
                    (Some(false), _, _) => Some(Money::default()),
                    _ => None,
                },
                remaining_period: remaining_out.as_ref().and_then(|r| r.amount),
            });
        }
        if let Some(r) = remaining_out {
            remaining.push(r);
        }
    }
    Ok(Scheduled {
        rows,
        interns_out,
        remaining,
        last_day,
    })
}
