//! A validated set of jurisdictions, and the look-ups the engine makes in it:
//! which rules stand on a date, the minimum wage of a tier in a month, the
//! working-day calendar.
pub use crate::basis::{beyond_horizon, doc_year, first_of, Layer};
use crate::basis::{DocRef, Library, Msg};
use crate::error::{code, ApiError};
use crate::input::Value;
use crate::model::*;
use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};

/// The policy data compiled into native builds (`cargo test`, the examples, the fuzz
/// targets): `policies/*.toml` as one JSON array (see build.rs). The .wasm carries none:
/// pages, embeds and the mini-program load the served data files (`loadPolicies`), so a
/// data-only change rebuilds no .wasm.
#[cfg(all(feature = "full", not(target_arch = "wasm32")))]
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/policies.json"));
/// The youth module's copy leaves out the parts only the employer and officials' functions use.
#[cfg(all(not(feature = "full"), not(target_arch = "wasm32")))]
pub const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/policies-youth.json"));

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

fn invalid(field: String, zh: String, en: String) -> ApiError {
    ApiError::new(
        code::POLICY_INVALID,
        field,
        format!("政策数据有误：{zh}"),
        format!("Invalid policy data: {en}"),
    )
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

    /// The monthly minimum wage of `tier` in force on `date`.
    pub fn minimum_wage<'a>(
        &'a self,
        j: &'a Jurisdiction,
        tier: u8,
        date: NaiveDate,
        field: &str,
    ) -> Result<WageAt<'a>, ApiError> {
        let table = j.minimum_wage.as_ref().ok_or_else(|| {
            ApiError::new(
                code::NO_MINIMUM_WAGE,
                field,
                format!(
                    "没有{}的最低工资标准数据，请输入金额形式的当地标准。",
                    j.name.zh
                ),
                format!(
                    "No minimum wage table for {}; enter the local standard as an amount.",
                    j.name.en
                ),
            )
        })?;
        let tiers = table.tier_names.len();
        if tier == 0 || usize::from(tier) > tiers {
            return Err(ApiError::new(
                code::OUT_OF_RANGE,
                field,
                format!(
                    "“{field}”应在 1 到 {tiers} 之间（{}共 {tiers} 类）。",
                    j.name.zh
                ),
                format!(
                    "“{field}” must be from 1 to {tiers} ({} has {tiers} tiers).",
                    j.name.en
                ),
            ));
        }
        let idx = table.entries.iter().rposition(|e| e.from <= date).ok_or_else(|| {
            let first = table.entries.first().map(|e| e.from.to_string()).unwrap_or_default();
            ApiError::new(
                code::NO_MINIMUM_WAGE,
                field,
                format!("{date} 早于已知最早的{}最低工资标准（{first} 起），请输入金额形式的当地标准。", j.name.zh),
                format!("{date} is before the earliest {} minimum wage known ({first}); enter the local standard as an amount.", j.name.en),
            )
        })?;
        let entry = &table.entries[idx];
        let mut notes = Vec::new();
        let mut effective = tier;
        if let Some([_, to]) = entry.merged.iter().find(|[from, _]| *from == tier) {
            effective = *to;
            notes.push(Msg::new(
                "TIER_MERGED",
                format!(
                    "自 {} 起{}第{tier}类并入第{to}类，按第{to}类计。",
                    entry.from, j.name.zh
                ),
                format!(
                    "From {} {}'s tier {tier} is merged into tier {to}; tier {to} is used.",
                    entry.from, j.name.en
                ),
            ));
        }
        let amount = *entry
            .amounts
            .get(usize::from(effective) - 1)
            .ok_or_else(|| {
                ApiError::new(
                    code::OUT_OF_RANGE,
                    field,
                    format!("{date} 时不存在第{tier}类。"),
                    format!("Tier {tier} does not exist on {date}."),
                )
            })?;
        if let Some(next) = table.entries.get(idx + 1).filter(|n| n.in_force_by) {
            let earliest = next.earliest.unwrap_or(entry.from);
            if date >= earliest {
                notes.push(Msg::new(
                    "WAGE_DATE_UNCERTAIN",
                    format!("{earliest} 至 {} 之间某日起新标准（第{effective}类 {} 元）已生效，确切日期未知；此处按 {amount} 元计，请以当地公布为准。", next.from, next.amounts.get(usize::from(effective) - 1).map(|a| a.to_string()).unwrap_or_default()),
                    format!("A new standard (tier {effective}: {} yuan) took effect on an unknown date between {earliest} and {}; {amount} yuan is used here. Check the local notice.", next.amounts.get(usize::from(effective) - 1).map(|a| a.to_string()).unwrap_or_default(), next.from),
                ));
            }
        }
        Ok(WageAt {
            amount,
            entry,
            tier: effective,
            notes,
        })
    }

    /// The tier of a county on `date`, from the county lists of `j`.
    pub fn county_tier(
        &self,
        j: &Jurisdiction,
        county: &str,
        date: NaiveDate,
        field: &str,
    ) -> Result<(u8, Option<Msg>), ApiError> {
        let lists = j
            .minimum_wage
            .as_ref()
            .map(|t| t.county_lists.as_slice())
            .unwrap_or(&[]);
        let not_known = || {
            let shown: String = county.chars().take(40).collect();
            ApiError::new(
                code::UNKNOWN_VALUE,
                field,
                format!("没有找到“{shown}”所属的最低工资类别，请直接选择类别。"),
                format!(
                    "The minimum-wage tier of “{shown}” is not known; choose the tier instead."
                ),
            )
        };
        let list = lists
            .iter()
            .rev()
            .find(|l| l.from <= date)
            .ok_or_else(not_known)?;
        let name = normalise_county(county);
        for (i, names) in list.tiers.iter().enumerate() {
            if names.iter().any(|n| normalise_county(n) == name) {
                return Ok(((i + 1) as u8, None));
            }
        }
        match list.others_tier {
            Some(t) => Ok((
                t,
                Some(Msg::new(
                    "COUNTY_OTHERS_TIER",
                    format!("“{county}”不在一至{}类名单中，按“其他县（市、区）”计为第{t}类；如有误请直接选择类别。", list.tiers.len()),
                    format!("“{county}” is not on the lists of tiers 1–{}, so it counts as “all other counties”, tier {t}. If that is wrong, choose the tier.", list.tiers.len()),
                )),
            )),
            None => Err(not_known()),
        }
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

/// "兴庆区" and "兴庆" name the same county: the lists omit the 区/县/市 suffix.
fn normalise_county(s: &str) -> String {
    let t = s.trim();
    let t = t
        .strip_suffix('区')
        .or_else(|| t.strip_suffix('县'))
        .unwrap_or(t);
    t.to_owned()
}

pub struct WageAt<'a> {
    pub amount: Decimal,
    pub entry: &'a MinimumWageEntry,
    /// The tier actually used (after a merge).
    pub tier: u8,
    pub notes: Vec<Msg>,
}

