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
use crate::eligibility::{merged_items, push_doc, ItemOut};
use crate::error::{code, ApiError};
use crate::input::{Obj, Value};
use crate::json::{self, field, object, OrOmit, ToJson};
use crate::model::*;
use crate::output::*;
use crate::policy::{first_of, Layer, PolicySet};
use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use std::cell::RefCell;
use std::collections::BTreeMap;

pub const MAX_COHORT: i64 = 100_000;
pub const MAX_LIST: usize = 20_000;
const MAX_AMOUNT: i64 = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LocalFigure {
    Amount(Decimal),
    Percent(Decimal),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    InProgress,
    Completed,
    Retained,
    LeftEarly(NaiveDate),
    HiredEarly {
        on: NaiveDate,
        contract_months: Option<u32>,
        social_insurance: Option<bool>,
    },
}

pub const OUTCOMES: [&str; 5] = [
    "inProgress",
    "completed",
    "retained",
    "leftEarly",
    "hiredEarly",
];

#[derive(Debug, Clone, PartialEq)]
pub struct InternIn {
    pub name: Option<String>,
    pub start_date: NaiveDate,
    pub months: u32,
    pub tier: Option<u8>,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Interns {
    Cohort {
        interns: u32,
        retained: u32,
    },
    /// Each intern with its row in `internList`.
    List(Vec<(usize, InternIn)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct EstimateInput {
    pub province: String,
    pub start_date: NaiveDate,
    pub months: u32,
    pub tier: Option<u8>,
    pub county: Option<String>,
    pub interns: Interns,
    pub local_base: Option<LocalFigure>,
    pub local_raised: Option<LocalFigure>,
    /// With `skipInvalidRows`, list rows that fail are reported here and left out; the rest are computed.
    pub rejected: Vec<RowError>,
    pub skip_invalid_rows: bool,
}

/// A list row left out of a batch estimate, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// Position in `internList` (0-based).
    pub index: usize,
    pub code: &'static str,
    pub field: String,
    /// The field without its positions ("internList.outcomeDate"): a stable key for labels.
    pub field_key: String,
    pub message: String,
    pub message_en: String,
}

impl ToJson for RowError {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("index", &self.index),
                field("code", &self.code),
                field("field", &self.field),
                field("fieldKey", &self.field_key),
                field("message", &self.message),
                field("messageEn", &self.message_en),
            ],
        );
    }
}

impl RowError {
    fn new(index: usize, e: ApiError) -> RowError {
        RowError {
            index,
            code: e.code.as_str(),
            field: e.field.clone(),
            field_key: e.field_key(),
            message: e.message.clone(),
            message_en: e.message_en.clone(),
        }
    }
}

pub const FIELDS: [&str; 10] = [
    "province",
    "tier",
    "county",
    "startDate",
    "months",
    "interns",
    "retained",
    "internList",
    "localStandard",
    "skipInvalidRows",
];
pub const INTERN_FIELDS: [&str; 8] = [
    "name",
    "startDate",
    "months",
    "tier",
    "outcome",
    "outcomeDate",
    "contractMonths",
    "socialInsurance",
];
pub(crate) const LOCAL_FIELDS: [&str; 4] =
    ["baseAmount", "basePercent", "raisedAmount", "raisedPercent"];

pub(crate) fn local_figure(
    o: &Obj<'_>,
    amount: &str,
    percent: &str,
) -> Result<Option<LocalFigure>, ApiError> {
    let a = o.opt_decimal(amount, Decimal::from(MAX_AMOUNT))?;
    let p = o.opt_decimal(percent, Decimal::from(1000))?;
    match (a, p) {
        (Some(_), Some(_)) => Err(ApiError::new(
            code::INCONSISTENT,
            o.field(percent),
            format!("“{}”和“{}”只能填一个。", o.field(amount), o.field(percent)),
            format!(
                "Give either “{}” or “{}”, not both.",
                o.field(amount),
                o.field(percent)
            ),
        )),
        (Some(a), None) => Ok(Some(LocalFigure::Amount(a))),
        (None, Some(p)) => Ok(Some(LocalFigure::Percent(p))),
        (None, None) => Ok(None),
    }
}

/// Any agreed length from 1 to 24 months is computed; the notices' "一般为3—12个月"
/// (usually) is a warning, not a limit.
pub const MAX_MONTHS: i64 = 24;

fn months_field(o: &Obj<'_>, key: &str) -> Result<Option<u32>, ApiError> {
    Ok(o.opt_int(key, 1, MAX_MONTHS)?.map(|m| m as u32))
}

pub(crate) fn end_of(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start.checked_add_months(Months::new(months))
}

