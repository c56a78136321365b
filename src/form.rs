//! `formSpec({ province, asOf })`: everything a front end needs to build its forms,
//! so that the pages and the mini-program keep no copies of lists or rules: the
//! jurisdictions in menu order with the default one, the education levels and the
//! household-registration provinces with their labels, which questions the rules in
//! force ask (with the province's own wording, from its file), the minimum-wage tiers
//! with the wages in force, whether a county can be named, the month range.
use crate::error::ApiError;
use crate::input::Obj;
use crate::input::Value;
use crate::json::{field, object, ToJson};
use crate::model::*;
use crate::output::{Cited, DocRef, Money};
use crate::policy::{first_of, PolicySet, PROVINCES};
use chrono::NaiveDate;

/// Province-level divisions for `hukouProvince`: Chinese short name and English name,
/// in the order of `PROVINCES`.
pub const PROVINCE_LABELS: [(&str, &str); 34] = [
    ("北京", "Beijing"),
    ("天津", "Tianjin"),
    ("河北", "Hebei"),
    ("山西", "Shanxi"),
    ("内蒙古", "Inner Mongolia"),
    ("辽宁", "Liaoning"),
    ("吉林", "Jilin"),
    ("黑龙江", "Heilongjiang"),
    ("上海", "Shanghai"),
    ("江苏", "Jiangsu"),
    ("浙江", "Zhejiang"),
    ("安徽", "Anhui"),
    ("福建", "Fujian"),
    ("江西", "Jiangxi"),
    ("山东", "Shandong"),
    ("河南", "Henan"),
    ("湖北", "Hubei"),
    ("湖南", "Hunan"),
    ("广东", "Guangdong"),
    ("广西", "Guangxi"),
    ("海南", "Hainan"),
    ("重庆", "Chongqing"),
    ("四川", "Sichuan"),
    ("贵州", "Guizhou"),
    ("云南", "Yunnan"),
    ("西藏", "Tibet (Xizang)"),
    ("陕西", "Shaanxi"),
    ("甘肃", "Gansu"),
    ("青海", "Qinghai"),
    ("宁夏", "Ningxia"),
    ("新疆", "Xinjiang"),
    ("台湾", "Taiwan"),
    ("香港", "Hong Kong"),
    ("澳门", "Macao"),
];

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

fn text(zh: &str, en: &str) -> Text {
    Text {
        zh: zh.to_owned(),
        en: en.to_owned(),
    }
}

/// Jurisdictions in menu order: by `menuOrder` (files without one after those with
/// one), then by id. The first is the default.
pub fn menu_order(set: &PolicySet) -> Vec<&Jurisdiction> {
    let mut list: Vec<&Jurisdiction> = set.jurisdictions().iter().collect();
    let key = |j: &Jurisdiction| (j.menu_order.unwrap_or(u32::MAX), j.id.clone());
    // Few files: an insertion sort keeps the sort machinery out of the .wasm.
    for i in 1..list.len() {
        let mut k = i;
        while k > 0 && key(list[k - 1]) > key(list[k]) {
            list.swap(k - 1, k);
            k -= 1;
        }
    }
    list
}

/// The questions a condition asks, in the order a form shows them.
const ORDER: [&str; 9] = [
    "birthDate",
    "education",
    "leftSchoolOn",
    "employed",
    "inSchool",
    "registeredUnemployed",
    "hukouProvince",
    "hardshipArea",
    "county",
];

/// The input field a condition turns on.
pub fn question_of(c: &Condition) -> &'static str {
    match c {
        Condition::AgeBetween { .. } => "birthDate",
        Condition::Education { .. } => "education",
        Condition::LeftSchoolWithin { .. } => "leftSchoolOn",
        Condition::NotEmployed { .. } => "employed",
        Condition::RegisteredUnemployed { .. } => "registeredUnemployed",
        Condition::Hukou { .. } => "hukouProvince",
        Condition::HardshipArea { .. } => "hardshipArea",
        Condition::NotInSchool { .. } => "inSchool",
    }
}

fn generic_question(id: &'static str) -> Question {
    let (kind, options, zh, en) = match id {
        "birthDate" => ("date", None, "出生日期", "Date of birth"),
        "education" => (
            "choice",
            Some("educationLevels"),
            "最高学历（毕业的学校）",
            "Highest education (school you graduated from)",
        ),
        "leftSchoolOn" => ("date", None, "离校（毕业）日期", "Date you left school"),
        "employed" => ("yesNo", None, "你现在有工作吗？", "Do you have a job now?"),
        "inSchool" => (
            "yesNo",
            None,
            "你现在还在读书吗？",
            "Are you still in school?",
        ),
        "registeredUnemployed" => (
            "yesNo",
            None,
            "你已在公共就业服务机构办理失业登记吗？",
            "Are you registered as unemployed at the public employment service?",
        ),
        "hukouProvince" => (
            "choice",
            Some("hukouProvinces"),
            "户籍所在省份",
            "Province of household registration (hukou)",
        ),
        _ => ("text", None, "所在县（市、区）", "Your county"),
    };
    Question {
        id,
        kind,
        options,
        label: text(zh, en),
        heading: None,
        // The questions every category set turns on are asked from the start; the
        // others when an answer makes them matter (`ask` of checkEligibility).
        always: matches!(id, "birthDate" | "education" | "leftSchoolOn" | "employed"),
        source: None,
    }
}

