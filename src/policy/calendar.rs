//! The working-day calendar: the State Council's holidays and make-up days, and
//! counting in working days (provisionally, on weekdays, in a year not yet published).
use super::validate::invalid;
use crate::basis::Msg;
use crate::error::{code, ApiError};
use crate::model::*;
use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::{BTreeMap, BTreeSet};

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
    pub(super) fn build(js: &[Jurisdiction]) -> Result<Calendar, ApiError> {
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
