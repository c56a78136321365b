//! The rules a document sets: standards, the retention threshold, the remaining-period
//! subsidy, lengths, review and report deadlines, targets, items, and the rule set.
use super::{Eligibility, Source, Text};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// A monthly subsidy standard per intern.
#[derive(Debug, Clone)]
pub enum Standard {
    /// A fixed monthly amount.
    Fixed { amount: Decimal, source: Source },
    /// The base amount plus this much (raised standards only).
    Increment { amount: Decimal, source: Source },
    /// A percentage of the local monthly minimum wage in force in the internship month.
    MinimumWageShare { percent: Decimal, source: Source },
    /// The document leaves the figure to local rules: the user must supply it.
    Local { source: Source, note: Text },
}

impl Standard {
    pub fn source(&self) -> &Source {
        match self {
            Standard::Fixed { source, .. }
            | Standard::Increment { source, .. }
            | Standard::MinimumWageShare { source, .. }
            | Standard::Local { source, .. } => source,
        }
    }
}

crate::string_enum! {
    /// Who counts in the denominator of the retention rate (the same name in the
    /// policy files and in the answer).
    pub enum RetentionBase {
        /// All of the unit's interns, those who left early included.
        AllInterns = "allInterns",
        /// Interns who completed (or were hired early), as the monthly form counts
        /// 完成见习人数: those who left early are left out.
        CompletedInterns = "completedInterns",
    }
}

/// One way of counting the retention rate, with where it comes from.
#[derive(Debug, Clone)]
pub struct RetentionReading {
    pub base: RetentionBase,
    pub text: Text,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct ThresholdRule {
    pub percent: Decimal,
    pub source: Source,
    /// What the document says about how the rate is counted (or that it does not say).
    pub definition: Text,
    /// One reading where the document defines the rate; both where it does not.
    pub readings: Vec<RetentionReading>,
}

#[derive(Debug, Clone)]
pub struct RemainingPeriodRule {
    /// Contracts signed from this date (inclusive), when the document says so.
    pub window_from: Option<NaiveDate>,
    /// Contracts signed up to this date (inclusive).
    pub window_until: NaiveDate,
    pub min_contract_months: Option<u32>,
    pub social_insurance_required: bool,
    /// Half of the agreed term or more must have been served (一半以上: 以上 includes the figure).
    pub at_least_half_served: bool,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct MonthsRule {
    pub min: u32,
    pub max: u32,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct ReviewRule {
    pub working_days: u32,
    /// The text sets the review time for applications from employers.
    pub for_employers: bool,
    /// The text sets it for applications from young people themselves.
    pub for_youth: bool,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct ZoneRule {
    pub name: Text,
    pub url: Option<String>,
    /// False where the text names a place of information only (a publicity column),
    /// not a channel that takes applications.
    pub takes_applications: bool,
    pub source: Source,
}

/// The yearly report on the plan (年度计划实施情况报告).
#[derive(Debug, Clone)]
pub struct AnnualReportRule {
    /// (month, day) it is due by; None where the text says only "at the end of the year" (年底).
    pub due: Option<(u32, u32)>,
    pub source: Source,
}

/// A target of the plan: posts to raise, interns to place, a share of posts.
#[derive(Debug, Clone)]
pub struct Target {
    /// "posts", "interns", "demonstrationPostShare", "soePostShare".
    pub key: String,
    pub value: Decimal,
    /// "atLeast" (不少于/不低于/以上), "moreThan" (超过), "about" (左右).
    pub comparison: String,
    pub text: Text,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub enum ReportDeadlineRule {
    /// Within the first `days` working days of the next month.
    WorkingDaysOfNextMonth {
        days: u32,
        form: String,
        source: Source,
    },
    /// By this calendar day of the next month.
    DayOfNextMonth {
        day: u32,
        form: String,
        source: Source,
    },
}

/// Something the intern gets, or a note for the employer; merged across documents by `key`.
#[derive(Debug, Clone)]
pub struct Item {
    pub key: String,
    pub text: Text,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct SocialInsuranceRule {
    pub share_numerator: u32,
    pub share_denominator: u32,
    pub max_months: u32,
    pub min_internship_months: u32,
    /// The heading a page shows it under ("社会保险补贴（宁夏）") and the question for
    /// what the person pays: the province's wording, kept in its file.
    pub title: Text,
    pub question: Text,
    pub source: Source,
    /// What the text leaves open about how long the subsidy runs, with its source.
    pub period_note: Option<Text>,
    pub period_source: Option<Source>,
}

/// The rules one document sets, and the dates they stand.
#[derive(Debug, Clone)]
pub struct RuleSet {
    pub document: String,
    pub valid_from: NaiveDate,
    /// The stated end, if the document states one (Hunan: three years).
    pub valid_until: Option<NaiveDate>,
    /// Why `validFrom` is what it is, when the document gives no date of effect.
    pub valid_from_note: Option<Text>,
    /// The last day of the period the document speaks of (its plan year); past it the
    /// rules still stand, but newer local rules may exist and the answer says so.
    pub speaks_until: NaiveDate,
    pub eligibility: Option<Eligibility>,
    pub base_subsidy: Option<Standard>,
    pub raised_subsidy: Option<Standard>,
    pub retention_threshold: Option<ThresholdRule>,
    pub remaining_period: Option<RemainingPeriodRule>,
    pub internship_months: Option<MonthsRule>,
    pub review: Option<ReviewRule>,
    pub service_zone: Option<ZoneRule>,
    pub report_deadline: Option<ReportDeadlineRule>,
    pub annual_report: Option<AnnualReportRule>,
    pub targets: Vec<Target>,
    pub intern_benefits: Vec<Item>,
    pub employer_notes: Vec<Item>,
    pub intern_social_insurance: Option<SocialInsuranceRule>,
}