pub fn form_spec<'a>(set: &'a PolicySet, input: &Value) -> Result<FormSpec<'a>, ApiError> {
    let (province, as_of) = match input {
        Value::Null => (None, None),
        _ => {
            let o = Obj::new(input, "")?;
            o.only(&["province", "asOf"])?;
            (o.opt_str("province")?, o.opt_date("asOf")?)
        }
    };
    let menu = menu_order(set);
    let default = menu.first().map(|j| j.id.as_str()).unwrap_or("");
    let j = set.jurisdiction(province.unwrap_or(default), "province")?;
    // The rule sets in force on the date, or without a date every rule set known.
    let layers = match as_of {
        Some(d) => set.layers_or_error(j, d, "asOf")?,
        None => set.all_rule_sets(j).collect(),
    };
    let mut questions: Vec<Question> = Vec::new();
    let eligibility: Vec<_> = match as_of {
        Some(_) => first_of(&layers, |r| r.eligibility.as_ref())
            .into_iter()
            .collect(),
        None => layers
            .iter()
            .filter_map(|l| l.rule_set.eligibility.as_ref().map(|e| (e, *l)))
            .collect(),
    };
    for id in ORDER {
        for (elig, layer) in &eligibility {
            for c in elig.categories.iter().flat_map(|c| &c.conditions) {
                let asks = match c {
                    Condition::HardshipArea { extended_in, .. } if id == "county" => {
                        !extended_in.is_empty()
                    }
                    _ => question_of(c) == id,
                };
                if !asks || questions.iter().any(|q| q.id == id) {
                    continue;
                }
                let mut q = generic_question(id);
                if let (Condition::HardshipArea { question, .. }, "hardshipArea") = (c, id) {
                    q.kind = "yesNo";
                    q.label = question.clone();
                    q.source = Some(Cited::new(set, layer.jurisdiction, c.source()));
                }
                questions.push(q);
            }
        }
    }
    let social = match as_of {
        Some(_) => first_of(&layers, |r| r.intern_social_insurance.as_ref()),
        None => layers
            .iter()
            .find_map(|l| l.rule_set.intern_social_insurance.as_ref().map(|s| (s, *l))),
    };
    if let Some((s, layer)) = social {
        questions.push(Question {
            id: "socialInsuranceMonthly",
            kind: "amount",
            options: None,
            label: s.question.clone(),
            heading: Some(s.title.clone()),
            always: false,
            source: Some(Cited::new(set, layer.jurisdiction, &s.source)),
        });
    }
    // The tiers of the jurisdiction's own table (the youth module's data has none).
    let table = j.minimum_wage.as_ref().filter(|_| cfg!(feature = "full"));
    let tiers = table
        .map(|t| {
            (1..=t.tier_names.len() as u8)
                .map(|tier| {
                    let wage = as_of.and_then(|d| set.minimum_wage(j, tier, d, "tier").ok());
                    Tier {
                        tier: u32::from(tier),
                        name: t.tier_names[usize::from(tier) - 1].clone(),
                        minimum_wage: wage.as_ref().map(|w| Money::new(w.amount)),
                        wage_from: wage.map(|w| w.entry.from),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let mut documents: Vec<DocRef> = Vec::new();
    if as_of.is_some() {
        for l in &layers {
            let d = set.doc_ref(*l);
            if !documents.iter().any(|x| x.id == d.id) {
                documents.push(d);
            }
        }
    }
    Ok(FormSpec {
        as_of,
        data_date: set.jurisdictions().iter().map(|j| j.updated).max(),
        jurisdictions: menu
            .iter()
            .map(|j| MenuItem {
                id: &j.id,
                name: &j.name,
                menu_order: j.menu_order,
                baseline: j.baseline.as_deref(),
                updated: j.updated,
            })
            .collect(),
        default_jurisdiction: default,
        province: &j.id,
        province_name: &j.name,
        education_levels: Education::ALL
            .iter()
            .zip(Education::IDS)
            .map(|(e, id)| {
                let (zh, en) = e.label();
                let mut en = en.to_owned();
                if let Some(first) = en.get(0..1) {
                    en = first.to_uppercase() + &en[1..];
                }
                Choice {
                    id,
                    label: Text {
                        zh: zh.to_owned(),
                        en,
                    },
                }
            })
            .collect(),
        hukou_provinces: PROVINCES
            .iter()
            .zip(PROVINCE_LABELS)
            .map(|(id, (zh, en))| Choice {
                id,
                label: text(zh, en),
            })
            .collect(),
        questions,
        tiers,
        tier_note: table.and_then(|t| t.note.as_ref()),
        county: table.is_some_and(|t| !t.county_lists.is_empty()),
        months: MonthRange,
        documents,
    })
}