pub fn in_force(r: &RuleSet, date: NaiveDate) -> bool {
    r.valid_from <= date && r.valid_until.is_none_or(|u| date <= u)
}

/// Working days: Monday to Friday, less the State Council's days off, plus its make-up days.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    years: BTreeMap<i32, String>,
    off: BTreeSet<NaiveDate>,
    makeup: BTreeSet<NaiveDate>,
}

/// No answer may count further than this many working days.
pub const MAX_WORKING_DAYS: i64 = 1000;

/// A date counted in working days; `note` says why it is provisional, when it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Counted {
    pub date: NaiveDate,
    pub note: Option<Msg>,
}

impl Calendar {
    fn build(js: &[Jurisdiction]) -> Result<Calendar, ApiError> {
        let mut cal = Calendar::default();
        for j in js {
            for (i, c) in j.holiday_calendars.iter().enumerate() {
                let number = j
                    .documents
                    .iter()
                    .find(|d| d.id == c.source.document)
                    .map(|d| d.number.clone())
                    .unwrap_or_default();
                if cal.years.insert(c.year, number).is_some() {
                    return Err(invalid(
                        format!("{}.holidayCalendars[{i}].year", j.id),
                        format!("{} 年的节假日安排重复。", c.year),
                        format!("the holiday calendar of {} is given twice.", c.year),
                    ));
                }
                for [a, b] in &c.days_off {
                    let mut d = *a;
                    while d <= *b {
                        cal.off.insert(d);
                        d = match d.succ_opt() {
                            Some(n) => n,
                            None => break,
                        };
                    }
                }
                cal.makeup.extend(c.makeup_workdays.iter().copied());
            }
        }
        Ok(cal)
    }