impl EstimateInput {
    pub fn from_value(v: &Value) -> Result<EstimateInput, ApiError> {
        let o = Obj::new(v, "")?;
        o.only(&FIELDS)?;
        let start_date = o.date("startDate")?;
        let months = months_field(&o, "months")?.ok_or_else(|| {
            ApiError::new(
                code::MISSING_FIELD,
                "months",
                "缺少必填字段“months”（约定见习月数）。",
                "The field “months” (agreed length in months) is required.",
            )
        })?;
        let tier = o.opt_int("tier", 1, 9)?.map(|t| t as u8);
        let county = o.opt_str("county")?.map(str::to_owned);
        let (local_base, local_raised) = match o.get("localStandard") {
            None => (None, None),
            Some(v) => {
                let l = Obj::new(v, "localStandard")?;
                l.only(&LOCAL_FIELDS)?;
                (
                    local_figure(&l, "baseAmount", "basePercent")?,
                    local_figure(&l, "raisedAmount", "raisedPercent")?,
                )
            }
        };
        let skip_invalid_rows = o.opt_bool("skipInvalidRows")?.unwrap_or(false);
        let mut rejected = Vec::new();
        let cohort = o.opt_int("interns", 1, MAX_COHORT)?;
        let list = o.opt_array("internList", MAX_LIST)?;
        let interns = match (cohort, list) {
            (Some(_), Some(_)) => {
                return Err(ApiError::new(
                    code::INCONSISTENT,
                    "internList",
                    "“interns/retained”和“internList”只能用一种。",
                    "Give either “interns”/“retained” or “internList”, not both.",
                ))
            }
            (Some(n), None) => {
                let retained = o.opt_int("retained", 0, MAX_COHORT)?.unwrap_or(0);
                if retained > n {
                    return Err(ApiError::new(
                        code::INCONSISTENT,
                        "retained",
                        format!("留用人数 {retained} 不能多于见习人数 {n}。"),
                        format!("Retained ({retained}) cannot exceed interns ({n})."),
                    ));
                }
                Interns::Cohort {
                    interns: n as u32,
                    retained: retained as u32,
                }
            }
            (None, Some(items)) => {
                if o.get("retained").is_some() {
                    return Err(ApiError::new(code::INCONSISTENT, "retained", "使用“internList”时留用情况按每人的“outcome”计算，不要填“retained”。", "With “internList”, retention comes from each intern's “outcome”; leave out “retained”."));
                }
                if items.is_empty() {
                    return Err(ApiError::new(
                        code::OUT_OF_RANGE,
                        "internList",
                        "“internList”至少要有一人。",
                        "“internList” needs at least one intern.",
                    ));
                }
                let mut list = Vec::with_capacity(items.len());
                for (k, item) in items.iter().enumerate() {
                    match intern_from(item, &format!("internList[{k}]"), start_date, months) {
                        Ok(it) => list.push((k, it)),
                        Err(e) if skip_invalid_rows => rejected.push(RowError::new(k, e)),
                        Err(e) => return Err(e),
                    }
                }
                Interns::List(list)
            }
            (None, None) => return Err(ApiError::new(
                code::MISSING_FIELD,
                "interns",
                "请填写见习人数“interns”（及留用人数“retained”），或提供名单“internList”。",
                "Give the number of interns “interns” (and “retained”), or a list “internList”.",
            )),
        };
        Ok(EstimateInput {
            province: o.str("province")?.to_owned(),
            start_date,
            months,
            tier,
            county,
            interns,
            local_base,
            local_raised,
            rejected,
            skip_invalid_rows,
        })
    }
}

fn intern_from(
    v: &Value,
    path: &str,
    default_start: NaiveDate,
    default_months: u32,
) -> Result<InternIn, ApiError> {
    let o = Obj::new(v, path)?;
    o.only(&INTERN_FIELDS)?;
    let start_date = o.opt_date("startDate")?.unwrap_or(default_start);
    let months = months_field(&o, "months")?.unwrap_or(default_months);
    let end = end_of(start_date, months).ok_or_else(|| {
        ApiError::new(
            code::OUT_OF_RANGE,
            o.field("startDate"),
            "日期超出范围。",
            "Date out of range.",
        )
    })?;
    let kind = o.opt_choice("outcome", &OUTCOMES)?.unwrap_or("inProgress");
    let date = o.opt_date("outcomeDate")?;
    let dated = matches!(kind, "leftEarly" | "hiredEarly");
    if dated {
        let d = date.ok_or_else(|| {
            ApiError::new(
                code::MISSING_FIELD,
                o.field("outcomeDate"),
                format!("“{}”为提前离开或提前录用时需要日期。", o.field("outcome")),
                format!(
                    "“{}” needs a date when an intern left or was hired early.",
                    o.field("outcome")
                ),
            )
        })?;
        if d <= start_date || d >= end {
            return Err(ApiError::new(
                code::INCONSISTENT,
                o.field("outcomeDate"),
                format!("日期 {d} 应在见习期内（{start_date} 之后、{end} 之前）。"),
                format!("The date {d} must fall inside the internship (after {start_date}, before {end})."),
            ));
        }
    } else if date.is_some() {
        return Err(ApiError::new(
            code::INCONSISTENT,
            o.field("outcomeDate"),
            "只有提前离开（leftEarly）或提前录用（hiredEarly）需要日期。",
            "Only leftEarly and hiredEarly take a date.",
        ));
    }
    let contract_months = o.opt_int("contractMonths", 0, 1200)?.map(|m| m as u32);
    let social_insurance = o.opt_bool("socialInsurance")?;
    if kind != "hiredEarly" && (contract_months.is_some() || social_insurance.is_some()) {
        return Err(ApiError::new(
            code::INCONSISTENT,
            o.field("contractMonths"),
            "劳动合同期限和社保只用于提前录用（hiredEarly）。",
            "Contract length and social insurance apply only to hiredEarly.",
        ));
    }
    let outcome = match (kind, date) {
        ("completed", _) => Outcome::Completed,
        ("retained", _) => Outcome::Retained,
        ("leftEarly", Some(d)) => Outcome::LeftEarly(d),
        ("hiredEarly", Some(on)) => Outcome::HiredEarly {
            on,
            contract_months,
            social_insurance,
        },
        _ => Outcome::InProgress,
    };
    let name = o.opt_str("name")?.map(str::to_owned);
    Ok(InternIn {
        name,
        start_date,
        months,
        tier: o.opt_int("tier", 1, 9)?.map(|t| t as u8),
        outcome,
    })
}

// ------------------------------------------------------------------ output

#[derive(Debug, Clone, PartialEq)]
pub struct StandardOut {
    /// "fixed", "increment", "minimumWageShare" or "local".
    pub kind: &'static str,
    pub amount: Option<Money>,
    pub percent: Option<Num>,
    /// True when the figure is the user's local standard, not the document's.
    pub supplied: bool,
    /// True when the document leaves the figure open and none was supplied.
    pub required: bool,
    pub note: Option<Text>,
    pub source: Option<Cited>,
    /// Set when months of the internship fall past the period the document speaks of:
    /// the figure is that year's standard, to be confirmed locally.
    pub horizon_note: Option<Msg>,
}

