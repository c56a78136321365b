//! The self-check's answer: its JSON names are written here.
use crate::basis::{Basis, Cited, ItemOut, Msg};
use crate::json::{field, object, OrOmit, ToJson};
use crate::model::Text;
use crate::output::Money;
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub struct ConditionResult {
    pub kind: &'static str,
    /// "passed", "failed" or "unknown".
    pub status: &'static str,
    pub detail: Msg,
    /// The input field that would settle an unknown condition.
    pub missing: Option<&'static str>,
    pub source: Cited,
}

impl ToJson for ConditionResult {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("kind", &self.kind),
                field("status", &self.status),
                field("detail", &self.detail),
                field("missing", &OrOmit(&self.missing)),
                field("source", &self.source),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CategoryResult {
    pub id: String,
    pub name: Text,
    /// "met", "notMet" or "unknown".
    pub status: &'static str,
    pub note: Option<Text>,
    pub conditions: Vec<ConditionResult>,
}

impl ToJson for CategoryResult {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("id", &self.id),
                field("name", &self.name),
                field("status", &self.status),
                field("note", &OrOmit(&self.note)),
                field("conditions", &self.conditions),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SocialInsuranceOut {
    /// The heading and the question in the province's words (from its file).
    pub title: Text,
    pub question: Text,
    pub share: String,
    pub max_months: u32,
    pub min_internship_months: u32,
    pub conditions: Msg,
    pub monthly_estimate: Option<Money>,
    pub max_total_estimate: Option<Money>,
    pub source: Cited,
    /// What the text leaves open about how long the subsidy runs.
    pub period_note: Option<Msg>,
    pub period_source: Option<Cited>,
}

impl ToJson for SocialInsuranceOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("title", &self.title),
                field("question", &self.question),
                field("share", &self.share),
                field("maxMonths", &self.max_months),
                field("minInternshipMonths", &self.min_internship_months),
                field("conditions", &self.conditions),
                field("monthlyEstimate", &self.monthly_estimate),
                field("maxTotalEstimate", &self.max_total_estimate),
                field("source", &self.source),
                field("periodNote", &self.period_note),
                field("periodSource", &self.period_source),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ZoneOut {
    pub name: Text,
    pub url: Option<String>,
    /// False where the text names a place of information only, not an application channel.
    pub takes_applications: bool,
    pub source: Cited,
}

impl ToJson for ZoneOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("name", &self.name),
                field("url", &self.url),
                field("takesApplications", &self.takes_applications),
                field("source", &self.source),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ApplyOut {
    pub zone: Option<ZoneOut>,
    /// Only where the text sets a review time for young people's own applications.
    pub review_working_days: Option<u32>,
    /// The date by which the application must be reviewed, counted from the as-of date.
    pub review_deadline: Option<NaiveDate>,
    /// True when the deadline is counted on weekdays in a year whose holidays are not known.
    pub review_provisional: bool,
    pub review_note: Option<Msg>,
    /// The clause of the review time; where none is set for young people, the clause
    /// that sets one for employers (which `review_note` explains).
    pub review_source: Option<Cited>,
}

impl ToJson for ApplyOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("zone", &self.zone),
                field("reviewWorkingDays", &self.review_working_days),
                field("reviewDeadline", &self.review_deadline),
                field("reviewProvisional", &self.review_provisional),
                field("reviewNote", &OrOmit(&self.review_note)),
                field("reviewSource", &self.review_source),
            ],
        );
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EligibilityResult {
    /// true, false, or null when the answer needs more information.
    pub eligible: Option<bool>,
    /// "eligible", "notEligible" or "cannotTell".
    pub verdict: &'static str,
    /// The verdict in words; past the period the documents speak of it names their
    /// year ("按2023年的规定：可以参加就业见习").
    pub verdict_line: Msg,
    pub province: String,
    pub province_name: Text,
    pub as_of: NaiveDate,
    pub basis: Basis,
    pub categories: Vec<CategoryResult>,
    /// Input fields whose answer would settle a category still open.
    pub missing: Vec<&'static str>,
    /// The questions that can matter under the answers given: those of every category
    /// not already ruled out by another condition (a form shows these besides the ones
    /// `formSpec` marks `always`), and `socialInsuranceMonthly` where that subsidy applies.
    pub ask: Vec<&'static str>,
    pub what_would_change: Vec<Msg>,
    pub intern_gets: Vec<ItemOut>,
    pub social_insurance_subsidy: Option<SocialInsuranceOut>,
    pub apply: ApplyOut,
}

impl ToJson for EligibilityResult {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("eligible", &self.eligible),
                field("verdict", &self.verdict),
                field("verdictLine", &self.verdict_line),
                field("province", &self.province),
                field("provinceName", &self.province_name),
                field("asOf", &self.as_of),
                field("basis", &self.basis),
                field("categories", &self.categories),
                field("missing", &self.missing),
                field("ask", &self.ask),
                field("whatWouldChange", &self.what_would_change),
                field("internGets", &self.intern_gets),
                field("socialInsuranceSubsidy", &self.social_insurance_subsidy),
                field("apply", &self.apply),
            ],
        );
    }
}
