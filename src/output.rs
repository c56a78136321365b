//! Pieces shared by every answer: money, bilingual messages, citations.
use crate::model::{Confidence, Jurisdiction, Source};
use crate::policy::PolicySet;
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};

/// The one rounding rule: every amount is rounded to the fen (0.01 yuan), half away
/// from zero (四舍五入), where it is computed per intern and month; totals add rounded lines.
pub fn round_money(d: Decimal) -> Decimal {
    let mut r = d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    r.rescale(2);
    r
}

/// An amount of yuan, written as a decimal string with two places ("1400.00").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Money(pub Decimal);

impl Money {
    pub fn new(d: Decimal) -> Money {
        Money(round_money(d))
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&round_money(self.0))
    }
}

/// A decimal written as a string, as given (percentages, shares).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub Decimal);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.normalize())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Msg {
    pub code: &'static str,
    pub zh: String,
    pub en: String,
}

impl Msg {
    pub fn new(code: &'static str, zh: impl Into<String>, en: impl Into<String>) -> Msg {
        Msg { code, zh: zh.into(), en: en.into() }
    }
}

/// A document an answer rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocRef {
    pub id: String,
    pub jurisdiction: String,
    pub number: String,
    pub title: String,
    pub issued_on: Option<NaiveDate>,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
    pub speaks_until: NaiveDate,
}

/// Which documents an answer rests on, and what it must say about time.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Basis {
    pub documents: Vec<DocRef>,
    pub warnings: Vec<Msg>,
}

/// A source with its document number spelled out, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cited {
    pub document: String,
    pub number: String,
    pub clause: String,
    pub quote: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub confidence: Confidence,
}

impl Cited {
    pub fn new(set: &PolicySet, j: &Jurisdiction, s: &Source) -> Cited {
        let doc = set.document(j, &s.document);
        Cited {
            document: s.document.clone(),
            number: doc.map(|d| d.number.clone()).unwrap_or_default(),
            clause: s.clause.clone(),
            quote: s.quote.clone(),
            note: s.note.clone(),
            confidence: doc.map(|d| d.confidence).unwrap_or(Confidence::Reported),
        }
    }
}
