//! The policy data model: what one jurisdiction file (`policies/*.toml`) may say.
//! Every rule and every figure carries a `Source`; the engine only interprets.
use crate::json::{field, object, ToJson};
use chrono::NaiveDate;
use rust_decimal::Decimal;

// Read by read_model.rs (no serde: smaller .wasm, better errors). Only Text and
// Confidence are written out, as parts of answers; policies() returns the files as given.

/// A text in Chinese and English.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl ToJson for Text {
    fn write_json(&self, out: &mut String) {
        object(out, &[field("zh", &self.zh), field("en", &self.en)]);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// Stated in one of the seed notices.
    Seed,
    /// Document number and figures agree across sources (policy-facts.md).
    Confirmed,
    /// From reposts; number or exact date missing (policy-facts.md).
    Reported,
}

impl ToJson for Confidence {
    fn write_json(&self, out: &mut String) {
        crate::json::string(
            out,
            match self {
                Confidence::Seed => "seed",
                Confidence::Confirmed => "confirmed",
                Confidence::Reported => "reported",
            },
        )
    }
}

#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    /// Official number, e.g. 豫人社函〔2023〕138号, or a plain statement that none was found.
    pub number: String,
    pub title: String,
    pub issuer: String,
    pub issued_on: Option<NaiveDate>,
    /// Why the date is what it is, when the document does not state it (both languages:
    /// the pages show it).
    pub date_note: Option<Text>,
    pub confidence: Confidence,
    /// The file under notices/seeds/ (seed notices) or "policy-facts.md".
    pub from_file: String,
    /// Where a seed file holds more than one document: this document's parts, each
    /// from the first place its start marker occurs to where its end marker occurs
    /// ("" = the start or the end of the file). Markers are compared without white
    /// space. Only the quote check (tests/policy_data.rs) reads them.
    pub seed_parts: Vec<[String; 2]>,
}

/// Where a rule or a figure comes from: a document of the same jurisdiction (or its
/// baseline), the clause, and a short quote that an official can check.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub document: String,
    pub clause: String,
    pub quote: String,
    /// A remark on the quote or the figure (a misprint in the text, a date known only
    /// roughly), in both languages: the pages show it beside the quote.
    pub note: Option<Text>,
    /// Where the text is open to more than one reading: the product's reading of it
    /// (解读), stated so that an official can see it is a reading, not the text.
    pub reading: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Education {
    Doctorate,
    Master,
    Bachelor,
    JuniorCollege,
    TechnicianSenior,
    TechnicianPreparatory,
    SpecialVocational,
    SecondaryVocational,
    None,
}

impl Education {
    pub const IDS: [&'static str; 9] = [
        "doctorate",
        "master",
        "bachelor",
        "juniorCollege",
        "technicianSenior",
        "technicianPreparatory",
        "specialVocational",
        "secondaryVocational",
        "none",
    ];
    pub const ALL: [Education; 9] = [
        Education::Doctorate,
        Education::Master,
        Education::Bachelor,
        Education::JuniorCollege,
        Education::TechnicianSenior,
        Education::TechnicianPreparatory,
        Education::SpecialVocational,
        Education::SecondaryVocational,
        Education::None,
    ];
    pub fn from_id(id: &str) -> Option<Education> {
        Self::IDS
            .iter()
            .position(|x| *x == id)
            .map(|i| Self::ALL[i])
    }
    pub fn label(self) -> (&'static str, &'static str) {
        match self {
            Education::Doctorate => ("博士研究生", "doctorate"),
            Education::Master => ("硕士研究生", "master's degree"),
            Education::Bachelor => ("本科", "bachelor's degree"),
            Education::JuniorCollege => ("专科（高职）", "junior college"),
            Education::TechnicianSenior => (
                "技师学院高级工班",
                "technician college, senior-worker class",
            ),
            Education::TechnicianPreparatory => (
                "技师学院预备技师班",
                "technician college, preparatory-technician class",
            ),
            Education::SpecialVocational => (
                "特殊教育院校职业教育类",
                "special-school vocational programme",
            ),
            Education::SecondaryVocational => {
                ("中职（中专、职高、技校）", "secondary vocational school")
            }
            Education::None => ("以上都不是", "none of these"),
        }
    }
}

