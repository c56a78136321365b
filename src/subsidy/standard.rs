//! The standards made concrete: the document's figure or the user's local one, and a
//! month's worth of it for one intern under the minimum wage in force that month.
use super::answer::{StandardKind, StandardOut};
use super::input::{EstimateInput, LocalFigure};
use crate::basis::push_doc;
use crate::error::{code, ApiError};
use crate::model::*;
use crate::output::*;
use crate::policy::{first_of, Layer, PolicySet};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::cell::RefCell;

/// A standard made concrete: what a full month is worth for one intern.
#[derive(Clone, Copy)]
pub(crate) enum Rate {
    Fixed(Decimal),
    Increment(Decimal),
    Share(Decimal),
}

pub(crate) struct Resolved<'a> {
    pub(crate) rate: Option<Rate>,
    pub(crate) out: StandardOut,
    pub(crate) layer: Option<Layer<'a>>,
}

pub(crate) fn resolve_standard<'a>(
    set: &PolicySet,
    found: Option<(&'a Standard, Layer<'a>)>,
    local: Option<LocalFigure>,
    warnings: &mut Vec<Msg>,
    what: (&str, &str),
) -> Resolved<'a> {
    let source = found.map(|(s, l)| Cited::new(set, l.jurisdiction, s.source()));
    let layer = found.map(|(_, l)| l);
    let fixed = |kind, rate, amount: Option<Decimal>, percent: Option<Decimal>| Resolved {
        rate: Some(rate),
        out: StandardOut {
            kind,
            amount: amount.map(Money::new),
            percent: percent.map(Num),
            supplied: false,
            required: false,
            note: None,
            source: source.clone(),
            horizon_note: None,
        },
        layer,
    };
    let given = match found.map(|(s, _)| s) {
        Some(Standard::Fixed { amount, .. }) => Some(fixed(
            StandardKind::Fixed,
            Rate::Fixed(*amount),
            Some(*amount),
            None,
        )),
        Some(Standard::Increment { amount, .. }) => Some(fixed(
            StandardKind::Increment,
            Rate::Increment(*amount),
            Some(*amount),
            None,
        )),
        Some(Standard::MinimumWageShare { percent, .. }) => Some(fixed(
            StandardKind::MinimumWageShare,
            Rate::Share(*percent),
            None,
            Some(*percent),
        )),
        Some(Standard::Local { .. }) | None => None,
    };
    if let Some(g) = given {
        if local.is_some() {
            warnings.push(Msg::new(
                "LOCAL_NOT_USED",
                format!("文件已规定{}，你输入的当地标准未被采用。", what.0),
                format!(
                    "The document fixes the {}; the local figure you entered is not used.",
                    what.1
                ),
            ));
        }
        return g;
    }
    let note = match found.map(|(s, _)| s) {
        Some(Standard::Local { note, .. }) => Some(note.clone()),
        _ => Some(Text {
            zh: format!("没有找到{}的规定。", what.0),
            en: format!("No rule on the {} was found.", what.1),
        }),
    };
    match local {
        Some(LocalFigure::Amount(a)) => Resolved {
            rate: Some(Rate::Fixed(a)),
            out: StandardOut {
                kind: StandardKind::Fixed,
                amount: Some(Money::new(a)),
                percent: None,
                supplied: true,
                required: false,
                note,
                source,
                horizon_note: None,
            },
            layer,
        },
        Some(LocalFigure::Percent(p)) => Resolved {
            rate: Some(Rate::Share(p)),
            out: StandardOut {
                kind: StandardKind::MinimumWageShare,
                amount: None,
                percent: Some(Num(p)),
                supplied: true,
                required: false,
                note,
                source,
                horizon_note: None,
            },
            layer,
        },
        None => Resolved {
            rate: None,
            out: StandardOut {
                kind: StandardKind::Local,
                amount: None,
                percent: None,
                supplied: false,
                required: true,
                note,
                source,
                horizon_note: None,
            },
            layer,
        },
    }
}

/// One intern-month's worth of a rate, and the minimum wage behind it.
pub(crate) struct MonthValue {
    pub(crate) full: Decimal,
    pub(super) wage: Option<Decimal>,
    pub(super) wage_source: Option<Cited>,
    pub(super) notes: Vec<Msg>,
}

