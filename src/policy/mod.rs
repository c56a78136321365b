//! A validated set of jurisdictions, and the look-ups the engine makes in it: which
//! rules stand on a date (here), the minimum wage of a tier in a month (`wages`), the
//! working-day calendar (`calendar`); `validate` checks the files before a set is built.
pub use crate::basis::{beyond_horizon, doc_year, first_of, Layer};
use crate::basis::{DocRef, Library, Msg};
use crate::error::{code, ApiError};
use crate::input::Value;
use crate::model::*;
use chrono::NaiveDate;

mod calendar;
mod validate;
mod validate_rules;
mod wages;
pub use calendar::{Calendar, Counted, MAX_WORKING_DAYS};
use validate::validate;
pub use wages::WageAt;

/// The policy data compiled into native builds (`cargo test`, the examples, the fuzz
/// targets): `policies/*.toml` as one JSON array (see build.rs). The .wasm carries none:
/// pages, embeds and the mini-program load the served data files (`loadPolicies`), so a
/// data-only change rebuilds no .wasm.
#[cfg(all(feature = "full", not(target_arch = "wasm32")))]
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/policies.json"));
/// The youth module's copy leaves out the parts only the employer and officials' functions use.
#[cfg(all(not(feature = "full"), not(target_arch = "wasm32")))]
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/policies-youth.json"));

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

/// Pinyin identifiers of every province-level division, for `hukouProvince`.
pub const PROVINCES: [&str; 34] = [
    "beijing",
    "tianjin",
    "hebei",
    "shanxi",
    "neimenggu",
    "liaoning",
    "jilin",
    "heilongjiang",
    "shanghai",
    "jiangsu",
    "zhejiang",
    "anhui",
    "fujian",
    "jiangxi",
    "shandong",
    "henan",
    "hubei",
    "hunan",
    "guangdong",
    "guangxi",
    "hainan",
    "chongqing",
    "sichuan",
    "guizhou",
    "yunnan",
    "xizang",
    "shaanxi",
    "gansu",
    "qinghai",
    "ningxia",
    "xinjiang",
    "taiwan",
    "xianggang",
    "aomen",
];

#[derive(Debug, Clone)]
pub struct PolicySet {
    jurisdictions: Vec<Jurisdiction>,
    /// Each file as it was given, in the order of `jurisdictions`: what `policies()` returns.
    files: Vec<Value>,
    calendar: Calendar,
}

impl PolicySet {
    /// Validates the files and builds the set. Nothing is kept if anything is wrong.
    pub fn new(mut files: Vec<(Jurisdiction, Value)>) -> Result<PolicySet, ApiError> {
        insertion_sort(&mut files, |a, b| a.0.id > b.0.id);
        let (jurisdictions, files): (Vec<_>, Vec<_>) = files.into_iter().unzip();
        validate(&jurisdictions)?;
        let calendar = Calendar::build(&jurisdictions)?;
        Ok(PolicySet {
            jurisdictions,
            files,
            calendar,
        })
    }

    /// Builds a set from policy files given as one `Value` (a file or an array of files).
    pub fn from_value(data: &Value) -> Result<PolicySet, ApiError> {
        PolicySet::new(crate::read_model::files(data)?)
    }

