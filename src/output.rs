//! Pieces shared by every answer: money, bilingual messages, citations.
use crate::json::{field, object, OrOmit, ToJson};
use crate::model::{Confidence, Jurisdiction, Source, Text};
use crate::policy::PolicySet;
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

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

impl ToJson for Money {
    #[cfg(not(feature = "full"))]
    fn write_json(&self, out: &mut String) {
        crate::json::string(out, &round_money(self.0).to_string())
    }
    /// Written digit by digit (the whole API's fast writer; the youth module stays small).
    #[cfg(feature = "full")]
    fn write_json(&self, out: &mut String) {
        out.push('"');
        crate::json::decimal(out, &round_money(self.0));
        out.push('"');
    }
}

/// A decimal written as a string, as given (percentages, shares).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num(pub Decimal);

impl ToJson for Num {
    #[cfg(not(feature = "full"))]
    fn write_json(&self, out: &mut String) {
        crate::json::string(out, &self.0.normalize().to_string())
    }
    #[cfg(feature = "full")]
    fn write_json(&self, out: &mut String) {
        out.push('"');
        crate::json::decimal(out, &self.0.normalize());
        out.push('"');
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    pub code: &'static str,
    pub zh: String,
    pub en: String,
}

impl ToJson for Msg {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("code", &self.code),
                field("zh", &self.zh),
                field("en", &self.en),
            ],
        );
    }
}

impl Msg {
    pub fn new(code: &'static str, zh: impl Into<String>, en: impl Into<String>) -> Msg {
        Msg {
            code,
            zh: zh.into(),
            en: en.into(),
        }
    }
}

/// A document an answer rests on.
#[derive(Debug, Clone, PartialEq)]
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

impl ToJson for DocRef {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("id", &self.id),
                field("jurisdiction", &self.jurisdiction),
                field("number", &self.number),
                field("title", &self.title),
                field("issuedOn", &self.issued_on),
                field("validFrom", &self.valid_from),
                field("validUntil", &self.valid_until),
                field("speaksUntil", &self.speaks_until),
            ],
        );
    }
}

/// Which documents an answer rests on, and what it must say about time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Basis {
    pub documents: Vec<DocRef>,
    pub warnings: Vec<Msg>,
    /// True when the date asked about is past every period the documents speak of:
    /// the answer is that of the documents' year, to be confirmed locally.
    pub beyond_horizon: bool,
    /// Figures the answer uses that the documents do not state (minimum wages), each
    /// with its document and confidence.
    pub figures: Vec<Cited>,
}

impl ToJson for Basis {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("documents", &self.documents),
                field("warnings", &self.warnings),
                field("beyondHorizon", &self.beyond_horizon),
                field("figures", &self.figures),
            ],
        );
    }
}

/// A source with its document number spelled out, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    pub document: String,
    pub number: String,
    pub clause: String,
    pub quote: String,
    pub note: Option<String>,
    /// The product's reading where the text is open (解读).
    pub reading: Option<Text>,
    pub confidence: Confidence,
}

impl ToJson for Cited {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("document", &self.document),
                field("number", &self.number),
                field("clause", &self.clause),
                field("quote", &self.quote),
                field("note", &OrOmit(&self.note)),
                field("reading", &OrOmit(&self.reading)),
                field("confidence", &self.confidence),
            ],
        );
    }
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
            reading: s.reading.clone(),
            confidence: doc.map(|d| d.confidence).unwrap_or(Confidence::Reported),
        }
    }
}