impl MonthValue {
    /// A fixed sum a month (rounded to the fen), resting on no minimum wage.
    fn fixed(amount: Decimal) -> MonthValue {
        MonthValue {
            full: round_money(amount),
            wage: None,
            wage_source: None,
            notes: Vec::new(),
        }
    }
}

pub(crate) struct Ctx<'a> {
    pub(crate) set: &'a PolicySet,
    pub(crate) j: &'a Jurisdiction,
    pub(crate) tier: Option<u8>,
    pub(crate) county: Option<&'a str>,
    pub(crate) base: Option<Rate>,
    pub(crate) raised: Option<Rate>,
    /// Each minimum wage's citation and source note, written once per call (many months
    /// and interns share one wage).
    pub(crate) wage_notes: RefCell<Vec<WageNote>>,
}

pub(crate) struct WageNote {
    tier: u8,
    from: NaiveDate,
    amount: Decimal,
    cited: Cited,
    note: Msg,
}

fn confidence_words(c: Confidence) -> (&'static str, &'static str) {
    match c {
        Confidence::Seed => ("见通知原文", "in the notice itself"),
        Confidence::Confirmed => (
            "文号与数额经核对一致",
            "document number and figures checked (confirmed)",
        ),
        Confidence::Reported => (
            "来自转载，文号或确切日期缺失，请以当地公布为准",
            "from reposts, the number or exact date missing: check the local notice (reported)",
        ),
    }
}

impl Ctx<'_> {
    pub(crate) fn tier_on(
        &self,
        own: Option<u8>,
        date: NaiveDate,
        field: &str,
        notes: &mut Vec<Msg>,
    ) -> Result<u8, ApiError> {
        if let Some(t) = own.or(self.tier) {
            return Ok(t);
        }
        if let Some(c) = self.county {
            let (t, note) = self.set.county_tier(self.j, c, date, "county")?;
            notes.extend(note);
            return Ok(t);
        }
        Err(ApiError::new(
            code::TIER_REQUIRED,
            if field.is_empty() { "tier".to_owned() } else { field.to_owned() },
            format!("按最低工资比例计算需要最低工资类别“tier”（1 起）或所在县区“county”。{}", self.j.minimum_wage.as_ref().and_then(|t| t.note.as_ref()).map(|n| n.zh.as_str()).unwrap_or("")),
            format!("A share of the minimum wage needs the tier “tier” (from 1) or the county “county”. {}", self.j.minimum_wage.as_ref().and_then(|t| t.note.as_ref()).map(|n| n.en.as_str()).unwrap_or("")),
        ))
    }

    /// The minimum wage of the month, with where it comes from (also as a month note).
    fn wage(
        &self,
        own: Option<u8>,
        date: NaiveDate,
        field: &str,
        notes: &mut Vec<Msg>,
    ) -> Result<(Decimal, Cited), ApiError> {
        let tier = self.tier_on(own, date, field, notes)?;
        let w = self.set.minimum_wage(
            self.j,
            tier,
            date,
            if field.is_empty() { "tier" } else { field },
        )?;
        let mut cache = self.wage_notes.borrow_mut();
        let known = cache
            .iter()
            .position(|n| n.tier == w.tier && n.from == w.entry.from && n.amount == w.amount);
        let k = match known {
            Some(k) => k,
            None => {
                let cited = Cited::new(self.set, self.j, &w.entry.source);
                let (zh, en) = confidence_words(cited.confidence);
                // A document without a number (the data writes "（文号未查到）" for it) is named by its title.
                let (from_zh, from_en) = match self.set.document(self.j, &w.entry.source.document) {
                    Some(d) if d.number.ends_with("（文号未查到）") => (
                        format!("《{}》（未查到文号）", d.title),
                        format!("《{}》 (document number not found)", d.title),
                    ),
                    _ => (format!(" {}", cited.number), format!(" {}", cited.number)),
                };
                let note = Msg::new(
                    "MINIMUM_WAGE_SOURCE",
                    format!(
                        "最低工资 {} 元（第{}类，{} 起）出自{}：{}。",
                        Money::new(w.amount).0,
                        w.tier,
                        w.entry.from,
                        from_zh,
                        zh
                    ),
                    format!(
                        "Minimum wage {} yuan (tier {}, from {}) from{}: {}.",
                        Money::new(w.amount).0,
                        w.tier,
                        w.entry.from,
                        from_en,
                        en
                    ),
                );
                cache.push(WageNote {
                    tier: w.tier,
                    from: w.entry.from,
                    amount: w.amount,
                    cited,
                    note,
                });
                cache.len() - 1
            }
        };
        notes.push(cache[k].note.clone());
        let cited = cache[k].cited.clone();
        notes.extend(w.notes);
        Ok((w.amount, cited))
    }

    /// Base for one full month beginning on `date`.
    pub(crate) fn base_month(
        &self,
        own: Option<u8>,
        date: NaiveDate,
        field: &str,
    ) -> Result<Option<MonthValue>, ApiError> {
        Ok(match self.base {
            None => None,
            Some(Rate::Fixed(a)) | Some(Rate::Increment(a)) => Some(MonthValue::fixed(a)),
            Some(Rate::Share(p)) => Some(self.share_month(own, date, p, field)?),
        })
    }

    /// Raised standard for one full month beginning on `date`, given the base; with the
    /// minimum wage it rests on, when it does (Hunan: a local base, a raised wage share).
    pub(crate) fn raised_month(
        &self,
        own: Option<u8>,
        date: NaiveDate,
        base: Decimal,
        field: &str,
    ) -> Result<Option<MonthValue>, ApiError> {
        Ok(match self.raised {
            None => None,
            Some(Rate::Fixed(a)) => Some(MonthValue::fixed(a)),
            Some(Rate::Increment(a)) => Some(MonthValue::fixed(base + a)),
            Some(Rate::Share(p)) => Some(self.share_month(own, date, p, field)?),
        })
    }

    /// `p` % of the minimum wage in force for a month beginning on `date`, with its source.
    fn share_month(
        &self,
        own: Option<u8>,
        date: NaiveDate,
        p: Decimal,
        field: &str,
    ) -> Result<MonthValue, ApiError> {
        let mut notes = Vec::new();
        let (w, src) = self.wage(own, date, field, &mut notes)?;
        Ok(MonthValue {
            full: round_money(w * p / Decimal::ONE_HUNDRED),
            wage: Some(w),
            wage_source: Some(src),
            notes,
        })
    }
}

