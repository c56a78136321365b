//! The youth self-check: may this person take part, under which category, why,
//! what would change the answer, what the intern gets and where to apply.
use crate::basis::*;
use crate::error::{code, ApiError};
use crate::input::{Obj, Value};
use crate::json::{field, object, OrOmit, ToJson};
use crate::model::*;
use crate::output::*;
use crate::policy::{PolicySet, PROVINCES};
use chrono::{Datelike, Months, NaiveDate};
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

pub const FIELDS: [&str; 12] = [
    "province",
    "asOf",
    "birthDate",
    "education",
    "leftSchoolOn",
    "employed",
    "registeredUnemployed",
    "hukouProvince",
    "hardshipArea",
    "socialInsuranceMonthly",
    "inSchool",
    "county",
];

impl EligibilityInput {
    pub fn from_value(v: &Value) -> Result<EligibilityInput, ApiError> {
        let o = Obj::new(v, "")?;
        o.only(&FIELDS)?;
        let input = EligibilityInput {
            province: o.str("province")?.to_owned(),
            as_of: o.date("asOf")?,
            birth_date: o.opt_date("birthDate")?,
            education: o
                .opt_choice("education", &Education::IDS)?
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

/// Age in full years on `on`; a 29 February birthday is reached on 1 March in common years.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut a = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        a -= 1;
    }
    a
}

/// The n-th birthday (1 March for a 29 February birthday in a common year).
fn birthday(birth: NaiveDate, n: u32) -> Option<NaiveDate> {
    let year = birth.year().checked_add(i32::try_from(n).ok()?)?;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}

fn province_name(set: &PolicySet, id: &str) -> String {
    set.get(id)
        .map(|j| j.name.zh.clone())
        .unwrap_or_else(|| id.to_owned())
}

fn evaluate(
    set: &PolicySet,
    j: &Jurisdiction,
    c: &Condition,
    i: &EligibilityInput,
) -> ConditionResult {
    let source = Cited::new(set, j, c.source());
    let r = |kind, status, detail: Msg, missing| ConditionResult {
        kind,
        status,
        detail,
        missing,
        source: source.clone(),
    };
    let unknown = |kind, field: &'static str, zh: &str, en: &str| {
        r(
            kind,
            "unknown",
            Msg::new("MISSING", zh.to_owned(), en.to_owned()),
            Some(field),
        )
    };
    match c {
        Condition::Education { included, unsettled, .. } => match i.education {
            None => unknown("education", "education", "需要知道你的学历。", "Your education level is needed."),
            Some(e) => {
                let (zh, en) = e.label();
                if included.contains(&e) {
                    r("education", "passed", Msg::new("EDUCATION_INCLUDED", format!("学历“{zh}”在范围内。"), format!("“{en}” is included.")), None)
                } else if unsettled.contains(&e) {
                    r("education", "unknown", Msg::new("EDUCATION_UNSETTLED", format!("文件未写明“{zh}”是否包括在内，请向当地人社部门确认。"), format!("The document does not say whether “{en}” is included; ask the local HR bureau.")), None)
                } else {
                    r("education", "failed", Msg::new("EDUCATION_EXCLUDED", format!("学历“{zh}”不在该类别的范围内。"), format!("“{en}” is not covered by this category.")), None)
                }
            }
        },
        Condition::LeftSchoolWithin { years, .. } => match i.left_school_on {
            None => unknown("leftSchoolWithin", "leftSchoolOn", "需要知道你的离校日期。", "The date you left school is needed."),
            Some(left) if left > i.as_of => r("leftSchoolWithin", "failed", Msg::new("NOT_YET_LEFT", format!("你将于 {left} 离校，{} 时尚未离校。", i.as_of), format!("You leave school on {left}; on {} you have not left yet.", i.as_of)), None),
            Some(left) => {
                let limit = left.checked_add_months(Months::new(12 * years)).unwrap_or(left);
                if i.as_of <= limit {
                    r("leftSchoolWithin", "passed", Msg::new("WITHIN_YEARS", format!("{left} 离校，至 {limit} 为止都在离校{years}年内（含当日）。"), format!("Left school on {left}: within {years} years up to and including {limit}.")), None)
                } else {
                    r("leftSchoolWithin", "failed", Msg::new("BEYOND_YEARS", format!("{left} 离校，离校{years}年的期限已于 {limit} 届满。"), format!("Left school on {left}: the {years}-year period ended on {limit}.")), None)
                }
            }
        },
        Condition::AgeBetween { min, max, .. } => match i.birth_date {
            None => unknown("ageBetween", "birthDate", "需要知道你的出生日期。", "Your date of birth is needed."),
            Some(b) => {
                let age = age_on(b, i.as_of);
                let ok = age >= *min as i32 && age <= *max as i32;
                r(
                    "ageBetween",
                    if ok { "passed" } else { "failed" },
                    Msg::new(if ok { "AGE_IN_RANGE" } else { "AGE_OUT_OF_RANGE" }, format!("{} 时你 {age} 周岁，要求 {min}—{max} 周岁（含）。", i.as_of), format!("On {} you are {age}; {min} to {max} inclusive is required.", i.as_of)),
                    None,
                )
            }
        },
        Condition::NotEmployed { .. } => match i.employed {
            None => unknown("notEmployed", "employed", "需要知道你目前是否已就业。", "Whether you are employed now is needed."),
            Some(false) => r("notEmployed", "passed", Msg::new("NOT_EMPLOYED", "你目前未就业。", "You are not employed."), None),
            Some(true) => r("notEmployed", "failed", Msg::new("EMPLOYED", "见习对象须为未就业人员，你目前已就业。", "Interns must not be employed; you are employed."), None),
        },
        Condition::RegisteredUnemployed { .. } => match (i.registered_unemployed, i.employed) {
            // A registered unemployed person is out of work: registration and a job exclude each other.
            (_, Some(true)) => r("registeredUnemployed", "failed", Msg::new("EMPLOYED_NOT_UNEMPLOYED", "登记失业人员须处于失业状态，你目前已就业，不属于这一类。", "A registered unemployed person is out of work; you are employed, so this category does not apply."), None),
            (None, _) => unknown("registeredUnemployed", "registeredUnemployed", "需要知道你是否已办理失业登记。", "Whether you are registered as unemployed is needed."),
            (Some(true), _) => r("registeredUnemployed", "passed", Msg::new("REGISTERED", "你已办理失业登记。", "You are registered as unemployed."), None),
            (Some(false), _) => r("registeredUnemployed", "failed", Msg::new("NOT_REGISTERED", "该类别要求已办理失业登记，你尚未登记。", "This category requires registration as unemployed; you are not registered."), None),
        },
        // A leaving date (future or past) settles it, then registration as unemployed;
        // only when neither is known is the person asked.
        Condition::NotInSchool { .. } => match (i.left_school_on, i.registered_unemployed, i.in_school) {
            (Some(left), _, _) if left > i.as_of => r("notInSchool", "failed", Msg::new("STILL_IN_SCHOOL", format!("你将于 {left} 离校；在校学生不属于失业青年。"), format!("You leave school on {left}; a pupil or student still in school is not an unemployed youth.")), None),
            (Some(left), _, _) => r("notInSchool", "passed", Msg::new("LEFT_SCHOOL", format!("你已于 {left} 离校，不是在校学生。"), format!("You left school on {left}; you are not in school.")), None),
            (None, Some(true), _) => r("notInSchool", "passed", Msg::new("REGISTERED_NOT_IN_SCHOOL", "你已办理失业登记，不是在校学生。", "You are registered as unemployed, so not in school."), None),
            (None, _, Some(true)) => r("notInSchool", "failed", Msg::new("STILL_IN_SCHOOL", "你还在读书；在校学生不属于失业青年。", "You are still in school; a pupil or student is not an unemployed youth."), None),
            (None, _, Some(false)) => r("notInSchool", "passed", Msg::new("NOT_IN_SCHOOL", "你已不在读书。", "You are no longer in school."), None),
            (None, _, None) => unknown("notInSchool", "inSchool", "需要知道你是否还在读书（在校学生不属于失业青年）。", "Whether you are still in school is needed (a pupil or student is not an unemployed youth)."),
        },
        Condition::Hukou { provinces, .. } => {
            let names: Vec<String> = provinces.iter().map(|p| province_name(set, p)).collect();
            let names = names.join("、");
            match &i.hukou_province {
                None => unknown("hukou", "hukouProvince", "需要知道你的户籍所在省份。", "Your province of household registration is needed."),
                Some(h) if provinces.contains(h) => r("hukou", "passed", Msg::new("HUKOU_OK", format!("你具有{names}户籍。"), format!("You have {names} household registration.")), None),
                Some(_) => r("hukou", "failed", Msg::new("HUKOU_OTHER", format!("该类别要求{names}户籍。"), format!("This category requires {names} household registration.")), None),
            }
        }
        // The kind of areas is the province's wording, from its file (`areas`).
        Condition::HardshipArea { extended_in, areas, .. } => match i.hardship_area {
            None => unknown("hardshipArea", "hardshipArea", &format!("需要知道你所在县（市、区）是否属于{}。", areas.zh), &format!("Whether your county is one of the {} is needed.", areas.en)),
            Some(false) => r("hardshipArea", "failed", Msg::new("NOT_HARDSHIP_AREA", format!("这一类人员只在{}可以参加，且须当地已扩大。", areas.zh), format!("This group can take part only in {}, and only where the area has extended the plan to it.", areas.en)), None),
            Some(true) => match i.county.as_deref().filter(|c| extended_in.iter().any(|e| same_county(e, c))) {
                Some(c) => r("hardshipArea", "passed", Msg::new("AREA_EXTENDED", format!("{c}已将见习对象扩大至这一类人员。"), format!("{c} has extended the plan to this group.")), None),
                None => r("hardshipArea", "unknown", Msg::new("ASK_LOCALLY", format!("文件写的是{}“可扩大至”这一类人员：是否扩大由当地决定，本工具没有你所在县已扩大的记录。请向县（市、区）人社部门询问。", areas.zh), format!("The notice says {} “may extend” the plan to this group: it is for each area to decide, and this tool has no record that yours has. Ask your county HR bureau.", areas.en)), None),
            },
        },
    }
}