    pub fn years(&self) -> Vec<i32> {
        self.years.keys().copied().collect()
    }

    fn no_calendar(&self, year: i32, field: &str) -> ApiError {
        let span = self.span();
        ApiError::new(
            code::NO_CALENDAR,
            field,
            format!("没有 {year} 年的节假日安排（已知 {span} 年），无法按工作日计算。"),
            format!(
                "No holiday calendar for {year} (known: {span}); working days cannot be counted."
            ),
        )
    }

    /// "2022–2026": the years with a calendar.
    fn span(&self) -> String {
        let known = self.years();
        match (known.first(), known.last()) {
            (Some(a), Some(b)) => format!("{a}–{b}"),
            _ => "-".into(),
        }
    }

    pub fn is_working_day(&self, d: NaiveDate, field: &str) -> Result<bool, ApiError> {
        if !self.years.contains_key(&d.year()) {
            return Err(self.no_calendar(d.year(), field));
        }
        Ok(self.working(d))
    }

    fn working(&self, d: NaiveDate) -> bool {
        self.makeup.contains(&d)
            || (!self.off.contains(&d) && !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
    }

    /// The date `n` working days after `from` (`from` itself is not counted; n = 0 gives `from`).
    /// A year without a calendar is an error (NO_CALENDAR): the honest answer for callers
    /// who need the exact date.
    pub fn add_working_days(
        &self,
        from: NaiveDate,
        n: i64,
        field: &str,
    ) -> Result<NaiveDate, ApiError> {
        self.count_forward(from, n, field, false).map(|(d, _)| d)
    }

    /// As `add_working_days`, but days in a year without a calendar count Monday to
    /// Friday (its holidays are not published yet, and none is invented): the date is
    /// then provisional, and the years so counted are returned with it.
    pub fn add_working_days_provisional(
        &self,
        from: NaiveDate,
        n: i64,
        field: &str,
    ) -> Result<Counted, ApiError> {
        let (date, missing_years) = self.count_forward(from, n, field, true)?;
        Ok(Counted {
            date,
            note: (!missing_years.is_empty()).then(|| self.provisional_note(&missing_years)),
        })
    }

    /// Why a date counted on weekdays alone is provisional.
    pub fn provisional_note(&self, years: &[i32]) -> Msg {
        let list: Vec<String> = years.iter().map(|y| y.to_string()).collect();
        let (zh, en) = (list.join("、"), list.join(", "));
        let span = self.span();
        Msg::new(
            "PROVISIONAL_CALENDAR",
            format!("国务院办公厅尚未公布（或本工具尚未收录）{zh}年的节假日安排（已收录 {span} 年）：{zh}年的日子只按周一至周五计算，此日期为暂定，公布后可能推迟，请届时核对。"),
            format!("The State Council's holiday schedule for {en} is not yet published (or not yet in this tool, which has {span}): days in {en} are counted Monday to Friday only, so this date is provisional and may move later once the holidays are published."),
        )
    }

    fn count_forward(
        &self,
        from: NaiveDate,
        n: i64,
        field: &str,
        provisional: bool,
    ) -> Result<(NaiveDate, Vec<i32>), ApiError> {
        if !(0..=MAX_WORKING_DAYS).contains(&n) {
            return Err(ApiError::new(
                code::OUT_OF_RANGE,
                "n",
                format!("工作日数应在 0 到 {MAX_WORKING_DAYS} 之间。"),
                format!("The number of working days must be from 0 to {MAX_WORKING_DAYS}."),
            ));
        }
        let mut missing = Vec::new();
        let mut d = from;
        let mut left = n;
        while left > 0 {
            d = d.succ_opt().ok_or_else(|| {
                ApiError::new(
                    code::OUT_OF_RANGE,
                    field,
                    "日期超出范围。",
                    "Date out of range.",
                )
            })?;
            let working = if self.years.contains_key(&d.year()) {
                self.working(d)
            } else if provisional {
                if !missing.contains(&d.year()) {
                    missing.push(d.year());
                }
                !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
            } else {
                return Err(self.no_calendar(d.year(), field));
            };
            if working {
                left -= 1;
            }
        }
        Ok((d, missing))
    }

    /// Working days d with from < d <= to; negative when `to` is before `from`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> Result<i64, ApiError> {
        let (a, b, sign, field) = if from <= to {
            (from, to, 1, "to")
        } else {
            (to, from, -1, "from")
        };
        if (b - a).num_days() > 5 * 366 {
            return Err(ApiError::new(
                code::OUT_OF_RANGE,
                "to",
                "两个日期相隔不能超过5年。",
                "The two dates may be at most 5 years apart.",
            ));
        }
        let mut count = 0;
        let mut d = a;
        while d < b {
            d = d.succ_opt().ok_or_else(|| {
                ApiError::new(
                    code::OUT_OF_RANGE,
                    field,
                    "日期超出范围。",
                    "Date out of range.",
                )
            })?;
            if self.is_working_day(d, field)? {
                count += 1;
            }
        }
        Ok(sign * count)
    }
}