impl ToJson for StandardOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("kind", &self.kind),
                field("amount", &self.amount),
                field("percent", &self.percent),
                field("supplied", &self.supplied),
                field("required", &self.required),
                field("note", &self.note),
                field("source", &self.source),
                field("horizonNote", &self.horizon_note),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MonthRow {
    /// The calendar month in which these internship months begin ("2023-07").
    pub month: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The minimum wage used, when one applies and is the same for every intern this month.
    pub minimum_wage: Option<Money>,
    /// Where that minimum wage comes from, with its confidence.
    pub minimum_wage_source: Option<Cited>,
    /// The base amount per intern for a full month, when the same for every intern.
    pub per_intern_base: Option<Money>,
    /// Interns active in this month.
    pub interns: u32,
    /// Intern-months paid (fractions for part months).
    pub intern_months: Num,
    pub amount: Option<Money>,
    /// The retention difference for this month, paid once after the internship.
    pub difference: Option<Money>,
    pub formula: Option<String>,
    pub notes: Vec<Msg>,
}

impl ToJson for MonthRow {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("month", &self.month),
                field("from", &self.from),
                field("to", &self.to),
                field("minimumWage", &self.minimum_wage),
                field("minimumWageSource", &self.minimum_wage_source),
                field("perInternBase", &self.per_intern_base),
                field("interns", &self.interns),
                field("internMonths", &self.intern_months),
                field("amount", &self.amount),
                field("difference", &self.difference),
                field("formula", &self.formula),
                field("notes", &self.notes),
            ],
        );
    }
}

/// The retention rate counted one way.
#[derive(Debug, Clone, PartialEq)]
pub struct RetentionReadingOut {
    /// "allInterns" or "completedInterns": who counts in the denominator.
    pub id: &'static str,
    pub numerator: u32,
    pub denominator: u32,
    pub percent: Num,
    pub meets_threshold: Option<bool>,
    pub text: Text,
    pub source: Cited,
}

impl ToJson for RetentionReadingOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("id", &self.id),
                field("numerator", &self.numerator),
                field("denominator", &self.denominator),
                field("percent", &self.percent),
                field("meetsThreshold", &self.meets_threshold),
                field("text", &self.text),
                field("source", &self.source),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RetentionOut {
    /// The first reading's figures (the only one where the document defines the rate).
    pub numerator: u32,
    pub denominator: u32,
    /// Still in their internship: not counted as retained yet.
    pub in_progress: u32,
    pub percent: Num,
    pub threshold_percent: Option<Num>,
    /// true/false, or null while interns in progress could still change it, or when
    /// the readings disagree.
    pub meets_threshold: Option<bool>,
    /// What the jurisdiction's document says about counting the rate (or that it does not).
    pub definition: Msg,
    /// Each way of counting, with its figures and source.
    pub readings: Vec<RetentionReadingOut>,
    /// The readings come to different answers on the threshold: left open.
    pub readings_disagree: bool,
    pub source: Option<Cited>,
}

impl ToJson for RetentionOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("numerator", &self.numerator),
                field("denominator", &self.denominator),
                field("inProgress", &self.in_progress),
                field("percent", &self.percent),
                field("thresholdPercent", &self.threshold_percent),
                field("meetsThreshold", &self.meets_threshold),
                field("definition", &self.definition),
                field("readings", &self.readings),
                field("readingsDisagree", &self.readings_disagree),
                field("source", &self.source),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CheckOut {
    pub kind: &'static str,
    pub status: &'static str,
    pub detail: Msg,
}

impl ToJson for CheckOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("kind", &self.kind),
                field("status", &self.status),
                field("detail", &self.detail),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct RemainingOut {
    pub intern: usize,
    pub name: Option<String>,
    pub hired_on: NaiveDate,
    /// true, false, or null when a condition cannot be checked from the input.
    pub eligible: Option<bool>,
    pub conditions: Vec<CheckOut>,
    pub intern_months: Num,
    pub amount: Option<Money>,
    pub source: Option<Cited>,
    /// How the rule was found, where that needs saying (a continuation dated back).
    pub note: Option<Msg>,
    /// The document cited, for the answer's basis; not written out with the row.
    pub doc: Option<DocRef>,
}

impl ToJson for RemainingOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("intern", &self.intern),
                field("name", &self.name),
                field("hiredOn", &self.hired_on),
                field("eligible", &self.eligible),
                field("conditions", &self.conditions),
                field("internMonths", &self.intern_months),
                field("amount", &self.amount),
                field("source", &self.source),
                field("note", &OrOmit(&self.note)),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct InternOut {
    pub index: usize,
    pub name: Option<String>,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    pub outcome: &'static str,
    pub intern_months: Num,
    pub base: Option<Money>,
    pub difference: Option<Money>,
    pub remaining_period: Option<Money>,
}

