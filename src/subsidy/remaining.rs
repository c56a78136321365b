//! The remaining-period subsidy for an intern hired early: the rule that covers the hire
//! date (or a continuation dated back), its conditions checked, the amount when all pass.
use super::answer::{CheckOut, CheckStatus, RemainingCheck, RemainingOut};
use super::input::{end_of, InternIn};
use super::schedule::covered;
use super::standard::Ctx;
use crate::model::*;
use crate::output::*;
use crate::policy::Layer;
use chrono::NaiveDate;
use rust_decimal::Decimal;

pub(crate) fn remaining_period(
    ctx: &Ctx<'_>,
    intern: &InternIn,
    on: NaiveDate,
    contract_months: Option<u32>,
    social_insurance: Option<bool>,
    months: Decimal,
    amount: Option<Decimal>,
) -> RemainingOut {
    let set = ctx.set;
    let covers =
        |r: &RemainingPeriodRule| r.window_from.is_none_or(|f| f <= on) && on <= r.window_until;
    // The rules in force on the start date govern, as for the rest of the internship.
    let start = intern.start_date;
    let in_force_at_start = set.layers(ctx.j, start).into_iter().find_map(|l| {
        l.rule_set
            .remaining_period
            .as_ref()
            .filter(|r| covers(r))
            .map(|r| (r, l))
    });
    // Where none of them covers the hire date, a continuation issued later in the year may
    // be dated back to cover it (2023: "延续至2023年底", read as the whole year): the one
    // that took effect first after the start, as it would have stood had it come on time.
    let mut dated_back: Option<(&RemainingPeriodRule, Layer<'_>)> = None;
    if in_force_at_start.is_none() {
        for l in set.all_rule_sets(ctx.j) {
            let Some(r) = l.rule_set.remaining_period.as_ref() else {
                continue;
            };
            if l.rule_set.valid_from > start
                && covers(r)
                && dated_back.is_none_or(|(_, d)| l.rule_set.valid_from < d.rule_set.valid_from)
            {
                dated_back = Some((r, l));
            }
        }
    }
    let note = dated_back.map(|(_, l)| {
        let d = set.doc_ref(l);
        Msg::new(
            "CONTINUATION_DATED_BACK",
            format!("见习开始时有效的规定没有覆盖 {on}；{}（{} 起施行）晚于见习开始，其延续剩余期限补贴政策的规定按覆盖整年、不留空档理解（本工具的解读，见出处）。", d.number, d.valid_from),
            format!("The rules in force at the start do not cover {on}; {} (in force from {}) came later, and its continuation of the remaining-period subsidy is read as covering the whole year with no gap (this tool's reading; see the source).", d.number, d.valid_from),
        )
    });
    let found = in_force_at_start.or(dated_back);
    let mut conditions = Vec::new();
    let check = |kind: RemainingCheck, ok: Option<bool>, zh: String, en: String| CheckOut {
        kind,
        status: match ok {
            Some(true) => CheckStatus::Passed,
            Some(false) => CheckStatus::Failed,
            None => CheckStatus::Unknown,
        },
        detail: Msg::new(kind.as_str(), zh, en),
    };
    let Some((rule, layer)) = found else {
        // Say which window ended, when one is known.
        let last = ctx
            .j
            .rule_sets
            .iter()
            .chain(
                set.baseline(ctx.j)
                    .map(|b| b.rule_sets.as_slice())
                    .unwrap_or(&[]),
            )
            .filter_map(|r| r.remaining_period.as_ref())
            .map(|r| r.window_until)
            .filter(|u| *u < on)
            .max();
        let (zh, en) = match last {
            Some(u) => (format!("剩余期限见习补贴政策已于 {u} 截止，{on} 签订劳动合同不再适用；没有已知的延续规定。"), format!("The remaining-period subsidy ended on {u}; a contract signed on {on} is not covered and no extension is known.")),
            None => (format!("{on} 没有已知的剩余期限见习补贴规定。"), format!("No remaining-period subsidy rule is known for {on}.")),
        };
        conditions.push(check(RemainingCheck::Window, Some(false), zh, en));
        return RemainingOut {
            intern: 0,
            name: None,
            hired_on: on,
            eligible: Some(false),
            conditions,
            intern_months: Num(months.round_dp(4)),
            amount: None,
            source: None,
            note: None,
            doc: None,
        };
    };
    conditions.push(check(
        RemainingCheck::Window,
        Some(true),
        format!(
            "{on} 签订劳动合同，在政策期限（至 {}）内。",
            rule.window_until
        ),
        format!(
            "Contract signed on {on}, within the window (until {}).",
            rule.window_until
        ),
    ));
    if let Some(min) = rule.min_contract_months {
        conditions.push(check(
            RemainingCheck::ContractLength,
            contract_months.map(|c| c >= min),
            format!(
                "劳动合同期限须在 {min} 个月以上{}。",
                contract_months
                    .map(|c| format!("，实际 {c} 个月"))
                    .unwrap_or_else(|| "，未填写".into())
            ),
            format!(
                "The contract must run {min}+ months{}.",
                contract_months
                    .map(|c| format!("; it runs {c}"))
                    .unwrap_or_else(|| "; not given".into())
            ),
        ));
    }
    if rule.social_insurance_required {
        conditions.push(check(
            RemainingCheck::SocialInsurance,
            social_insurance,
            format!(
                "须按规定缴纳社会保险{}。",
                match social_insurance {
                    Some(true) => "，已缴纳",
                    Some(false) => "，未缴纳",
                    None => "，未填写",
                }
            ),
            format!(
                "Social insurance must be paid{}.",
                match social_insurance {
                    Some(true) => "; it is",
                    Some(false) => "; it is not",
                    None => "; not given",
                }
            ),
        ));
    }
    if rule.at_least_half_served {
        // 一半以上 includes half itself; months are counted as the estimate counts them
        // (a part month by its days).
        let served = served_months(intern.start_date, intern.months, on);
        let shown = served.round_dp(2).normalize();
        conditions.push(check(
            RemainingCheck::AtLeastHalfServed,
            Some(served * Decimal::TWO >= Decimal::from(intern.months)),
            format!("须完成协议约定期限的一半以上（含一半）：已见习 {shown} 个月，约定 {} 个月。", intern.months),
            format!("At least half the agreed term must be served (half counts): {shown} of {} months served.", intern.months),
        ));
    }
    let eligible = if conditions.iter().any(|c| c.status == CheckStatus::Failed) {
        Some(false)
    } else if conditions.iter().all(|c| c.status == CheckStatus::Passed) {
        Some(true)
    } else {
        None
    };
    RemainingOut {
        intern: 0,
        name: None,
        hired_on: on,
        eligible,
        conditions,
        intern_months: Num(months.round_dp(4)),
        amount: if eligible == Some(true) {
            amount.map(Money::new)
        } else {
            None
        },
        source: Some(Cited::new(set, layer.jurisdiction, &rule.source)),
        note,
        doc: Some(set.doc_ref(layer)),
    }
}

/// Internship months served from `start` up to the day before `on` (a part month by its days).
fn served_months(start: NaiveDate, months: u32, on: NaiveDate) -> Decimal {
    (0..months)
        .filter_map(|k| Some((end_of(start, k)?, end_of(start, k + 1)?)))
        .map(|(s, e)| {
            let (days, of) = covered(s, e, start, on);
            Decimal::from(days) / Decimal::from(of)
        })
        .sum()
}
