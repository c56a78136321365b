//! The summary path: what `estimateSubsidy` answers in money, for many units (employers)
//! at once, without the explanation. Totals per unit, per group (a city) and per
//! calendar month, by category: the monthly base claims, the retention difference in the
//! month it becomes payable, and the remaining-period subsidy.
//!
//! The same rules and rounding as the explained estimate (`subsidy::estimate`): the
//! standards are resolved by the same `resolve_standard`, a month's standard by the same
//! `Ctx::base_month` / `Ctx::raised_month`, a part month by the same `covered` and
//! `prorate`, the remaining-period conditions by the same `remaining_period`. What is
//! skipped is the explanation (citations, notes, formulas, per-intern rows), and what
//! repeats across units is computed once per call: the rule basis of a start date, a
//! month's standard for a tier, the remaining-period decision for a hire. Amounts are
//! added in fen (exact integers). tests/summary.rs proves that every unit's totals and
//! month rows equal the explained answer's, over every conformance case and generated
//! inputs.
//!
//! When the money falls due, where the documents are silent (the tool's rules, stated in
//! the answer): a base claim in the calendar month its internship month begins (paid
//! monthly); a unit's retention difference once, in the month after its last internship
//! ends ("结束见习工作后集中一次性发放"); a remaining-period subsidy in the month the
//! labour contract is signed.
use crate::basis::push_doc;
use crate::error::{code, ApiError, Code};
use crate::input::{Obj, Value, MAX_YEAR, MIN_YEAR};
use crate::json::{field, object, ToJson};
use crate::model::*;
use crate::output::*;
use crate::policy::{first_of, Layer, PolicySet};
use crate::subsidy::{
    agreed, covered, end_of, local_figure, prorate, remaining_period, resolve_standard, Ctx,
    EstimateInput, InternIn, Interns, LocalFigure, Outcome, Rate, Resolved, RetentionCounts,
    StandardOut, LOCAL_FIELDS, MAX_COHORT, MAX_MONTHS,
};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Most units and listed interns in one call (a national plan is a million posts).
pub const MAX_UNITS: usize = 1_000_000;
pub const MAX_INTERNS: usize = 1_000_000;
/// Most groups (cities) in one plan.
pub const MAX_GROUPS: usize = 1000;

pub const FIELDS: [&str; 8] = [
    "province",
    "localStandard",
    "groups",
    "counties",
    "units",
    "interns",
    "perUnit",
    "policies",
];
const UNIT_COLUMNS: [&str; 7] = [
    "startDate",
    "months",
    "size",
    "retained",
    "tier",
    "county",
    "group",
];
const INTERN_COLUMNS: [&str; 4] = [
    "outcome",
    "outcomeDate",
    "contractMonths",
    "socialInsurance",
];

/// One unit of a plan: an estimate input, and the group (city) it counts under.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub group: usize,
    pub input: EstimateInput,
}

/// What `simulate` reads: the units and the names of their groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub groups: Vec<String>,
    pub units: Vec<Unit>,
    /// Also answer each unit's totals.
    pub per_unit: bool,
}

fn err_at(e: ApiError, prefix: &str) -> ApiError {
    let field = if e.field.is_empty() {
        prefix.to_owned()
    } else if e.field.starts_with('[') {
        format!("{prefix}{}", e.field)
    } else {
        format!("{prefix}.{}", e.field)
    };
    ApiError::new(e.code, field, e.message.clone(), e.message_en.clone())
}

fn bad(code: Code, field: String, zh: String, en: String) -> ApiError {
    ApiError::new(code, field, zh, en)
}

/// A column of whole numbers (a JS array or typed array of numbers).
fn column<'a>(o: &Obj<'a>, key: &str, len: Option<usize>) -> Result<Option<&'a [Value]>, ApiError> {
    let Some(items) = o.opt_array(key, MAX_UNITS.max(MAX_INTERNS))? else {
        return Ok(None);
    };
    if let Some(n) = len.filter(|n| *n != items.len()) {
        let f = o.field(key);
        return Err(bad(
            code::INCONSISTENT,
            f.clone(),
            format!("“{f}”有 {} 项，应与其他列一样有 {n} 项。", items.len()),
            format!(
                "“{f}” has {} items; like the other columns it needs {n}.",
                items.len()
            ),
        ));
    }
    Ok(Some(items))
}

/// Item `k` of a column as a whole number in [min, max].
fn int_at(items: &[Value], k: usize, path: &str, min: i64, max: i64) -> Result<i64, ApiError> {
    let f = || format!("{path}[{k}]");
    match items.get(k) {
        Some(Value::Number(n)) if n.fract() == 0.0 && *n >= min as f64 && *n <= max as f64 => {
            Ok(*n as i64)
        }
        Some(Value::Number(n)) => Err(bad(
            code::OUT_OF_RANGE,
            f(),
            format!(
                "“{}”应为 {min} 到 {max} 之间的整数，收到 {}。",
                f(),
                crate::input::number_text(*n)
            ),
            format!(
                "“{}” must be a whole number from {min} to {max}, got {}.",
                f(),
                crate::input::number_text(*n)
            ),
        )),
        Some(v) => Err(crate::input::wrong_type(&f(), v, "数字", "a number")),
        None => Err(bad(
            code::MISSING_FIELD,
            f(),
            format!("缺少“{}”。", f()),
            format!("“{}” is missing.", f()),
        )),
    }
}

/// A date written as the number YYYYMMDD (20230701).
fn date_at(items: &[Value], k: usize, path: &str) -> Result<NaiveDate, ApiError> {
    let n = int_at(items, k, path, 10_000_101, 99_991_231)?;
    let (y, m, d) = (
        (n / 10_000) as i32,
        (n / 100 % 100) as u32,
        (n % 100) as u32,
    );
    NaiveDate::from_ymd_opt(y, m, d)
        .filter(|_| (MIN_YEAR..=MAX_YEAR).contains(&y))
        .ok_or_else(|| {
            bad(
                code::INVALID_DATE,
                format!("{path}[{k}]"),
                format!("“{path}[{k}]”的 {n} 不是 {MIN_YEAR}—{MAX_YEAR} 年间的有效日期（写作 YYYYMMDD，如 20230701）。"),
                format!("“{path}[{k}]”: {n} is not a valid date in {MIN_YEAR}–{MAX_YEAR} (write YYYYMMDD, e.g. 20230701)."),
            )
        })
}

fn names(o: &Obj<'_>, key: &str, max: usize) -> Result<Vec<String>, ApiError> {
    let Some(items) = o.opt_array(key, max)? else {
        return Ok(Vec::new());
    };
    items
        .iter()
        .enumerate()
        .map(|(k, v)| {
            crate::input::string_value(v, &format!("{}[{k}]", o.field(key))).map(str::to_owned)
        })
        .collect()
}