/// "长沙县" and "长沙" name the same county: lists may omit the 区/县/市 suffix.
fn same_county(a: &str, b: &str) -> bool {
    let strip = |s: &str| {
        let t = s.trim();
        t.strip_suffix(['区', '县', '市']).unwrap_or(t).to_owned()
    };
    strip(a) == strip(b)
}

/// What one change of circumstance would do, for a category that fails on one condition.
fn hint(
    cat: &Category,
    failed: &ConditionResult,
    cond: &Condition,
    i: &EligibilityInput,
) -> Option<Msg> {
    let name = &cat.name;
    match cond {
        Condition::RegisteredUnemployed { .. } if failed.detail.code == "NOT_REGISTERED" => Some(Msg::new("REGISTER_UNEMPLOYED", format!("到当地公共就业服务机构办理失业登记后，你将符合“{}”。", name.zh), format!("Registering as unemployed at the local public employment service would make you eligible as “{}”.", name.en))),
        Condition::RegisteredUnemployed { .. } => Some(Msg::new("IF_NOT_EMPLOYED", format!("如你不再就业并办理失业登记，将符合“{}”。", name.zh), format!("If you were out of work and registered as unemployed, you would qualify as “{}”.", name.en))),
        Condition::NotInSchool { .. } => Some(match i.left_school_on.filter(|l| *l > i.as_of) {
            Some(l) => {
                // From the day they leave, or their 16th birthday if that comes later; not past 24.
                let (min, max) = cat
                    .conditions
                    .iter()
                    .find_map(|c| match c {
                        Condition::AgeBetween { min, max, .. } => Some((Some(*min), Some(*max))),
                        _ => None,
                    })
                    .unwrap_or((None, None));
                let from = match (i.birth_date, min) {
                    (Some(b), Some(min)) => birthday(b, min).map_or(l, |d| d.max(l)),
                    _ => l,
                };
                if let (Some(b), Some(max)) = (i.birth_date, max) {
                    if age_on(b, from) > max as i32 {
                        return None;
                    }
                }
                Msg::new("AFTER_LEAVING_SCHOOL", format!("在校学生不能作为失业青年参加；{from} 起（离校后）如仍未就业，你可以作为“{}”申请。", name.zh), format!("A student cannot take part as an unemployed youth; from {from} (once you have left school), if you are not employed, you can apply as “{}”.", name.en))
            }
            None => Msg::new("AFTER_LEAVING_SCHOOL", format!("在校学生不能作为失业青年参加；离校后如仍未就业，你可以作为“{}”申请。", name.zh), format!("A student cannot take part as an unemployed youth; once you have left school, if you are not employed, you can apply as “{}”.", name.en)),
        }),
        Condition::NotEmployed { .. } => Some(Msg::new("IF_NOT_EMPLOYED", format!("见习对象须未就业；如你不再就业，将符合“{}”。", name.zh), format!("Interns must not be employed; if you were not employed you would qualify as “{}”.", name.en))),
        Condition::HardshipArea { areas, .. } => Some(Msg::new("IF_HARDSHIP_AREA", format!("只有{}可以把见习对象扩大至“{}”（由当地决定）：如你所在县属于这些地区，请向当地人社部门询问是否已扩大。", areas.zh, name.zh), format!("Only {} may extend the plan to “{}” (a local decision): if your county is one, ask the local HR bureau whether it has.", areas.en, name.en))),
        Condition::AgeBetween { min, .. } if failed.detail.code == "AGE_OUT_OF_RANGE" => {
            let b = i.birth_date?;
            (age_on(b, i.as_of) < *min as i32).then(|| {
                let d = birthday(b, *min).map(|d| d.to_string()).unwrap_or_default();
                Msg::new("WHEN_OLD_ENOUGH", format!("你将于 {d} 年满{min}周岁，届时将符合“{}”。", name.zh), format!("You turn {min} on {d}; from then you would qualify as “{}”.", name.en))
            })
        }
        Condition::LeftSchoolWithin { years, .. } if failed.detail.code == "NOT_YET_LEFT" => {
            let l = i.left_school_on?;
            let limit = l.checked_add_months(Months::new(12 * years))?;
            Some(Msg::new("AFTER_LEAVING", format!("离校后（{l} 至 {limit}）你将符合“{}”。", name.zh), format!("Once you have left school ({l} to {limit}) you would qualify as “{}”.", name.en)))
        }
        _ => None,
    }
}

