//! Checks of the policy files before a set is built: ids, documents, sources, the
//! minimum-wage tables, calendars, quotas and forms (rule sets: `validate_rules`).
//! Nothing is kept if anything is wrong; every error names its path in the file.
use super::validate_rules::validate_rule_set;
use super::wages::normalise_county;
use crate::error::{code, ApiError};
use crate::model::*;
use chrono::{Datelike, Weekday};
use rust_decimal::Decimal;
use std::collections::BTreeSet;

pub(super) fn invalid(field: String, zh: String, en: String) -> ApiError {
    ApiError::new(
        code::POLICY_INVALID,
        field,
        format!("政策数据有误：{zh}"),
        format!("Invalid policy data: {en}"),
    )
}

pub(super) struct Check<'a> {
    pub(super) j: &'a Jurisdiction,
    pub(super) base: Option<&'a Jurisdiction>,
}

impl Check<'_> {
    pub(super) fn source(&self, s: &Source, path: &str) -> Result<(), ApiError> {
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

pub(super) fn ensure(
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

pub(super) fn validate(js: &[Jurisdiction]) -> Result<(), ApiError> {
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