impl Plan {
    pub fn from_value(v: &Value) -> Result<Plan, ApiError> {
        let o = Obj::new(v, "")?;
        o.only(&FIELDS)?;
        let per_unit = o.opt_bool("perUnit")?.unwrap_or(false);
        match o.get("units") {
            Some(Value::Array(items)) => Plan::from_inputs(&o, items, per_unit),
            Some(Value::Object(_)) => Plan::from_columns(&o, per_unit),
            Some(other) => Err(crate::input::wrong_type(
                "units",
                other,
                "数组（每个单位一项）或按列的对象",
                "an array (one item per unit) or an object of columns",
            )),
            None => Err(o.missing("units")),
        }
    }

    /// `units: [estimateSubsidy input + group?, ...]`: each unit as `estimateSubsidy` reads it.
    fn from_inputs(o: &Obj<'_>, items: &[Value], per_unit: bool) -> Result<Plan, ApiError> {
        for key in ["province", "localStandard", "groups", "counties", "interns"] {
            if o.get(key).is_some() {
                return Err(bad(
                    code::INCONSISTENT,
                    key.to_owned(),
                    format!("“units”为数组时，每个单位自带全部字段（同 estimateSubsidy），不要再写“{key}”。"),
                    format!("With “units” as an array each unit carries all its fields (as estimateSubsidy takes them); leave out “{key}”."),
                ));
            }
        }
        if items.is_empty() || items.len() > MAX_UNITS {
            return Err(bad(
                code::OUT_OF_RANGE,
                "units".into(),
                format!(
                    "“units”应有 1 到 {MAX_UNITS} 个单位，收到 {} 个。",
                    items.len()
                ),
                format!("“units” takes 1 to {MAX_UNITS} units, got {}.", items.len()),
            ));
        }
        let mut groups: Vec<String> = Vec::new();
        let mut units = Vec::with_capacity(items.len());
        let mut listed = 0usize;
        for (k, item) in items.iter().enumerate() {
            let path = format!("units[{k}]");
            let u = Obj::new(item, &path)?;
            let group = match u.opt_str("group")? {
                Some(name) => match groups.iter().position(|g| g == name) {
                    Some(i) => i,
                    None if groups.len() < MAX_GROUPS => {
                        groups.push(name.to_owned());
                        groups.len() - 1
                    }
                    None => {
                        return Err(bad(
                            code::OUT_OF_RANGE,
                            u.field("group"),
                            format!("最多 {MAX_GROUPS} 个分组。"),
                            format!("At most {MAX_GROUPS} groups."),
                        ))
                    }
                },
                None => usize::MAX,
            };
            let input = match item {
                Value::Object(fields) if fields.iter().any(|(key, _)| key == "group") => {
                    EstimateInput::from_value(&Value::Object(
                        fields
                            .iter()
                            .filter(|(key, _)| key != "group")
                            .cloned()
                            .collect(),
                    ))
                }
                _ => EstimateInput::from_value(item),
            }
            .map_err(|e| err_at(e, &path))?;
            if let Interns::List(list) = &input.interns {
                listed += list.len();
                if listed > MAX_INTERNS {
                    return Err(bad(
                        code::TOO_LONG,
                        format!("{path}.internList"),
                        format!("一次最多列出 {MAX_INTERNS} 名见习人员。"),
                        format!("At most {MAX_INTERNS} listed interns in one call."),
                    ));
                }
            }
            units.push(Unit { group, input });
        }
        // Units without a group count under one unnamed group, after the named ones.
        if units.iter().any(|u| u.group == usize::MAX) {
            let g = groups.len();
            groups.push(String::new());
            for u in units.iter_mut().filter(|u| u.group == usize::MAX) {
                u.group = g;
            }
        }
        Ok(Plan {
            groups,
            units,
            per_unit,
        })
    }

    /// `units: { startDate: [...], months: [...], size: [...], ... }`, `interns: { outcome: [...], ... }`:
    /// the same plan as columns of numbers (arrays or typed arrays), one item per unit
    /// or per listed intern. Dates are numbers YYYYMMDD.
    fn from_columns(o: &Obj<'_>, per_unit: bool) -> Result<Plan, ApiError> {
        let province = o.str("province")?.to_owned();
        let (local_base, local_raised) = match o.get("localStandard") {
            None => (None, None),
            Some(v) => {
                let l = Obj::new(v, "localStandard")?;
                l.only(&LOCAL_FIELDS)?;
                (
                    local_figure(&l, "baseAmount", "basePercent")?,
                    local_figure(&l, "raisedAmount", "raisedPercent")?,
                )
            }
        };
        let groups = names(o, "groups", MAX_GROUPS)?;
        let counties = names(o, "counties", 10_000)?;
        let u = Obj::new(o.get("units").unwrap_or(&Value::Null), "units")?;
        u.only(&UNIT_COLUMNS)?;
        let starts = column(&u, "startDate", None)?.ok_or_else(|| u.missing("startDate"))?;
        let n = starts.len();
        if n == 0 {
            return Err(bad(
                code::OUT_OF_RANGE,
                "units.startDate".into(),
                "至少要有一个单位。".into(),
                "At least one unit is needed.".into(),
            ));
        }
        let months = column(&u, "months", Some(n))?.ok_or_else(|| u.missing("months"))?;
        let size = column(&u, "size", Some(n))?.ok_or_else(|| u.missing("size"))?;
        let retained = column(&u, "retained", Some(n))?;
        let tier = column(&u, "tier", Some(n))?;
        let county = column(&u, "county", Some(n))?;
        let group = column(&u, "group", Some(n))?;
        let interns = match o.get("interns") {
            None => None,
            Some(v) => {
                let i = Obj::new(v, "interns")?;
                i.only(&INTERN_COLUMNS)?;
                let outcome = column(&i, "outcome", None)?.ok_or_else(|| i.missing("outcome"))?;
                let m = outcome.len();
                Some((
                    outcome,
                    column(&i, "outcomeDate", Some(m))?,
                    column(&i, "contractMonths", Some(m))?,
                    column(&i, "socialInsurance", Some(m))?,
                ))
            }
        };
        if interns.is_some() && retained.is_some() {
            return Err(bad(
                code::INCONSISTENT,
                "units.retained".into(),
                "列出见习人员（“interns”）时，留用情况按每人的结果计算，不要填“units.retained”。".into(),
                "With the interns listed (“interns”), retention comes from each intern's outcome; leave out “units.retained”.".into(),
            ));
        }
        let mut units = Vec::with_capacity(n);
        let mut next = 0usize; // next row of the intern columns
        for k in 0..n {
            let start_date = date_at(starts, k, "units.startDate")?;
            let months = int_at(months, k, "units.months", 1, MAX_MONTHS)? as u32;
            let size = int_at(size, k, "units.size", 1, MAX_COHORT)? as u32;
            let tier = match tier {
                Some(t) => match int_at(t, k, "units.tier", 0, 9)? {
                    0 => None,
                    t => Some(t as u8),
                },
                None => None,
            };
            let county = match county {
                Some(c) => match int_at(c, k, "units.county", -1, counties.len() as i64 - 1)? {
                    -1 => None,
                    c => Some(counties[c as usize].clone()),
                },
                None => None,
            };
            let group = match group {
                Some(g) => int_at(g, k, "units.group", 0, groups.len().max(1) as i64 - 1)? as usize,
                None => 0,
            };
            let interns = match &interns {
                None => {
                    let r = match retained {
                        Some(r) => int_at(r, k, "units.retained", 0, i64::from(size))? as u32,
                        None => 0,
                    };
                    Interns::Cohort {
                        interns: size,
                        retained: r,
                    }
                }
                Some((outcome, date, contract, insurance)) => {
                    let rows = next..next + size as usize;
                    if rows.end > outcome.len() {
                        return Err(bad(
                            code::INCONSISTENT,
                            "interns.outcome".into(),
                            format!(
                                "“units.size”合计超过了列出的见习人员数（{}）。",
                                outcome.len()
                            ),
                            format!(
                                "“units.size” adds up to more than the interns listed ({}).",
                                outcome.len()
                            ),
                        ));
                    }
                    next = rows.end;
                    let end = end_of(start_date, months).ok_or_else(|| {
                        bad(
                            code::OUT_OF_RANGE,
                            format!("units.startDate[{k}]"),
                            "日期超出范围。".into(),
                            "Date out of range.".into(),
                        )
                    })?;
                    let mut list = Vec::with_capacity(size as usize);
                    for r in rows {
                        list.push((
                            r,
                            intern_at(
                                r, start_date, months, end, outcome, *date, *contract, *insurance,
                            )?,
                        ));
                    }
                    Interns::List(list)
                }
            };
            units.push(Unit {
                group,
                input: EstimateInput {
                    province: province.clone(),
                    start_date,
                    months,
                    tier,
                    county,
                    interns,
                    local_base,
                    local_raised,
                    rejected: Vec::new(),
                    skip_invalid_rows: false,
                },
            });
        }
        if let Some((outcome, ..)) = &interns {
            if next != outcome.len() {
                return Err(bad(
                    code::INCONSISTENT,
                    "interns.outcome".into(),
                    format!(
                        "列出了 {} 名见习人员，“units.size”合计为 {next}。",
                        outcome.len()
                    ),
                    format!(
                        "{} interns are listed but “units.size” adds up to {next}.",
                        outcome.len()
                    ),
                ));
            }
        }
        let groups = if groups.is_empty() {
            vec![String::new()]
        } else {
            groups
        };
        Ok(Plan {
            groups,
            units,
            per_unit,
        })
    }
}

