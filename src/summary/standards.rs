//! The standards the plan was computed with, as the estimate states them, merged over
//! start dates that share them; the local standards the user must supply.
use super::answer::StandardsOut;
use super::memo::Memo;
use super::notes::push_msg;
use crate::basis::push_doc;
use crate::output::*;
use crate::policy::PolicySet;

/// The standards, merged over start dates that share them, and what is required.
pub(super) fn standards(set: &PolicySet, memo: &Memo<'_>) -> (Vec<StandardsOut>, Vec<Msg>) {
    let mut standards: Vec<StandardsOut> = Vec::new();
    let mut required = Vec::new();
    for h in &memo.heads {
        if h.base.out.required {
            push_msg(&mut required, Msg::new("localStandard.baseAmount", "需要当地的见习补贴标准：填写每人每月金额（baseAmount）或最低工资的百分比（basePercent）。", "The local subsidy standard is needed: a monthly amount per intern (baseAmount) or a share of the minimum wage (basePercent)."));
        }
        if h.raised.out.required {
            push_msg(&mut required, Msg::new("localStandard.raisedAmount", "需要当地提高后的补贴标准：填写每人每月金额（raisedAmount）或最低工资的百分比（raisedPercent）。", "The local raised standard is needed: a monthly amount per intern (raisedAmount) or a share of the minimum wage (raisedPercent)."));
        }
        let threshold_percent = h.threshold.map(|(t, _)| Num(t.percent));
        let threshold_source = h
            .threshold
            .map(|(t, l)| Cited::new(set, l.jurisdiction, &t.source));
        let same = standards.iter_mut().find(|s| {
            s.province == h.j.id
                && s.base_standard == h.base.out
                && s.raised_standard == h.raised.out
                && s.threshold_percent == threshold_percent
                && s.threshold_source == threshold_source
        });
        match same {
            Some(s) => {
                s.from = s.from.min(h.first_start);
                s.to = s.to.max(h.last_start);
                s.units += h.units;
                for d in &h.documents {
                    push_doc(&mut s.documents, d.clone());
                }
                for w in &h.warnings {
                    push_msg(&mut s.warnings, w.clone());
                }
            }
            None => standards.push(StandardsOut {
                province: h.j.id.clone(),
                province_name: h.j.name.clone(),
                from: h.first_start,
                to: h.last_start,
                units: h.units,
                base_standard: h.base.out.clone(),
                raised_standard: h.raised.out.clone(),
                threshold_percent,
                threshold_source,
                documents: h.documents.clone(),
                warnings: h.warnings.clone(),
            }),
        }
    }
    (standards, required)
}
