//! The estimate's input: a cohort (interns, retained) or a list of interns with their
//! outcomes, the local standard where the notice leaves it open, and batch rows left out.
use crate::error::{code, ApiError};
use crate::input::{indexed, Obj, Value};
use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

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

crate::string_enum! {
    /// An intern's outcome as named in the input (and in the answer's `interns`), before
    /// its date and contract are read.
    pub enum OutcomeKind as "Outcome" {
        InProgress = "inProgress",
        Completed = "completed",
        Retained = "retained",
        LeftEarly = "leftEarly",
        HiredEarly = "hiredEarly",
    }
}

impl Outcome {
    /// The outcome's name, without its date and contract.
    pub fn kind(&self) -> OutcomeKind {
        match self {
            Outcome::InProgress => OutcomeKind::InProgress,
            Outcome::Completed => OutcomeKind::Completed,
            Outcome::Retained => OutcomeKind::Retained,
            Outcome::LeftEarly(_) => OutcomeKind::LeftEarly,
            Outcome::HiredEarly { .. } => OutcomeKind::HiredEarly,
        }
    }
}

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
        /// None when not given: the outcomes are not known yet, so the retention
        /// threshold stays open (counted as interns in progress), never read as 0 retained.
        retained: Option<u32>,
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

crate::answer! {
    /// A list row left out of a batch estimate, and why.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RowError as "RejectedRow" {
        /// Position in `internList` (0-based).
        pub index: usize => "index",
        pub code: &'static str => "code" as "ErrorCode",
        /// Path of the field, e.g. "internList[3].outcomeDate".
        pub field: String => "field",
        /// The field without its positions ("internList.outcomeDate"): a stable key for labels.
        pub field_key: String => "fieldKey",
        /// Chinese message.
        pub message: String => "message",
        pub message_en: String => "messageEn",
    }
}

impl RowError {
    pub(super) fn new(index: usize, e: ApiError) -> RowError {
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

pub(super) fn months_field(o: &Obj<'_>, key: &str) -> Result<Option<u32>, ApiError> {
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
                let retained = o.opt_int("retained", 0, MAX_COHORT)?;
                if let Some(retained) = retained.filter(|r| *r > n) {
                    return Err(ApiError::new(
                        code::INCONSISTENT,
                        "retained",
                        format!("留用人数 {retained} 不能多于见习人数 {n}。"),
                        format!("Retained ({retained}) cannot exceed interns ({n})."),
                    ));
                }
                Interns::Cohort {
                    interns: n as u32,
                    retained: retained.map(|r| r as u32),
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
                    // The row's path is written out only for an error (the read is
                    // pure: it is made again with the path).
                    let read = |path: &str| intern_from(item, path, start_date, months);
                    match read("").or_else(|_| read(&indexed("internList", k))) {
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
    let kind = o
        .opt_choice("outcome", OutcomeKind::IDS)?
        .and_then(OutcomeKind::from_id)
        .unwrap_or(OutcomeKind::InProgress);
    let date = o.opt_date("outcomeDate")?;
    let dated = matches!(kind, OutcomeKind::LeftEarly | OutcomeKind::HiredEarly);
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
    if kind != OutcomeKind::HiredEarly && (contract_months.is_some() || social_insurance.is_some())
    {
        return Err(ApiError::new(
            code::INCONSISTENT,
            o.field("contractMonths"),
            "劳动合同期限和社保只用于提前录用（hiredEarly）。",
            "Contract length and social insurance apply only to hiredEarly.",
        ));
    }
    let outcome = match (kind, date) {
        (OutcomeKind::Completed, _) => Outcome::Completed,
        (OutcomeKind::Retained, _) => Outcome::Retained,
        (OutcomeKind::LeftEarly, Some(d)) => Outcome::LeftEarly(d),
        (OutcomeKind::HiredEarly, Some(on)) => Outcome::HiredEarly {
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