/// Row `r` of the intern columns: the checks `estimateSubsidy` makes of an `internList` item.
#[allow(clippy::too_many_arguments)]
fn intern_at(
    r: usize,
    start_date: NaiveDate,
    months: u32,
    end: NaiveDate,
    outcome: &[Value],
    date: Option<&[Value]>,
    contract: Option<&[Value]>,
    insurance: Option<&[Value]>,
) -> Result<InternIn, ApiError> {
    let kind = int_at(outcome, r, "interns.outcome", 0, 4)?;
    let on = match date {
        Some(d) if matches!(d.get(r), Some(Value::Number(n)) if *n == 0.0) => None,
        Some(d) => Some(date_at(d, r, "interns.outcomeDate")?),
        None => None,
    };
    let dated = kind == 3 || kind == 4;
    let f = format!("interns.outcomeDate[{r}]");
    match on {
        None if dated => {
            return Err(bad(
                code::MISSING_FIELD,
                f,
                "提前离开（3）或提前录用（4）需要日期。".into(),
                "leftEarly (3) and hiredEarly (4) need a date.".into(),
            ))
        }
        Some(d) if dated && (d <= start_date || d >= end) => {
            return Err(bad(
                code::INCONSISTENT,
                f,
                format!("日期 {d} 应在见习期内（{start_date} 之后、{end} 之前）。"),
                format!(
                "The date {d} must fall inside the internship (after {start_date}, before {end})."
            ),
            ))
        }
        Some(_) if !dated => {
            return Err(bad(
                code::INCONSISTENT,
                f,
                "只有提前离开（3）或提前录用（4）需要日期，其余填 0。".into(),
                "Only leftEarly (3) and hiredEarly (4) take a date; write 0 for the others.".into(),
            ))
        }
        _ => {}
    }
    let contract_months = match contract {
        Some(c) => match int_at(c, r, "interns.contractMonths", -1, 1200)? {
            -1 => None,
            m => Some(m as u32),
        },
        None => None,
    };
    let social_insurance = match insurance {
        Some(s) => match int_at(s, r, "interns.socialInsurance", -1, 1)? {
            -1 => None,
            x => Some(x == 1),
        },
        None => None,
    };
    if kind != 4 && (contract_months.is_some() || social_insurance.is_some()) {
        return Err(bad(
            code::INCONSISTENT,
            format!("interns.contractMonths[{r}]"),
            "劳动合同期限和社保只用于提前录用（4），其余填 -1。".into(),
            "Contract length and social insurance apply only to hiredEarly (4); write -1 for the others.".into(),
        ));
    }
    let outcome = match (kind, on) {
        (1, _) => Outcome::Completed,
        (2, _) => Outcome::Retained,
        (3, Some(d)) => Outcome::LeftEarly(d),
        (4, Some(on)) => Outcome::HiredEarly {
            on,
            contract_months,
            social_insurance,
        },
        _ => Outcome::InProgress,
    };
    Ok(InternIn {
        name: None,
        start_date,
        months,
        tier: None,
        outcome,
    })
}

// ------------------------------------------------------------------ computation

/// Fen in a rounded amount (every amount the estimate adds is rounded to the fen).
fn fen(d: Decimal) -> i64 {
    let mut x = round_money(d);
    x.rescale(2);
    x.mantissa() as i64
}

fn yuan(fen: i64) -> Decimal {
    Decimal::new(fen, 2)
}

fn month_key(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

fn month_text(key: i32) -> String {
    format!("{:04}-{:02}", key.div_euclid(12), key.rem_euclid(12) + 1)
}

type RateKey = (u8, Decimal);

fn rate_key(r: Option<Rate>) -> RateKey {
    match r {
        None => (0, Decimal::ZERO),
        Some(Rate::Fixed(a)) => (1, a),
        Some(Rate::Increment(a)) => (2, a),
        Some(Rate::Share(p)) => (3, p),
    }
}

fn local_key(l: Option<LocalFigure>) -> RateKey {
    match l {
        None => (0, Decimal::ZERO),
        Some(LocalFigure::Amount(a)) => (1, a),
        Some(LocalFigure::Percent(p)) => (2, p),
    }
}

/// The rule basis of a start date: everything the estimate resolves once per unit.
struct Head<'a> {
    j: &'a Jurisdiction,
    base: Resolved<'a>,
    raised: Resolved<'a>,
    threshold: Option<(&'a ThresholdRule, Layer<'a>)>,
    /// Index of (jurisdiction, base, raised) in `Memo::rates`: month values are shared by it.
    rates: u32,
    warnings: Vec<Msg>,
    documents: Vec<DocRef>,
    first_start: NaiveDate,
    last_start: NaiveDate,
    units: usize,
}

