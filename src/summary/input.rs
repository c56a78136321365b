//! `simulate`'s input: a plan of units (each an `estimateSubsidy` input and the group it
//! counts under), read from a list of estimate inputs; errors placed under their unit.
use crate::error::{code, ApiError, Code};
use crate::input::{Obj, Value};
use crate::subsidy::{EstimateInput, Interns};

/// Most units and listed interns in one call (a national plan is a million posts).
pub const MAX_UNITS: usize = 1_000_000;
pub const MAX_INTERNS: usize = 1_000_000;
/// Most groups (cities) in one plan.
pub const MAX_GROUPS: usize = 1000;

pub const FIELDS: [&str; 8] = [
    "province",
    "localStandard",
    "groups",
    "counties",
    "units",
    "interns",
    "perUnit",
    "policies",
];
/// One unit of a plan: an estimate input, and the group (city) it counts under.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub group: usize,
    pub input: EstimateInput,
}

/// What `simulate` reads: the units and the names of their groups.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub groups: Vec<String>,
    pub units: Vec<Unit>,
    /// Also answer each unit's totals.
    pub per_unit: bool,
}

pub(super) fn err_at(e: ApiError, prefix: &str) -> ApiError {
    let field = if e.field.is_empty() {
        prefix.to_owned()
    } else if e.field.starts_with('[') {
        format!("{prefix}{}", e.field)
    } else {
        format!("{prefix}.{}", e.field)
    };
    ApiError::new(e.code, field, e.message.clone(), e.message_en.clone())
}

pub(super) fn bad(code: Code, field: String, zh: String, en: String) -> ApiError {
    ApiError::new(code, field, zh, en)
}

impl Plan {
    pub fn from_value(v: &Value) -> Result<Plan, ApiError> {
        let o = Obj::new(v, "")?;
        o.only(&FIELDS)?;
        let per_unit = o.opt_bool("perUnit")?.unwrap_or(false);
        match o.get("units") {
            Some(Value::Array(items)) => Plan::from_inputs(&o, items, per_unit),
            Some(Value::Object(_)) => Plan::from_columns(&o, per_unit),
            Some(other) => Err(crate::input::wrong_type(
                "units",
                other,
                "数组（每个单位一项）或按列的对象",
                "an array (one item per unit) or an object of columns",
            )),
            None => Err(o.missing("units")),
        }
    }

    /// `units: [estimateSubsidy input + group?, ...]`: each unit as `estimateSubsidy` reads it.
    fn from_inputs(o: &Obj<'_>, items: &[Value], per_unit: bool) -> Result<Plan, ApiError> {
        for key in ["province", "localStandard", "groups", "counties", "interns"] {
            if o.get(key).is_some() {
                return Err(bad(
                    code::INCONSISTENT,
                    key.to_owned(),
                    format!("“units”为数组时，每个单位自带全部字段（同 estimateSubsidy），不要再写“{key}”。"),
                    format!("With “units” as an array each unit carries all its fields (as estimateSubsidy takes them); leave out “{key}”."),
                ));
            }
        }
        if items.is_empty() || items.len() > MAX_UNITS {
            return Err(bad(
                code::OUT_OF_RANGE,
                "units".into(),
                format!(
                    "“units”应有 1 到 {MAX_UNITS} 个单位，收到 {} 个。",
                    items.len()
                ),
                format!("“units” takes 1 to {MAX_UNITS} units, got {}.", items.len()),
            ));
        }
        let mut groups: Vec<String> = Vec::new();
        let mut units = Vec::with_capacity(items.len());
        let mut listed = 0usize;
        for (k, item) in items.iter().enumerate() {
            let path = crate::input::indexed("units", k);
            let u = Obj::new(item, &path)?;
            let group = match u.opt_str("group")? {
                Some(name) => match groups.iter().position(|g| g == name) {
                    Some(i) => i,
                    None if groups.len() < MAX_GROUPS => {
                        groups.push(name.to_owned());
                        groups.len() - 1
                    }
                    None => {
                        return Err(bad(
                            code::OUT_OF_RANGE,
                            u.field("group"),
                            format!("最多 {MAX_GROUPS} 个分组。"),
                            format!("At most {MAX_GROUPS} groups."),
                        ))
                    }
                },
                None => usize::MAX,
            };
            let input = match item {
                Value::Object(fields) if fields.iter().any(|(key, _)| key == "group") => {
                    EstimateInput::from_value(&Value::Object(
                        fields
                            .iter()
                            .filter(|(key, _)| key != "group")
                            .cloned()
                            .collect(),
                    ))
                }
                _ => EstimateInput::from_value(item),
            }
            .map_err(|e| err_at(e, &path))?;
            if let Interns::List(list) = &input.interns {
                listed += list.len();
                if listed > MAX_INTERNS {
                    return Err(bad(
                        code::TOO_LONG,
                        format!("{path}.internList"),
                        format!("一次最多列出 {MAX_INTERNS} 名见习人员。"),
                        format!("At most {MAX_INTERNS} listed interns in one call."),
                    ));
                }
            }
            units.push(Unit { group, input });
        }
        // Units without a group count under one unnamed group, after the named ones.
        if units.iter().any(|u| u.group == usize::MAX) {
            let g = groups.len();
            groups.push(String::new());
            for u in units.iter_mut().filter(|u| u.group == usize::MAX) {
                u.group = g;
            }
        }
        Ok(Plan {
            groups,
            units,
            per_unit,
        })
    }
}