/// One condition of an eligibility category, each with its own source.
#[derive(Debug, Clone)]
pub enum Condition {
    /// Education level in `included`; levels in `unsettled` are ones the document does not settle.
    Education {
        included: Vec<Education>,
        unsettled: Vec<Education>,
        source: Source,
    },
    /// Left school no more than `years` years before the as-of date (inclusive).
    LeftSchoolWithin {
        years: u32,
        source: Source,
    },
    /// Age in full years on the as-of date, inclusive bounds.
    AgeBetween {
        min: u32,
        max: u32,
        source: Source,
    },
    NotEmployed {
        source: Source,
    },
    RegisteredUnemployed {
        source: Source,
    },
    Hukou {
        provinces: Vec<String>,
        source: Source,
    },
    /// The county is a hard/remote area, an old industrial base or a county lifted
    /// out of poverty, and such areas "may extend" (可扩大) the plan to this group:
    /// whether one has is a local decision, so the answer is "ask locally" unless the
    /// county is in `extended_in` (counties known to have extended it).
    HardshipArea {
        extended_in: Vec<String>,
        /// The kind of areas, in the document's words ("艰苦边远地区、老工业基地、脱贫县").
        areas: Text,
        /// The question a form asks about them.
        question: Text,
        source: Source,
    },
    /// Not a pupil or student: a person still in school is not unemployed (失业).
    NotInSchool {
        source: Source,
    },
}

impl Condition {
    pub fn source(&self) -> &Source {
        match self {
            Condition::Education { source, .. }
            | Condition::LeftSchoolWithin { source, .. }
            | Condition::AgeBetween { source, .. }
            | Condition::NotEmployed { source }
            | Condition::RegisteredUnemployed { source }
            | Condition::Hukou { source, .. }
            | Condition::HardshipArea { source, .. }
            | Condition::NotInSchool { source } => source,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Category {
    pub id: String,
    pub name: Text,
    pub conditions: Vec<Condition>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone)]
pub struct Eligibility {
    pub categories: Vec<Category>,
}

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

/// Who counts in the denominator of the retention rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetentionBase {
    /// All of the unit's interns, those who left early included.
    AllInterns,
    /// Interns who completed (or were hired early), as the monthly form counts
    /// 完成见习人数: those who left early are left out.
    CompletedInterns,
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

#[derive(Debug, Clone)]
pub struct MinimumWageEntry {
    pub from: NaiveDate,
    /// `from` is only the date by which it was in force; the real start lies after `earliest`.
    pub in_force_by: bool,
    pub earliest: Option<NaiveDate>,
    /// Monthly amounts by tier, tier 1 first.
    pub amounts: Vec<Decimal>,
    /// Tiers that no longer exist from this entry on: [old, new] (Ningxia 2024: [3, 2]).
    pub merged: Vec<[u8; 2]>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct CountyList {
    pub from: NaiveDate,
    /// County names by tier, tier 1 first.
    pub tiers: Vec<Vec<String>>,
    /// The tier of every county not listed ("all other counties"), if the source says so.
    pub others_tier: Option<u8>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct MinimumWageTable {
    pub tier_names: Vec<Text>,
    pub entries: Vec<MinimumWageEntry>,
    pub county_lists: Vec<CountyList>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone)]
pub struct HolidayCalendar {
    pub year: i32,
    /// Inclusive ranges of days off.
    pub days_off: Vec<[NaiveDate; 2]>,
    /// Weekend days that are working days (调休).
    pub makeup_workdays: Vec<NaiveDate>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct QuotaRow {
    pub region: String,
    pub values: Vec<u64>,
}

#[derive(Debug, Clone)]
pub struct QuotaTable {
    pub id: String,
    pub title: Text,
    pub columns: Vec<Text>,
    pub rows: Vec<QuotaRow>,
    /// The total the document states, if it states one; checked against the rows.
    pub total: Option<Vec<u64>>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub number: u8,
    pub name: String,
    pub name_en: String,
    pub unit: String,
}

/// A logic check of the form a ≥ b ≥ c, each side a sum of indicators.
#[derive(Debug, Clone)]
pub struct FormCheck {
    pub name: String,
    pub chain: Vec<Vec<u8>>,
}

#[derive(Debug, Clone)]
pub struct ReportForm {
    pub id: String,
    pub name: Text,
    pub indicators: Vec<Indicator>,
    pub checks: Vec<FormCheck>,
    pub source: Source,
}

/// One policy data file.
#[derive(Debug, Clone)]
pub struct Jurisdiction {
    pub id: String,
    pub name: Text,
    /// Place in the jurisdiction menus (smallest first; files without one come last, by id).
    pub menu_order: Option<u32>,
    /// The jurisdiction whose rules stand where this one's say nothing (provinces: "national").
    pub baseline: Option<String>,
    /// When this file's figures were last checked.
    pub updated: NaiveDate,
    pub documents: Vec<Document>,
    pub minimum_wage: Option<MinimumWageTable>,
    pub rule_sets: Vec<RuleSet>,
    pub holiday_calendars: Vec<HolidayCalendar>,
    pub quotas: Vec<QuotaTable>,
    pub report_forms: Vec<ReportForm>,
}
