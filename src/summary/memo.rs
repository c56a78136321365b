//! What repeats across units, computed once per call: the rule basis of a start date
//! (rules in force, standards, threshold, documents, warnings: `Head`), a month's
//! standard for a tier, the months of an internship, the schedule of interns alike, the
//! remaining-period decision for a hire.
use super::schedule::Schedule;
use crate::basis::push_doc;
use crate::error::ApiError;
use crate::model::*;
use crate::output::*;
use crate::policy::{first_of, Layer, PolicySet};
use crate::subsidy::{end_of, resolve_standard, Ctx, EstimateInput, LocalFigure, Rate, Resolved};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::rc::Rc;

type RateKey = (u8, Decimal);

fn rate_key(r: Option<Rate>) -> RateKey {
    match r {
        None => (0, Decimal::ZERO),
        Some(Rate::Fixed(a)) => (1, a),
        Some(Rate::Increment(a)) => (2, a),
        Some(Rate::Share(p)) => (3, p),
    }
}

fn local_key(l: Option<LocalFigure>) -> RateKey {
    match l {
        None => (0, Decimal::ZERO),
        Some(LocalFigure::Amount(a)) => (1, a),
        Some(LocalFigure::Percent(p)) => (2, p),
    }
}

/// The rule basis of a start date: everything the estimate resolves once per unit.
pub(super) struct Head<'a> {
    pub(super) j: &'a Jurisdiction,
    pub(super) base: Resolved<'a>,
    pub(super) raised: Resolved<'a>,
    pub(super) threshold: Option<(&'a ThresholdRule, Layer<'a>)>,
    /// Index of (jurisdiction, base, raised) in `Memo::rates`: month values are shared by it.
    pub(super) rates: u32,
    pub(super) warnings: Vec<Msg>,
    pub(super) documents: Vec<DocRef>,
    pub(super) first_start: NaiveDate,
    pub(super) last_start: NaiveDate,
    pub(super) units: usize,
}

type HeadKey<'a> = (&'a str, NaiveDate, RateKey, RateKey);
/// (index in `Memo::rates`, tier or 0, county when no tier, first day of the month): a
/// small key, since it is looked up for every intern and month.
type ValueKey<'a> = (u32, u8, Option<&'a str>, NaiveDate);
/// (rates, tier or 0, county when no tier, start, agreed months, served until, hired on).
pub(super) type ScheduleKey<'a> = (
    u32,
    u8,
    Option<&'a str>,
    NaiveDate,
    u32,
    NaiveDate,
    Option<NaiveDate>,
);
/// (jurisdiction, start, agreed months, hired on, contract months, social insurance).
type HireKey = (usize, NaiveDate, u32, NaiveDate, Option<u32>, Option<bool>);

/// What repeats across units, computed once per call.
#[derive(Default)]
pub(super) struct Memo<'a> {
    pub(super) heads: Vec<Head<'a>>,
    head_of: BTreeMap<HeadKey<'a>, usize>,
    /// (jurisdiction, base, raised) of the heads, each once.
    rates: Vec<(usize, RateKey, RateKey)>,
    /// The rates of the unit being computed.
    pub(super) rate: u32,
    base: BTreeMap<ValueKey<'a>, Option<Decimal>>,
    raised: BTreeMap<ValueKey<'a>, Option<Decimal>>,
    pub(super) hires: BTreeMap<HireKey, Option<bool>>,
    pub(super) schedules: BTreeMap<ScheduleKey<'a>, Rc<Schedule>>,
    /// The last kinds of intern looked up (a unit's interns are of a few kinds).
    pub(super) recent: Vec<(ScheduleKey<'a>, Rc<Schedule>)>,
    bounds: BTreeMap<(NaiveDate, u32), Vec<NaiveDate>>,
}

