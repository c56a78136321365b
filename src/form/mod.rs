//! `formSpec({ province, asOf })`: everything a front end needs to build its forms,
//! so that the pages and the mini-program keep no copies of lists or rules: the
//! jurisdictions in menu order with the default one, the education levels and the
//! household-registration provinces with their labels, which questions the rules in
//! force ask (with the province's own wording, from its file), the minimum-wage tiers
//! with the wages in force, whether a county can be named, the month range.
use crate::basis::{first_of, Cited, DocRef};
use crate::eligibility::{question_of, InputField};
use crate::error::ApiError;
use crate::input::{Obj, Value};
use crate::model::*;
use crate::output::Money;
use crate::policy::{PolicySet, PROVINCES};

mod answer;
mod questions;
pub use crate::policy::PROVINCE_LABELS;
pub use answer::*;
use questions::{generic_question, ORDER};

fn text(zh: &str, en: &str) -> Text {
    Text {
        zh: zh.to_owned(),
        en: en.to_owned(),
    }
}

/// Jurisdictions in menu order: by `menuOrder` (files without one after those with
/// one), then by id. The first is the default.
pub fn menu_order(set: &PolicySet) -> Vec<&Jurisdiction> {
    let mut list: Vec<&Jurisdiction> = set.jurisdictions().iter().collect();
    let key = |j: &Jurisdiction| (j.menu_order.unwrap_or(u32::MAX), j.id.clone());
    // Few files: an insertion sort keeps the sort machinery out of the .wasm.
    for i in 1..list.len() {
        let mut k = i;
        while k > 0 && key(list[k - 1]) > key(list[k]) {
            list.swap(k - 1, k);
            k -= 1;
        }
    }
    list
}

pub fn form_spec<'a>(set: &'a PolicySet, input: &Value) -> Result<FormSpec<'a>, ApiError> {
    let (province, as_of) = match input {
        Value::Null => (None, None),
        _ => {
            let o = Obj::new(input, "")?;
            o.only(&["province", "asOf"])?;
            (o.opt_str("province")?, o.opt_date("asOf")?)
        }
    };
    let menu = menu_order(set);
    let default = menu.first().map(|j| j.id.as_str()).unwrap_or("");
    let j = set.jurisdiction(province.unwrap_or(default), "province")?;
    // The rule sets in force on the date, or without a date every rule set known.
    let layers = match as_of {
        Some(d) => set.layers_or_error(j, d, "asOf")?,
        None => set.all_rule_sets(j).collect(),
    };
    let mut questions: Vec<Question> = Vec::new();
    let eligibility: Vec<_> = match as_of {
        Some(_) => first_of(&layers, |r| r.eligibility.as_ref())
            .into_iter()
            .collect(),
        None => layers
            .iter()
            .filter_map(|l| l.rule_set.eligibility.as_ref().map(|e| (e, *l)))
            .collect(),
    };
    for id in ORDER {
        for (elig, layer) in &eligibility {
            for c in elig.categories.iter().flat_map(|c| &c.conditions) {
                let asks = match c {
                    Condition::HardshipArea { extended_in, .. } if id == InputField::County => {
                        !extended_in.is_empty()
                    }
                    _ => question_of(c) == id,
                };
                if !asks || questions.iter().any(|q| q.id == id) {
                    continue;
                }
                let mut q = generic_question(id);
                if let (Condition::HardshipArea { question, .. }, InputField::HardshipArea) =
                    (c, id)
                {
                    q.kind = QuestionKind::YesNo;
                    q.label = question.clone();
                    q.source = Some(Cited::new(set, layer.jurisdiction, c.source()));
                }
                questions.push(q);
            }
        }
    }
    let social = match as_of {
        Some(_) => first_of(&layers, |r| r.intern_social_insurance.as_ref()),
        None => layers
            .iter()
            .find_map(|l| l.rule_set.intern_social_insurance.as_ref().map(|s| (s, *l))),
    };
    if let Some((s, layer)) = social {
        questions.push(Question {
            id: InputField::SocialInsuranceMonthly,
            kind: QuestionKind::Amount,
            options: None,
            label: s.question.clone(),
            heading: Some(s.title.clone()),
            always: false,
            source: Some(Cited::new(set, layer.jurisdiction, &s.source)),
        });
    }
    // The tiers of the jurisdiction's own table (the youth module's data has none).
    let table = j.minimum_wage.as_ref().filter(|_| cfg!(feature = "full"));
    let tiers = table
        .map(|t| {
            (1..=t.tier_names.len() as u8)
                .map(|tier| {
                    let wage = as_of.and_then(|d| set.minimum_wage(j, tier, d, "tier").ok());
                    Tier {
                        tier: u32::from(tier),
                        name: t.tier_names[usize::from(tier) - 1].clone(),
                        minimum_wage: wage.as_ref().map(|w| Money::new(w.amount)),
                        wage_from: wage.map(|w| w.entry.from),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let mut documents: Vec<DocRef> = Vec::new();
    if as_of.is_some() {
        for l in &layers {
            let d = set.doc_ref(*l);
            if !documents.iter().any(|x| x.id == d.id) {
                documents.push(d);
            }
        }
    }
    Ok(FormSpec {
        as_of,
        data_date: set.jurisdictions().iter().map(|j| j.updated).max(),
        jurisdictions: menu
            .iter()
            .map(|j| MenuItem {
                id: &j.id,
                name: &j.name,
                menu_order: j.menu_order,
                baseline: j.baseline.as_deref(),
                updated: j.updated,
            })
            .collect(),
        default_jurisdiction: default,
        province: &j.id,
        province_name: &j.name,
        education_levels: Education::ALL
            .iter()
            .map(|e| {
                let (zh, en) = e.label();
                let mut en = en.to_owned();
                if let Some(first) = en.get(0..1) {
                    en = first.to_uppercase() + &en[1..];
                }
                EducationChoice {
                    id: *e,
                    label: Text {
                        zh: zh.to_owned(),
                        en,
                    },
                }
            })
            .collect(),
        hukou_provinces: PROVINCES
            .iter()
            .zip(PROVINCE_LABELS)
            .map(|(id, (zh, en))| ProvinceChoice {
                id,
                label: text(zh, en),
            })
            .collect(),
        questions,
        tiers,
        tier_note: table.and_then(|t| t.note.as_ref()),
        county: table.is_some_and(|t| !t.county_lists.is_empty()),
        months: MonthRange::MONTHS,
        documents,
    })
}