/// The standards and threshold in force at the start (their documents added to `used`),
/// and what the user must supply where the document leaves a figure open.
pub(super) struct Standards<'a> {
    pub(super) base: Resolved<'a>,
    pub(super) raised: Resolved<'a>,
    pub(super) threshold: Option<(&'a ThresholdRule, Layer<'a>)>,
    pub(super) required: Vec<Msg>,
}

pub(super) fn standards<'a>(
    set: &'a PolicySet,
    layers: &[Layer<'a>],
    input: &EstimateInput,
    used: &mut Vec<DocRef>,
    warnings: &mut Vec<Msg>,
) -> Standards<'a> {
    let base = resolve_standard(
        set,
        first_of(layers, |r| r.base_subsidy.as_ref()),
        input.local_base,
        warnings,
        ("补贴标准", "subsidy standard"),
    );
    let raised = resolve_standard(
        set,
        first_of(layers, |r| r.raised_subsidy.as_ref()),
        input.local_raised,
        warnings,
        ("提高后的补贴标准", "raised standard"),
    );
    for l in [base.layer, raised.layer].into_iter().flatten() {
        push_doc(used, set.doc_ref(l));
    }
    let threshold = first_of(layers, |r| r.retention_threshold.as_ref());
    if let Some((_, l)) = threshold {
        push_doc(used, set.doc_ref(l));
    }
    let mut required = Vec::new();
    if base.out.required {
        required.push(Msg::new("localStandard.baseAmount", "需要当地的见习补贴标准：填写每人每月金额（baseAmount）或最低工资的百分比（basePercent）。", "The local subsidy standard is needed: a monthly amount per intern (baseAmount) or a share of the minimum wage (basePercent)."));
    }
    if raised.out.required {
        required.push(Msg::new("localStandard.raisedAmount", "需要当地提高后的补贴标准：填写每人每月金额（raisedAmount）或最低工资的百分比（raisedPercent）。", "The local raised standard is needed: a monthly amount per intern (raisedAmount) or a share of the minimum wage (raisedPercent)."));
    }
    Standards {
        base,
        raised,
        threshold,
        required,
    }
}