type HeadKey<'a> = (&'a str, NaiveDate, RateKey, RateKey);
/// (index in `Memo::rates`, tier or 0, county when no tier, first day of the month): a
/// small key, since it is looked up for every intern and month.
type ValueKey<'a> = (u32, u8, Option<&'a str>, NaiveDate);
/// (rates, tier or 0, county when no tier, start, agreed months, served until, hired on).
type ScheduleKey<'a> = (
    u32,
    u8,
    Option<&'a str>,
    NaiveDate,
    u32,
    NaiveDate,
    Option<NaiveDate>,
);
/// (jurisdiction, start, agreed months, hired on, contract months, social insurance).
type HireKey = (usize, NaiveDate, u32, NaiveDate, Option<u32>, Option<bool>);

/// What repeats across units, computed once per call.
#[derive(Default)]
struct Memo<'a> {
    heads: Vec<Head<'a>>,
    head_of: BTreeMap<HeadKey<'a>, usize>,
    /// (jurisdiction, base, raised) of the heads, each once.
    rates: Vec<(usize, RateKey, RateKey)>,
    /// The rates of the unit being computed.
    rate: u32,
    base: BTreeMap<ValueKey<'a>, Option<Decimal>>,
    raised: BTreeMap<ValueKey<'a>, Option<Decimal>>,
    hires: BTreeMap<HireKey, Option<bool>>,
    schedules: BTreeMap<ScheduleKey<'a>, Rc<Schedule>>,
    bounds: BTreeMap<(NaiveDate, u32), Vec<NaiveDate>>,
}

impl<'a> Memo<'a> {
    fn head(&mut self, set: &'a PolicySet, input: &'a EstimateInput) -> Result<usize, ApiError> {
        let key = (
            input.province.as_str(),
            input.start_date,
            local_key(input.local_base),
            local_key(input.local_raised),
        );
        if let Some(&h) = self.head_of.get(&key) {
            let head = &mut self.heads[h];
            head.units += 1;
            head.first_start = head.first_start.min(input.start_date);
            head.last_start = head.last_start.max(input.start_date);
            return Ok(h);
        }
        let j = set.jurisdiction(&input.province, "province")?;
        let layers = set.layers_or_error(j, input.start_date, "startDate")?;
        let mut warnings = Vec::new();
        let mut documents = Vec::new();
        let months_rule = first_of(&layers, |r| r.internship_months.as_ref());
        if let Some((_, l)) = months_rule {
            push_doc(&mut documents, set.doc_ref(l));
        }
        let base = resolve_standard(
            set,
            first_of(&layers, |r| r.base_subsidy.as_ref()),
            input.local_base,
            &mut warnings,
            ("补贴标准", "subsidy standard"),
        );
        let raised = resolve_standard(
            set,
            first_of(&layers, |r| r.raised_subsidy.as_ref()),
            input.local_raised,
            &mut warnings,
            ("提高后的补贴标准", "raised standard"),
        );
        for l in [base.layer, raised.layer].into_iter().flatten() {
            push_doc(&mut documents, set.doc_ref(l));
        }
        let threshold = first_of(&layers, |r| r.retention_threshold.as_ref());
        if let Some((_, l)) = threshold {
            push_doc(&mut documents, set.doc_ref(l));
        } else {
            warnings.push(Msg::new(
                "NO_THRESHOLD",
                "没有找到留用率门槛的规定。",
                "No retention threshold rule was found.",
            ));
        }
        warnings.splice(0..0, set.time_warnings(j, input.start_date, &documents));
        let rate = (
            j as *const Jurisdiction as usize,
            rate_key(base.rate),
            rate_key(raised.rate),
        );
        let rates = match self.rates.iter().position(|r| *r == rate) {
            Some(k) => k as u32,
            None => {
                self.rates.push(rate);
                (self.rates.len() - 1) as u32
            }
        };
        self.heads.push(Head {
            j,
            base,
            raised,
            threshold,
            rates,
            warnings,
            documents,
            first_start: input.start_date,
            last_start: input.start_date,
            units: 1,
        });
        self.head_of.insert(key, self.heads.len() - 1);
        Ok(self.heads.len() - 1)
    }

    /// The first day of each internship month and the day after the last (as the estimate
    /// counts them: it stops where a date would leave the calendar).
    fn bounds(&mut self, start: NaiveDate, months: u32) -> &[NaiveDate] {
        self.bounds
            .entry((start, months))
            .or_insert_with(|| (0..=months).map_while(|k| end_of(start, k)).collect())
    }
}

fn value_key<'a>(rate: u32, ctx: &Ctx<'a>, own: Option<u8>, date: NaiveDate) -> ValueKey<'a> {
    let tier = own.or(ctx.tier);
    (
        rate,
        tier.unwrap_or(0),
        if tier.is_none() { ctx.county } else { None },
        date,
    )
}

/// A month's full base for one intern (the estimate's `base_month`), once per key.
fn base_of<'a>(
    memo: &mut Memo<'a>,
    ctx: &Ctx<'a>,
    own: Option<u8>,
    date: NaiveDate,
    field: &str,
) -> Result<Option<Decimal>, ApiError> {
    let key = value_key(memo.rate, ctx, own, date);
    if let Some(v) = memo.base.get(&key) {
        return Ok(*v);
    }
    let v = ctx.base_month(own, date, field)?.map(|m| m.full);
    memo.base.insert(key, v);
    Ok(v)
}

/// A month's full raised standard (the estimate's `raised_month`), once per key.
fn raised_of<'a>(
    memo: &mut Memo<'a>,
    ctx: &Ctx<'a>,
    own: Option<u8>,
    date: NaiveDate,
    base: Decimal,
    field: &str,
) -> Result<Option<Decimal>, ApiError> {
    let key = value_key(memo.rate, ctx, own, date);
    if let Some(v) = memo.raised.get(&key) {
        return Ok(*v);
    }
    let v = ctx.raised_month(own, date, base, field)?.map(|m| m.full);
    memo.raised.insert(key, v);
    Ok(v)
}