impl Library for PolicySet {
    fn document<'a>(&'a self, j: &'a Jurisdiction, id: &str) -> Option<&'a Document> {
        PolicySet::document(self, j, id)
    }
}

// ------------------------------------------------------------------ validation

struct Check<'a> {
    j: &'a Jurisdiction,
    base: Option<&'a Jurisdiction>,
}

impl Check<'_> {
    fn source(&self, s: &Source, path: &str) -> Result<(), ApiError> {
        let known = self
            .j
            .documents
            .iter()
            .chain(self.base.map(|b| b.documents.as_slice()).unwrap_or(&[]))
            .any(|d| d.id == s.document);
        if !known {
            return Err(invalid(
                format!("{path}.document"),
                format!("出处引用了不存在的文件“{}”。", s.document),
                format!("the source names the unknown document “{}”.", s.document),
            ));
        }
        if s.clause.trim().is_empty() || s.quote.trim().is_empty() {
            return Err(invalid(
                path.to_owned(),
                "出处缺少条款或原文摘录。".into(),
                "the source lacks its clause or its quote.".into(),
            ));
        }
        if let Some(r) = &s.reading {
            ensure(
                !r.zh.trim().is_empty() && !r.en.trim().is_empty(),
                format!("{path}.reading"),
                "解读须有中文和英文。",
                "a reading needs its Chinese and English text.",
            )?;
        }
        Ok(())
    }
}

fn ensure(
    ok: bool,
    path: impl Into<String>,
    zh: impl Into<String>,
    en: impl Into<String>,
) -> Result<(), ApiError> {
    if ok {
        Ok(())
    } else {
        Err(invalid(path.into(), zh.into(), en.into()))
    }
}

