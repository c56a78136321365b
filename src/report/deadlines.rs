//! When the monthly form is due (under the rule in force on the due date), the year's
//! report, and how long a review of an application may take, on the holiday calendar.
use crate::error::{code, ApiError};
use crate::input::{Obj, Value};
use crate::model::{Jurisdiction, ReportDeadlineRule};
use crate::output::{Cited, Msg};
use crate::policy::{first_of, Layer, PolicySet};
use chrono::{Datelike, NaiveDate};

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct AnnualReportOut {
        /// The date the year's report is due; null where the text says only "at the end of the year".
        pub deadline: Option<NaiveDate> => "deadline",
        pub rule: Msg => "rule",
        pub source: Cited => "source",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct DeadlineResult as "ReportDeadlineResult" {
        pub province: String => "province",
        pub month: String => "month",
        pub form: String => "form",
        /// Under the rule in force on the day the report falls due.
        pub deadline: NaiveDate => "deadline",
        /// Counted on weekdays only in a year whose holidays are not published (a PROVISIONAL_CALENDAR note says so).
        pub provisional: bool => "provisional",
        pub rule: Msg => "rule",
        pub source: Cited => "source",
        /// NO_PROVINCIAL_DEADLINE (the province's notice sets none; the national rule is used), PROVISIONAL_CALENDAR.
        pub notes: Vec<Msg> => "notes",
        /// The yearly report on the plan, for the month's year, where a text sets one.
        pub annual_report: Option<AnnualReportOut> => "annualReport",
    }
}

/// The monthly report rule that governs a date, and its layer.
fn deadline_rule<'a>(
    set: &'a PolicySet,
    j: &'a Jurisdiction,
    date: NaiveDate,
    field: &str,
) -> Result<(&'a ReportDeadlineRule, Layer<'a>), ApiError> {
    let layers = set.layers_or_error(j, date, field)?;
    first_of(&layers, |r| r.report_deadline.as_ref()).ok_or_else(|| {
        ApiError::new(
            code::NO_RULE_FOR_DATE,
            field,
            format!("{date} 没有已知的报送时限规定。"),
            format!("No report deadline rule is known for {date}."),
        )
    })
}

/// The due date under one rule; with the note saying it is provisional, when it is.
fn due_under(
    set: &PolicySet,
    rule: &ReportDeadlineRule,
    next: NaiveDate,
    strict: bool,
) -> Result<(NaiveDate, Option<Msg>), ApiError> {
    match rule {
        ReportDeadlineRule::WorkingDaysOfNextMonth { days, .. } => {
            let before = next.pred_opt().unwrap_or(next);
            if strict {
                Ok((
                    set.calendar()
                        .add_working_days(before, i64::from(*days), "month")?,
                    None,
                ))
            } else {
                let c = set.calendar().add_working_days_provisional(
                    before,
                    i64::from(*days),
                    "month",
                )?;
                Ok((c.date, c.note))
            }
        }
        ReportDeadlineRule::DayOfNextMonth { day, .. } => Ok((
            NaiveDate::from_ymd_opt(next.year(), next.month(), *day).unwrap_or(next),
            None,
        )),
    }
}

/// The fields `reportDeadline` reads (`ReportDeadlineInput` in the .d.ts; tests/typescript.rs compares them).
pub const REPORT_DEADLINE_FIELDS: &[&str] = &["province", "month", "strictCalendar"];
/// The fields `reviewDeadline` reads (`ReviewDeadlineInput`).
pub const REVIEW_DEADLINE_FIELDS: &[&str] =
    &["province", "submittedOn", "applicant", "strictCalendar"];