impl ToJson for InternOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("index", &self.index),
                field("name", &self.name),
                field("startDate", &self.start_date),
                field("endDate", &self.end_date),
                field("outcome", &self.outcome),
                field("internMonths", &self.intern_months),
                field("base", &self.base),
                field("difference", &self.difference),
                field("remainingPeriod", &self.remaining_period),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SubsidyEstimate {
    pub province: String,
    pub province_name: Text,
    pub start_date: NaiveDate,
    pub agreed_months: u32,
    /// "cohort" or "list".
    pub mode: &'static str,
    pub basis: Basis,
    pub base_standard: StandardOut,
    pub raised_standard: StandardOut,
    pub months: Vec<MonthRow>,
    pub base_total: Option<Money>,
    pub retention_rate: RetentionOut,
    /// Whether the raised standard applies (null: not yet known).
    pub raised_applies: Option<bool>,
    /// The one-time difference paid after the internship ("1+1"); null when unknown.
    pub retention_difference: Option<Money>,
    /// What the difference would be if the threshold is met (also when it is not yet known).
    pub potential_difference: Option<Money>,
    pub difference_payable_after: NaiveDate,
    pub remaining_period: Vec<RemainingOut>,
    pub remaining_period_total: Option<Money>,
    pub total: Option<Money>,
    /// Figures the user must supply for a complete estimate (field names in `localStandard`).
    pub required: Vec<Msg>,
    pub interns: Vec<InternOut>,
    pub employer_notes: Vec<ItemOut>,
    pub rules: Vec<Msg>,
    pub warnings: Vec<Msg>,
    /// List rows left out (with `skipInvalidRows`), in row order.
    pub rejected_rows: Vec<RowError>,
}

impl ToJson for SubsidyEstimate {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("province", &self.province),
                field("provinceName", &self.province_name),
                field("startDate", &self.start_date),
                field("agreedMonths", &self.agreed_months),
                field("mode", &self.mode),
                field("basis", &self.basis),
                field("baseStandard", &self.base_standard),
                field("raisedStandard", &self.raised_standard),
                field("months", &self.months),
                field("baseTotal", &self.base_total),
                field("retentionRate", &self.retention_rate),
                field("raisedApplies", &self.raised_applies),
                field("retentionDifference", &self.retention_difference),
                field("potentialDifference", &self.potential_difference),
                field("differencePayableAfter", &self.difference_payable_after),
                field("remainingPeriod", &self.remaining_period),
                field("remainingPeriodTotal", &self.remaining_period_total),
                field("total", &self.total),
                field("required", &self.required),
                field("interns", &self.interns),
                field("employerNotes", &self.employer_notes),
                field("rules", &self.rules),
                field("warnings", &self.warnings),
                field("rejectedRows", &self.rejected_rows),
            ],
        );
    }
}