fn valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn validate(js: &[Jurisdiction]) -> Result<(), ApiError> {
    ensure(!js.is_empty(), "", "没有任何辖区。", "no jurisdictions.")?;
    for (i, j) in js.iter().enumerate() {
        let p = j.id.clone();
        ensure(
            valid_id(&j.id),
            format!("[{i}].id"),
            "辖区 id 只能用小写字母、数字和连字符。",
            "a jurisdiction id may use only lower-case letters, digits and hyphens.",
        )?;
        ensure(
            js.iter().filter(|o| o.id == j.id).count() == 1,
            format!("{p}.id"),
            "辖区 id 重复。",
            "the jurisdiction id is given twice.",
        )?;
        let base = match &j.baseline {
            None => None,
            Some(b) => {
                let found = js.iter().find(|o| &o.id == b);
                ensure(
                    found.is_some_and(|f| f.baseline.is_none() && f.id != j.id),
                    format!("{p}.baseline"),
                    format!("基准辖区“{b}”不存在或本身另有基准。"),
                    format!("the baseline “{b}” does not exist or has a baseline itself."),
                )?;
                found
            }
        };
        let c = Check { j, base };
        for (k, d) in j.documents.iter().enumerate() {
            ensure(
                valid_id(&d.id) && j.documents.iter().filter(|o| o.id == d.id).count() == 1,
                format!("{p}.documents[{k}].id"),
                "文件 id 无效或重复。",
                "the document id is invalid or given twice.",
            )?;
            ensure(
                !d.number.trim().is_empty() && !d.title.trim().is_empty(),
                format!("{p}.documents[{k}]"),
                "文件缺少文号或标题。",
                "the document lacks its number or title.",
            )?;
        }
        if let (true, Some(t)) = (cfg!(feature = "full"), &j.minimum_wage) {
            validate_wages(&c, t, &format!("{p}.minimumWage"))?;
        }
        for (k, rs) in j.rule_sets.iter().enumerate() {
            validate_rule_set(&c, rs, &format!("{p}.ruleSets[{k}]"))?;
            ensure(
                j.rule_sets
                    .iter()
                    .filter(|o| o.valid_from == rs.valid_from)
                    .count()
                    == 1,
                format!("{p}.ruleSets[{k}].validFrom"),
                "两个规则集的起始日期相同，无法判断先后。",
                "two rule sets start on the same day; their order is ambiguous.",
            )?;
        }
        for (k, h) in j.holiday_calendars.iter().enumerate() {
            let hp = format!("{p}.holidayCalendars[{k}]");
            c.source(&h.source, &format!("{hp}.source"))?;
            for [a, b] in &h.days_off {
                ensure(
                    a <= b
                        && (b.year() == h.year || (b.year() == h.year - 1 && b.month() == 12))
                        && (a.year() == h.year || (a.year() == h.year - 1 && a.month() == 12)),
                    format!("{hp}.daysOff"),
                    format!("{a}–{b} 不在 {} 年内或顺序颠倒。", h.year),
                    format!("{a}–{b} is not within {} or is reversed.", h.year),
                )?;
            }
            for d in &h.makeup_workdays {
                ensure(
                    d.year() == h.year && matches!(d.weekday(), Weekday::Sat | Weekday::Sun),
                    format!("{hp}.makeupWorkdays"),
                    format!("调休上班日 {d} 应为 {} 年的周末。", h.year),
                    format!(
                        "the make-up working day {d} must be a weekend day of {}.",
                        h.year
                    ),
                )?;
            }
        }
        for (k, q) in j
            .quotas
            .iter()
            .enumerate()
            .filter(|_| cfg!(feature = "full"))
        {
            let qp = format!("{p}.quotas[{k}]");
            c.source(&q.source, &format!("{qp}.source"))?;
            ensure(
                q.rows.iter().all(|r| r.values.len() == q.columns.len()),
                format!("{qp}.rows"),
                "每行的数值个数应与列数相同。",
                "every row needs one value per column.",
            )?;
            if let Some(total) = &q.total {
                ensure(
                    total.len() <= q.columns.len(),
                    format!("{qp}.total"),
                    "合计的个数多于列数。",
                    "more totals than columns.",
                )?;
                for (col, t) in total.iter().enumerate() {
                    let sum: u64 = q.rows.iter().filter_map(|r| r.values.get(col)).sum();
                    ensure(
                        sum == *t,
                        format!("{qp}.total[{col}]"),
                        format!("各行之和 {sum} 与文件所列合计 {t} 不符。"),
                        format!("the rows add up to {sum}, not to the stated total {t}."),
                    )?;
                }
            }
        }
        for (k, f) in j
            .report_forms
            .iter()
            .enumerate()
            .filter(|_| cfg!(feature = "full"))
        {
            let fp = format!("{p}.reportForms[{k}]");
            c.source(&f.source, &format!("{fp}.source"))?;
            ensure(
                f.indicators
                    .iter()
                    .enumerate()
                    .all(|(n, ind)| usize::from(ind.number) == n + 1),
                format!("{fp}.indicators"),
                "指标应从 1 起连续编号。",
                "indicators must be numbered 1, 2, 3, … in order.",
            )?;
            for (m, ch) in f.checks.iter().enumerate() {
                ensure(
                    ch.chain.len() >= 2
                        && ch.chain.iter().all(|side| {
                            !side.is_empty()
                                && side
                                    .iter()
                                    .all(|n| *n >= 1 && usize::from(*n) <= f.indicators.len())
                        }),
                    format!("{fp}.checks[{m}]"),
                    "逻辑关系引用了不存在的指标。",
                    "the check names an indicator that does not exist.",
                )?;
            }
        }
    }
    Ok(())
}