pub fn check(set: &PolicySet, i: &EligibilityInput) -> Result<EligibilityResult, ApiError> {
    let j = set.jurisdiction(&i.province, "province")?;
    let layers = set.layers_or_error(j, i.as_of, "asOf")?;
    let (elig, elig_layer) = first_of(&layers, |r| r.eligibility.as_ref()).ok_or_else(|| {
        ApiError::new(
            code::NO_RULE_FOR_DATE,
            "asOf",
            format!("{} 没有已知的见习对象规定。", i.as_of),
            format!("No rule on who may take part is known for {}.", i.as_of),
        )
    })?;
    let mut used = vec![set.doc_ref(elig_layer)];

    let mut categories = Vec::new();
    let mut hints = Vec::new();
    let mut ask: Vec<&'static str> = Vec::new();
    for cat in &elig.categories {
        let conditions: Vec<ConditionResult> = cat
            .conditions
            .iter()
            .map(|c| evaluate(set, elig_layer.jurisdiction, c, i))
            .collect();
        let status = if conditions.iter().any(|c| c.status == "failed") {
            "notMet"
        } else if conditions.iter().all(|c| c.status == "passed") {
            "met"
        } else {
            "unknown"
        };
        let result = CategoryResult {
            id: cat.id.clone(),
            name: cat.name.clone(),
            status,
            note: cat.note.clone(),
            conditions,
        };
        let failed: Vec<usize> = result
            .conditions
            .iter()
            .enumerate()
            .filter(|(_, c)| c.status == "failed")
            .map(|(k, _)| k)
            .collect();
        // A question matters while no other condition of its category has failed.
        for (k, c) in cat.conditions.iter().enumerate() {
            if failed.iter().all(|f| *f == k) {
                let mut fields = vec![crate::form::question_of(c)];
                if matches!(c, Condition::HardshipArea { extended_in, .. } if !extended_in.is_empty())
                {
                    fields.push("county");
                }
                for f in fields {
                    if !ask.contains(&f) {
                        ask.push(f);
                    }
                }
            }
        }
        if let [k] = failed[..] {
            if let Some(mut h) = hint(cat, &result.conditions[k], &cat.conditions[k], i) {
                // The change would not settle it alone: say so.
                if result.conditions.iter().any(|c| c.status == "unknown") {
                    h.zh.push_str("（其他条件还需确认。）");
                    h.en.push_str(" (Other conditions are still to be confirmed.)");
                }
                hints.push(h);
            }
        }
        categories.push(result);
    }
    let eligible = if categories.iter().any(|c| c.status == "met") {
        Some(true)
    } else if categories.iter().any(|c| c.status == "unknown") {
        None
    } else {
        Some(false)
    };
    let mut missing: Vec<&'static str> = Vec::new();
    if eligible.is_none() {
        for c in categories.iter().filter(|c| c.status == "unknown") {
            for f in c.conditions.iter().filter_map(|c| c.missing) {
                if !missing.contains(&f) {
                    missing.push(f);
                }
            }
        }
        // A leaving date settles whether they are still in school: ask for it alone.
        if missing.contains(&"leftSchoolOn") {
            missing.retain(|f| *f != "inSchool");
        }
        if !missing.is_empty() {
            hints.push(Msg::new(
                "ANSWER_MISSING",
                "补充上面缺少的信息后即可得出结论。",
                "Answer the missing questions above to get a verdict.",
            ));
        }
        // Open conditions no answer of the person's can settle: whom to ask, and what.
        for c in categories.iter().filter(|c| c.status == "unknown") {
            for x in c.conditions.iter().filter(|x| {
                x.status == "unknown"
                    && x.missing.is_none()
                    && !c.conditions.iter().any(|o| o.missing.is_some())
            }) {
                hints.push(Msg::new(
                    "ASK_LOCALLY",
                    format!("“{}”：{}", c.name.zh, x.detail.zh),
                    format!("“{}”: {}", c.name.en, x.detail.en),
                ));
            }
        }
    }
    if eligible == Some(true) {
        hints.clear();
    }
    // An answer of "no" leaves out what only an intern gets and the review of an application.
    let ineligible = eligible == Some(false);

    let intern_gets = if ineligible {
        Vec::new()
    } else {
        merged_items(set, &layers, |r| r.intern_benefits.as_slice())
    };
    let social_insurance =
        first_of(&layers, |r| r.intern_social_insurance.as_ref()).filter(|_| !ineligible);
    let social_insurance_subsidy = social_insurance.map(|(s, l)| {
        push_doc(&mut used, set.doc_ref(l));
        let (num, den) = (Decimal::from(s.share_numerator), Decimal::from(s.share_denominator));
        SocialInsuranceOut {
            title: s.title.clone(),
            question: s.question.clone(),
            share: format!("{}/{}", s.share_numerator, s.share_denominator),
            max_months: s.max_months,
            min_internship_months: s.min_internship_months,
            conditions: Msg::new(
                "SOCIAL_INSURANCE_SUBSIDY",
                format!("见习期满{}个月以上（含{}个月）、以灵活就业身份缴纳社会保险的，按实际缴费的{}/{}给予社会保险补贴，最长{}个月。", s.min_internship_months, s.min_internship_months, s.share_numerator, s.share_denominator, s.max_months),
                format!("After an internship of {} months or more, if you pay social insurance as a flexible worker you get {}/{} of what you actually paid back, for at most {} months.", s.min_internship_months, s.share_numerator, s.share_denominator, s.max_months),
            ),
            // Each figure is rounded once, at the end: 2/3 × 1000 × 12 = 8000.00.
            monthly_estimate: i.social_insurance_monthly.map(|p| Money::new(p * num / den)),
            max_total_estimate: i
                .social_insurance_monthly
                .map(|p| Money::new(p * num * Decimal::from(s.max_months) / den)),
            source: Cited::new(set, l.jurisdiction, &s.source),
            period_note: s.period_note.as_ref().map(|t| Msg::new("SUBSIDY_PERIOD", t.zh.clone(), t.en.clone())),
            period_source: s.period_source.as_ref().map(|p| Cited::new(set, l.jurisdiction, p)),
        }
    });

    let zone = first_of(&layers, |r| r.service_zone.as_ref()).map(|(z, l)| {
        push_doc(&mut used, set.doc_ref(l));
        ZoneOut {
            name: z.name.clone(),
            url: z.url.clone(),
            takes_applications: z.takes_applications,
            source: Cited::new(set, l.jurisdiction, &z.source),
        }
    });
    let mut apply = ApplyOut {
        zone,
        review_working_days: None,
        review_deadline: None,
        review_provisional: false,
        review_note: None,
        review_source: None,
    };
    // A review time is shown only where the text sets one for young people's applications.
    match (
        first_of(&layers, |r| r.review.as_ref().filter(|r| r.for_youth)),
        first_of(&layers, |r| r.review.as_ref().filter(|r| r.for_employers)),
    ) {
        _ if ineligible => {}
        (Some((r, l)), _) => {
            push_doc(&mut used, set.doc_ref(l));
            apply.review_working_days = Some(r.working_days);
            apply.review_source = Some(Cited::new(set, l.jurisdiction, &r.source));
            match set.calendar().add_working_days_provisional(
                i.as_of,
                i64::from(r.working_days),
                "asOf",
            ) {
                Ok(c) => {
                    apply.review_deadline = Some(c.date);
                    apply.review_provisional = c.note.is_some();
                    apply.review_note = c.note;
                }
                Err(e) => {
                    apply.review_note = Some(Msg::new(
                        e.code.as_str(),
                        e.message.clone(),
                        e.message_en.clone(),
                    ))
                }
            }
        }
        (None, Some((r, l))) => {
            let cited = Cited::new(set, l.jurisdiction, &r.source);
            apply.review_note = Some(Msg::new(
                "NO_REVIEW_TIME_FOR_YOUTH",
                format!("文件没有规定对个人提交的见习申请多长时间内审核；{} {}规定的 {} 个工作日，针对的是用人单位提交的见习申请。", cited.number, cited.clause, r.working_days),
                format!("The documents set no time for reviewing an application from a young person; the {} working days in {} ({}) are for applications from employers.", r.working_days, cited.number, cited.clause),
            ));
            apply.review_source = Some(cited);
        }
        (None, None) => {}
    }
    let warnings = set.time_warnings(j, i.as_of, &used);
    let beyond_horizon = crate::basis::beyond_horizon(&used, i.as_of);
    let verdict = match eligible {
        Some(true) => "eligible",
        Some(false) => "notEligible",
        None => "cannotTell",
    };
    let (zh, en) = match eligible {
        Some(true) => (
            "可以参加就业见习",
            "You can take part in an employment internship",
        ),
        Some(false) => ("暂不符合条件", "Not eligible for now"),
        None => ("需要补充信息", "More information needed"),
    };
    let year = crate::basis::doc_year(&used[0]);
    let verdict_line = if beyond_horizon {
        Msg::new(
            verdict,
            format!("按{year}年的规定：{zh}"),
            format!("Under the {year} documents: {en}"),
        )
    } else {
        Msg::new(verdict, zh, en)
    };
    if social_insurance_subsidy.is_some() {
        ask.push("socialInsuranceMonthly");
    }
    Ok(EligibilityResult {
        eligible,
        verdict,
        verdict_line,
        province: j.id.clone(),
        province_name: j.name.clone(),
        as_of: i.as_of,
        basis: Basis {
            documents: used,
            warnings,
            beyond_horizon,
            figures: Vec::new(),
        },
        categories,
        missing,
        ask,
        what_would_change: hints,
        intern_gets,
        social_insurance_subsidy,
        apply,
    })
}
