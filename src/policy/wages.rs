//! The minimum wage of a tier in force in a month, and the tier of a named county.
use super::PolicySet;
use crate::basis::Msg;
use crate::error::{code, ApiError};
use crate::model::*;
use chrono::NaiveDate;
use rust_decimal::Decimal;

impl PolicySet {
    /// The monthly minimum wage of `tier` in force on `date`.
    pub fn minimum_wage<'a>(
        &'a self,
        j: &'a Jurisdiction,
        tier: u8,
        date: NaiveDate,
        field: &str,
    ) -> Result<WageAt<'a>, ApiError> {
        let table = j.minimum_wage.as_ref().ok_or_else(|| {
            ApiError::new(
                code::NO_MINIMUM_WAGE,
                field,
                format!(
                    "没有{}的最低工资标准数据，请输入金额形式的当地标准。",
                    j.name.zh
                ),
                format!(
                    "No minimum wage table for {}; enter the local standard as an amount.",
                    j.name.en
                ),
            )
        })?;
        let tiers = table.tier_names.len();
        if tier == 0 || usize::from(tier) > tiers {
            return Err(ApiError::new(
                code::OUT_OF_RANGE,
                field,
                format!(
                    "“{field}”应在 1 到 {tiers} 之间（{}共 {tiers} 类）。",
                    j.name.zh
                ),
                format!(
                    "“{field}” must be from 1 to {tiers} ({} has {tiers} tiers).",
                    j.name.en
                ),
            ));
        }
        let idx = table.entries.iter().rposition(|e| e.from <= date).ok_or_else(|| {
            let first = table.entries.first().map(|e| e.from.to_string()).unwrap_or_default();
            ApiError::new(
                code::NO_MINIMUM_WAGE,
                field,
                format!("{date} 早于已知最早的{}最低工资标准（{first} 起），请输入金额形式的当地标准。", j.name.zh),
                format!("{date} is before the earliest {} minimum wage known ({first}); enter the local standard as an amount.", j.name.en),
            )
        })?;
        let entry = &table.entries[idx];
        let mut notes = Vec::new();
        let mut effective = tier;
        if let Some([_, to]) = entry.merged.iter().find(|[from, _]| *from == tier) {
            effective = *to;
            notes.push(Msg::new(
                "TIER_MERGED",
                format!(
                    "自 {} 起{}第{tier}类并入第{to}类，按第{to}类计。",
                    entry.from, j.name.zh
                ),
                format!(
                    "From {} {}'s tier {tier} is merged into tier {to}; tier {to} is used.",
                    entry.from, j.name.en
                ),
            ));
        }
        let amount = *entry
            .amounts
            .get(usize::from(effective) - 1)
            .ok_or_else(|| {
                ApiError::new(
                    code::OUT_OF_RANGE,
                    field,
                    format!("{date} 时不存在第{tier}类。"),
                    format!("Tier {tier} does not exist on {date}."),
                )
            })?;
        if let Some(next) = table.entries.get(idx + 1).filter(|n| n.in_force_by) {
            let earliest = next.earliest.unwrap_or(entry.from);
            if date >= earliest {
                notes.push(Msg::new(
                    "WAGE_DATE_UNCERTAIN",
                    format!("{earliest} 至 {} 之间某日起新标准（第{effective}类 {} 元）已生效，确切日期未知；此处按 {amount} 元计，请以当地公布为准。", next.from, next.amounts.get(usize::from(effective) - 1).map(|a| a.to_string()).unwrap_or_default()),
                    format!("A new standard (tier {effective}: {} yuan) took effect on an unknown date between {earliest} and {}; {amount} yuan is used here. Check the local notice.", next.amounts.get(usize::from(effective) - 1).map(|a| a.to_string()).unwrap_or_default(), next.from),
                ));
            }
        }
        Ok(WageAt {
            amount,
            entry,
            tier: effective,
            notes,
        })
    }

    /// The tier of a county on `date`, from the county lists of `j`.
    pub fn county_tier(
        &self,
        j: &Jurisdiction,
        county: &str,
        date: NaiveDate,
        field: &str,
    ) -> Result<(u8, Option<Msg>), ApiError> {
        let lists = j
            .minimum_wage
            .as_ref()
            .map(|t| t.county_lists.as_slice())
            .unwrap_or(&[]);
        let not_known = || {
            let shown: String = county.chars().take(40).collect();
            ApiError::new(
                code::UNKNOWN_VALUE,
                field,
                format!("没有找到“{shown}”所属的最低工资类别，请直接选择类别。"),
                format!(
                    "The minimum-wage tier of “{shown}” is not known; choose the tier instead."
                ),
            )
        };
        let list = lists
            .iter()
            .rev()
            .find(|l| l.from <= date)
            .ok_or_else(not_known)?;
        let name = normalise_county(county);
        for (i, names) in list.tiers.iter().enumerate() {
            if names.iter().any(|n| normalise_county(n) == name) {
                return Ok(((i + 1) as u8, None));
            }
        }
        match list.others_tier {
            Some(t) => Ok((
                t,
                Some(Msg::new(
                    "COUNTY_OTHERS_TIER",
                    format!("“{county}”不在第1至{}类名单中，按“其他县（市、区）”计为第{t}类；如有误请直接选择类别。", list.tiers.len()),
                    format!("“{county}” is not on the lists of tiers 1–{}, so it counts as “all other counties”, tier {t}. If that is wrong, choose the tier.", list.tiers.len()),
                )),
            )),
            None => Err(not_known()),
        }
    }
}

/// "兴庆区" and "兴庆" name the same county: the lists omit the 区/县/市 suffix.
pub(super) fn normalise_county(s: &str) -> String {
    let t = s.trim();
    let t = t
        .strip_suffix('区')
        .or_else(|| t.strip_suffix('县'))
        .unwrap_or(t);
    t.to_owned()
}

pub struct WageAt<'a> {
    pub amount: Decimal,
    pub entry: &'a MinimumWageEntry,
    /// The tier actually used (after a merge).
    pub tier: u8,
    pub notes: Vec<Msg>,
}