fn validate_wages(c: &Check<'_>, t: &MinimumWageTable, p: &str) -> Result<(), ApiError> {
    let tiers = t.tier_names.len();
    ensure(
        tiers > 0 && tiers < 10 && !t.entries.is_empty(),
        p,
        "最低工资表缺少类别或数值。",
        "the minimum wage table lacks tiers or entries.",
    )?;
    for (k, e) in t.entries.iter().enumerate() {
        let ep = format!("{p}.entries[{k}]");
        c.source(&e.source, &format!("{ep}.source"))?;
        if k > 0 {
            ensure(
                t.entries[k - 1].from < e.from,
                format!("{ep}.from"),
                "各档最低工资的起始日期应严格递增（日期区间不得重叠）。",
                "entries must start on strictly increasing dates (no overlapping ranges).",
            )?;
        }
        ensure(
            e.amounts.len() + e.merged.len() == tiers,
            format!("{ep}.amounts"),
            format!("应为 {tiers} 个类别各给出金额（或注明并入哪一类）。"),
            format!("every one of the {tiers} tiers needs an amount (or a merge)."),
        )?;
        ensure(
            e.amounts
                .iter()
                .all(|a| *a > Decimal::ZERO && *a < Decimal::from(100_000)),
            format!("{ep}.amounts"),
            "金额应为正数。",
            "amounts must be positive.",
        )?;
        for [from, to] in &e.merged {
            ensure(
                usize::from(*from) > e.amounts.len()
                    && usize::from(*from) <= tiers
                    && *to >= 1
                    && usize::from(*to) <= e.amounts.len(),
                format!("{ep}.merged"),
                "并入关系无效。",
                "invalid tier merge.",
            )?;
        }
        if e.in_force_by {
            if let Some(earliest) = e.earliest {
                ensure(
                    earliest < e.from,
                    format!("{ep}.earliest"),
                    "earliest 应早于 from。",
                    "earliest must be before from.",
                )?;
            }
        } else {
            ensure(
                e.earliest.is_none(),
                format!("{ep}.earliest"),
                "只有 inForceBy 的条目才有 earliest。",
                "only inForceBy entries have an earliest date.",
            )?;
        }
    }
    for (k, l) in t.county_lists.iter().enumerate() {
        let lp = format!("{p}.countyLists[{k}]");
        c.source(&l.source, &format!("{lp}.source"))?;
        if k > 0 {
            ensure(
                t.county_lists[k - 1].from < l.from,
                format!("{lp}.from"),
                "县区名单的起始日期应严格递增。",
                "county lists must start on strictly increasing dates.",
            )?;
        }
        ensure(
            !l.tiers.is_empty()
                && l.tiers.len() <= tiers
                && l.others_tier
                    .is_none_or(|o| o >= 1 && usize::from(o) <= tiers),
            format!("{lp}.tiers"),
            "县区名单的类别数超出最低工资表。",
            "the county list has more tiers than the table.",
        )?;
        let mut seen = BTreeSet::new();
        for n in l.tiers.iter().flatten() {
            ensure(
                seen.insert(normalise_county(n)),
                format!("{lp}.tiers"),
                format!("县区“{n}”出现两次。"),
                format!("the county “{n}” is listed twice."),
            )?;
        }
    }
    Ok(())
}

fn validate_standard(c: &Check<'_>, s: &Standard, p: &str, raised: bool) -> Result<(), ApiError> {
    c.source(s.source(), &format!("{p}.source"))?;
    match s {
        Standard::Fixed { amount, .. } | Standard::Increment { amount, .. } => ensure(
            *amount > Decimal::ZERO && *amount < Decimal::from(100_000),
            p,
            "金额应为正数。",
            "the amount must be positive.",
        )?,
        Standard::MinimumWageShare { percent, .. } => {
            ensure(
                *percent > Decimal::ZERO && *percent <= Decimal::from(1000),
                p,
                "百分比应在 0 到 1000 之间。",
                "the percentage must be from 0 to 1000.",
            )?;
            ensure(
                c.j.minimum_wage.is_some(),
                p,
                "按最低工资比例计算需要本辖区的最低工资表。",
                "a share of the minimum wage needs this jurisdiction's minimum wage table.",
            )?;
        }
        Standard::Local { .. } => {}
    }
    ensure(
        raised || !matches!(s, Standard::Increment { .. }),
        p,
        "基础标准不能是“增加额”。",
        "a base standard cannot be an increment.",
    )
}

