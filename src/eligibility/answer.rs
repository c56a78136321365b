//! The self-check's answer: its JSON names are written here.
use super::InputField;
use crate::basis::{Basis, Cited, ConditionStatus, ItemOut, Msg};
use crate::model::Text;
use crate::output::Money;
use chrono::NaiveDate;

crate::string_enum! {
    /// The kind of a condition (a rule kind of the policy data).
    pub enum ConditionKind as "ConditionKind" {
        Education = "education",
        LeftSchoolWithin = "leftSchoolWithin",
        AgeBetween = "ageBetween",
        NotEmployed = "notEmployed",
        RegisteredUnemployed = "registeredUnemployed",
        Hukou = "hukou",
        HardshipArea = "hardshipArea",
        NotInSchool = "notInSchool",
    }
}

crate::string_enum! {
    /// Whether a category's conditions are all met, one fails, or some are open.
    pub enum CategoryStatus {
        Met = "met",
        NotMet = "notMet",
        Unknown = "unknown",
    }
}

crate::string_enum! {
    /// The answer: the person can take part, cannot, or more is needed.
    pub enum Verdict {
        Eligible = "eligible",
        NotEligible = "notEligible",
        CannotTell = "cannotTell",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct ConditionResult {
        pub kind: ConditionKind => "kind",
        pub status: ConditionStatus => "status",
        pub detail: Msg => "detail",
        /// The input field that would settle an unknown condition.
        pub missing: Option<InputField> => "missing" if some,
        pub source: Cited => "source",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct CategoryResult {
        pub id: String => "id",
        pub name: Text => "name",
        pub status: CategoryStatus => "status",
        pub note: Option<Text> => "note" if some,
        pub conditions: Vec<ConditionResult> => "conditions",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct SocialInsuranceOut {
        /// The heading and the question for what the person pays, in the province's words (from its file).
        pub title: Text => "title",
        pub question: Text => "question",
        pub share: String => "share",
        pub max_months: u32 => "maxMonths",
        pub min_internship_months: u32 => "minInternshipMonths",
        pub conditions: Msg => "conditions",
        pub monthly_estimate: Option<Money> => "monthlyEstimate",
        pub max_total_estimate: Option<Money> => "maxTotalEstimate",
        pub source: Cited => "source",
        /// What the text leaves open about how long the subsidy runs (Ningxia: perhaps until 2023-12-31).
        pub period_note: Option<Msg> => "periodNote",
        pub period_source: Option<Cited> => "periodSource",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct ZoneOut {
        pub name: Text => "name",
        pub url: Option<String> => "url",
        /// False where the text names a place of information only (Yunnan's 主题专栏), not an application channel.
        pub takes_applications: bool => "takesApplications",
        pub source: Cited => "source",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct ApplyOut {
        pub zone: Option<ZoneOut> => "zone",
        /// Only where the text sets a review time for young people's own applications (Gansu, Hunan); null for an ineligible answer.
        pub review_working_days: Option<u32> => "reviewWorkingDays",
        /// The date by which an application made on asOf must be reviewed.
        pub review_deadline: Option<NaiveDate> => "reviewDeadline",
        /// The deadline is counted on weekdays only in a year whose holidays are not published (see reviewNote).
        pub review_provisional: bool => "reviewProvisional",
        /// PROVISIONAL_CALENDAR, or NO_REVIEW_TIME_FOR_YOUTH where only employers' applications have a review time.
        pub review_note: Option<Msg> => "reviewNote" if some,
        /// The clause of the review time; with NO_REVIEW_TIME_FOR_YOUTH, the clause that sets it for employers.
        pub review_source: Option<Cited> => "reviewSource",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct EligibilityResult {
        /// true, false, or null when the answer needs more information.
        pub eligible: Option<bool> => "eligible",
        pub verdict: Verdict => "verdict",
        /// The verdict in words (code = verdict); past the documents' horizon it names their year: "按2023年的规定：可以参加就业见习".
        pub verdict_line: Msg => "verdictLine",
        pub province: String => "province",
        pub province_name: Text => "provinceName",
        pub as_of: NaiveDate => "asOf",
        pub basis: Basis => "basis",
        pub categories: Vec<CategoryResult> => "categories",
        /// Input fields whose answer would settle a category still open.
        pub missing: Vec<InputField> => "missing",
        /// The questions that can matter under the answers given: those of every category
        /// not already ruled out by another condition (a form shows these besides the ones
        /// `formSpec` marks `always`), and `socialInsuranceMonthly` where that subsidy applies.
        pub ask: Vec<InputField> => "ask",
        pub what_would_change: Vec<Msg> => "whatWouldChange",
        pub intern_gets: Vec<ItemOut> => "internGets",
        pub social_insurance_subsidy: Option<SocialInsuranceOut> => "socialInsuranceSubsidy",
        pub apply: ApplyOut => "apply",
    }
}
