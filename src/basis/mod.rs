//! What an answer rests on, below the policy set so that nothing here looks upward:
//! messages, citations (`Cited`), document references (`DocRef`), the `Basis` of an
//! answer, the layers of rules in force and how they merge, and the time warnings.
//! The policy set is reached through the `Library` trait it implements.
use crate::json::{field, object, OrOmit, ToJson};
use crate::model::{Confidence, Document, Item, Jurisdiction, RuleSet, Source, Text};
use chrono::NaiveDate;

mod time;
pub use time::{beyond_horizon, doc_year, time_warnings};

/// Where citations find their documents: the policy set (`PolicySet` implements it).
pub trait Library {
    /// A document of `j` or of its baseline.
    fn document<'a>(&'a self, j: &'a Jurisdiction, id: &str) -> Option<&'a Document>;
}

/// One layer of rules in force on a date, with the jurisdiction that issued it.
#[derive(Clone, Copy)]
pub struct Layer<'a> {
    pub jurisdiction: &'a Jurisdiction,
    pub rule_set: &'a RuleSet,
}

/// The first layer (most authoritative) that sets the rule `pick` looks for.
pub fn first_of<'a, T>(
    layers: &[Layer<'a>],
    pick: impl Fn(&'a RuleSet) -> Option<&'a T>,
) -> Option<(&'a T, Layer<'a>)> {
    layers
        .iter()
        .find_map(|l| pick(l.rule_set).map(|t| (t, *l)))
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
    /// The source `s` of a rule of `j`, with its document's number and confidence.
    pub fn new<L: Library + ?Sized>(set: &L, j: &Jurisdiction, s: &Source) -> Cited {
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

impl DocRef {
    /// The document a layer's rule set comes from.
    pub fn of<L: Library + ?Sized>(set: &L, layer: Layer<'_>) -> DocRef {
        let rs = layer.rule_set;
        let d = set.document(layer.jurisdiction, &rs.document);
        DocRef {
            id: rs.document.clone(),
            jurisdiction: layer.jurisdiction.id.clone(),
            number: d.map(|d| d.number.clone()).unwrap_or_default(),
            title: d.map(|d| d.title.clone()).unwrap_or_default(),
            issued_on: d.and_then(|d| d.issued_on),
            valid_from: rs.valid_from,
            valid_until: rs.valid_until,
            speaks_until: rs.speaks_until,
        }
    }
}

/// Adds a document to those an answer rests on, once.
pub fn push_doc(used: &mut Vec<DocRef>, d: DocRef) {
    if !used.iter().any(|u| u.id == d.id) {
        used.push(d);
    }
}

#[derive(Debug, Clone, PartialEq)]
/// Something the intern gets, or a note for the employer, with its source.
pub struct ItemOut {
    pub key: String,
    pub text: Text,
    pub source: Cited,
}

impl ToJson for ItemOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("key", &self.key),
                field("text", &self.text),
                field("source", &self.source),
            ],
        );
    }
}

/// Items merged by key across the layers: a more authoritative document replaces an item.
pub fn merged_items<'a>(
    set: &(impl Library + ?Sized),
    layers: &[Layer<'a>],
    pick: impl Fn(&'a RuleSet) -> &'a [Item],
) -> Vec<ItemOut> {
    let mut out: Vec<ItemOut> = Vec::new();
    for l in layers.iter().rev() {
        for it in pick(l.rule_set) {
            let item = ItemOut {
                key: it.key.clone(),
                text: it.text.clone(),
                source: Cited::new(set, l.jurisdiction, &it.source),
            };
            match out.iter_mut().find(|o| o.key == it.key) {
                Some(slot) => *slot = item,
                None => out.push(item),
            }
        }
    }
    out
}