fn validate_rule_set(c: &Check<'_>, rs: &RuleSet, p: &str) -> Result<(), ApiError> {
    ensure(
        c.j.documents
            .iter()
            .chain(c.base.map(|b| b.documents.as_slice()).unwrap_or(&[]))
            .any(|d| d.id == rs.document),
        format!("{p}.document"),
        format!("规则集引用了不存在的文件“{}”。", rs.document),
        format!("the rule set names the unknown document “{}”.", rs.document),
    )?;
    ensure(
        rs.valid_until.is_none_or(|u| rs.valid_from <= u),
        format!("{p}.validUntil"),
        "有效期的结束早于开始。",
        "the rule set ends before it starts.",
    )?;
    ensure(
        rs.valid_from <= rs.speaks_until,
        format!("{p}.speaksUntil"),
        "speaksUntil 早于 validFrom。",
        "speaksUntil is before validFrom.",
    )?;
    if let Some(e) = &rs.eligibility {
        for (k, cat) in e.categories.iter().enumerate() {
            let cp = format!("{p}.eligibility.categories[{k}]");
            ensure(
                valid_id_camel(&cat.id)
                    && e.categories.iter().filter(|o| o.id == cat.id).count() == 1,
                format!("{cp}.id"),
                "类别 id 无效或重复。",
                "the category id is invalid or given twice.",
            )?;
            ensure(
                !cat.conditions.is_empty(),
                format!("{cp}.conditions"),
                "类别没有任何条件。",
                "the category has no conditions.",
            )?;
            for (m, cond) in cat.conditions.iter().enumerate() {
                let kp = format!("{cp}.conditions[{m}]");
                c.source(cond.source(), &format!("{kp}.source"))?;
                match cond {
                    Condition::AgeBetween { min, max, .. } => ensure(
                        min <= max && *max < 150,
                        &kp,
                        "年龄范围无效。",
                        "invalid age range.",
                    )?,
                    Condition::LeftSchoolWithin { years, .. } => ensure(
                        (1..=10).contains(years),
                        &kp,
                        "年限应在 1 到 10 之间。",
                        "years must be from 1 to 10.",
                    )?,
                    Condition::Hukou { provinces, .. } => ensure(
                        !provinces.is_empty()
                            && provinces.iter().all(|x| PROVINCES.contains(&x.as_str())),
                        &kp,
                        "户籍省份标识无效。",
                        "unknown province identifier.",
                    )?,
                    Condition::Education { included, .. } => ensure(
                        !included.is_empty(),
                        &kp,
                        "学历条件没有列出任何学历。",
                        "the education condition lists no level.",
                    )?,
                    _ => {}
                }
            }
        }
    }
    // What only the employer and officials' functions read: the youth module's data
    // has none of it (its reader leaves those parts empty), so it carries no checks for it.
    if cfg!(feature = "full") {
        validate_employer_parts(c, rs, p)?;
    }
    if let Some(r) = &rs.review {
        c.source(&r.source, &format!("{p}.review.source"))?;
        ensure(
            (1..=60).contains(&r.working_days),
            format!("{p}.review"),
            "审核时限应在 1 到 60 个工作日之间。",
            "the review time must be 1 to 60 working days.",
        )?;
    }
    if let Some(z) = &rs.service_zone {
        c.source(&z.source, &format!("{p}.serviceZone.source"))?;
    }
    for (name, items) in [
        ("internBenefits", &rs.intern_benefits),
        ("employerNotes", &rs.employer_notes),
    ] {
        for (k, it) in items.iter().enumerate() {
            c.source(&it.source, &format!("{p}.{name}[{k}].source"))?;
            ensure(
                items.iter().filter(|o| o.key == it.key).count() == 1,
                format!("{p}.{name}[{k}].key"),
                "同一规则集中的条目 key 重复。",
                "the key is given twice in one rule set.",
            )?;
        }
    }
    if let Some(s) = &rs.intern_social_insurance {
        c.source(&s.source, &format!("{p}.internSocialInsurance.source"))?;
        if let Some(ps) = &s.period_source {
            c.source(ps, &format!("{p}.internSocialInsurance.periodSource"))?;
        }
        ensure(
            s.period_note.is_some() == s.period_source.is_some(),
            format!("{p}.internSocialInsurance.periodNote"),
            "periodNote 与 periodSource 应同时给出。",
            "periodNote and periodSource go together.",
        )?;
        ensure(
            s.share_denominator > 0
                && s.share_numerator <= s.share_denominator
                && s.max_months <= 60,
            format!("{p}.internSocialInsurance"),
            "社保补贴比例或期限无效。",
            "invalid share or period.",
        )?;
    }
    Ok(())
}

