//! The policy data model: what one jurisdiction file (`policies/*.toml`) may say.
//! Every rule and every figure carries a `Source`; the engine only interprets.
use chrono::NaiveDate;

mod eligibility;
mod rules;
mod tables;
pub use eligibility::*;
pub use rules::*;
pub use tables::*;

// Read by read_model.rs (no serde: smaller .wasm, better errors). Only Text and
// Confidence are written out, as parts of answers; policies() returns the files as given.

crate::answer! {
    /// A text in Chinese and English.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Text {
        pub zh: String => "zh",
        pub en: String => "en",
    }
}

crate::string_enum! {
    /// How sure the data is of a document.
    pub enum Confidence as "Confidence" {
        /// Stated in one of the seed notices.
        Seed = "seed",
        /// Document number and figures agree across sources (policy-facts.md).
        Confirmed = "confirmed",
        /// From reposts; number or exact date missing (policy-facts.md).
        Reported = "reported",
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
