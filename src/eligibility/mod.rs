//! The youth self-check: may this person take part, under which category, why,
//! what would change the answer, what the intern gets and where to apply.
use crate::basis::ConditionStatus::{Failed, Passed, Unknown};
use crate::basis::*;
use crate::error::{code, ApiError};
use crate::model::*;
use crate::output::*;
use crate::policy::PolicySet;
use rust_decimal::Decimal;

mod answer;
mod conditions;
mod input;
pub use answer::*;
pub use conditions::age_on;
use conditions::{evaluate, hint};
pub use input::{question_of, EligibilityInput, InputField, FIELDS};

pub fn check(set: &PolicySet, i: &EligibilityInput) -> Result<EligibilityResult, ApiError> {
    let j = set.jurisdiction(&i.province, "province")?;
    let layers = set.layers_or_error(j, i.as_of, "asOf")?;
    let (elig, elig_layer) = first_of(&layers, |r| r.eligibility.as_ref()).ok_or_else(|| {
        ApiError::new(
            code::NO_RULE_FOR_DATE,
            "asOf",
            format!("{} 没有已知的见习对象规定。", i.as_of),
            format!("No rule on who may take part is known for {}.", i.as_of),
        )
    })?;
    let mut used = vec![set.doc_ref(elig_layer)];

    let mut categories = Vec::new();
    let mut hints = Vec::new();
    let mut ask: Vec<InputField> = Vec::new();
    for cat in &elig.categories {
        let conditions: Vec<ConditionResult> = cat
            .conditions
            .iter()
            .map(|c| evaluate(set, elig_layer.jurisdiction, c, i))
            .collect();
        let status = if conditions.iter().any(|c| c.status == Failed) {
            CategoryStatus::NotMet
        } else if conditions.iter().all(|c| c.status == Passed) {
            CategoryStatus::Met
        } else {
            CategoryStatus::Unknown
        };
        let result = CategoryResult {
            id: cat.id.clone(),
            name: cat.name.clone(),
            status,
            note: cat.note.clone(),
            conditions,
        };
        let failed: Vec<usize> = result
            .conditions
            .iter()
            .enumerate()
            .filter(|(_, c)| c.status == Failed)
            .map(|(k, _)| k)
            .collect();
        // A question matters while no other condition of its category has failed.
        for (k, c) in cat.conditions.iter().enumerate() {
            if failed.iter().all(|f| *f == k) {
                let mut fields = vec![question_of(c)];
                if matches!(c, Condition::HardshipArea { extended_in, .. } if !extended_in.is_empty())
                {
                    fields.push(InputField::County);
                }
                for f in fields {
                    if !ask.contains(&f) {
                        ask.push(f);
                    }
                }
            }
        }
        if let [k] = failed[..] {
            if let Some(mut h) = hint(cat, &cat.conditions[k], i) {
                // The change would not settle it alone: say so.
                if result.conditions.iter().any(|c| c.status == Unknown) {
                    h.zh.push_str("（其他条件还需确认。）");
                    h.en.push_str(" (Other conditions are still to be confirmed.)");
                }
                hints.push(h);
            }
        }
        categories.push(result);
    }
    let eligible = if categories.iter().any(|c| c.status == CategoryStatus::Met) {
        Some(true)
    } else if categories
        .iter()
        .any(|c| c.status == CategoryStatus::Unknown)
    {
        None
    } else {
        Some(false)
    };
    let mut missing: Vec<InputField> = Vec::new();
    if eligible.is_none() {
        for c in categories
            .iter()
            .filter(|c| c.status == CategoryStatus::Unknown)
        {
            for f in c.conditions.iter().filter_map(|c| c.missing) {
                if !missing.contains(&f) {
                    missing.push(f);
                }
            }
        }
        // A leaving date settles whether they are still in school: ask for it alone.
        if missing.contains(&InputField::LeftSchoolOn) {
            missing.retain(|f| *f != InputField::InSchool);
        }
        if !missing.is_empty() {
            hints.push(Msg::new(
                "ANSWER_MISSING",
                "补充上面缺少的信息后即可得出结论。",
                "Answer the missing questions above to get a verdict.",
            ));
        }
        // Open conditions no answer of the person's can settle: whom to ask, and what.
        for c in categories
            .iter()
            .filter(|c| c.status == CategoryStatus::Unknown)
        {
            for x in c.conditions.iter().filter(|x| {
                x.status == Unknown
                    && x.missing.is_none()
                    && !c.conditions.iter().any(|o| o.missing.is_some())
            }) {
                hints.push(Msg::new(
                    "ASK_LOCALLY",
                    format!("“{}”：{}", c.name.zh, x.detail.zh),
                    format!("“{}”: {}", c.name.en, x.detail.en),
                ));
            }
        }
    }
    if eligible == Some(true) {
        hints.clear();
    }
    // An answer of "no" leaves out what only an intern gets and the review of an application.
    let ineligible = eligible == Some(false);

    let intern_gets = if ineligible {
        Vec::new()
    } else {
        merged_items(set, &layers, |r| r.intern_benefits.as_slice())
    };
    let social_insurance =
        first_of(&layers, |r| r.intern_social_insurance.as_ref()).filter(|_| !ineligible);
    let social_insurance_subsidy = social_insurance.map(|(s, l)| {
        push_doc(&mut used, set.doc_ref(l));
        let (num, den) = (Decimal::from(s.share_numerator), Decimal::from(s.share_denominator));
        SocialInsuranceOut {
            title: s.title.clone(),
            question: s.question.clone(),
            share: format!("{}/{}", s.share_numerator, s.share_denominator),
            max_months: s.max_months,
            min_internship_months: s.min_internship_months,
            conditions: Msg::new(
                "SOCIAL_INSURANCE_SUBSIDY",
                format!("见习期满{}个月以上（含{}个月）、以灵活就业身份缴纳社会保险的，按实际缴费的{}/{}给予社会保险补贴，最长{}个月。", s.min_internship_months, s.min_internship_months, s.share_numerator, s.share_denominator, s.max_months),
                format!("After an internship of {} months or more, if you pay social insurance as a flexible worker you get {}/{} of what you actually paid back, for at most {} months.", s.min_internship_months, s.share_numerator, s.share_denominator, s.max_months),
            ),
            // Each figure is rounded once, at the end: 2/3 × 1000 × 12 = 8000.00.
            monthly_estimate: i.social_insurance_monthly.map(|p| Money::new(p * num / den)),
            max_total_estimate: i
                .social_insurance_monthly
                .map(|p| Money::new(p * num * Decimal::from(s.max_months) / den)),
            source: Cited::new(set, l.jurisdiction, &s.source),
            period_note: s.period_note.as_ref().map(|t| Msg::new("SUBSIDY_PERIOD", t.zh.clone(), t.en.clone())),
            period_source: s.period_source.as_ref().map(|p| Cited::new(set, l.jurisdiction, p)),
        }
    });

    let zone = first_of(&layers, |r| r.service_zone.as_ref()).map(|(z, l)| {
        push_doc(&mut used, set.doc_ref(l));
        ZoneOut {
            name: z.name.clone(),
            url: z.url.clone(),
            takes_applications: z.takes_applications,
            source: Cited::new(set, l.jurisdiction, &z.source),
        }
    });
    let mut apply = ApplyOut {
        zone,
        review_working_days: None,
        review_deadline: None,
        review_provisional: false,
        review_note: None,
        review_source: None,
    };
    // A review time is shown only where the text sets one for young people's applications.
    match (
        first_of(&layers, |r| r.review.as_ref().filter(|r| r.for_youth)),
        first_of(&layers, |r| r.review.as_ref().filter(|r| r.for_employers)),
    ) {
        _ if ineligible => {}
        (Some((r, l)), _) => {
            push_doc(&mut used, set.doc_ref(l));
            apply.review_working_days = Some(r.working_days);
            apply.review_source = Some(Cited::new(set, l.jurisdiction, &r.source));
            match set.calendar().add_working_days_provisional(
                i.as_of,
                i64::from(r.working_days),
                "asOf",
            ) {
                Ok(c) => {
                    apply.review_deadline = Some(c.date);
                    apply.review_provisional = c.note.is_some();
                    apply.review_note = c.note;
                }
                Err(e) => {
                    apply.review_note = Some(Msg::new(
                        e.code.as_str(),
                        e.message.clone(),
                        e.message_en.clone(),
                    ))
                }
            }
        }
        (None, Some((r, l))) => {
            let cited = Cited::new(set, l.jurisdiction, &r.source);
            apply.review_note = Some(Msg::new(
                "NO_REVIEW_TIME_FOR_YOUTH",
                format!("文件没有规定对个人提交的见习申请多长时间内审核；{} {}规定的 {} 个工作日，针对的是用人单位提交的见习申请。", cited.number, cited.clause, r.working_days),
                format!("The documents set no time for reviewing an application from a young person; the {} working days in {} ({}) are for applications from employers.", r.working_days, cited.number, cited.clause),
            ));
            apply.review_source = Some(cited);
        }
        (None, None) => {}
    }
    let warnings = set.time_warnings(j, i.as_of, &used);
    let beyond_horizon = crate::basis::beyond_horizon(&used, i.as_of);
    let verdict = match eligible {
        Some(true) => Verdict::Eligible,
        Some(false) => Verdict::NotEligible,
        None => Verdict::CannotTell,
    };
    let (zh, en) = match eligible {
        Some(true) => (
            "可以参加就业见习",
            "You can take part in an employment internship",
        ),
        Some(false) => ("暂不符合条件", "Not eligible for now"),
        None => ("需要补充信息", "More information needed"),
    };
    let year = crate::basis::doc_year(&used[0]);
    let verdict_line = if beyond_horizon {
        Msg::new(
            verdict.as_str(),
            format!("按{year}年的规定：{zh}"),
            format!("Under the {year} documents: {en}"),
        )
    } else {
        Msg::new(verdict.as_str(), zh, en)
    };
    if social_insurance_subsidy.is_some() {
        ask.push(InputField::SocialInsuranceMonthly);
    }
    Ok(EligibilityResult {
        eligible,
        verdict,
        verdict_line,
        province: j.id.clone(),
        province_name: j.name.clone(),
        as_of: i.as_of,
        basis: Basis {
            documents: used,
            warnings,
            beyond_horizon,
            figures: Vec::new(),
        },
        categories,
        missing,
        ask,
        what_would_change: hints,
        intern_gets,
        social_insurance_subsidy,
        apply,
    })
}