/// One unit's money, as the explained estimate would total it.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitSummary {
    pub base_total: Option<Decimal>,
    pub potential_difference: Option<Decimal>,
    pub meets_threshold: Option<bool>,
    pub retention_difference: Option<Decimal>,
    pub remaining_period_total: Option<Decimal>,
    pub total: Option<Decimal>,
    pub difference_payable_after: NaiveDate,
    /// The estimate's month rows: calendar month (year × 12 + month − 1) in which the
    /// internship months begin, base and accrued difference (None when not known).
    pub months: Vec<(i32, Option<Decimal>, Option<Decimal>)>,
    /// Remaining-period subsidies counted, by the date the contract was signed.
    pub remaining: Vec<(NaiveDate, Decimal)>,
    /// Interns counted (the retention rate's denominator), retained, hired early with
    /// conditions that cannot be checked from the input.
    pub interns: u32,
    pub retained: u32,
    pub remaining_unchecked: u32,
    /// List rows left out (with `skipInvalidRows`).
    pub rejected: usize,
    head: usize,
    raised_not_above_base: bool,
}

#[derive(Default, Clone, Copy)]
struct MonthAcc {
    base: i64,
    difference: i64,
}

/// One unit through the estimate's rules, without the explanation.
fn unit<'a>(
    set: &'a PolicySet,
    input: &'a EstimateInput,
    memo: &mut Memo<'a>,
) -> Result<UnitSummary, ApiError> {
    let h = memo.head(set, input)?;
    let (j, base_rate, raised_rate, threshold) = {
        let head = &memo.heads[h];
        memo.rate = head.rates;
        (head.j, head.base.rate, head.raised.rate, head.threshold)
    };
    // Any length the input accepts is computed (the notices' "一般为" is a warning in the
    // explained answer, not a limit): nothing to reject here.
    let mut rejected: Vec<usize> = input.rejected.iter().map(|r| r.index).collect();
    let ctx = Ctx {
        set,
        j,
        tier: input.tier,
        county: input.county.as_deref(),
        base: base_rate,
        raised: raised_rate,
        wage_notes: Default::default(),
    };
    let needs_wage =
        matches!(base_rate, Some(Rate::Share(_))) || matches!(raised_rate, Some(Rate::Share(_)));
    let list_mode = matches!(input.interns, Interns::List(_));
    let cohort: [(usize, InternIn, u32); 2];
    let mut list: Vec<(usize, &InternIn, u32)> = match &input.interns {
        Interns::Cohort { interns, retained } => {
            let mk = |outcome| InternIn {
                name: None,
                start_date: input.start_date,
                months: input.months,
                tier: None,
                outcome,
            };
            cohort = [
                (0, mk(Outcome::Retained), *retained),
                (0, mk(Outcome::Completed), interns - retained),
            ];
            cohort
                .iter()
                .filter(|(_, _, n)| *n > 0)
                .map(|(k, i, n)| (*k, i, *n))
                .collect()
        }
        Interns::List(items) => items
            .iter()
            .filter(|(k, _)| !rejected.contains(k))
            .map(|(k, i)| (*k, i, 1))
            .collect(),
    };
    let field_of = |index: usize| {
        if list_mode {
            format!("internList[{index}].tier")
        } else {
            String::new()
        }
    };
    if needs_wage {
        let mut kept = Vec::with_capacity(list.len());
        for (index, intern, count) in list {
            let field = || field_of(index);
            // The field is written out only for an error (asked again with it).
            let check = ctx
                .tier_on(intern.tier, intern.start_date, "", &mut Vec::new())
                .or_else(|_| ctx.tier_on(intern.tier, intern.start_date, &field(), &mut Vec::new()))
                .and_then(|_| {
                    if input.skip_invalid_rows {
                        intern_money(
                            &ctx,
                            memo,
                            intern,
                            &field,
                            &mut BTreeMap::new(),
                            &mut Vec::new(),
                        )
                        .map(|_| ())
                    } else {
                        Ok(())
                    }
                });
            match check {
                Ok(()) => kept.push((index, intern, count)),
                Err(_) if input.skip_invalid_rows && list_mode => rejected.push(index),
                Err(e) => return Err(e),
            }
        }
        list = kept;
    }
    let count = |keep: &dyn Fn(&Outcome) -> bool| -> u32 {
        list.iter()
            .filter(|(_, i, _)| keep(&i.outcome))
            .map(|(_, _, n)| n)
            .sum()
    };
    let counts = RetentionCounts {
        all_interns: count(&|_| true),
        numerator: count(&|o| matches!(o, Outcome::Retained | Outcome::HiredEarly { .. })),
        in_progress: count(&|o| *o == Outcome::InProgress),
        left_early: count(&|o| matches!(o, Outcome::LeftEarly(_))),
    };
    let (denominator, numerator) = (counts.all_interns, counts.numerator);
    // Each reading of the rate, as the estimate counts them; open where they disagree.
    let meets_threshold = threshold.and_then(|(t, _)| {
        agreed(
            t.readings
                .iter()
                .map(|r| counts.meets(t.percent, counts.denominator(r.base))),
        )
    });

    let mut rows: BTreeMap<i32, MonthAcc> = BTreeMap::new();
    let mut remaining: Vec<(NaiveDate, Option<Decimal>, Option<bool>)> = Vec::new();
    let mut last_day = input.start_date;
    for (index, intern, count) in &list {
        let field = || field_of(*index);
        let mut acc: BTreeMap<i32, MonthAcc> = BTreeMap::new();
        intern_money(&ctx, memo, intern, &field, &mut acc, &mut remaining)?;
        for (m, a) in acc {
            let row = rows.entry(m).or_default();
            row.base += a.base * i64::from(*count);
            row.difference += a.difference * i64::from(*count);
        }
        let end = end_of(intern.start_date, intern.months).unwrap_or(intern.start_date);
        last_day = last_day.max(end.pred_opt().unwrap_or(end));
    }
    let known_base = base_rate.is_some();
    let known_diff = known_base && raised_rate.is_some();
    let base_fen: i64 = rows.values().map(|r| r.base).sum();
    let diff_fen: i64 = rows.values().map(|r| r.difference).sum();
    let base_total = known_base.then(|| yuan(base_fen));
    let potential = known_diff.then(|| yuan(diff_fen));
    let raised_not_above_base = known_diff && diff_fen == 0 && base_fen != 0;
    let retention_difference = match meets_threshold {
        Some(true) => potential,
        Some(false) => Some(Decimal::ZERO),
        None => None,
    };
    let remaining_total = if remaining
        .iter()
        .any(|(_, a, e)| *e == Some(true) && a.is_none())
    {
        None
    } else {
        Some(
            remaining
                .iter()
                .filter(|(_, _, e)| *e == Some(true))
                .filter_map(|(_, a, _)| *a)
                .sum(),
        )
    };
    let total = match (base_total, retention_difference, remaining_total) {
        (Some(b), Some(d), Some(r)) => Some(b + d + r),
        _ => None,
    };
    Ok(UnitSummary {
        base_total,
        potential_difference: potential,
        meets_threshold,
        retention_difference,
        remaining_period_total: remaining_total,
        total,
        difference_payable_after: last_day,
        months: rows
            .into_iter()
            .map(|(m, r)| {
                (
                    m,
                    known_base.then(|| yuan(r.base)),
                    known_diff.then(|| yuan(r.difference)),
                )
            })
            .collect(),
        remaining: remaining
            .iter()
            .filter(|(_, _, e)| *e == Some(true))
            .filter_map(|(on, a, _)| a.map(|a| (*on, a)))
            .collect(),
        interns: denominator,
        retained: numerator,
        remaining_unchecked: remaining.iter().filter(|(_, _, e)| e.is_none()).count() as u32,
        rejected: rejected.len(),
        head: h,
        raised_not_above_base,
    })
}