impl<'a> Memo<'a> {
    pub(super) fn head(
        &mut self,
        set: &'a PolicySet,
        input: &'a EstimateInput,
    ) -> Result<usize, ApiError> {
        let key = (
            input.province.as_str(),
            input.start_date,
            local_key(input.local_base),
            local_key(input.local_raised),
        );
        if let Some(&h) = self.head_of.get(&key) {
            let head = &mut self.heads[h];
            head.units += 1;
            head.first_start = head.first_start.min(input.start_date);
            head.last_start = head.last_start.max(input.start_date);
            return Ok(h);
        }
        let j = set.jurisdiction(&input.province, "province")?;
        let layers = set.layers_or_error(j, input.start_date, "startDate")?;
        let mut warnings = Vec::new();
        let mut documents = Vec::new();
        let months_rule = first_of(&layers, |r| r.internship_months.as_ref());
        if let Some((_, l)) = months_rule {
            push_doc(&mut documents, set.doc_ref(l));
        }
        let base = resolve_standard(
            set,
            first_of(&layers, |r| r.base_subsidy.as_ref()),
            input.local_base,
            &mut warnings,
            ("补贴标准", "subsidy standard"),
        );
        let raised = resolve_standard(
            set,
            first_of(&layers, |r| r.raised_subsidy.as_ref()),
            input.local_raised,
            &mut warnings,
            ("提高后的补贴标准", "raised standard"),
        );
        for l in [base.layer, raised.layer].into_iter().flatten() {
            push_doc(&mut documents, set.doc_ref(l));
        }
        let threshold = first_of(&layers, |r| r.retention_threshold.as_ref());
        if let Some((_, l)) = threshold {
            push_doc(&mut documents, set.doc_ref(l));
        } else {
            warnings.push(Msg::new(
                "NO_THRESHOLD",
                "没有找到留用率门槛的规定。",
                "No retention threshold rule was found.",
            ));
        }
        warnings.splice(0..0, set.time_warnings(j, input.start_date, &documents));
        let rate = (
            j as *const Jurisdiction as usize,
            rate_key(base.rate),
            rate_key(raised.rate),
        );
        let rates = match self.rates.iter().position(|r| *r == rate) {
            Some(k) => k as u32,
            None => {
                self.rates.push(rate);
                (self.rates.len() - 1) as u32
            }
        };
        self.heads.push(Head {
            j,
            base,
            raised,
            threshold,
            rates,
            warnings,
            documents,
            first_start: input.start_date,
            last_start: input.start_date,
            units: 1,
        });
        self.head_of.insert(key, self.heads.len() - 1);
        Ok(self.heads.len() - 1)
    }

    /// The first day of each internship month and the day after the last (as the estimate
    /// counts them: it stops where a date would leave the calendar).
    pub(super) fn bounds(&mut self, start: NaiveDate, months: u32) -> &[NaiveDate] {
        self.bounds
            .entry((start, months))
            .or_insert_with(|| (0..=months).map_while(|k| end_of(start, k)).collect())
    }
}

fn value_key<'a>(rate: u32, ctx: &Ctx<'a>, own: Option<u8>, date: NaiveDate) -> ValueKey<'a> {
    let tier = own.or(ctx.tier);
    (
        rate,
        tier.unwrap_or(0),
        if tier.is_none() { ctx.county } else { None },
        date,
    )
}

/// A month's full base for one intern (the estimate's `base_month`), once per key.
pub(super) fn base_of<'a>(
    memo: &mut Memo<'a>,
    ctx: &Ctx<'a>,
    own: Option<u8>,
    date: NaiveDate,
    field: &str,
) -> Result<Option<Decimal>, ApiError> {
    let key = value_key(memo.rate, ctx, own, date);
    if let Some(v) = memo.base.get(&key) {
        return Ok(*v);
    }
    let v = ctx.base_month(own, date, field)?.map(|m| m.full);
    memo.base.insert(key, v);
    Ok(v)
}

/// A month's full raised standard (the estimate's `raised_month`), once per key.
pub(super) fn raised_of<'a>(
    memo: &mut Memo<'a>,
    ctx: &Ctx<'a>,
    own: Option<u8>,
    date: NaiveDate,
    base: Decimal,
    field: &str,
) -> Result<Option<Decimal>, ApiError> {
    let key = value_key(memo.rate, ctx, own, date);
    if let Some(v) = memo.raised.get(&key) {
        return Ok(*v);
    }
    let v = ctx.raised_month(own, date, base, field)?.map(|m| m.full);
    memo.raised.insert(key, v);
    Ok(v)
}
