//! The same plan given as columns of numbers (arrays or typed arrays, as the planning page
//! sends it), one item per unit or per listed intern, read with the checks `estimateSubsidy`
//! makes of the same values.
use super::input::{bad, Plan, Unit, MAX_GROUPS, MAX_INTERNS, MAX_UNITS};
use crate::error::{code, ApiError};
use crate::input::{Obj, Value, MAX_YEAR, MIN_YEAR};
use crate::subsidy::{
    end_of, local_figure, EstimateInput, InternIn, Interns, Outcome, LOCAL_FIELDS, MAX_COHORT,
    MAX_MONTHS,
};
use chrono::NaiveDate;

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
    /// `units: { startDate: [...], months: [...], size: [...], ... }`, `interns: { outcome: [...], ... }`:
    /// the same plan as columns of numbers (arrays or typed arrays), one item per unit
    /// or per listed intern. Dates are numbers YYYYMMDD.
    pub(super) fn from_columns(o: &Obj<'_>, per_unit: bool) -> Result<Plan, ApiError> {
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
                    // A plan's column: without it, no unit retains anyone (documented).
                    let r = match retained {
                        Some(r) => int_at(r, k, "units.retained", 0, i64::from(size))? as u32,
                        None => 0,
                    };
                    Interns::Cohort {
                        interns: size,
                        retained: Some(r),
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
    // The field is written out only for an error (a plan has 100,000 rows).
    let f = || format!("interns.outcomeDate[{r}]");
    match on {
        None if dated => {
            return Err(bad(
                code::MISSING_FIELD,
                f(),
                "提前离开（3）或提前录用（4）需要日期。".into(),
                "leftEarly (3) and hiredEarly (4) need a date.".into(),
            ))
        }
        Some(d) if dated && (d <= start_date || d >= end) => {
            return Err(bad(
                code::INCONSISTENT,
                f(),
                format!("日期 {d} 应在见习期内（{start_date} 之后、{end} 之前）。"),
                format!(
                "The date {d} must fall inside the internship (after {start_date}, before {end})."
            ),
            ))
        }
        Some(_) if !dated => {
            return Err(bad(
                code::INCONSISTENT,
                f(),
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
