//! What an answer rests on, below the policy set so that nothing here looks upward:
//! messages, citations (`Cited`), document references (`DocRef`), the `Basis` of an
//! answer, the layers of rules in force and how they merge, and the time warnings.
//! The policy set is reached through the `Library` trait it implements.
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

crate::string_enum! {
    /// The state of one condition: met, not met, or open (an answer or a local
    /// decision is missing). Shared by the self-check and the remaining-period checks.
    pub enum ConditionStatus {
        Passed = "passed",
        Failed = "failed",
        Unknown = "unknown",
    }
}

crate::answer! {
    /// A message with a stable code.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Msg {
        pub code: &'static str => "code",
        pub zh: String => "zh",
        pub en: String => "en",
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

crate::answer! {
    /// A document an answer rests on.
    #[derive(Debug, Clone, PartialEq)]
    pub struct DocRef {
        pub id: String => "id",
        pub jurisdiction: String => "jurisdiction",
        pub number: String => "number",
        pub title: String => "title",
        pub issued_on: Option<NaiveDate> => "issuedOn",
        pub valid_from: NaiveDate => "validFrom",
        pub valid_until: Option<NaiveDate> => "validUntil",
        pub speaks_until: NaiveDate => "speaksUntil",
    }
}

crate::answer! {
    /// Which documents an answer rests on, and what it must say about time.
    #[derive(Debug, Clone, PartialEq, Default)]
    pub struct Basis {
        pub documents: Vec<DocRef> => "documents",
        pub warnings: Vec<Msg> => "warnings",
        /// True when the date asked about is past every period the documents speak of:
        /// the answer is that of the documents' year, to be confirmed locally.
        pub beyond_horizon: bool => "beyondHorizon",
        /// Figures the answer uses that the documents do not state (minimum wages), each
        /// with its document and confidence.
        pub figures: Vec<Cited> => "figures",
    }
}

crate::answer! {
    /// A source with its document number spelled out, ready to show.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Cited {
        /// Document id in the policy data.
        pub document: String => "document",
        /// Official number, e.g. "豫人社函〔2023〕138号".
        pub number: String => "number",
        pub clause: String => "clause",
        pub quote: String => "quote",
        /// A remark on the quote or the figure (a misprint in the text, a date known only roughly), in both languages.
        pub note: Option<Text> => "note" if some,
        /// Where the text is open to more than one reading: the product's reading (解读), marked as such.
        pub reading: Option<Text> => "reading" if some,
        pub confidence: Confidence => "confidence",
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

crate::answer! {
    #[derive(Debug, Clone, PartialEq)]
    /// Something the intern gets, or a note for the employer, with its source.
    pub struct ItemOut {
        pub key: String => "key",
        pub text: Text => "text",
        pub source: Cited => "source",
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