    /// The policy data compiled into native builds, validated.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn embedded() -> Result<PolicySet, ApiError> {
        let data = crate::json::parse(EMBEDDED_JSON).map_err(|e| {
            ApiError::new(
                code::POLICY_INVALID,
                "",
                format!("内置政策数据无法解析：{e}"),
                format!("The embedded policy data cannot be parsed: {e}"),
            )
        })?;
        PolicySet::new(crate::read_model::files(&data)?)
    }

    /// `loadPolicies` over the set in force, if any: with nothing loaded yet, "extend"
    /// and "replace" both start from the files given.
    pub fn load(
        current: Option<&PolicySet>,
        files: Vec<(Jurisdiction, Value)>,
        replace_all: bool,
    ) -> Result<PolicySet, ApiError> {
        match current {
            Some(set) => set.with(files, replace_all),
            None => PolicySet::new(files),
        }
    }

    /// Adds or replaces jurisdictions by id (or replaces the whole set), validating the result.
    pub fn with(
        &self,
        files: Vec<(Jurisdiction, Value)>,
        replace_all: bool,
    ) -> Result<PolicySet, ApiError> {
        let mut list: Vec<(Jurisdiction, Value)> = if replace_all {
            Vec::new()
        } else {
            self.jurisdictions
                .iter()
                .cloned()
                .zip(self.files.iter().cloned())
                .collect()
        };
        for f in files {
            list.retain(|(j, _)| j.id != f.0.id);
            list.push(f);
        }
        PolicySet::new(list)
    }

    /// The files as they were given.
    pub fn files(&self) -> &[Value] {
        &self.files
    }

    pub fn jurisdictions(&self) -> &[Jurisdiction] {
        &self.jurisdictions
    }

    pub fn get(&self, id: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.id == id)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.jurisdictions.iter().map(|j| j.id.as_str()).collect()
    }

    /// The jurisdiction named in `field`, or an error listing the known ones.
    pub fn jurisdiction(&self, id: &str, field: &str) -> Result<&Jurisdiction, ApiError> {
        self.get(id).ok_or_else(|| {
            let known = self.ids().join(", ");
            let shown: String = id.chars().take(40).collect();
            ApiError::new(
                code::UNKNOWN_PROVINCE,
                field,
                format!("没有“{shown}”的政策数据。可选：{known}。"),
                format!("No policy data for “{shown}”. Known: {known}."),
            )
        })
    }

    pub fn baseline(&self, j: &Jurisdiction) -> Option<&Jurisdiction> {
        j.baseline.as_deref().and_then(|b| self.get(b))
    }

    /// A document of `j` or of its baseline.
    pub fn document<'a>(&'a self, j: &'a Jurisdiction, id: &str) -> Option<&'a Document> {
        j.documents.iter().find(|d| d.id == id).or_else(|| {
            self.baseline(j)
                .and_then(|b| b.documents.iter().find(|d| d.id == id))
        })
    }

    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// Rule sets in force on `date`, most authoritative first: the province's own
    /// (later first), then its baseline's (later first). A provincial rule governs
    /// inside its province; within one level the later document governs.
    pub fn layers<'a>(&'a self, j: &'a Jurisdiction, date: NaiveDate) -> Vec<Layer<'a>> {
        let mut out = Vec::new();
        let mut level = Some(j);
        while let Some(cur) = level {
            let mut sets: Vec<&RuleSet> =
                cur.rule_sets.iter().filter(|r| in_force(r, date)).collect();
            insertion_sort(&mut sets, |a, b| a.valid_from < b.valid_from);
            out.extend(sets.into_iter().map(|rule_set| Layer {
                jurisdiction: cur,
                rule_set,
            }));
            level = self.baseline(cur).filter(|b| b.id != cur.id);
        }
        out
    }

    /// Rule sets in force on `date`, or NO_RULE_FOR_DATE naming the field.
    pub fn layers_or_error<'a>(
        &'a self,
        j: &'a Jurisdiction,
        date: NaiveDate,
        field: &str,
    ) -> Result<Vec<Layer<'a>>, ApiError> {
        let layers = self.layers(j, date);
        if layers.is_empty() {
            let first = self.all_rule_sets(j).map(|l| l.rule_set.valid_from).min();
            let (zh, en) = match first {
                Some(f) if date < f => (
                    format!("{date} 早于本工具所知的最早规定（{f} 起），该日期没有已知规则。"),
                    format!("{date} is before the earliest rule known here (from {f}); no rule is known for that date."),
                ),
                _ => (format!("{date} 没有已知的见习规则。"), format!("No internship rule is known for {date}.")),
            };
            return Err(ApiError::new(code::NO_RULE_FOR_DATE, field, zh, en));
        }
        Ok(layers)
    }

    pub fn all_rule_sets<'a>(&'a self, j: &'a Jurisdiction) -> impl Iterator<Item = Layer<'a>> {
        let base = self.baseline(j).filter(|b| b.id != j.id);
        j.rule_sets
            .iter()
            .map(move |r| Layer {
                jurisdiction: j,
                rule_set: r,
            })
            .chain(base.into_iter().flat_map(|b| {
                b.rule_sets.iter().map(move |r| Layer {
                    jurisdiction: b,
                    rule_set: r,
                })
            }))
    }

    pub fn doc_ref(&self, layer: Layer<'_>) -> DocRef {
        DocRef::of(self, layer)
    }

    /// What the answer should say about time (see `basis::time_warnings`).
    pub fn time_warnings(&self, j: &Jurisdiction, date: NaiveDate, used: &[DocRef]) -> Vec<Msg> {
        crate::basis::time_warnings(self, j, date, used)
    }
}

/// A stable sort for the few files and rule sets a jurisdiction has: insertion sort,
/// a few hundred bytes of .wasm where the standard library's sorts cost kilobytes.
/// `after(a, b)`: `a` belongs after `b`.
fn insertion_sort<T>(v: &mut [T], after: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut k = i;
        while k > 0 && after(&v[k - 1], &v[k]) {
            v.swap(k - 1, k);
            k -= 1;
        }
    }
}

pub fn in_force(r: &RuleSet, date: NaiveDate) -> bool {
    r.valid_from <= date && r.valid_until.is_none_or(|u| date <= u)
}

impl Library for PolicySet {
    fn document<'a>(&'a self, j: &'a Jurisdiction, id: &str) -> Option<&'a Document> {
        PolicySet::document(self, j, id)
    }
}

/// A province-level division's short name in Chinese and its English name, by its
/// `hukouProvince` identifier.
pub fn province_label(id: &str) -> Option<(&'static str, &'static str)> {
    PROVINCES
        .iter()
        .position(|p| *p == id)
        .map(|k| PROVINCE_LABELS[k])
}
