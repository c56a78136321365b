//! The self-check's input, read field by field from JS or JSON.
use crate::error::{code, ApiError};
use crate::input::{Obj, Value};
use crate::model::{Condition, Education};
use crate::policy::PROVINCES;
use chrono::NaiveDate;
use rust_decimal::Decimal;

#[derive(Debug, Clone, PartialEq)]
pub struct EligibilityInput {
    pub province: String,
    pub as_of: NaiveDate,
    pub birth_date: Option<NaiveDate>,
    pub education: Option<Education>,
    pub left_school_on: Option<NaiveDate>,
    pub employed: Option<bool>,
    pub registered_unemployed: Option<bool>,
    pub hukou_province: Option<String>,
    pub hardship_area: Option<bool>,
    /// What the person pays each month as a flexible worker (Ningxia's intern subsidy estimate).
    pub social_insurance_monthly: Option<Decimal>,
    /// Still a pupil or student (asked only when no leaving date or registration settles it).
    pub in_school: Option<bool>,
    /// The county (Hunan: where the data records that a named area has extended the plan).
    pub county: Option<String>,
}

crate::string_enum! {
    /// A field of the self-check's input: what `missing` and `ask` name, and the
    /// question a form shows for it.
    pub enum InputField as "keyof EligibilityInput" {
        Province = "province",
        AsOf = "asOf",
        BirthDate = "birthDate",
        Education = "education",
        LeftSchoolOn = "leftSchoolOn",
        Employed = "employed",
        RegisteredUnemployed = "registeredUnemployed",
        HukouProvince = "hukouProvince",
        HardshipArea = "hardshipArea",
        SocialInsuranceMonthly = "socialInsuranceMonthly",
        InSchool = "inSchool",
        County = "county",
    }
}

/// The input field a condition turns on.
pub fn question_of(c: &Condition) -> InputField {
    match c {
        Condition::AgeBetween { .. } => InputField::BirthDate,
        Condition::Education { .. } => InputField::Education,
        Condition::LeftSchoolWithin { .. } => InputField::LeftSchoolOn,
        Condition::NotEmployed { .. } => InputField::Employed,
        Condition::RegisteredUnemployed { .. } => InputField::RegisteredUnemployed,
        Condition::Hukou { .. } => InputField::HukouProvince,
        Condition::HardshipArea { .. } => InputField::HardshipArea,
        Condition::NotInSchool { .. } => InputField::InSchool,
    }
}

/// The input's fields (unknown ones are refused).
pub const FIELDS: &[&str] = InputField::IDS;

impl EligibilityInput {
    pub fn from_value(v: &Value) -> Result<EligibilityInput, ApiError> {
        let o = Obj::new(v, "")?;
        o.only(FIELDS)?;
        let input = EligibilityInput {
            province: o.str("province")?.to_owned(),
            as_of: o.date("asOf")?,
            birth_date: o.opt_date("birthDate")?,
            education: o
                .opt_choice("education", Education::IDS)?
                .and_then(Education::from_id),
            left_school_on: o.opt_date("leftSchoolOn")?,
            employed: o.opt_bool("employed")?,
            registered_unemployed: o.opt_bool("registeredUnemployed")?,
            hukou_province: o
                .opt_choice("hukouProvince", &PROVINCES)?
                .map(str::to_owned),
            hardship_area: o.opt_bool("hardshipArea")?,
            social_insurance_monthly: o
                .opt_decimal("socialInsuranceMonthly", Decimal::from(100_000))?,
            in_school: o.opt_bool("inSchool")?,
            county: o.opt_str("county")?.map(str::to_owned),
        };
        if let Some(b) = input.birth_date.filter(|b| *b > input.as_of) {
            return Err(ApiError::new(
                code::INCONSISTENT,
                "birthDate",
                format!("出生日期 {b} 晚于查询日期 {}。", input.as_of),
                format!(
                    "The birth date {b} is after the as-of date {}.",
                    input.as_of
                ),
            ));
        }
        if let (Some(b), Some(l)) = (input.birth_date, input.left_school_on) {
            if l <= b {
                return Err(ApiError::new(
                    code::INCONSISTENT,
                    "leftSchoolOn",
                    format!("离校日期 {l} 不能早于出生日期 {b}。"),
                    format!("The date of leaving school {l} cannot be before the birth date {b}."),
                ));
            }
        }
        Ok(input)
    }
}
