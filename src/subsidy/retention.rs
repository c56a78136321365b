//! The retention rate ("1+1" mode): who counts, each reading of the rule where the
//! document does not define it, and whether the threshold is met, not met or still open.
use super::answer::{RetentionOut, RetentionReadingOut};
use super::input::Outcome;
use super::schedule::Counted;
use crate::model::*;
use crate::output::*;
use crate::policy::{Layer, PolicySet};
use rust_decimal::Decimal;

/// A unit's interns as the retention rate counts them (the summary path counts the same).
pub(crate) struct RetentionCounts {
    pub all_interns: u32,
    /// Retained at the end or hired early.
    pub numerator: u32,
    pub in_progress: u32,
    pub left_early: u32,
}

impl RetentionCounts {
    /// Who counts in the denominator under a reading.
    pub(crate) fn denominator(&self, base: RetentionBase) -> u32 {
        match base {
            RetentionBase::AllInterns => self.all_interns,
            RetentionBase::CompletedInterns => self.all_interns - self.left_early,
        }
    }

    /// Settled either way, or open while interns in progress could still change it.
    pub(crate) fn meets(&self, percent: Decimal, denominator: u32) -> Option<bool> {
        if denominator == 0 {
            // No intern at all: nothing to say. All left early (second reading): none retained.
            return (self.all_interns > 0).then_some(false);
        }
        let reached = |num: u32| {
            Decimal::from(num) * Decimal::ONE_HUNDRED >= percent * Decimal::from(denominator)
        };
        if reached(self.numerator) {
            Some(true)
        } else if !reached(self.numerator + self.in_progress) {
            Some(false)
        } else {
            None
        }
    }
}

/// The readings' common answer on the threshold; open (None) when they differ or there is none.
pub(crate) fn agreed(mut answers: impl Iterator<Item = Option<bool>>) -> Option<bool> {
    let first = answers.next()?;
    answers.all(|a| a == first).then_some(first).flatten()
}

/// The retention rate of a unit's interns, counted by each reading of the threshold rule.
pub(super) struct Retention {
    pub(super) numerator: u32,
    pub(super) denominator: u32,
    pub(super) in_progress: u32,
    pub(super) percent: Decimal,
    pub(super) readings: Vec<RetentionReadingOut>,
    pub(super) readings_disagree: bool,
    pub(super) meets_threshold: Option<bool>,
}

pub(super) fn count_retention(
    set: &PolicySet,
    threshold: Option<(&ThresholdRule, Layer<'_>)>,
    list: &[Counted<'_>],
) -> Retention {
    let count = |keep: &dyn Fn(&Outcome) -> bool| -> u32 {
        list.iter()
            .filter(|(_, i, _)| keep(&i.outcome))
            .map(|(_, _, n)| n)
            .sum()
    };
    let all_interns = count(&|_| true);
    let numerator = count(&|o| matches!(o, Outcome::Retained | Outcome::HiredEarly { .. }));
    let in_progress = count(&|o| *o == Outcome::InProgress);
    let left_early = count(&|o| matches!(o, Outcome::LeftEarly(_)));
    let counts = RetentionCounts {
        all_interns,
        numerator,
        in_progress,
        left_early,
    };
    let percent_of = |denominator: u32| {
        if denominator == 0 {
            Decimal::ZERO
        } else {
            (Decimal::from(numerator) * Decimal::ONE_HUNDRED / Decimal::from(denominator))
                .round_dp(2)
        }
    };
    // Where the document does not define the rate, each reading is counted; if they
    // disagree on the threshold the answer is left open.
    let readings: Vec<RetentionReadingOut> = threshold
        .map(|(t, l)| {
            t.readings
                .iter()
                .map(|r| {
                    let denominator = counts.denominator(r.base);
                    RetentionReadingOut {
                        id: r.base,
                        numerator,
                        denominator,
                        percent: Num(percent_of(denominator)),
                        meets_threshold: counts.meets(t.percent, denominator),
                        text: r.text.clone(),
                        source: Cited::new(set, l.jurisdiction, &r.source),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let readings_disagree = readings.iter().any(|r| r.meets_threshold == Some(true))
        && readings.iter().any(|r| r.meets_threshold == Some(false));
    let meets_threshold = agreed(readings.iter().map(|r| r.meets_threshold));
    let denominator = readings.first().map_or(all_interns, |r| r.denominator);
    Retention {
        numerator,
        denominator,
        in_progress,
        percent: percent_of(denominator),
        readings,
        readings_disagree,
        meets_threshold,
    }
}

/// The answer's retention rate, with the warnings where the readings disagree or no
/// threshold is known.
pub(super) fn retention_out(
    set: &PolicySet,
    threshold: Option<(&ThresholdRule, Layer<'_>)>,
    r: Retention,
    warnings: &mut Vec<Msg>,
) -> RetentionOut {
    let Retention {
        numerator,
        denominator,
        in_progress,
        percent,
        readings,
        readings_disagree,
        meets_threshold,
    } = r;
    let threshold_source = threshold.map(|(t, l)| Cited::new(set, l.jurisdiction, &t.source));
    if readings_disagree {
        let shown: Vec<String> = readings
            .iter()
            .map(|r| {
                format!(
                    "{}/{} = {}%",
                    r.numerator,
                    r.denominator,
                    r.percent.0.normalize()
                )
            })
            .collect();
        warnings.push(Msg::new(
            "RETENTION_READINGS_DISAGREE",
            format!("文件未定义“见习期满留用率”怎样计算，两种算法的结论不同（{}）：是否达到留用率门槛、能否领取差额补贴，请向当地人社部门确认。", shown.join("；")),
            format!("The documents do not define how the retention rate is counted, and the two ways of counting disagree ({}): whether the threshold is met, and the difference paid, is for the local HR bureau to confirm.", shown.join("; ")),
        ));
    }
    let retention_rate = RetentionOut {
        numerator,
        denominator,
        in_progress,
        percent: Num(percent),
        threshold_percent: threshold.map(|(t, _)| Num(t.percent)),
        meets_threshold,
        definition: match threshold {
            Some((t, _)) => Msg::new(
                "RETENTION_DEFINITION",
                t.definition.zh.clone(),
                t.definition.en.clone(),
            ),
            None => Msg::new(
                "RETENTION_DEFINITION",
                "没有找到留用率的规定。",
                "No rule on the retention rate was found.",
            ),
        },
        readings,
        readings_disagree,
        source: threshold_source,
    };
    if threshold.is_none() {
        warnings.push(Msg::new(
            "NO_THRESHOLD",
            "没有找到留用率门槛的规定。",
            "No retention threshold rule was found.",
        ));
    }
    retention_rate
}