fn validate_employer_parts(c: &Check<'_>, rs: &RuleSet, p: &str) -> Result<(), ApiError> {
    if let Some(s) = &rs.base_subsidy {
        validate_standard(c, s, &format!("{p}.baseSubsidy"), false)?;
    }
    if let Some(s) = &rs.raised_subsidy {
        validate_standard(c, s, &format!("{p}.raisedSubsidy"), true)?;
    }
    if let Some(t) = &rs.retention_threshold {
        let tp = format!("{p}.retentionThreshold");
        c.source(&t.source, &format!("{tp}.source"))?;
        ensure(
            t.percent > Decimal::ZERO && t.percent <= Decimal::from(100),
            &tp,
            "留用率门槛应在 0 到 100 之间。",
            "the threshold must be from 0 to 100.",
        )?;
        ensure(
            matches!(t.readings.len(), 1 | 2)
                && t.readings.first().map(|r| r.base) != t.readings.get(1).map(|r| r.base),
            format!("{tp}.readings"),
            "留用率的算法应有一种（文件有定义）或两种不同的（文件未定义）。",
            "give one way of counting the rate (the document defines it) or two different ones (it does not).",
        )?;
        for (k, r) in t.readings.iter().enumerate() {
            c.source(&r.source, &format!("{tp}.readings[{k}].source"))?;
        }
    }
    if let Some(r) = &rs.remaining_period {
        c.source(&r.source, &format!("{p}.remainingPeriod.source"))?;
        ensure(
            r.window_from.is_none_or(|f| f <= r.window_until),
            format!("{p}.remainingPeriod"),
            "窗口期结束早于开始。",
            "the window ends before it starts.",
        )?;
    }
    if let Some(m) = &rs.internship_months {
        c.source(&m.source, &format!("{p}.internshipMonths.source"))?;
        ensure(
            m.min >= 1 && m.min <= m.max && m.max <= 36,
            format!("{p}.internshipMonths"),
            "见习期限范围无效。",
            "invalid internship length range.",
        )?;
    }
    if let Some(a) = &rs.annual_report {
        c.source(&a.source, &format!("{p}.annualReport.source"))?;
        ensure(
            a.due
                .is_none_or(|(m, d)| NaiveDate::from_ymd_opt(2023, m, d).is_some()),
            format!("{p}.annualReport"),
            "年度报告的截止日期无效。",
            "invalid due date of the annual report.",
        )?;
    }
    for (k, t) in rs.targets.iter().enumerate() {
        c.source(&t.source, &format!("{p}.targets[{k}].source"))?;
        ensure(
            t.value > Decimal::ZERO,
            format!("{p}.targets[{k}].value"),
            "目标数应为正数。",
            "a target must be positive.",
        )?;
    }
    if let Some(d) = &rs.report_deadline {
        let (src, ok) = match d {
            ReportDeadlineRule::WorkingDaysOfNextMonth { days, source, .. } => {
                (source, (1..=20).contains(days))
            }
            ReportDeadlineRule::DayOfNextMonth { day, source, .. } => {
                (source, (1..=28).contains(day))
            }
        };
        c.source(src, &format!("{p}.reportDeadline.source"))?;
        ensure(
            ok,
            format!("{p}.reportDeadline"),
            "报送时限无效。",
            "invalid report deadline.",
        )?;
    }
    Ok(())
}

fn valid_id_camel(s: &str) -> bool {
    !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric())
}
