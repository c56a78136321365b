//! Tables a jurisdiction file carries besides its rules: minimum wages and county lists,
//! holiday calendars, quota tables and the monthly report forms.
use super::{Source, Text};
use chrono::NaiveDate;
use rust_decimal::Decimal;

#[derive(Debug, Clone)]
pub struct MinimumWageEntry {
    pub from: NaiveDate,
    /// `from` is only the date by which it was in force; the real start lies after `earliest`.
    pub in_force_by: bool,
    pub earliest: Option<NaiveDate>,
    /// Monthly amounts by tier, tier 1 first.
    pub amounts: Vec<Decimal>,
    /// Tiers that no longer exist from this entry on: [old, new] (Ningxia 2024: [3, 2]).
    pub merged: Vec<[u8; 2]>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct CountyList {
    pub from: NaiveDate,
    /// County names by tier, tier 1 first.
    pub tiers: Vec<Vec<String>>,
    /// The tier of every county not listed ("all other counties"), if the source says so.
    pub others_tier: Option<u8>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct MinimumWageTable {
    pub tier_names: Vec<Text>,
    pub entries: Vec<MinimumWageEntry>,
    pub county_lists: Vec<CountyList>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone)]
pub struct HolidayCalendar {
    pub year: i32,
    /// Inclusive ranges of days off.
    pub days_off: Vec<[NaiveDate; 2]>,
    /// Weekend days that are working days (调休).
    pub makeup_workdays: Vec<NaiveDate>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct QuotaRow {
    pub region: String,
    pub values: Vec<u64>,
}

#[derive(Debug, Clone)]
pub struct QuotaTable {
    pub id: String,
    pub title: Text,
    pub columns: Vec<Text>,
    pub rows: Vec<QuotaRow>,
    /// The total the document states, if it states one; checked against the rows.
    pub total: Option<Vec<u64>>,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub number: u8,
    pub name: String,
    pub name_en: String,
    pub unit: String,
}

/// A logic check of the form a ≥ b ≥ c, each side a sum of indicators.
#[derive(Debug, Clone)]
pub struct FormCheck {
    pub name: String,
    pub chain: Vec<Vec<u8>>,
}

#[derive(Debug, Clone)]
pub struct ReportForm {
    pub id: String,
    pub name: Text,
    pub indicators: Vec<Indicator>,
    pub checks: Vec<FormCheck>,
    pub source: Source,
}
