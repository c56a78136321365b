//! The entry points, one per JS API function, over untyped input. The Wasm boundary
//! and the native conformance tests both call these, so they answer alike.
use crate::eligibility::{self, EligibilityInput, EligibilityResult};
use crate::error::ApiError;
use crate::input::{date_value, int_value, Obj, Value};
use crate::policy::{PolicySet, MAX_WORKING_DAYS};
use crate::report::{self, DeadlineResult, ReportResult, ReviewResult};
use crate::subsidy::{self, EstimateInput, SubsidyEstimate};
use chrono::NaiveDate;

pub fn check_eligibility(set: &PolicySet, input: &Value) -> Result<EligibilityResult, ApiError> {
    eligibility::check(set, &EligibilityInput::from_value(input)?)
}

pub fn estimate_subsidy(set: &PolicySet, input: &Value) -> Result<SubsidyEstimate, ApiError> {
    subsidy::estimate(set, &EstimateInput::from_value(input)?)
}

/// `simulate(plan)`: the estimate's totals for many units at once (the summary path).
/// `plan.policies`, when given, are policy files used for this call only, as
/// `loadPolicies(files)` would extend the data in force (a what-if), without changing it.
#[cfg(feature = "full")]
pub fn simulate(set: &PolicySet, input: &Value) -> Result<crate::summary::Summary, ApiError> {
    let plan = crate::summary::Plan::from_value(input)?;
    let overlay = match Obj::new(input, "")?.get("policies") {
        Some(files) => Some(
            crate::read_model::files(files)
                .and_then(|f| set.with(f, false))
                .map_err(|e| {
                    let field = match e.field.as_str() {
                        "" | "data" => "policies".to_owned(),
                        f => format!("policies.{f}"),
                    };
                    ApiError::new(e.code, field, e.message.clone(), e.message_en.clone())
                })?,
        ),
        None => None,
    };
    crate::summary::simulate(overlay.as_ref().unwrap_or(set), &plan)
}

pub fn validate_monthly_report(set: &PolicySet, input: &Value) -> Result<ReportResult, ApiError> {
    report::validate_monthly_report(set, input)
}

pub fn report_deadline(set: &PolicySet, input: &Value) -> Result<DeadlineResult, ApiError> {
    report::report_deadline(set, input)
}

pub fn review_deadline(set: &PolicySet, input: &Value) -> Result<ReviewResult, ApiError> {
    report::review_deadline(set, input)
}

pub fn add_working_days(set: &PolicySet, date: &Value, n: &Value) -> Result<NaiveDate, ApiError> {
    let d = date_value(date, "date")?;
    let n = int_value(n, "n", 0, MAX_WORKING_DAYS)?;
    set.calendar().add_working_days(d, n, "date")
}

pub fn working_days_between(set: &PolicySet, from: &Value, to: &Value) -> Result<i64, ApiError> {
    set.calendar()
        .working_days_between(date_value(from, "from")?, date_value(to, "to")?)
}

crate::answer! {
    pub struct PoliciesOut<'a> as "PolicyData" {
        /// The policy files as given.
        pub jurisdictions: &'a [Value] => "jurisdictions" as "PolicyFile[]",
        /// Years with a holiday calendar: working days can be counted in these only.
        pub calendar_years: Vec<i32> => "calendarYears",
        /// The newest `updated` date of the files: the date of the data.
        pub data_date: Option<NaiveDate> => "dataDate",
    }
}

pub fn policies(set: &PolicySet) -> PoliciesOut<'_> {
    PoliciesOut {
        jurisdictions: set.files(),
        calendar_years: set.calendar().years(),
        data_date: set.jurisdictions().iter().map(|j| j.updated).max(),
    }
}

crate::answer! {
    /// What `loadPolicies` answers.
    pub struct LoadResult {
        /// The ids of the jurisdictions loaded after the call.
        pub jurisdictions: Vec<String> => "jurisdictions",
    }
}

crate::string_enum! {
    /// How `loadPolicies` treats the data in force.
    pub enum LoadMode as "LoadMode" {
        /// Add or replace jurisdictions by id (the default).
        Extend = "extend",
        /// Replace all.
        Replace = "replace",
    }
}

/// `loadPolicies(data, { mode })`: "extend" (default) adds or replaces jurisdictions by id; "replace" replaces all.
pub fn load_mode(options: &Value) -> Result<bool, ApiError> {
    if matches!(options, Value::Null) {
        return Ok(false);
    }
    let o = Obj::new(options, "options")?;
    o.only(&["mode"])?;
    let mode = o
        .opt_choice("mode", LoadMode::IDS)?
        .and_then(LoadMode::from_id);
    Ok(mode == Some(LoadMode::Replace))
}

/// `loadPolicies(data, options)`: the set in force after loading, or an error (the
/// caller keeps the old set).
pub fn load_policies(
    set: Option<&PolicySet>,
    data: &Value,
    options: &Value,
) -> Result<PolicySet, ApiError> {
    let replace = load_mode(options)?;
    PolicySet::load(set, crate::read_model::files(data)?, replace)
}

/// `formSpec({ province, asOf })`: see src/form.rs.
pub fn form_spec<'a>(
    set: &'a PolicySet,
    input: &Value,
) -> Result<crate::form::FormSpec<'a>, ApiError> {
    crate::form::form_spec(set, input)
}