/// One intern's base and accrued difference per calendar month (in fen, for one
/// intern), and their remaining-period subsidy: the estimate's `intern_schedule`.
fn intern_money<'a>(
    ctx: &Ctx<'a>,
    memo: &mut Memo<'a>,
    intern: &InternIn,
    field: &dyn Fn() -> String,
    acc: &mut BTreeMap<i32, MonthAcc>,
    remaining: &mut Vec<(NaiveDate, Option<Decimal>, Option<bool>)>,
) -> Result<(), ApiError> {
    let start = intern.start_date;
    let served_until = match intern.outcome {
        Outcome::LeftEarly(d) | Outcome::HiredEarly { on: d, .. } => d,
        _ => end_of(start, intern.months).unwrap_or(start),
    };
    let hired = match intern.outcome {
        Outcome::HiredEarly { on, .. } => Some(on),
        _ => None,
    };
    // Interns alike in these share one schedule: a province's plan has a few hundred
    // kinds of intern among its 100,000.
    let tier = intern.tier.or(ctx.tier);
    let key = (
        memo.rate,
        tier.unwrap_or(0),
        if tier.is_none() { ctx.county } else { None },
        start,
        intern.months,
        served_until,
        hired,
    );
    let schedule = match memo.schedules.get(&key) {
        Some(s) => Rc::clone(s),
        None => {
            let s = Rc::new(schedule(ctx, memo, intern, &field(), served_until, hired)?);
            memo.schedules.insert(key, Rc::clone(&s));
            s
        }
    };
    for (m, a) in &schedule.rows {
        let row = acc.entry(*m).or_default();
        row.base += a.base;
        row.difference += a.difference;
    }
    let remaining_amount = schedule.remaining;
    if let Outcome::HiredEarly {
        on,
        contract_months,
        social_insurance,
    } = intern.outcome
    {
        let key = (
            ctx.j as *const Jurisdiction as usize,
            start,
            intern.months,
            on,
            contract_months,
            social_insurance,
        );
        let eligible = match memo.hires.get(&key) {
            Some(e) => *e,
            None => {
                // The decision does not depend on the amount: ask with none.
                let e = remaining_period(
                    ctx,
                    intern,
                    on,
                    contract_months,
                    social_insurance,
                    Decimal::ZERO,
                    None,
                )
                .eligible;
                memo.hires.insert(key, e);
                e
            }
        };
        remaining.push((on, ctx.base.map(|_| remaining_amount), eligible));
    }
    Ok(())
}

/// One intern's months (calendar month, base and accrued difference in fen) and the
/// remaining-period amount if hired early: the estimate's `intern_schedule`.
struct Schedule {
    rows: Vec<(i32, MonthAcc)>,
    remaining: Decimal,
}

fn schedule<'a>(
    ctx: &Ctx<'a>,
    memo: &mut Memo<'a>,
    intern: &InternIn,
    field: &str,
    served_until: NaiveDate,
    hired: Option<NaiveDate>,
) -> Result<Schedule, ApiError> {
    let start = intern.start_date;
    let bounds = memo.bounds(start, intern.months).to_vec();
    let mut acc: BTreeMap<i32, MonthAcc> = BTreeMap::new();
    let mut remaining = Decimal::ZERO;
    for w in bounds.windows(2) {
        let (s, e) = (w[0], w[1]);
        let (days, of) = covered(s, e, start, served_until);
        let value = base_of(memo, ctx, intern.tier, s, field)?;
        if days > 0 {
            let row = acc.entry(month_key(s)).or_default();
            if let Some(full) = value {
                row.base += if days >= of {
                    fen(full)
                } else {
                    fen(prorate(full, days, of))
                };
                if let Some(r) = raised_of(memo, ctx, intern.tier, s, full, field)? {
                    row.difference += fen(prorate((r - full).max(Decimal::ZERO), days, of));
                }
            }
        }
        if let Some(on) = hired {
            let (rdays, rof) = covered(s, e, on, e.max(on));
            if rdays > 0 {
                if let Some(full) = value {
                    remaining += prorate(full, rdays, rof);
                }
            }
        }
    }
    Ok(Schedule {
        rows: acc.into_iter().collect(),
        remaining,
    })
}

/// The explained estimate's totals of one unit, without the explanation.
pub fn summarize(set: &PolicySet, input: &EstimateInput) -> Result<UnitSummary, ApiError> {
    unit(set, input, &mut Memo::default())
}

// ------------------------------------------------------------------ the plan

#[derive(Default, Clone, Copy)]
struct Cell {
    base: i64,
    difference: i64,
    difference_open: i64,
    remaining: i64,
}

impl Cell {
    fn add(&mut self, o: &Cell) {
        self.base += o.base;
        self.difference += o.difference;
        self.difference_open += o.difference_open;
        self.remaining += o.remaining;
    }
}

/// Which categories are known everywhere (a standard the user must supply makes its
/// category unknown: null, never a guess).
#[derive(Clone, Copy)]
struct Known {
    base: bool,
    difference: bool,
    remaining: bool,
}

/// Amounts of one cell (a month, a group, a unit or the plan), by category.
pub struct Amounts {
    cell: Cell,
    known: Known,
}

impl ToJson for Amounts {
    fn write_json(&self, out: &mut String) {
        let (c, k) = (&self.cell, &self.known);
        let m = |known: bool, f: i64| known.then(|| Money(yuan(f)));
        let total = (k.base && k.difference && k.remaining)
            .then(|| Money(yuan(c.base + c.difference + c.remaining)));
        object(
            out,
            &[
                field("base", &m(k.base, c.base)),
                field("difference", &m(k.difference, c.difference)),
                field("differenceOpen", &m(k.difference, c.difference_open)),
                field("remaining", &m(k.remaining, c.remaining)),
                field("total", &total),
            ],
        );
    }
}

pub struct GroupOut {
    pub name: String,
    pub units: u32,
    pub interns: u32,
    pub retained: u32,
    pub units_meeting: u32,
    pub units_open: u32,
    amounts: Amounts,
}

impl ToJson for GroupOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("name", &self.name),
                field("units", &self.units),
                field("interns", &self.interns),
                field("retained", &self.retained),
                field("unitsMeetingThreshold", &self.units_meeting),
                field("unitsOpen", &self.units_open),
                field("amounts", &self.amounts),
            ],
        );
    }
}

