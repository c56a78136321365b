//! The answer of `formSpec`: its JSON names are written here.
use crate::basis::{Cited, DocRef};
use crate::eligibility::InputField;
use crate::model::{Education, Text};
use crate::output::Money;
use chrono::NaiveDate;

crate::string_enum! {
    /// How a question is answered.
    pub enum QuestionKind {
        Date = "date",
        /// From the list `options` names.
        Choice = "choice",
        YesNo = "yesNo",
        Amount = "amount",
        Text = "text",
    }
}

crate::string_enum! {
    /// The list of `FormSpec` a choice offers.
    pub enum ChoiceList {
        EducationLevels = "educationLevels",
        HukouProvinces = "hukouProvinces",
    }
}

crate::answer! {
    /// An education level and its label.
    pub struct EducationChoice {
        pub id: Education => "id",
        pub label: Text => "label",
    }
}

crate::answer! {
    /// A province of household registration and its label.
    pub struct ProvinceChoice {
        pub id: &'static str => "id" as "HukouProvince",
        pub label: Text => "label",
    }
}

crate::answer! {
    /// A jurisdiction of the menus.
    pub struct MenuItem<'a> as "FormJurisdiction" {
        pub id: &'a str => "id",
        pub name: &'a Text => "name",
        pub menu_order: Option<u32> => "menuOrder",
        pub baseline: Option<&'a str> => "baseline",
        pub updated: NaiveDate => "updated",
    }
}

crate::answer! {
    /// One question of the self-check.
    pub struct Question as "FormQuestion" {
        /// The input field of checkEligibility it fills.
        pub id: InputField => "id",
        pub kind: QuestionKind => "kind",
        /// For a choice: the FormSpec list it offers.
        pub options: Option<ChoiceList> => "options",
        pub label: Text => "label",
        /// The section it sits in, where the data gives one (Ningxia: 社会保险补贴（宁夏）).
        pub heading: Option<Text> => "heading",
        /// Asked from the start; otherwise only while checkEligibility lists it in `ask`.
        pub always: bool => "always",
        /// Where the wording comes from a policy file: its source.
        pub source: Option<Cited> => "source",
    }
}

crate::answer! {
    /// A minimum-wage tier with the wage in force on `asOf`.
    pub struct Tier as "FormTier" {
        pub tier: u32 => "tier",
        pub name: Text => "name",
        /// The monthly minimum wage in force on asOf (after any merge), if known.
        pub minimum_wage: Option<Money> => "minimumWage",
        pub wage_from: Option<NaiveDate> => "wageFrom",
    }
}

crate::answer! {
    /// Internship lengths computed (min–max) and the usual range of the notices.
    pub struct MonthRange {
        pub min: u32 => "min",
        pub max: u32 => "max",
        pub usual_min: u32 => "usualMin",
        pub usual_max: u32 => "usualMax",
    }
}

impl MonthRange {
    /// Internship lengths the estimate computes, and the usual range the notices name
    /// ("一般为3—12个月": outside it is a warning, not a limit).
    pub const MONTHS: MonthRange = MonthRange {
        min: 1,
        max: crate::subsidy::MAX_MONTHS as u32,
        usual_min: 3,
        usual_max: 12,
    };
}

crate::answer! {
    /// Everything a front end needs to build its forms.
    pub struct FormSpec<'a> {
        pub as_of: Option<NaiveDate> => "asOf",
        pub data_date: Option<NaiveDate> => "dataDate",
        /// In menu order (`menuOrder`, then id); the first is `defaultJurisdiction`.
        pub jurisdictions: Vec<MenuItem<'a>> => "jurisdictions",
        pub default_jurisdiction: &'a str => "defaultJurisdiction",
        /// The jurisdiction described below: the one asked for, or the default.
        pub province: &'a str => "province",
        pub province_name: &'a Text => "provinceName",
        pub education_levels: Vec<EducationChoice> => "educationLevels",
        pub hukou_provinces: Vec<ProvinceChoice> => "hukouProvinces",
        /// What the rules in force on asOf ask, in the order a form shows them.
        pub questions: Vec<Question> => "questions",
        /// The jurisdiction's minimum-wage tiers with the wage in force on asOf (empty in the youth module, whose data has no wages).
        pub tiers: Vec<Tier> => "tiers",
        pub tier_note: Option<&'a Text> => "tierNote",
        /// Whether an estimate can name a county instead of a tier (the data lists counties by tier).
        pub county: bool => "county",
        pub months: MonthRange => "months",
        /// The documents whose rules stand on asOf for this jurisdiction.
        pub documents: Vec<DocRef> => "documents",
    }
}
