//! The monthly summary form (14 indicators) and its logic relations, as the jurisdiction's data states them.
use crate::error::{code, ApiError};
use crate::input::{decimal_value, int_value, Obj, Value};
use crate::model::ReportForm;
use crate::output::{Cited, Msg};
use crate::policy::PolicySet;
use rust_decimal::Decimal;

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct CheckResult {
        /// The relation as the form writes it, e.g. "5≥6≥7".
        pub check: String => "check",
        pub passed: bool => "passed",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct Failure {
        pub check: String => "check",
        /// Every indicator the relation involves.
        pub indicators: Vec<u8> => "indicators",
        pub names: Vec<String> => "names",
        pub detail: Msg => "detail",
    }
}

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    pub struct ReportResult as "MonthlyReportResult" {
        pub valid: bool => "valid",
        pub form: String => "form",
        pub checks: Vec<CheckResult> => "checks",
        pub failures: Vec<Failure> => "failures",
        pub source: Cited => "source",
    }
}

fn find_form<'a>(
    set: &'a PolicySet,
    id: &str,
) -> Option<(&'a ReportForm, &'a crate::model::Jurisdiction)> {
    set.jurisdictions()
        .iter()
        .find_map(|j| j.report_forms.iter().find(|f| f.id == id).map(|f| (f, j)))
}

/// The fields `validateMonthlyReport` reads (`MonthlyReportInput` in the .d.ts; tests/typescript.rs compares them).
pub const MONTHLY_REPORT_FIELDS: &[&str] = &["indicators", "form"];

pub fn validate_monthly_report(set: &PolicySet, v: &Value) -> Result<ReportResult, ApiError> {
    let o = Obj::new(v, "")?;
    o.only(MONTHLY_REPORT_FIELDS)?;
    let form_id = o.opt_str("form")?.unwrap_or("national-2023");
    let (form, j) = find_form(set, form_id).ok_or_else(|| {
        let ids: Vec<&str> = set
            .jurisdictions()
            .iter()
            .flat_map(|j| j.report_forms.iter().map(|f| f.id.as_str()))
            .collect();
        ApiError::new(
            code::UNKNOWN_VALUE,
            "form",
            format!("没有汇总表“{form_id}”。可选：{}。", ids.join("、")),
            format!("No form “{form_id}”. Known: {}.", ids.join(", ")),
        )
    })?;
    let n = form.indicators.len();
    let items = o.opt_array("indicators", n)?.ok_or_else(|| {
        ApiError::new(
            code::MISSING_FIELD,
            "indicators",
            format!("缺少“indicators”：{n} 个指标数值。"),
            format!("“indicators” is required: {n} numbers."),
        )
    })?;
    if items.len() != n {
        return Err(ApiError::new(
            code::OUT_OF_RANGE,
            "indicators",
            format!("“indicators”应有 {n} 个数值，收到 {} 个。", items.len()),
            format!("“indicators” needs {n} numbers, got {}.", items.len()),
        ));
    }
    let mut values = Vec::with_capacity(n);
    for (k, (item, ind)) in items.iter().zip(&form.indicators).enumerate() {
        let field = format!("indicators[{k}]");
        let value = if ind.unit == "万元" {
            decimal_value(item, &field, Decimal::from(1_000_000_000))?
        } else {
            Decimal::from(int_value(item, &field, 0, 1_000_000_000)?)
        };
        values.push(value);
    }
    let name = |i: u8| {
        form.indicators
            .get(usize::from(i) - 1)
            .map(|x| x.name.clone())
            .unwrap_or_default()
    };
    let sum = |side: &[u8]| {
        side.iter()
            .map(|i| values.get(usize::from(*i) - 1).copied().unwrap_or_default())
            .sum::<Decimal>()
    };
    let label = |side: &[u8]| {
        side.iter()
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join("+")
    };
    let mut checks = Vec::new();
    let mut failures = Vec::new();
    for c in &form.checks {
        let broken: Vec<(String, Decimal, String, Decimal)> = c
            .chain
            .windows(2)
            .filter(|w| sum(&w[0]) < sum(&w[1]))
            .map(|w| (label(&w[0]), sum(&w[0]), label(&w[1]), sum(&w[1])))
            .collect();
        checks.push(CheckResult {
            check: c.name.clone(),
            passed: broken.is_empty(),
        });
        if !broken.is_empty() {
            let indicators: Vec<u8> = c.chain.iter().flatten().copied().collect();
            let zh: Vec<String> = broken
                .iter()
                .map(|(a, x, b, y)| format!("指标{a}（{x}）小于指标{b}（{y}）"))
                .collect();
            let en: Vec<String> = broken
                .iter()
                .map(|(a, x, b, y)| format!("indicator {a} ({x}) is less than indicator {b} ({y})"))
                .collect();
            failures.push(Failure {
                check: c.name.clone(),
                names: indicators.iter().map(|i| name(*i)).collect(),
                indicators,
                detail: Msg::new(
                    "CHECK_FAILED",
                    format!("不满足 {}：{}。", c.name, zh.join("；")),
                    format!("{} fails: {}.", c.name, en.join("; ")),
                ),
            });
        }
    }
    Ok(ReportResult {
        valid: failures.is_empty(),
        form: form.id.clone(),
        checks,
        failures,
        source: Cited::new(set, j, &form.source),
    })
}