/// When the monthly form for `month` ("2023-09") is due in `province`: under the rule in
/// force on the day it falls due (a report due after a new notice took effect follows it).
pub fn report_deadline(set: &PolicySet, v: &Value) -> Result<DeadlineResult, ApiError> {
    let o = Obj::new(v, "")?;
    o.only(REPORT_DEADLINE_FIELDS)?;
    let j = set.jurisdiction(o.str("province")?, "province")?;
    let month = o.str("month")?;
    let strict = o.opt_bool("strictCalendar")?.unwrap_or(false);
    let first = crate::input::parse_date(&format!("{month}-01"))
        .filter(|_| month.len() == 7)
        .ok_or_else(|| {
            ApiError::new(
                code::INVALID_DATE,
                "month",
                "“month”应为“YYYY-MM”格式的月份。",
                "“month” must be a month “YYYY-MM”.",
            )
        })?;
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .ok_or_else(|| {
            ApiError::new(
                code::OUT_OF_RANGE,
                "month",
                "月份超出范围。",
                "Month out of range.",
            )
        })?;
    // The month must have rules (the error names the month), then the report falls due
    // in the next month: the rule in force when it falls due governs.
    set.layers_or_error(j, first, "month")?;
    let (mut rule, mut layer) = deadline_rule(set, j, next, "month")?;
    let (mut deadline, mut provisional) = due_under(set, rule, next, strict)?;
    for _ in 0..2 {
        let (r, l) = deadline_rule(set, j, deadline, "month")?;
        if std::ptr::eq(r, rule) {
            break;
        }
        (rule, layer) = (r, l);
        (deadline, provisional) = due_under(set, rule, next, strict)?;
    }
    let (form, source, zh, en) = match rule {
        ReportDeadlineRule::WorkingDaysOfNextMonth { days, form, source } => (
            form,
            source,
            format!("次月前 {days} 个工作日内报送（遇节假日顺延）"),
            format!("Within the first {days} working days of the next month"),
        ),
        ReportDeadlineRule::DayOfNextMonth { day, form, source } => (
            form,
            source,
            format!("次月 {day} 日前报送（文件未规定遇节假日顺延）"),
            format!("By day {day} of the next month (the document says nothing of holidays)"),
        ),
    };
    let mut notes = Vec::new();
    if layer.jurisdiction.id != j.id {
        // The province's own notice in force sets no monthly deadline: say so.
        let own: Vec<String> = set
            .layers(j, deadline)
            .iter()
            .filter(|l| l.jurisdiction.id == j.id)
            .map(|l| set.doc_ref(*l).number)
            .collect();
        if !own.is_empty() {
            let national = set.doc_ref(layer).number;
            notes.push(Msg::new(
                "NO_PROVINCIAL_DEADLINE",
                format!(
                    "{}未规定月度汇总表的报送时限，这里按{national}的规定。",
                    own.join("、")
                ),
                format!(
                    "{} sets no deadline for the monthly form; {national}'s is used.",
                    own.join(", ")
                ),
            ));
        }
    }
    let is_provisional = provisional.is_some();
    notes.extend(provisional);
    let year = first.year();
    let annual_report = NaiveDate::from_ymd_opt(year, 12, 1)
        .map(|dec| set.layers(j, dec))
        .and_then(|layers| first_of(&layers, |r| r.annual_report.as_ref()))
        .map(|(a, l)| {
            let deadline = a.due.and_then(|(m, d)| NaiveDate::from_ymd_opt(year, m, d));
            AnnualReportOut {
                deadline,
                rule: match deadline {
                    Some(d) => Msg::new(
                        "ANNUAL_REPORT",
                        format!("{year}年度计划实施情况报告于 {d} 前报送。"),
                        format!("The {year} report on the plan is due by {d}."),
                    ),
                    None => Msg::new(
                        "ANNUAL_REPORT",
                        format!("{year}年度计划实施情况报告于年底报送（文件未写具体日期）。"),
                        format!("The {year} report on the plan is due at the end of the year (no exact date is given)."),
                    ),
                },
                source: Cited::new(set, l.jurisdiction, &a.source),
            }
        });
    Ok(DeadlineResult {
        province: j.id.clone(),
        month: month.to_owned(),
        form: form.clone(),
        deadline,
        provisional: is_provisional,
        rule: Msg::new("REPORT_DEADLINE", zh, en),
        source: Cited::new(set, layer.jurisdiction, source),
        notes,
        annual_report,
    })
}

crate::string_enum! {
    /// Whose application is reviewed.
    pub enum Applicant {
        Employer = "employer",
        Youth = "youth",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReviewResult as "ReviewDeadlineResult" {
        pub province: String => "province",
        pub applicant: Applicant => "applicant",
        pub submitted_on: NaiveDate => "submittedOn",
        /// null where no text sets a review time for this applicant (a NO_REVIEW_TIME note says so).
        pub working_days: Option<u32> => "workingDays",
        pub deadline: Option<NaiveDate> => "deadline",
        pub provisional: bool => "provisional",
        pub notes: Vec<Msg> => "notes",
        pub source: Option<Cited> => "source",
    }
}

/// When an internship application submitted on a date must be reviewed, for an
/// employer's application (default) or a young person's, where a text sets a time.
pub fn review_deadline(set: &PolicySet, v: &Value) -> Result<ReviewResult, ApiError> {
    let o = Obj::new(v, "")?;
    o.only(REVIEW_DEADLINE_FIELDS)?;
    let j = set.jurisdiction(o.str("province")?, "province")?;
    let submitted_on = o.date("submittedOn")?;
    let applicant = o
        .opt_choice("applicant", Applicant::IDS)?
        .and_then(Applicant::from_id)
        .unwrap_or(Applicant::Employer);
    let strict = o.opt_bool("strictCalendar")?.unwrap_or(false);
    let layers = set.layers_or_error(j, submitted_on, "submittedOn")?;
    let youth = applicant == Applicant::Youth;
    let found = first_of(&layers, |r| {
        r.review
            .as_ref()
            .filter(|r| if youth { r.for_youth } else { r.for_employers })
    });
    let mut notes = Vec::new();
    let Some((r, l)) = found else {
        let (zh, en) = if youth {
            ("个人", "a young person")
        } else {
            ("用人单位", "an employer")
        };
        notes.push(Msg::new(
            "NO_REVIEW_TIME",
            format!("{submitted_on} 有效的文件没有规定对{zh}提交的见习申请多长时间内审核。"),
            format!("The documents in force on {submitted_on} set no time for reviewing an application from {en}."),
        ));
        return Ok(ReviewResult {
            province: j.id.clone(),
            applicant,
            submitted_on,
            working_days: None,
            deadline: None,
            provisional: false,
            notes,
            source: None,
        });
    };
    let (deadline, note) = if strict {
        (
            set.calendar().add_working_days(
                submitted_on,
                i64::from(r.working_days),
                "submittedOn",
            )?,
            None,
        )
    } else {
        let c = set.calendar().add_working_days_provisional(
            submitted_on,
            i64::from(r.working_days),
            "submittedOn",
        )?;
        (c.date, c.note)
    };
    let provisional = note.is_some();
    notes.extend(note);
    Ok(ReviewResult {
        province: j.id.clone(),
        applicant,
        submitted_on,
        working_days: Some(r.working_days),
        deadline: Some(deadline),
        provisional,
        notes,
        source: Some(Cited::new(set, l.jurisdiction, &r.source)),
    })
}
