//! The answer of `formSpec`: its JSON names are written here.
use crate::basis::{Cited, DocRef};
use crate::json::{field, object, ToJson};
use crate::model::Text;
use crate::output::Money;
use chrono::NaiveDate;

/// Internship lengths the estimate computes, and the usual range the notices name
/// ("一般为3—12个月": outside it is a warning, not a limit).
const MONTHS: (u32, u32, u32, u32) = (1, crate::subsidy::MAX_MONTHS as u32, 3, 12);

pub struct Choice {
    pub id: &'static str,
    pub label: Text,
}

impl ToJson for Choice {
    fn write_json(&self, out: &mut String) {
        object(out, &[field("id", &self.id), field("label", &self.label)]);
    }
}

pub struct MenuItem<'a> {
    pub id: &'a str,
    pub name: &'a Text,
    pub menu_order: Option<u32>,
    pub baseline: Option<&'a str>,
    pub updated: NaiveDate,
}

impl ToJson for MenuItem<'_> {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("id", &self.id),
                field("name", self.name),
                field("menuOrder", &self.menu_order),
                field("baseline", &self.baseline),
                field("updated", &self.updated),
            ],
        );
    }
}

/// One question of the self-check.
pub struct Question {
    /// The input field of `checkEligibility` it fills.
    pub id: &'static str,
    /// "date", "choice" (from `options`), "yesNo", "amount" or "text".
    pub kind: &'static str,
    /// "educationLevels" or "hukouProvinces" for a choice.
    pub options: Option<&'static str>,
    pub label: Text,
    /// Heading of the section it sits in, where the data gives one.
    pub heading: Option<Text>,
    /// Always asked, or only when `checkEligibility` lists it in `ask`.
    pub always: bool,
    /// Where wording comes from the data: its source.
    pub source: Option<Cited>,
}

impl ToJson for Question {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("id", &self.id),
                field("kind", &self.kind),
                field("options", &self.options),
                field("label", &self.label),
                field("heading", &self.heading),
                field("always", &self.always),
                field("source", &self.source),
            ],
        );
    }
}

pub struct Tier {
    pub tier: u32,
    pub name: Text,
    /// The monthly minimum wage in force on `asOf` (after any merge), if known.
    pub minimum_wage: Option<Money>,
    pub wage_from: Option<NaiveDate>,
}

impl ToJson for Tier {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("tier", &self.tier),
                field("name", &self.name),
                field("minimumWage", &self.minimum_wage),
                field("wageFrom", &self.wage_from),
            ],
        );
    }
}

pub struct MonthRange;

impl ToJson for MonthRange {
    fn write_json(&self, out: &mut String) {
        let (min, max, usual_min, usual_max) = MONTHS;
        object(
            out,
            &[
                field("min", &min),
                field("max", &max),
                field("usualMin", &usual_min),
                field("usualMax", &usual_max),
            ],
        );
    }
}

pub struct FormSpec<'a> {
    pub as_of: Option<NaiveDate>,
    pub data_date: Option<NaiveDate>,
    pub jurisdictions: Vec<MenuItem<'a>>,
    pub default_jurisdiction: &'a str,
    pub province: &'a str,
    pub province_name: &'a Text,
    pub education_levels: Vec<Choice>,
    pub hukou_provinces: Vec<Choice>,
    pub questions: Vec<Question>,
    pub tiers: Vec<Tier>,
    pub tier_note: Option<&'a Text>,
    pub county: bool,
    pub months: MonthRange,
    pub documents: Vec<DocRef>,
}

impl ToJson for FormSpec<'_> {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("asOf", &self.as_of),
                field("dataDate", &self.data_date),
                field("jurisdictions", &self.jurisdictions),
                field("defaultJurisdiction", &self.default_jurisdiction),
                field("province", &self.province),
                field("provinceName", self.province_name),
                field("educationLevels", &self.education_levels),
                field("hukouProvinces", &self.hukou_provinces),
                field("questions", &self.questions),
                field("tiers", &self.tiers),
                field("tierNote", &self.tier_note),
                field("county", &self.county),
                field("months", &self.months),
                field("documents", &self.documents),
            ],
        );
    }
}
