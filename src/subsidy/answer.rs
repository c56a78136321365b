//! The estimate's answer: standards, month rows, retention rate and readings, the
//! remaining-period checks, per-intern rows and totals, with their JSON names.
use super::input::RowError;
use crate::basis::ItemOut;
use crate::json::{field, object, OrOmit, ToJson};
use crate::model::Text;
use crate::output::*;
use chrono::NaiveDate;

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
    pub status: CheckStatus,
    pub detail: Msg,
}

/// A remaining-period condition checked: the self-check's condition status ("passed",
/// "failed", or "unknown" when the input cannot tell).
pub use crate::basis::ConditionStatus as CheckStatus;

/// How the interns were given: written "cohort" (interns, retained) or "list" (internList).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Cohort,
    List,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Cohort => "cohort",
            Mode::List => "list",
        }
    }
}

impl ToJson for Mode {
    fn write_json(&self, out: &mut String) {
        self.as_str().write_json(out)
    }
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
    pub mode: Mode,
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