pub struct MonthOut {
    pub month: String,
    amounts: Amounts,
    /// The same amounts per group, in the order of `groups`.
    groups: Vec<Amounts>,
}

impl ToJson for MonthOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("month", &self.month),
                field("amounts", &self.amounts),
                field("groups", &self.groups),
            ],
        );
    }
}

/// The standards a set of units was computed with, as the estimate states them.
pub struct StandardsOut {
    pub province: String,
    pub province_name: Text,
    /// Earliest and latest unit start date these apply to.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub units: usize,
    pub base_standard: StandardOut,
    pub raised_standard: StandardOut,
    pub threshold_percent: Option<Num>,
    pub threshold_source: Option<Cited>,
    pub documents: Vec<DocRef>,
    pub warnings: Vec<Msg>,
}

impl ToJson for StandardsOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("province", &self.province),
                field("provinceName", &self.province_name),
                field("from", &self.from),
                field("to", &self.to),
                field("units", &self.units),
                field("baseStandard", &self.base_standard),
                field("raisedStandard", &self.raised_standard),
                field("thresholdPercent", &self.threshold_percent),
                field("thresholdSource", &self.threshold_source),
                field("documents", &self.documents),
                field("warnings", &self.warnings),
            ],
        );
    }
}

pub struct UnitOut {
    group: usize,
    interns: u32,
    retained: u32,
    meets_threshold: Option<bool>,
    payable_month: String,
    amounts: Amounts,
}

impl ToJson for UnitOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("group", &self.group),
                field("interns", &self.interns),
                field("retained", &self.retained),
                field("meetsThreshold", &self.meets_threshold),
                field("differencePayableIn", &self.payable_month),
                field("amounts", &self.amounts),
            ],
        );
    }
}

/// `simulate`'s answer.
pub struct Summary {
    pub units: usize,
    pub interns: u32,
    pub retained: u32,
    pub units_meeting: u32,
    pub units_not_meeting: u32,
    /// Units whose retention threshold is not settled (interns in progress): their
    /// difference is in `differenceOpen`, not in the total.
    pub units_open: u32,
    pub hired_early_counted: u32,
    pub remaining_unchecked: u32,
    pub rejected_rows: usize,
    amounts: Amounts,
    pub groups: Vec<GroupOut>,
    pub months: Vec<MonthOut>,
    pub standards: Vec<StandardsOut>,
    pub required: Vec<Msg>,
    pub rules: Vec<Msg>,
    pub warnings: Vec<Msg>,
    pub per_unit: Option<Vec<UnitOut>>,
}

impl Summary {
    /// The plan's totals as decimals (None where a category is not known): base,
    /// difference, difference still open, remaining period, total.
    pub fn totals(&self) -> [Option<Decimal>; 5] {
        let (c, k) = (&self.amounts.cell, &self.amounts.known);
        [
            k.base.then(|| yuan(c.base)),
            k.difference.then(|| yuan(c.difference)),
            k.difference.then(|| yuan(c.difference_open)),
            k.remaining.then(|| yuan(c.remaining)),
            (k.base && k.difference && k.remaining)
                .then(|| yuan(c.base + c.difference + c.remaining)),
        ]
    }
}

impl ToJson for Summary {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("units", &self.units),
                field("interns", &self.interns),
                field("retained", &self.retained),
                field("unitsMeetingThreshold", &self.units_meeting),
                field("unitsNotMeetingThreshold", &self.units_not_meeting),
                field("unitsOpen", &self.units_open),
                field("hiredEarlyCounted", &self.hired_early_counted),
                field("remainingUnchecked", &self.remaining_unchecked),
                field("rejectedRows", &self.rejected_rows),
                field("amounts", &self.amounts),
                field("groups", &self.groups),
                field("months", &self.months),
                field("standards", &self.standards),
                field("required", &self.required),
                field("rules", &self.rules),
                field("warnings", &self.warnings),
                field("perUnit", &crate::json::OrOmit(&self.per_unit)),
            ],
        );
    }
}

fn cell_at(grid: &mut BTreeMap<i32, Vec<Cell>>, m: i32, groups: usize, g: usize) -> &mut Cell {
    &mut grid
        .entry(m)
        .or_insert_with(|| vec![Cell::default(); groups])[g]
}

fn push_msg(list: &mut Vec<Msg>, m: Msg) {
    if !list.contains(&m) {
        list.push(m);
    }
}

