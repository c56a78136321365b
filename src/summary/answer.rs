//! `simulate`'s answer types, each declared once with its JSON names (`answer!`):
//! amounts by category for a month, a group, a unit or the plan; the standards used;
//! the totals.
use super::yuan;
use crate::json::ToJson;
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

/// Amounts of one cell (a month, a group, a unit or the plan), by category, in fen;
/// written as `AmountsOut`.
pub struct Amounts {
    pub(super) cell: Cell,
    pub(super) known: Known,
}

crate::answer! {
    /// Money by category. A category is null where a figure the user must supply is missing.
    pub struct AmountsOut as "SimulationAmounts" {
        /// Monthly base claims.
        pub base: Option<Money> => "base",
        /// Retention differences of units that reach the threshold, in the month they become payable.
        pub difference: Option<Money> => "difference",
        /// Differences of units whose threshold is open (interns in progress, or the retention readings disagree): not in `total`.
        pub difference_open: Option<Money> => "differenceOpen",
        /// Remaining-period subsidies, in the month the contract is signed.
        pub remaining: Option<Money> => "remaining",
        /// base + difference + remaining.
        pub total: Option<Money> => "total",
    }
}

impl Amounts {
    /// The amounts in yuan, null where a category is not known.
    pub fn out(&self) -> AmountsOut {
        let (c, k) = (&self.cell, &self.known);
        let m = |known: bool, f: i64| known.then(|| Money(yuan(f)));
        AmountsOut {
            base: m(k.base, c.base),
            difference: m(k.difference, c.difference),
            difference_open: m(k.difference, c.difference_open),
            remaining: m(k.remaining, c.remaining),
            total: m(
                k.base && k.difference && k.remaining,
                c.base + c.difference + c.remaining,
            ),
        }
    }
}

impl ToJson for Amounts {
    fn write_json(&self, out: &mut String) {
        self.out().write_json(out)
    }
}

impl crate::json::ts::TsType for Amounts {
    fn ts(out: &mut String) {
        <AmountsOut as crate::json::ts::TsType>::ts(out)
    }
}

crate::answer! {
    /// A group's (a city's) units and amounts.
    pub struct GroupOut as "SimulationGroup" {
        pub name: String => "name",
        pub units: u32 => "units",
        pub interns: u32 => "interns",
        pub retained: u32 => "retained",
        pub units_meeting: u32 => "unitsMeetingThreshold",
        pub units_open: u32 => "unitsOpen",
        pub(super) amounts: Amounts => "amounts",
    }
}

crate::answer! {
    /// A calendar month's amounts, and the same per group.
    pub struct MonthOut as "SimulationMonth" {
        /// "YYYY-MM".
        pub month: String => "month",
        pub(super) amounts: Amounts => "amounts",
        /// The same amounts per group, in the order of `groups`.
        pub(super) groups: Vec<Amounts> => "groups",
    }
}

crate::answer! {
    /// The standards a set of units was computed with, as the estimate states them.
    pub struct StandardsOut as "SimulationStandards" {
        pub province: String => "province",
        pub province_name: Text => "provinceName",
        /// Earliest and latest unit start date these apply to.
        pub from: NaiveDate => "from",
        pub to: NaiveDate => "to",
        pub units: usize => "units",
        pub base_standard: StandardOut => "baseStandard",
        pub raised_standard: StandardOut => "raisedStandard",
        pub threshold_percent: Option<Num> => "thresholdPercent",
        pub threshold_source: Option<Cited> => "thresholdSource",
        pub documents: Vec<DocRef> => "documents",
        pub warnings: Vec<Msg> => "warnings",
    }
}

crate::answer! {
    /// One unit's amounts (with `perUnit`).
    pub struct UnitOut as "SimulationUnitResult" {
        /// Index into `groups`.
        pub(super) group: usize => "group",
        pub(super) interns: u32 => "interns",
        pub(super) retained: u32 => "retained",
        pub(super) meets_threshold: Option<bool> => "meetsThreshold",
        /// "YYYY-MM".
        pub(super) payable_month: String => "differencePayableIn",
        pub(super) amounts: Amounts => "amounts",
    }
}

crate::answer! {
    /// `simulate`'s answer.
    pub struct Summary as "SimulationResult" {
        pub units: usize => "units",
        pub interns: u32 => "interns",
        pub retained: u32 => "retained",
        pub units_meeting: u32 => "unitsMeetingThreshold",
        pub units_not_meeting: u32 => "unitsNotMeetingThreshold",
        /// Units whose retention threshold is not settled (interns in progress): their
        /// difference is in `differenceOpen`, not in the total.
        pub units_open: u32 => "unitsOpen",
        /// Interns hired early whose remaining-period subsidy is counted.
        pub hired_early_counted: u32 => "hiredEarlyCounted",
        /// Interns hired early whose conditions cannot be checked from the input (not counted).
        pub remaining_unchecked: u32 => "remainingUnchecked",
        pub rejected_rows: usize => "rejectedRows",
        pub(super) amounts: Amounts => "amounts",
        pub groups: Vec<GroupOut> => "groups",
        /// Calendar months in order, each with the amounts per group (in the order of `groups`).
        pub months: Vec<MonthOut> => "months",
        /// The standards used, as the documents state them, merged over the start dates that share them.
        pub standards: Vec<StandardsOut> => "standards",
        pub required: Vec<Msg> => "required",
        /// When each category is counted (the tool's rules where the documents are silent).
        pub rules: Vec<Msg> => "rules",
        pub warnings: Vec<Msg> => "warnings",
        /// Each unit's amounts, in input order (with `perUnit: true`).
        pub per_unit: Option<Vec<UnitOut>> => "perUnit" if some,
    }
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
