//! Checks of one rule set: its dates, eligibility categories and conditions, standards,
//! thresholds and the parts only the employer and officials' functions read.
use super::validate::{ensure, Check};
use super::PROVINCES;
use crate::error::ApiError;
use crate::model::*;
use chrono::NaiveDate;
use rust_decimal::Decimal;

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

pub(super) fn validate_rule_set(c: &Check<'_>, rs: &RuleSet, p: &str) -> Result<(), ApiError> {
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
