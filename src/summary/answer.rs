//! `simulate`'s answer types and their JSON (`ToJson` by hand): amounts by category for a
//! month, a group, a unit or the plan; the standards used; the totals.
use super::yuan;
use crate::json::{field, object, ToJson};
use crate::model::*;
use crate::output::*;
use crate::subsidy::StandardOut;
use chrono::NaiveDate;
use rust_decimal::Decimal;

#[derive(Default, Clone, Copy)]
pub(super) struct Cell {
    pub(super) base: i64,
    pub(super) difference: i64,
    pub(super) difference_open: i64,
    pub(super) remaining: i64,
}

impl Cell {
    pub(super) fn add(&mut self, o: &Cell) {
        self.base += o.base;
        self.difference += o.difference;
        self.difference_open += o.difference_open;
        self.remaining += o.remaining;
    }
}

/// Which categories are known everywhere (a standard the user must supply makes its
/// category unknown: null, never a guess).
#[derive(Clone, Copy)]
pub(super) struct Known {
    pub(super) base: bool,
    pub(super) difference: bool,
    pub(super) remaining: bool,
}

/// Amounts of one cell (a month, a group, a unit or the plan), by category.
pub struct Amounts {
    pub(super) cell: Cell,
    pub(super) known: Known,
}

impl ToJson for Amounts {
    fn write_json(&self, out: &mut String) {
        let (c, k) = (&self.cell, &self.known);
        let m = |known: bool, f: i64| known.then(|| Money(yuan(f)));
        let total = (k.base && k.difference && k.remaining)
            .then(|| Money(yuan(c.base + c.difference + c.remaining)));
        object(
            out,
            &[
                field("base", &m(k.base, c.base)),
                field("difference", &m(k.difference, c.difference)),
                field("differenceOpen", &m(k.difference, c.difference_open)),
                field("remaining", &m(k.remaining, c.remaining)),
                field("total", &total),
            ],
        );
    }
}

pub struct GroupOut {
    pub name: String,
    pub units: u32,
    pub interns: u32,
    pub retained: u32,
    pub units_meeting: u32,
    pub units_open: u32,
    pub(super) amounts: Amounts,
}

impl ToJson for GroupOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("name", &self.name),
                field("units", &self.units),
                field("interns", &self.interns),
                field("retained", &self.retained),
                field("unitsMeetingThreshold", &self.units_meeting),
                field("unitsOpen", &self.units_open),
                field("amounts", &self.amounts),
            ],
        );
    }
}

pub struct MonthOut {
    pub month: String,
    pub(super) amounts: Amounts,
    /// The same amounts per group, in the order of `groups`.
    pub(super) groups: Vec<Amounts>,
}

impl ToJson for MonthOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("month", &self.month),
                field("amounts", &self.amounts),
                field("groups", &self.groups),
            ],
        );
    }
}

/// The standards a set of units was computed with, as the estimate states them.
pub struct StandardsOut {
    pub province: String,
    pub province_name: Text,
    /// Earliest and latest unit start date these apply to.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub units: usize,
    pub base_standard: StandardOut,
    pub raised_standard: StandardOut,
    pub threshold_percent: Option<Num>,
    pub threshold_source: Option<Cited>,
    pub documents: Vec<DocRef>,
    pub warnings: Vec<Msg>,
}

impl ToJson for StandardsOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("province", &self.province),
                field("provinceName", &self.province_name),
                field("from", &self.from),
                field("to", &self.to),
                field("units", &self.units),
                field("baseStandard", &self.base_standard),
                field("raisedStandard", &self.raised_standard),
                field("thresholdPercent", &self.threshold_percent),
                field("thresholdSource", &self.threshold_source),
                field("documents", &self.documents),
                field("warnings", &self.warnings),
            ],
        );
    }
}

pub struct UnitOut {
    pub(super) group: usize,
    pub(super) interns: u32,
    pub(super) retained: u32,
    pub(super) meets_threshold: Option<bool>,
    pub(super) payable_month: String,
    pub(super) amounts: Amounts,
}

impl ToJson for UnitOut {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("group", &self.group),
                field("interns", &self.interns),
                field("retained", &self.retained),
                field("meetsThreshold", &self.meets_threshold),
                field("differencePayableIn", &self.payable_month),
                field("amounts", &self.amounts),
            ],
        );
    }
}

/// `simulate`'s answer.
pub struct Summary {
    pub units: usize,
    pub interns: u32,
    pub retained: u32,
    pub units_meeting: u32,
    pub units_not_meeting: u32,
    /// Units whose retention threshold is not settled (interns in progress): their
    /// difference is in `differenceOpen`, not in the total.
    pub units_open: u32,
    pub hired_early_counted: u32,
    pub remaining_unchecked: u32,
    pub rejected_rows: usize,
    pub(super) amounts: Amounts,
    pub groups: Vec<GroupOut>,
    pub months: Vec<MonthOut>,
    pub standards: Vec<StandardsOut>,
    pub required: Vec<Msg>,
    pub rules: Vec<Msg>,
    pub warnings: Vec<Msg>,
    pub per_unit: Option<Vec<UnitOut>>,
}

impl Summary {
    /// The plan's totals as decimals (None where a category is not known): base,
    /// difference, difference still open, remaining period, total.
    pub fn totals(&self) -> [Option<Decimal>; 5] {
        let (c, k) = (&self.amounts.cell, &self.amounts.known);
        [
            k.base.then(|| yuan(c.base)),
            k.difference.then(|| yuan(c.difference)),
            k.difference.then(|| yuan(c.difference_open)),
            k.remaining.then(|| yuan(c.remaining)),
            (k.base && k.difference && k.remaining)
                .then(|| yuan(c.base + c.difference + c.remaining)),
        ]
    }
}

impl ToJson for Summary {
    fn write_json(&self, out: &mut String) {
        object(
            out,
            &[
                field("units", &self.units),
                field("interns", &self.interns),
                field("retained", &self.retained),
                field("unitsMeetingThreshold", &self.units_meeting),
                field("unitsNotMeetingThreshold", &self.units_not_meeting),
                field("unitsOpen", &self.units_open),
                field("hiredEarlyCounted", &self.hired_early_counted),
                field("remainingUnchecked", &self.remaining_unchecked),
                field("rejectedRows", &self.rejected_rows),
                field("amounts", &self.amounts),
                field("groups", &self.groups),
                field("months", &self.months),
                field("standards", &self.standards),
                field("required", &self.required),
                field("rules", &self.rules),
                field("warnings", &self.warnings),
                field("perUnit", &crate::json::OrOmit(&self.per_unit)),
            ],
        );
    }
}
