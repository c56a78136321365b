//! The answer's month rows: what the interns of a calendar month add up to, with the
//! minimum wage, its source, the formula and the notes of that month.
use super::answer::MonthRow;
use super::input::EstimateInput;
use super::standard::Rate;
use crate::json;
use crate::output::*;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

#[derive(Default)]
pub(super) struct RowAcc {
    /// The month values (memo entries) already merged into this row.
    pub(super) merged: Vec<usize>,
    pub(super) from: Option<NaiveDate>,
    pub(super) to: Option<NaiveDate>,
    pub(super) wages: Vec<Decimal>,
    pub(super) wage_sources: Vec<Cited>,
    pub(super) bases: Vec<Decimal>,
    pub(super) interns: u32,
    pub(super) intern_months: Decimal,
    pub(super) amount: Decimal,
    pub(super) difference: Decimal,
    pub(super) notes: Vec<Msg>,
}

/// A row's formula, "1600.00 × 70% = 1120.00 × 7 = 7840.00" (wage and share, where the
/// standard is one) or "1500.00 × 3 = 4500.00", written without `format!`.
fn formula(share: &[Decimal], per: Decimal, intern_months: Decimal, amount: Decimal) -> String {
    let mut out = String::with_capacity(48);
    if let [wage, percent] = share {
        json::decimal(&mut out, wage);
        out.push_str(" × ");
        json::decimal(&mut out, percent);
        out.push_str("% = ");
    }
    json::decimal(&mut out, &per);
    out.push_str(" × ");
    json::decimal(&mut out, &intern_months);
    out.push_str(" = ");
    json::decimal(&mut out, &amount);
    out
}

/// "2023-07" (years of four digits, as the input dates have).
fn month_text(year: i32, month: u32) -> String {
    let mut out = String::with_capacity(7);
    if (0..=9999).contains(&year) {
        let y = year as u32;
        for d in [
            y / 1000,
            y / 100 % 10,
            y / 10 % 10,
            y % 10,
            10,
            month / 10,
            month % 10,
        ] {
            out.push(if d == 10 {
                '-'
            } else {
                char::from(b'0' + d as u8)
            });
        }
    } else {
        out = format!("{year:04}-{month:02}");
    }
    out
}

fn dedup(notes: Vec<Msg>) -> Vec<Msg> {
    let mut out: Vec<Msg> = Vec::new();
    for n in notes {
        if !out.contains(&n) {
            out.push(n);
        }
    }
    out
}

/// The calendar-month rows of the answer, and the minimum wages they rest on (for the
/// basis), from the accumulated rows.
pub(super) fn month_rows(
    rows: BTreeMap<(i32, u32), RowAcc>,
    input: &EstimateInput,
    base: Option<Rate>,
    raised: Option<Rate>,
) -> (Vec<MonthRow>, Vec<Cited>) {
    let known_base = base.is_some();
    let known_diff = known_base && raised.is_some();
    let mut figures: Vec<Cited> = Vec::new();
    let months: Vec<MonthRow> = rows
        .into_iter()
        .map(|((y, m), mut acc)| {
            for f in &acc.wage_sources {
                if !figures.contains(f) {
                    figures.push(f.clone());
                }
            }
            let same = |v: &[Decimal]| v.first().filter(|f| v.iter().all(|x| x == *f)).copied();
            let wage = same(&acc.wages);
            let per = same(&acc.bases);
            let formula = match (per, wage, base) {
                (Some(p), Some(w), Some(Rate::Share(pct))) => Some(formula(
                    &[Money::new(w).0, pct.normalize()],
                    Money::new(p).0,
                    acc.intern_months.normalize(),
                    round_money(acc.amount),
                )),
                (Some(p), _, Some(_)) => Some(formula(
                    &[],
                    Money::new(p).0,
                    acc.intern_months.normalize(),
                    round_money(acc.amount),
                )),
                _ => None,
            };
            MonthRow {
                month: month_text(y, m),
                from: acc.from.unwrap_or(input.start_date),
                to: acc.to.unwrap_or(input.start_date),
                minimum_wage: wage.map(Money::new),
                // The row's one source moves into it (no copy).
                minimum_wage_source: match acc.wage_sources.len() {
                    1 => acc.wage_sources.pop(),
                    _ => None,
                },
                per_intern_base: per.filter(|_| known_base).map(Money::new),
                interns: acc.interns,
                intern_months: Num(acc.intern_months.round_dp(4)),
                amount: known_base.then(|| Money::new(acc.amount)),
                difference: known_diff.then(|| Money::new(acc.difference)),
                formula,
                notes: dedup(acc.notes),
            }
        })
        .collect();
    (months, figures)
}
