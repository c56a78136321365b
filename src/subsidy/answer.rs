//! The estimate's answer: standards, month rows, retention rate and readings, the
//! remaining-period checks, per-intern rows and totals, each declared once with its JSON
//! names (`answer!`: the struct, its JSON and its TypeScript interface).
use super::input::{OutcomeKind, RowError};
use crate::basis::ItemOut;
use crate::model::{RetentionBase, Text};
use crate::output::*;
use chrono::NaiveDate;

crate::string_enum! {
    /// What a standard is: a fixed sum, an increment over the base, a share of the
    /// minimum wage, or left to the local figure.
    pub enum StandardKind {
        Fixed = "fixed",
        Increment = "increment",
        MinimumWageShare = "minimumWageShare",
        Local = "local",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct StandardOut {
        pub kind: StandardKind => "kind",
        pub amount: Option<Money> => "amount",
        pub percent: Option<Num> => "percent",
        /// True when the figure is the user's local standard, not the document's.
        pub supplied: bool => "supplied",
        /// True when the document leaves the figure open and none was supplied.
        pub required: bool => "required",
        pub note: Option<Text> => "note",
        pub source: Option<Cited> => "source",
        /// STANDARD_OF_DOCUMENT_YEAR: months fall past the period the document speaks of;
        /// the figure is that year's standard, to be confirmed locally.
        pub horizon_note: Option<Msg> => "horizonNote",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct MonthRow {
        /// The calendar month in which these internship months begin, "YYYY-MM".
        pub month: String => "month",
        pub from: NaiveDate => "from",
        pub to: NaiveDate => "to",
        /// The minimum wage used, when one applies and is the same for every intern this month.
        pub minimum_wage: Option<Money> => "minimumWage",
        /// The minimum wage's document and confidence (also a MINIMUM_WAGE_SOURCE note).
        pub minimum_wage_source: Option<Cited> => "minimumWageSource",
        /// The base amount per intern for a full month, when the same for every intern.
        pub per_intern_base: Option<Money> => "perInternBase",
        /// Interns active in this month.
        pub interns: u32 => "interns",
        /// Intern-months paid (fractions for part months).
        pub intern_months: Num => "internMonths",
        pub amount: Option<Money> => "amount",
        /// The retention difference for this month, paid once after the internship.
        pub difference: Option<Money> => "difference",
        pub formula: Option<String> => "formula",
        pub notes: Vec<Msg> => "notes",
    }
}

crate::answer! {
    /// The retention rate counted one way.
    #[derive(Debug, Clone, PartialEq)]
    pub struct RetentionReadingOut as "RetentionReading" {
        /// Who is in the denominator: all the unit's interns, or those who completed (the form's 完成见习人数).
        pub id: RetentionBase => "id",
        pub numerator: u32 => "numerator",
        pub denominator: u32 => "denominator",
        pub percent: Num => "percent",
        pub meets_threshold: Option<bool> => "meetsThreshold",
        pub text: Text => "text",
        pub source: Cited => "source",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct RetentionOut {
        /// The first reading's figures (the only one where the document defines the rate).
        pub numerator: u32 => "numerator",
        pub denominator: u32 => "denominator",
        /// Still in their internship: not counted as retained yet.
        pub in_progress: u32 => "inProgress",
        pub percent: Num => "percent",
        pub threshold_percent: Option<Num> => "thresholdPercent",
        /// true/false, or null while interns in progress could still change it, or when
        /// the readings disagree.
        pub meets_threshold: Option<bool> => "meetsThreshold",
        /// The jurisdiction's own statement of how the rate is counted (or that its document does not say).
        pub definition: Msg => "definition",
        /// Each way of counting, with its figures and source: one where the document
        /// defines the rate, both where it does not.
        pub readings: Vec<RetentionReadingOut> => "readings",
        /// The readings come to different answers on the threshold: left open.
        pub readings_disagree: bool => "readingsDisagree",
        pub source: Option<Cited> => "source",
    }
}

crate::string_enum! {
    /// A condition of the remaining-period subsidy (also the code of its `detail`).
    pub enum RemainingCheck {
        Window = "window",
        ContractLength = "contractLength",
        SocialInsurance = "socialInsurance",
        AtLeastHalfServed = "atLeastHalfServed",
    }
}

crate::answer! {
    /// A remaining-period condition checked.
    #[derive(Debug, Clone, PartialEq)]
    pub struct CheckOut as "RemainingCondition" {
        pub kind: RemainingCheck => "kind",
        pub status: CheckStatus => "status",
        pub detail: Msg => "detail",
    }
}

/// A remaining-period condition checked: the self-check's condition status ("passed",
/// "failed", or "unknown" when the input cannot tell).
pub use crate::basis::ConditionStatus as CheckStatus;

crate::string_enum! {
    /// How the interns were given: "cohort" (interns, retained) or "list" (internList).
    pub enum Mode {
        Cohort = "cohort",
        List = "list",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct RemainingOut {
        pub intern: usize => "intern",
        pub name: Option<String> => "name",
        pub hired_on: NaiveDate => "hiredOn",
        /// true, false, or null when a condition cannot be checked from the input.
        pub eligible: Option<bool> => "eligible",
        pub conditions: Vec<CheckOut> => "conditions",
        pub intern_months: Num => "internMonths",
        pub amount: Option<Money> => "amount",
        pub source: Option<Cited> => "source",
        /// CONTINUATION_DATED_BACK: a 2023 continuation that took effect after the start
        /// covers the hire date.
        pub note: Option<Msg> => "note" if some,
    }
    internal {
        /// The document cited, for the answer's basis; not written out with the row.
        pub doc: Option<DocRef>,
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct InternOut {
        pub index: usize => "index",
        pub name: Option<String> => "name",
        pub start_date: NaiveDate => "startDate",
        pub end_date: NaiveDate => "endDate",
        pub outcome: OutcomeKind => "outcome",
        pub intern_months: Num => "internMonths",
        pub base: Option<Money> => "base",
        pub difference: Option<Money> => "difference",
        pub remaining_period: Option<Money> => "remainingPeriod",
    }
}

crate::answer! {
    /// `estimateSubsidy`'s answer.
    #[derive(Debug, Clone, PartialEq)]
    pub struct SubsidyEstimate {
        pub province: String => "province",
        pub province_name: Text => "provinceName",
        pub start_date: NaiveDate => "startDate",
        pub agreed_months: u32 => "agreedMonths",
        pub mode: Mode => "mode",
        pub basis: Basis => "basis",
        pub base_standard: StandardOut => "baseStandard",
        pub raised_standard: StandardOut => "raisedStandard",
        pub months: Vec<MonthRow> => "months",
        pub base_total: Option<Money> => "baseTotal",
        pub retention_rate: RetentionOut => "retentionRate",
        /// Whether the raised standard applies (null: not yet known).
        pub raised_applies: Option<bool> => "raisedApplies",
        /// The one-time difference paid after the internship ("1+1"); null when unknown.
        pub retention_difference: Option<Money> => "retentionDifference",
        /// What the difference would be if the threshold is met (also when it is not yet known).
        pub potential_difference: Option<Money> => "potentialDifference",
        pub difference_payable_after: NaiveDate => "differencePayableAfter",
        pub remaining_period: Vec<RemainingOut> => "remainingPeriod",
        pub remaining_period_total: Option<Money> => "remainingPeriodTotal",
        pub total: Option<Money> => "total",
        /// Figures to supply for a complete estimate; `code` is the localStandard field.
        pub required: Vec<Msg> => "required",
        pub interns: Vec<InternOut> => "interns",
        pub employer_notes: Vec<ItemOut> => "employerNotes",
        pub rules: Vec<Msg> => "rules",
        pub warnings: Vec<Msg> => "warnings",
        /// With skipInvalidRows: the list rows left out, in row order, with the field and the reason.
        pub rejected_rows: Vec<RowError> => "rejectedRows",
    }
}