/// Every unit of the plan through the estimate's rules: totals per group and month.
pub fn simulate(set: &PolicySet, plan: &Plan) -> Result<Summary, ApiError> {
    let mut memo = Memo::default();
    let groups_n = plan.groups.len();
    let mut grid: BTreeMap<i32, Vec<Cell>> = BTreeMap::new();
    let mut group_cells = vec![Cell::default(); groups_n];
    let mut group_counts = vec![[0u32; 5]; groups_n]; // units, interns, retained, meeting, open
    let mut known = Known {
        base: true,
        difference: true,
        remaining: true,
    };
    let (mut interns, mut retained, mut meeting, mut not_meeting, mut open) =
        (0u32, 0u32, 0u32, 0u32, 0u32);
    let (mut hired_counted, mut unchecked, mut rejected_rows) = (0u32, 0u32, 0usize);
    let mut raised_not_above = false;
    let mut per_unit = plan.per_unit.then(|| Vec::with_capacity(plan.units.len()));
    for (k, u) in plan.units.iter().enumerate() {
        let s = unit(set, &u.input, &mut memo).map_err(|e| err_at(e, &format!("units[{k}]")))?;
        let g = u.group.min(groups_n.saturating_sub(1));
        let mut unit_cell = Cell::default();
        for (m, b, _) in &s.months {
            let f = b.map(fen).unwrap_or(0);
            cell_at(&mut grid, *m, groups_n, g).base += f;
            unit_cell.base += f;
        }
        let payable = s
            .difference_payable_after
            .succ_opt()
            .unwrap_or(s.difference_payable_after);
        let pm = month_key(payable);
        match (s.meets_threshold, s.potential_difference) {
            (Some(true), Some(d)) => {
                cell_at(&mut grid, pm, groups_n, g).difference += fen(d);
                unit_cell.difference += fen(d);
            }
            (None, Some(d)) => {
                cell_at(&mut grid, pm, groups_n, g).difference_open += fen(d);
                unit_cell.difference_open += fen(d);
            }
            _ => {}
        }
        for (on, a) in &s.remaining {
            cell_at(&mut grid, month_key(*on), groups_n, g).remaining += fen(*a);
            unit_cell.remaining += fen(*a);
        }
        let unit_known = Known {
            base: s.base_total.is_some(),
            difference: s.potential_difference.is_some() || s.meets_threshold == Some(false),
            remaining: s.remaining_period_total.is_some(),
        };
        known.base &= unit_known.base;
        known.difference &= unit_known.difference;
        known.remaining &= unit_known.remaining;
        group_cells[g].add(&unit_cell);
        let c = &mut group_counts[g];
        c[0] += 1;
        c[1] += s.interns;
        c[2] += s.retained;
        interns += s.interns;
        retained += s.retained;
        match s.meets_threshold {
            Some(true) => {
                meeting += 1;
                c[3] += 1;
            }
            Some(false) => not_meeting += 1,
            None => {
                open += 1;
                c[4] += 1;
            }
        }
        hired_counted += s.remaining.len() as u32;
        unchecked += s.remaining_unchecked;
        rejected_rows += s.rejected;
        raised_not_above |= s.raised_not_above_base;
        if let Some(list) = per_unit.as_mut() {
            list.push(UnitOut {
                group: g,
                interns: s.interns,
                retained: s.retained,
                meets_threshold: s.meets_threshold,
                payable_month: month_text(pm),
                amounts: Amounts {
                    cell: unit_cell,
                    known: unit_known,
                },
            });
        }
    }
    let mut total = Cell::default();
    for c in &group_cells {
        total.add(c);
    }
    let months = grid
        .into_iter()
        .map(|(m, cells)| {
            let mut all = Cell::default();
            for c in &cells {
                all.add(c);
            }
            MonthOut {
                month: month_text(m),
                amounts: Amounts { cell: all, known },
                groups: cells
                    .into_iter()
                    .map(|cell| Amounts { cell, known })
                    .collect(),
            }
        })
        .collect();
    let groups = plan
        .groups
        .iter()
        .enumerate()
        .map(|(g, name)| GroupOut {
            name: name.clone(),
            units: group_counts[g][0],
            interns: group_counts[g][1],
            retained: group_counts[g][2],
            units_meeting: group_counts[g][3],
            units_open: group_counts[g][4],
            amounts: Amounts {
                cell: group_cells[g],
                known,
            },
        })
        .collect();
    // The standards, merged over start dates that share them.
    let mut standards: Vec<StandardsOut> = Vec::new();
    let mut required = Vec::new();
    let mut warnings = Vec::new();
    for h in &memo.heads {
        if h.base.out.required {
            push_msg(&mut required, Msg::new("localStandard.baseAmount", "需要当地的见习补贴标准：填写每人每月金额（baseAmount）或最低工资的百分比（basePercent）。", "The local subsidy standard is needed: a monthly amount per intern (baseAmount) or a share of the minimum wage (basePercent)."));
        }
        if h.raised.out.required {
            push_msg(&mut required, Msg::new("localStandard.raisedAmount", "需要当地提高后的补贴标准：填写每人每月金额（raisedAmount）或最低工资的百分比（raisedPercent）。", "The local raised standard is needed: a monthly amount per intern (raisedAmount) or a share of the minimum wage (raisedPercent)."));
        }
        let threshold_percent = h.threshold.map(|(t, _)| Num(t.percent));
        let threshold_source = h
            .threshold
            .map(|(t, l)| Cited::new(set, l.jurisdiction, &t.source));
        let same = standards.iter_mut().find(|s| {
            s.province == h.j.id
                && s.base_standard == h.base.out
                && s.raised_standard == h.raised.out
                && s.threshold_percent == threshold_percent
                && s.threshold_source == threshold_source
        });
        match same {
            Some(s) => {
                s.from = s.from.min(h.first_start);
                s.to = s.to.max(h.last_start);
                s.units += h.units;
                for d in &h.documents {
                    push_doc(&mut s.documents, d.clone());
                }
                for w in &h.warnings {
                    push_msg(&mut s.warnings, w.clone());
                }
            }
            None => standards.push(StandardsOut {
                province: h.j.id.clone(),
                province_name: h.j.name.clone(),
                from: h.first_start,
                to: h.last_start,
                units: h.units,
                base_standard: h.base.out.clone(),
                raised_standard: h.raised.out.clone(),
                threshold_percent,
                threshold_source,
                documents: h.documents.clone(),
                warnings: h.warnings.clone(),
            }),
        }
    }
    if raised_not_above {
        push_msg(&mut warnings, Msg::new(
            "RAISED_NOT_ABOVE_BASE",
            "有单位提高后的标准不高于基础标准，差额按 0 计。",
            "For some units the raised standard is not above the base; the difference is taken as 0.",
        ));
    }
    if unchecked > 0 {
        warnings.push(Msg::new(
            "REMAINING_UNCHECKED",
            format!("{unchecked} 名提前录用人员的剩余期限补贴条件无法从输入判断，未计入合计。"),
            format!("{unchecked} interns hired early have remaining-period conditions that cannot be checked from the input; not counted in the totals."),
        ));
    }
    if open > 0 {
        warnings.push(Msg::new(
            "THRESHOLD_OPEN",
            format!("{open} 个单位是否达到留用率门槛未定（尚有见习中的人员，或文件未定义留用率怎样计算而两种算法结论不同，须当地确认）：其差额列在“differenceOpen”，未计入合计。"),
            format!("For {open} units whether the retention threshold is reached is open (interns still in progress, or the documents do not define the rate and the two ways of counting disagree, for the local bureau to confirm): their difference is under “differenceOpen”, not in the total."),
        ));
    }
    let rules = vec![
        Msg::new("RULE_SAME_AS_ESTIMATE", "每个单位按与补贴测算（estimateSubsidy）相同的规则和舍入计算：整个见习期按见习开始当日有效的规定，最低工资按每个见习月首日有效的标准，金额按每人每月四舍五入到分。", "Each unit is computed by the same rules and rounding as the estimate (estimateSubsidy): the rules in force on the start date for the whole internship, the minimum wage in force on the first day of each internship month, amounts rounded to the fen per intern and month."),
        Msg::new("RULE_BASE_MONTH", "基础补贴按月发放，计入该见习月开始的月份。", "The base subsidy is paid monthly, counted in the month its internship month begins."),
        Msg::new("RULE_DIFFERENCE_MONTH", "差额补贴在单位结束见习工作后一次性发放（“1+1”），计入该单位最后一名见习人员见习期满次日所在的月份。文件未规定具体月份，这是本工具的估算规则。", "The retention difference is paid once after the unit's internships end (“1+1”), counted in the month of the day after its last intern's internship ends. The documents name no month; this is the tool's estimating rule."),
        Msg::new("RULE_REMAINING_MONTH", "剩余期限补贴计入签订劳动合同的月份。文件未规定发放时间，这是本工具的估算规则。", "The remaining-period subsidy is counted in the month the labour contract is signed. The documents do not say when it is paid; this is the tool's estimating rule."),
    ];
    Ok(Summary {
        units: plan.units.len(),
        interns,
        retained,
        units_meeting: meeting,
        units_not_meeting: not_meeting,
        units_open: open,
        hired_early_counted: hired_counted,
        remaining_unchecked: unchecked,
        rejected_rows,
        amounts: Amounts { cell: total, known },
        groups,
        months,
        standards,
        required,
        rules,
        warnings,
        per_unit,
    })
}
