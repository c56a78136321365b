//! Officials' checks: the monthly summary form's logic relations, and report and review deadlines.
mod deadlines;
mod monthly_form;

pub use deadlines::{
    report_deadline, review_deadline, AnnualReportOut, DeadlineResult, ReviewResult,
    REPORT_DEADLINE_FIELDS, REVIEW_DEADLINE_FIELDS,
};
pub use monthly_form::{
    validate_monthly_report, CheckResult, Failure, ReportResult, MONTHLY_REPORT_FIELDS,
};