// ------------------------------------------------------------------ computation

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
        Some(Standard::Fixed { amount, .. }) => {
            Some(fixed("fixed", Rate::Fixed(*amount), Some(*amount), None))
        }
        Some(Standard::Increment { amount, .. }) => Some(fixed(
            "increment",
            Rate::Increment(*amount),
            Some(*amount),
            None,
        )),
        Some(Standard::MinimumWageShare { percent, .. }) => Some(fixed(
            "minimumWageShare",
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
                kind: "fixed",
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
                kind: "minimumWageShare",
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
                kind: "local",
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
    wage: Option<Decimal>,
    wage_source: Option<Cited>,
    notes: Vec<Msg>,
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
                let note = Msg::new(
                    "MINIMUM_WAGE_SOURCE",
                    format!(
                        "最低工资 {} 元（第{}类，{} 起）出自 {}：{}。",
                        Money::new(w.amount).0,
                        w.tier,
                        w.entry.from,
                        cited.number,
                        zh
                    ),
                    format!(
                        "Minimum wage {} yuan (tier {}, from {}) from {}: {}.",
                        Money::new(w.amount).0,
                        w.tier,
                        w.entry.from,
                        cited.number,
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
        let mut notes = Vec::new();
        Ok(match self.base {
            None => None,
            Some(Rate::Fixed(a)) | Some(Rate::Increment(a)) => Some(MonthValue {
                full: round_money(a),
                wage: None,
                wage_source: None,
                notes,
            }),
            Some(Rate::Share(p)) => {
                let (w, src) = self.wage(own, date, field, &mut notes)?;
                Some(MonthValue {
                    full: round_money(w * p / Decimal::ONE_HUNDRED),
                    wage: Some(w),
                    wage_source: Some(src),
                    notes,
                })
            }
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
        let mut notes = Vec::new();
        Ok(match self.raised {
            None => None,
            Some(Rate::Fixed(a)) => Some(MonthValue {
                full: round_money(a),
                wage: None,
                wage_source: None,
                notes,
            }),
            Some(Rate::Increment(a)) => Some(MonthValue {
                full: round_money(base + a),
                wage: None,
                wage_source: None,
                notes,
            }),
            Some(Rate::Share(p)) => {
                let (w, src) = self.wage(own, date, field, &mut notes)?;
                Some(MonthValue {
                    full: round_money(w * p / Decimal::ONE_HUNDRED),
                    wage: Some(w),
                    wage_source: Some(src),
                    notes,
                })
            }
        })
    }
}

/// The share of internship month [s, e) covered by [from, until).
pub(crate) fn covered(s: NaiveDate, e: NaiveDate, from: NaiveDate, until: NaiveDate) -> (i64, i64) {
    let a = s.max(from);
    let b = e.min(until);
    ((b - a).num_days().max(0), (e - s).num_days().max(1))
}

pub(crate) fn prorate(full: Decimal, days: i64, of: i64) -> Decimal {
    if days >= of {
        full
    } else {
        round_money(full * Decimal::from(days) / Decimal::from(of))
    }
}

#[derive(Default)]
struct RowAcc {
    /// The month values (memo entries) already merged into this row.
    merged: Vec<usize>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    wages: Vec<Decimal>,
    wage_sources: Vec<Cited>,
    bases: Vec<Decimal>,
    interns: u32,
    intern_months: Decimal,
    amount: Decimal,
    difference: Decimal,
    notes: Vec<Msg>,
}

struct InternCalc {
    intern_months: Decimal,
    base: Decimal,
    difference: Decimal,
    remaining: Option<RemainingOut>,
}

fn outcome_id(o: &Outcome) -> &'static str {
    match o {
        Outcome::InProgress => "inProgress",
        Outcome::Completed => "completed",
        Outcome::Retained => "retained",
        Outcome::LeftEarly(_) => "leftEarly",
        Outcome::HiredEarly { .. } => "hiredEarly",
    }
}

/// A unit's interns as the retention rate counts them (the summary path counts the same).
pub(crate) struct RetentionCounts {
    pub all_interns: u32,
    /// Retained at the end or hired early.
    pub numerator: u32,
    pub in_progress: u32,
    pub left_early: u32,
}

impl RetentionCounts {
    /// Who counts in the denominator under a reading.
    pub(crate) fn denominator(&self, base: RetentionBase) -> u32 {
        match base {
            RetentionBase::AllInterns => self.all_interns,
            RetentionBase::CompletedInterns => self.all_interns - self.left_early,
        }
    }

    /// Settled either way, or open while interns in progress could still change it.
    pub(crate) fn meets(&self, percent: Decimal, denominator: u32) -> Option<bool> {
        if denominator == 0 {
            // No intern at all: nothing to say. All left early (second reading): none retained.
            return (self.all_interns > 0).then_some(false);
        }
        let reached = |num: u32| {
            Decimal::from(num) * Decimal::ONE_HUNDRED >= percent * Decimal::from(denominator)
        };
        if reached(self.numerator) {
            Some(true)
        } else if !reached(self.numerator + self.in_progress) {
            Some(false)
        } else {
            None
        }
    }
}

/// The readings' common answer on the threshold; open (None) when they differ or there is none.
pub(crate) fn agreed(mut answers: impl Iterator<Item = Option<bool>>) -> Option<bool> {
    let first = answers.next()?;
    answers.all(|a| a == first).then_some(first).flatten()
}

pub fn estimate(set: &PolicySet, input: &EstimateInput) -> Result<SubsidyEstimate, ApiError> {
    let j = set.jurisdiction(&input.province, "province")?;
    let layers = set.layers_or_error(j, input.start_date, "startDate")?;
    let mut warnings = Vec::new();
    let mut rejected = input.rejected.clone();
    let mut used: Vec<DocRef> = Vec::new();

    // "一般为3—12个月" (usually 3 to 12 months): any length from 1 to 24 is computed, and
    // one outside the usual range is warned about, citing the text.
    let months_rule = first_of(&layers, |r| r.internship_months.as_ref())
        .map(|(m, l)| (m, l, true))
        .or_else(|| {
            set.all_rule_sets(j)
                .find_map(|l| l.rule_set.internship_months.as_ref().map(|m| (m, l, false)))
        });
    if let Some((m, l, in_force)) = months_rule {
        if in_force {
            push_doc(&mut used, set.doc_ref(l));
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

    let mut base = resolve_standard(
        set,
        first_of(&layers, |r| r.base_subsidy.as_ref()),
        input.local_base,
        &mut warnings,
        ("补贴标准", "subsidy standard"),
    );
    let mut raised = resolve_standard(
        set,
        first_of(&layers, |r| r.raised_subsidy.as_ref()),
        input.local_raised,
        &mut warnings,
        ("提高后的补贴标准", "raised standard"),
    );
    for l in [base.layer, raised.layer].into_iter().flatten() {
        push_doc(&mut used, set.doc_ref(l));
    }
    let threshold = first_of(&layers, |r| r.retention_threshold.as_ref());
    if let Some((_, l)) = threshold {
        push_doc(&mut used, set.doc_ref(l));
    }
    let mut required = Vec::new();
    if base.out.required {
        required.push(Msg::new("localStandard.baseAmount", "需要当地的见习补贴标准：填写每人每月金额（baseAmount）或最低工资的百分比（basePercent）。", "The local subsidy standard is needed: a monthly amount per intern (baseAmount) or a share of the minimum wage (basePercent)."));
    }
    if raised.out.required {
        required.push(Msg::new("localStandard.raisedAmount", "需要当地提高后的补贴标准：填写每人每月金额（raisedAmount）或最低工资的百分比（raisedPercent）。", "The local raised standard is needed: a monthly amount per intern (raisedAmount) or a share of the minimum wage (raisedPercent)."));
    }

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

    let (mode, list): (&'static str, Vec<(usize, InternIn, u32)>) = match &input.interns {
        Interns::Cohort { interns, retained } => {
            let mk = |outcome| InternIn {
                name: None,
                start_date: input.start_date,
                months: input.months,
                tier: None,
                outcome,
            };
            let mut v = Vec::new();
            if *retained > 0 {
                v.push((0, mk(Outcome::Retained), *retained));
            }
            if interns > retained {
                v.push((0, mk(Outcome::Completed), interns - retained));
            }
            ("cohort", v)
        }
        Interns::List(items) => {
            let bad: Vec<usize> = rejected.iter().map(|r| r.index).collect();
            (
                "list",
                items
                    .iter()
                    .filter(|(k, _)| !bad.contains(k))
                    .cloned()
                    .map(|(k, i)| (k, i, 1))
                    .collect(),
            )
        }
    };
    // A tier is needed up front wherever a figure is a share of the minimum wage; in a
    // batch, a row whose wage cannot be found is reported and left out before counting.
    let mut list = list;
    let mut memo = MonthMemo::default();
    if needs_wage {
        let mut kept = Vec::with_capacity(list.len());
        for (index, intern, count) in list {
            let field = || tier_field(mode, index);
            let check = ctx
                .tier_on(intern.tier, intern.start_date, "", &mut Vec::new())
                .or_else(|_| ctx.tier_on(intern.tier, intern.start_date, &field(), &mut Vec::new()))
                .and_then(|_| {
                    if input.skip_invalid_rows {
                        intern_schedule(
                            &ctx,
                            &intern,
                            count,
                            &field,
                            &mut BTreeMap::new(),
                            &mut memo,
                        )
                        .map(|_| ())
                    } else {
                        Ok(())
                    }
                });
            match check {
                Ok(()) => kept.push((index, intern, count)),
                Err(e) if input.skip_invalid_rows && mode == "list" => {
                    rejected.push(RowError::new(index, e))
                }
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
    let all_interns = count(&|_| true);
    let numerator = count(&|o| matches!(o, Outcome::Retained | Outcome::HiredEarly { .. }));
    let in_progress = count(&|o| *o == Outcome::InProgress);
    let left_early = count(&|o| matches!(o, Outcome::LeftEarly(_)));
    let counts = RetentionCounts {
        all_interns,
        numerator,
        in_progress,
        left_early,
    };
    let percent_of = |denominator: u32| {
        if denominator == 0 {
            Decimal::ZERO
        } else {
            (Decimal::from(numerator) * Decimal::ONE_HUNDRED / Decimal::from(denominator))
                .round_dp(2)
        }
    };
    // Where the document does not define the rate, each reading is counted; if they
    // disagree on the threshold the answer is left open.
    let readings: Vec<RetentionReadingOut> = threshold
        .map(|(t, l)| {
            t.readings
                .iter()
                .map(|r| {
                    let id = match r.base {
                        RetentionBase::AllInterns => "allInterns",
                        RetentionBase::CompletedInterns => "completedInterns",
                    };
                    let denominator = counts.denominator(r.base);
                    RetentionReadingOut {
                        id,
                        numerator,
                        denominator,
                        percent: Num(percent_of(denominator)),
                        meets_threshold: counts.meets(t.percent, denominator),
                        text: r.text.clone(),
                        source: Cited::new(set, l.jurisdiction, &r.source),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let readings_disagree = readings.iter().any(|r| r.meets_threshold == Some(true))
        && readings.iter().any(|r| r.meets_threshold == Some(false));
    let meets_threshold = agreed(readings.iter().map(|r| r.meets_threshold));
    let denominator = readings.first().map_or(all_interns, |r| r.denominator);

    let mut rows: BTreeMap<(i32, u32), RowAcc> = BTreeMap::new();
    let mut interns_out = Vec::new();
    let mut remaining = Vec::new();
    let mut last_day = input.start_date;
    for (index, intern, count) in list.iter() {
        let index = *index;
        let field = || tier_field(mode, index);
        let calc = intern_schedule(&ctx, intern, *count, &field, &mut rows, &mut memo)?;
        let end = end_of(intern.start_date, intern.months).unwrap_or(intern.start_date);
        last_day = last_day.max(end.pred_opt().unwrap_or(end));
        let remaining_out = calc.remaining.map(|mut r| {
            r.intern = index;
            r.name = intern.name.clone();
            r
        });
        if mode == "list" {
            interns_out.push(InternOut {
                index,
                name: intern.name.clone(),
                start_date: intern.start_date,
                end_date: end.pred_opt().unwrap_or(end),
                outcome: outcome_id(&intern.outcome),
                intern_months: Num(calc.intern_months.round_dp(4)),
                base: base.rate.map(|_| Money::new(calc.base)),
                difference: match (meets_threshold, raised.rate, base.rate) {
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

    let known_base = base.rate.is_some();
    let known_diff = known_base && raised.rate.is_some();
    let mut figures: Vec<Cited> = Vec::new();
    let mut months: Vec<MonthRow> = rows
        .into_iter()
        .map(|((y, m), acc)| {
            for f in &acc.wage_sources {
                if !figures.contains(f) {
                    figures.push(f.clone());
                }
            }
            let same = |v: &[Decimal]| v.first().filter(|f| v.iter().all(|x| x == *f)).copied();
            let wage = same(&acc.wages);
            let per = same(&acc.bases);
            let formula = match (per, wage, base.rate) {
                (Some(p), Some(w), Some(Rate::Share(pct))) => Some(formula(
                    &[Money::new(w).0, pct.normalize()],
                    Money::new(p).0,
                    acc.intern_months.normalize(),
                    round_money(acc.amount),
                )),
                (Some(p), _, Some(_)) => Some(formula(
                    &[],
                    Money::new(p).0,
                    acc.intern_months.normalize(),
                    round_money(acc.amount),
                )),
                _ => None,
            };
            MonthRow {
                month: month_text(y, m),
                from: acc.from.unwrap_or(input.start_date),
                to: acc.to.unwrap_or(input.start_date),
                minimum_wage: wage.map(Money::new),
                minimum_wage_source: match acc.wage_sources.as_slice() {
                    [one] => Some(one.clone()),
                    _ => None,
                },
                per_intern_base: per.filter(|_| known_base).map(Money::new),
                interns: acc.interns,
                intern_months: Num(acc.intern_months.round_dp(4)),
                amount: known_base.then(|| Money::new(acc.amount)),
                difference: known_diff.then(|| Money::new(acc.difference)),
                formula,
                notes: dedup(acc.notes),
            }
        })
        .collect();

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
    let threshold_source = threshold.map(|(t, l)| Cited::new(set, l.jurisdiction, &t.source));
    if readings_disagree {
        let shown: Vec<String> = readings
            .iter()
            .map(|r| {
                format!(
                    "{}/{} = {}%",
                    r.numerator,
                    r.denominator,
                    r.percent.0.normalize()
                )
            })
            .collect();
        warnings.push(Msg::new(
            "RETENTION_READINGS_DISAGREE",
            format!("文件未定义“见习期满留用率”怎样计算，两种算法的结论不同（{}）：是否达到留用率门槛、能否领取差额补贴，请向当地人社部门确认。", shown.join("；")),
            format!("The documents do not define how the retention rate is counted, and the two ways of counting disagree ({}): whether the threshold is met, and the difference paid, is for the local HR bureau to confirm.", shown.join("; ")),
        ));
    }
    let retention_rate = RetentionOut {
        numerator,
        denominator,
        in_progress,
        percent: Num(percent_of(denominator)),
        threshold_percent: threshold.map(|(t, _)| Num(t.percent)),
        meets_threshold,
        definition: match threshold {
            Some((t, _)) => Msg::new(
                "RETENTION_DEFINITION",
                t.definition.zh.clone(),
                t.definition.en.clone(),
            ),
            None => Msg::new(
                "RETENTION_DEFINITION",
                "没有找到留用率的规定。",
                "No rule on the retention rate was found.",
            ),
        },
        readings,
        readings_disagree,
        source: threshold_source,
    };
    if threshold.is_none() {
        warnings.push(Msg::new(
            "NO_THRESHOLD",
            "没有找到留用率门槛的规定。",
            "No retention threshold rule was found.",
        ));
    }
    for d in remaining.iter().filter_map(|r| r.doc.clone()) {
        push_doc(&mut used, d);
    }
    // The rules in force at the start govern the whole internship, also past a notice's
    // stated end: say so, naming the months that fall after it.
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
    for standard in [&mut base, &mut raised] {
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
    let rules = vec![
        Msg::new("RULE_DATES", "整个见习期按见习开始当日有效的规定计算；最低工资按每个见习月首日有效的标准。", "The rules in force on the start date govern the whole internship; the minimum wage is the one in force on the first day of each internship month."),
        Msg::new("RULE_PART_MONTH", "见习月从开始日起算至下月同日；不足一个见习月的按实际天数占该见习月天数的比例折算。这是本工具的估算规则，文件未作规定。", "An internship month runs from the start day to the same day of the next month; a month served in part is paid pro rata by days. This is the tool's estimating rule; the documents do not say."),
        Msg::new("RULE_ROUNDING", "金额按每人每月四舍五入到分，合计为各行之和。", "Amounts are rounded to the fen (half away from zero) per intern and month; totals add the rounded lines."),
    ];
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

/// A row's formula, "1600.00 × 70% = 1120.00 × 7 = 7840.00" (wage and share, where the
/// standard is one) or "1500.00 × 3 = 4500.00", written without `format!`.
fn formula(share: &[Decimal], per: Decimal, intern_months: Decimal, amount: Decimal) -> String {
    let mut out = String::with_capacity(48);
    if let [wage, percent] = share {
        json::decimal(&mut out, wage);
        out.push_str(" × ");
        json::decimal(&mut out, percent);
        out.push_str("% = ");
    }
    json::decimal(&mut out, &per);
    out.push_str(" × ");
    json::decimal(&mut out, &intern_months);
    out.push_str(" = ");
    json::decimal(&mut out, &amount);
    out
}

/// "2023-07" (years of four digits, as the input dates have).
fn month_text(year: i32, month: u32) -> String {
    let mut out = String::with_capacity(7);
    if (0..=9999).contains(&year) {
        let y = year as u32;
        for d in [
            y / 1000,
            y / 100 % 10,
            y / 10 % 10,
            y % 10,
            10,
            month / 10,
            month % 10,
        ] {
            out.push(if d == 10 {
                '-'
            } else {
                char::from(b'0' + d as u8)
            });
        }
    } else {
        out = format!("{year:04}-{month:02}");
    }
    out
}

fn dedup(notes: Vec<Msg>) -> Vec<Msg> {
    let mut out: Vec<Msg> = Vec::new();
    for n in notes {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// Month values (a full month's base and raised standard, the minimum wage and its source
/// note) worked out once per intern tier and month start: every intern starting on the
/// same day shares them. Formatting the wage's source note per intern and month made a
/// 10,000-intern batch several times slower. Only successes are kept: an error names the
/// row it came from, so it is worked out again for each.
#[derive(Default)]
struct MonthMemo {
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
fn tier_field(mode: &str, index: usize) -> String {
    if mode == "list" {
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

fn intern_schedule(
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
    let n = Decimal::from(count);
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
    for k in 0..intern.months {
        let (Some(s), Some(e)) = (end_of(start, k), end_of(start, k + 1)) else {
            break;
        };
        let (days, of) = covered(s, e, start, served_until);
        let m = memo.find(ctx, intern.tier, s, field)?;
        let full = memo.entries[m].base.as_ref().map(|v| v.full);
        if days > 0 {
            let frac = Decimal::from(days) / Decimal::from(of);
            let acc = rows.entry((s.year(), s.month())).or_default();
            acc.from = Some(acc.from.map_or(s, |f| f.min(s)));
            let last = e.pred_opt().unwrap_or(e);
            acc.to = Some(acc.to.map_or(last, |t| t.max(last)));
            acc.interns += count;
            acc.intern_months += frac * n;
            calc.intern_months += frac;
            if let Some(full) = full {
                memo.raised(ctx, m, field)?;
                let entry = &memo.entries[m];
                let raised = entry.raised.as_ref().and_then(Option::as_ref);
                let amount = prorate(full, days, of);
                acc.amount += amount * n;
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
                    acc.difference += diff * n;
                    calc.difference += diff;
                }
            }
        }
        if let Some(on) = hired {
            let (rdays, rof) = covered(s, e, on, e.max(on));
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

pub(crate) fn remaining_period(
    ctx: &Ctx<'_>,
    intern: &InternIn,
    on: NaiveDate,
    contract_months: Option<u32>,
    social_insurance: Option<bool>,
    months: Decimal,
    amount: Option<Decimal>,
) -> RemainingOut {
    let set = ctx.set;
    let covers =
        |r: &RemainingPeriodRule| r.window_from.is_none_or(|f| f <= on) && on <= r.window_until;
    // The rules in force on the start date govern, as for the rest of the internship.
    let start = intern.start_date;
    let in_force_at_start = set.layers(ctx.j, start).into_iter().find_map(|l| {
        l.rule_set
            .remaining_period
            .as_ref()
            .filter(|r| covers(r))
            .map(|r| (r, l))
    });
    // Where none of them covers the hire date, a continuation issued later in the year may
    // be dated back to cover it (2023: "延续至2023年底", read as the whole year): the one
    // that took effect first after the start, as it would have stood had it come on time.
    let mut dated_back: Option<(&RemainingPeriodRule, Layer<'_>)> = None;
    if in_force_at_start.is_none() {
        for l in set.all_rule_sets(ctx.j) {
            let Some(r) = l.rule_set.remaining_period.as_ref() else {
                continue;
            };
            if l.rule_set.valid_from > start
                && covers(r)
                && dated_back.is_none_or(|(_, d)| l.rule_set.valid_from < d.rule_set.valid_from)
            {
                dated_back = Some((r, l));
            }
        }
    }
    let note = dated_back.map(|(_, l)| {
        let d = set.doc_ref(l);
        Msg::new(
            "CONTINUATION_DATED_BACK",
            format!("见习开始时有效的规定没有覆盖 {on}；{}（{} 起施行）晚于见习开始，其延续剩余期限补贴政策的规定按覆盖整年、不留空档理解（本工具的解读，见出处）。", d.number, d.valid_from),
            format!("The rules in force at the start do not cover {on}; {} (in force from {}) came later, and its continuation of the remaining-period subsidy is read as covering the whole year with no gap (this tool's reading; see the source).", d.number, d.valid_from),
        )
    });
    let found = in_force_at_start.or(dated_back);
    let mut conditions = Vec::new();
    let check = |kind, ok: Option<bool>, zh: String, en: String| CheckOut {
        kind,
        status: match ok {
            Some(true) => "passed",
            Some(false) => "failed",
            None => "unknown",
        },
        detail: Msg::new(kind, zh, en),
    };
    let Some((rule, layer)) = found else {
        // Say which window ended, when one is known.
        let last = ctx
            .j
            .rule_sets
            .iter()
            .chain(
                set.baseline(ctx.j)
                    .map(|b| b.rule_sets.as_slice())
                    .unwrap_or(&[]),
            )
            .filter_map(|r| r.remaining_period.as_ref())
            .map(|r| r.window_until)
            .filter(|u| *u < on)
            .max();
        let (zh, en) = match last {
            Some(u) => (format!("剩余期限见习补贴政策已于 {u} 截止，{on} 签订劳动合同不再适用；没有已知的延续规定。"), format!("The remaining-period subsidy ended on {u}; a contract signed on {on} is not covered and no extension is known.")),
            None => (format!("{on} 没有已知的剩余期限见习补贴规定。"), format!("No remaining-period subsidy rule is known for {on}.")),
        };
        conditions.push(check("window", Some(false), zh, en));
        return RemainingOut {
            intern: 0,
            name: None,
            hired_on: on,
            eligible: Some(false),
            conditions,
            intern_months: Num(months.round_dp(4)),
            amount: None,
            source: None,
            note: None,
            doc: None,
        };
    };
    conditions.push(check(
        "window",
        Some(true),
        format!(
            "{on} 签订劳动合同，在政策期限（至 {}）内。",
            rule.window_until
        ),
        format!(
            "Contract signed on {on}, within the window (until {}).",
            rule.window_until
        ),
    ));
    if let Some(min) = rule.min_contract_months {
        conditions.push(check(
            "contractLength",
            contract_months.map(|c| c >= min),
            format!(
                "劳动合同期限须在 {min} 个月以上{}。",
                contract_months
                    .map(|c| format!("，实际 {c} 个月"))
                    .unwrap_or_else(|| "，未填写".into())
            ),
            format!(
                "The contract must run {min}+ months{}.",
                contract_months
                    .map(|c| format!("; it runs {c}"))
                    .unwrap_or_else(|| "; not given".into())
            ),
        ));
    }
    if rule.social_insurance_required {
        conditions.push(check(
            "socialInsurance",
            social_insurance,
            format!(
                "须按规定缴纳社会保险{}。",
                match social_insurance {
                    Some(true) => "，已缴纳",
                    Some(false) => "，未缴纳",
                    None => "，未填写",
                }
            ),
            format!(
                "Social insurance must be paid{}.",
                match social_insurance {
                    Some(true) => "; it is",
                    Some(false) => "; it is not",
                    None => "; not given",
                }
            ),
        ));
    }
    if rule.at_least_half_served {
        // 一半以上 includes half itself; months are counted as the estimate counts them
        // (a part month by its days).
        let served = served_months(intern.start_date, intern.months, on);
        let shown = served.round_dp(2).normalize();
        conditions.push(check(
            "atLeastHalfServed",
            Some(served * Decimal::TWO >= Decimal::from(intern.months)),
            format!("须完成协议约定期限的一半以上（含一半）：已见习 {shown} 个月，约定 {} 个月。", intern.months),
            format!("At least half the agreed term must be served (half counts): {shown} of {} months served.", intern.months),
        ));
    }
    let eligible = if conditions.iter().any(|c| c.status == "failed") {
        Some(false)
    } else if conditions.iter().all(|c| c.status == "passed") {
        Some(true)
    } else {
        None
    };
    RemainingOut {
        intern: 0,
        name: None,
        hired_on: on,
        eligible,
        conditions,
        intern_months: Num(months.round_dp(4)),
        amount: if eligible == Some(true) {
            amount.map(Money::new)
        } else {
            None
        },
        source: Some(Cited::new(set, layer.jurisdiction, &rule.source)),
        note,
        doc: Some(set.doc_ref(layer)),
    }
}

/// Internship months served from `start` up to the day before `on` (a part month by its days).
fn served_months(start: NaiveDate, months: u32, on: NaiveDate) -> Decimal {
    (0..months)
        .filter_map(|k| Some((end_of(start, k)?, end_of(start, k + 1)?)))
        .map(|(s, e)| {
            let (days, of) = covered(s, e, start, on);
            Decimal::from(days) / Decimal::from(of)
        })
        .sum()
}