/// The declared answer types by section of `types/jianxi-types.d.ts`, in the order the
/// file shows them (`tests/typescript.rs` checks the file against them). A new answer
/// type is listed here; a new field of one is not (its declaration says it all).
#[cfg(not(target_arch = "wasm32"))]
pub fn typescript_sections() -> Vec<(&'static str, Vec<crate::json::ts::Declaration>)> {
    use crate::basis::*;
    use crate::eligibility::*;
    use crate::form::*;
    use crate::json::ts::declaration as d;
    use crate::json::ts::{error_codes, hukou_provinces};
    use crate::model::Text;
    use crate::model::{Confidence, Education};
    use crate::report::*;
    use crate::subsidy::*;
    #[allow(unused_mut)]
    let mut sections = vec![
        (
            "names",
            vec![
                d::<Education>(),
                d::<Confidence>(),
                hukou_provinces,
                error_codes,
                d::<OutcomeKind>(),
                d::<LoadMode>(),
            ],
        ),
        (
            "answer pieces",
            vec![
                d::<Text>(),
                d::<Msg>(),
                d::<Cited>(),
                d::<DocRef>(),
                d::<Basis>(),
                d::<ItemOut>(),
            ],
        ),
        (
            "self-check",
            vec![
                d::<ConditionKind>(),
                d::<ConditionResult>(),
                d::<CategoryResult>(),
                d::<SocialInsuranceOut>(),
                d::<ZoneOut>(),
                d::<ApplyOut>(),
                d::<EligibilityResult>(),
            ],
        ),
        (
            "estimate",
            vec![
                d::<StandardOut>(),
                d::<MonthRow>(),
                d::<RetentionReadingOut>(),
                d::<RetentionOut>(),
                d::<CheckOut>(),
                d::<RemainingOut>(),
                d::<InternOut>(),
                d::<RowError>(),
                d::<SubsidyEstimate>(),
            ],
        ),
        (
            "officials",
            vec![
                d::<CheckResult>(),
                d::<Failure>(),
                d::<ReportResult>(),
                d::<AnnualReportOut>(),
                d::<DeadlineResult>(),
                d::<ReviewResult>(),
            ],
        ),
        ("data", vec![d::<PoliciesOut<'static>>(), d::<LoadResult>()]),
        (
            "form",
            vec![
                d::<Question>(),
                d::<EducationChoice>(),
                d::<ProvinceChoice>(),
                d::<MenuItem<'static>>(),
                d::<Tier>(),
                d::<MonthRange>(),
                d::<FormSpec<'static>>(),
            ],
        ),
    ];
    // simulate is in the whole API only; its section follows the estimate's.
    #[cfg(feature = "full")]
    {
        use crate::summary::*;
        let summary = vec![
            d::<AmountsOut>(),
            d::<GroupOut>(),
            d::<MonthOut>(),
            d::<StandardsOut>(),
            d::<UnitOut>(),
            d::<Summary>(),
        ];
        sections.insert(4, ("summary", summary));
    }
    sections
}

/// The native side of every entry point over JSON, for tests and tools.
#[cfg(not(target_arch = "wasm32"))]
pub mod json {
    use super::*;
    use crate::json::ToJson;

    /// An answer as serde_json sees it: the same JSON text the .wasm hands to JS.
    fn to_json(v: impl ToJson) -> serde_json::Value {
        serde_json::from_str(&crate::json::to_string(&v)).unwrap_or(serde_json::Value::Null)
    }

    /// A JSON value as the engine's input, as the Wasm boundary builds it from JS.
    pub fn value(v: &serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
            serde_json::Value::String(s) => Value::String(s.clone()),
            serde_json::Value::Array(items) => Value::Array(items.iter().map(value).collect()),
            serde_json::Value::Object(fields) => {
                Value::Object(fields.iter().map(|(k, v)| (k.clone(), value(v))).collect())
            }
        }
    }

    /// Calls the JS API function `name` with `args` as JS would pass them.
    pub fn call(
        set: &PolicySet,
        name: &str,
        args: &[serde_json::Value],
    ) -> Result<serde_json::Value, ApiError> {
        let arg = |k: usize| args.get(k).map(value).unwrap_or(Value::Null);
        Ok(match name {
            "checkEligibility" => to_json(check_eligibility(set, &arg(0))?),
            "estimateSubsidy" => to_json(estimate_subsidy(set, &arg(0))?),
            #[cfg(feature = "full")]
            "simulate" => to_json(simulate(set, &arg(0))?),
            "validateMonthlyReport" => to_json(validate_monthly_report(set, &arg(0))?),
            "reportDeadline" => to_json(report_deadline(set, &arg(0))?),
            "reviewDeadline" => to_json(review_deadline(set, &arg(0))?),
            "addWorkingDays" => to_json(add_working_days(set, &arg(0), &arg(1))?),
            "workingDaysBetween" => to_json(working_days_between(set, &arg(0), &arg(1))?),
            "policies" => to_json(policies(set)),
            "formSpec" => to_json(form_spec(set, &arg(0))?),
            other => {
                return Err(ApiError::new(
                    crate::error::code::UNKNOWN_VALUE,
                    "api",
                    format!("没有函数“{other}”。"),
                    format!("No function “{other}”."),
                ))
            }
        })
    }

    /// `loadPolicies` natively.
    pub fn load_policies(
        set: &PolicySet,
        data: &serde_json::Value,
        options: &serde_json::Value,
    ) -> Result<PolicySet, ApiError> {
        super::load_policies(Some(set), &value(data), &value(options))
    }
}
