//! Each condition judged against the person's answers, and what one change of
//! circumstance would do for a category that fails on one condition.
use super::{ConditionKind as K, ConditionResult, EligibilityInput, InputField};
use crate::basis::ConditionStatus::{Failed, Passed, Unknown};
use crate::basis::{Cited, Msg};
use crate::model::*;
use crate::policy::{province_label, PolicySet};
use chrono::{Datelike, Months, NaiveDate};

/// Age in full years on `on`; a 29 February birthday is reached on 1 March in common years.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut a = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        a -= 1;
    }
    a
}

/// The n-th birthday (1 March for a 29 February birthday in a common year).
fn birthday(birth: NaiveDate, n: u32) -> Option<NaiveDate> {
    let year = birth.year().checked_add(i32::try_from(n).ok()?)?;
    NaiveDate::from_ymd_opt(year, birth.month(), birth.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 3, 1))
}

/// A household-registration province's name in Chinese and English: the jurisdiction
/// file's own name where there is one, else the form's label, else its identifier.
fn province_name(set: &PolicySet, id: &str) -> (String, String) {
    match (set.get(id), province_label(id)) {
        (Some(j), _) => (j.name.zh.clone(), j.name.en.clone()),
        (None, Some((zh, en))) => (zh.to_owned(), en.to_owned()),
        (None, None) => (id.to_owned(), id.to_owned()),
    }
}

/// "A", "A or B", "A, B or C": the provinces any one of which will do.
fn english_either(names: &[String]) -> String {
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

pub(super) fn evaluate(
    set: &PolicySet,
    j: &Jurisdiction,
    c: &Condition,
    i: &EligibilityInput,
) -> ConditionResult {
    let source = Cited::new(set, j, c.source());
    let r = |kind, status, detail: Msg, missing| ConditionResult {
        kind,
        status,
        detail,
        missing,
        source: source.clone(),
    };
    let unknown = |kind, field: InputField, zh: &str, en: &str| {
        r(
            kind,
            Unknown,
            Msg::new("MISSING", zh.to_owned(), en.to_owned()),
            Some(field),
        )
    };
    match c {
        Condition::Education { included, unsettled, .. } => match i.education {
            None => unknown(K::Education, InputField::Education, "需要知道你的学历。", "Your education level is needed."),
            Some(e) => {
                let (zh, en) = e.label();
                if included.contains(&e) {
                    r(K::Education, Passed, Msg::new("EDUCATION_INCLUDED", format!("学历“{zh}”在范围内。"), format!("“{en}” is included.")), None)
                } else if unsettled.contains(&e) {
                    r(K::Education, Unknown, Msg::new("EDUCATION_UNSETTLED", format!("文件未写明“{zh}”是否包括在内，请向当地人社部门确认。"), format!("The document does not say whether “{en}” is included; ask the local HR bureau.")), None)
                } else {
                    r(K::Education, Failed, Msg::new("EDUCATION_EXCLUDED", format!("学历“{zh}”不在该类别的范围内。"), format!("“{en}” is not covered by this category.")), None)
                }
            }
        },
        Condition::LeftSchoolWithin { years, .. } => match i.left_school_on {
            None => unknown(K::LeftSchoolWithin, InputField::LeftSchoolOn, "需要知道你的离校日期。", "The date you left school is needed."),
            Some(left) if left > i.as_of => r(K::LeftSchoolWithin, Failed, Msg::new("NOT_YET_LEFT", format!("你将于 {left} 离校，{} 时尚未离校。", i.as_of), format!("You leave school on {left}; on {} you have not left yet.", i.as_of)), None),
            Some(left) => {
                let limit = left.checked_add_months(Months::new(12 * years)).unwrap_or(left);
                if i.as_of <= limit {
                    r(K::LeftSchoolWithin, Passed, Msg::new("WITHIN_YEARS", format!("{left} 离校，至 {limit} 为止都在离校{years}年内（含当日）。"), format!("Left school on {left}: within {years} years up to and including {limit}.")), None)
                } else {
                    r(K::LeftSchoolWithin, Failed, Msg::new("BEYOND_YEARS", format!("{left} 离校，离校{years}年的期限已于 {limit} 届满。"), format!("Left school on {left}: the {years}-year period ended on {limit}.")), None)
                }
            }
        },
        Condition::AgeBetween { min, max, .. } => match i.birth_date {
            None => unknown(K::AgeBetween, InputField::BirthDate, "需要知道你的出生日期。", "Your date of birth is needed."),
            Some(b) => {
                let age = age_on(b, i.as_of);
                let ok = age >= *min as i32 && age <= *max as i32;
                r(
                    K::AgeBetween,
                    if ok { Passed } else { Failed },
                    Msg::new(if ok { "AGE_IN_RANGE" } else { "AGE_OUT_OF_RANGE" }, format!("{} 时你 {age} 周岁，要求 {min}—{max} 周岁（含）。", i.as_of), format!("On {} you are {age}; {min} to {max} inclusive is required.", i.as_of)),
                    None,
                )
            }
        },
        Condition::NotEmployed { .. } => match i.employed {
            None => unknown(K::NotEmployed, InputField::Employed, "需要知道你目前是否已就业。", "Whether you are employed now is needed."),
            Some(false) => r(K::NotEmployed, Passed, Msg::new("NOT_EMPLOYED", "你目前未就业。", "You are not employed."), None),
            Some(true) => r(K::NotEmployed, Failed, Msg::new("EMPLOYED", "见习对象须为未就业人员，你目前已就业。", "Interns must not be employed; you are employed."), None),
        },
        Condition::RegisteredUnemployed { .. } => match (i.registered_unemployed, i.employed) {
            // A registered unemployed person is out of work: registration and a job exclude each other.
            (_, Some(true)) => r(K::RegisteredUnemployed, Failed, Msg::new("EMPLOYED_NOT_UNEMPLOYED", "登记失业人员须处于失业状态，你目前已就业，不属于这一类。", "A registered unemployed person is out of work; you are employed, so this category does not apply."), None),
            (None, _) => unknown(K::RegisteredUnemployed, InputField::RegisteredUnemployed, "需要知道你是否已办理失业登记。", "Whether you are registered as unemployed is needed."),
            (Some(true), _) => r(K::RegisteredUnemployed, Passed, Msg::new("REGISTERED", "你已办理失业登记。", "You are registered as unemployed."), None),
            (Some(false), _) => r(K::RegisteredUnemployed, Failed, Msg::new("NOT_REGISTERED", "该类别要求已办理失业登记，你尚未登记。", "This category requires registration as unemployed; you are not registered."), None),
        },
        // A leaving date (future or past) settles it, then registration as unemployed;
        // only when neither is known is the person asked.
        Condition::NotInSchool { .. } => match (i.left_school_on, i.registered_unemployed, i.in_school) {
            (Some(left), _, _) if left > i.as_of => r(K::NotInSchool, Failed, Msg::new("STILL_IN_SCHOOL", format!("你将于 {left} 离校；在校学生不属于失业青年。"), format!("You leave school on {left}; a pupil or student still in school is not an unemployed youth.")), None),
            (Some(left), _, _) => r(K::NotInSchool, Passed, Msg::new("LEFT_SCHOOL", format!("你已于 {left} 离校，不是在校学生。"), format!("You left school on {left}; you are not in school.")), None),
            (None, Some(true), _) => r(K::NotInSchool, Passed, Msg::new("REGISTERED_NOT_IN_SCHOOL", "你已办理失业登记，不是在校学生。", "You are registered as unemployed, so not in school."), None),
            (None, _, Some(true)) => r(K::NotInSchool, Failed, Msg::new("STILL_IN_SCHOOL", "你还在读书；在校学生不属于失业青年。", "You are still in school; a pupil or student is not an unemployed youth."), None),
            (None, _, Some(false)) => r(K::NotInSchool, Passed, Msg::new("NOT_IN_SCHOOL", "你已不在读书。", "You are no longer in school."), None),
            (None, _, None) => unknown(K::NotInSchool, InputField::InSchool, "需要知道你是否还在读书（在校学生不属于失业青年）。", "Whether you are still in school is needed (a pupil or student is not an unemployed youth)."),
        },
        Condition::Hukou { provinces, .. } => {
            let (zh, en): (Vec<String>, Vec<String>) = provinces.iter().map(|p| province_name(set, p)).unzip();
            let (names, names_en) = (zh.join("、"), english_either(&en));
            match &i.hukou_province {
                None => unknown(K::Hukou, InputField::HukouProvince, "需要知道你的户籍所在省份。", "Your province of household registration is needed."),
                Some(h) if provinces.contains(h) => r(K::Hukou, Passed, Msg::new("HUKOU_OK", format!("你具有{names}户籍。"), format!("You have {} household registration.", province_name(set, h).1)), None),
                Some(_) => r(K::Hukou, Failed, Msg::new("HUKOU_OTHER", format!("该类别要求{names}户籍。"), format!("This category requires {names_en} household registration.")), None),
            }
        }
        // The kind of areas is the province's wording, from its file (`areas`).
        Condition::HardshipArea { extended_in, areas, .. } => match i.hardship_area {
            None => unknown(K::HardshipArea, InputField::HardshipArea, &format!("需要知道你所在县（市、区）是否属于{}。", areas.zh), &format!("Whether your county is one of the {} is needed.", areas.en)),
            Some(false) => r(K::HardshipArea, Failed, Msg::new("NOT_HARDSHIP_AREA", format!("这一类人员只在{}可以参加，且须当地已扩大。", areas.zh), format!("This group can take part only in {}, and only where the area has extended the plan to it.", areas.en)), None),
            Some(true) => match i.county.as_deref().filter(|c| extended_in.iter().any(|e| same_county(e, c))) {
                Some(c) => r(K::HardshipArea, Passed, Msg::new("AREA_EXTENDED", format!("{c}已将见习对象扩大至这一类人员。"), format!("{c} has extended the plan to this group.")), None),
                None => r(K::HardshipArea, Unknown, Msg::new("ASK_LOCALLY", format!("文件写的是{}“可扩大至”这一类人员：是否扩大由当地决定，本工具没有你所在县已扩大的记录。请向县（市、区）人社部门询问。", areas.zh), format!("The notice says {} “may extend” the plan to this group: it is for each area to decide, and this tool has no record that yours has. Ask your county HR bureau.", areas.en)), None),
            },
        },
    }
}

/// "长沙县" and "长沙" name the same county: lists may omit the 区/县/市 suffix.
fn same_county(a: &str, b: &str) -> bool {
    let strip = |s: &str| {
        let t = s.trim();
        t.strip_suffix(['区', '县', '市']).unwrap_or(t).to_owned()
    };
    strip(a) == strip(b)
}

/// What one change of circumstance would do, for a category that fails on one condition.
pub(super) fn hint(cat: &Category, cond: &Condition, i: &EligibilityInput) -> Option<Msg> {
    let name = &cat.name;
    match cond {
        // Failed while not employed: not registered (employed, it fails as EMPLOYED_NOT_UNEMPLOYED).
        Condition::RegisteredUnemployed { .. } if i.employed != Some(true) => Some(Msg::new("REGISTER_UNEMPLOYED", format!("到当地公共就业服务机构办理失业登记后，你将符合“{}”。", name.zh), format!("Registering as unemployed at the local public employment service would make you eligible as “{}”.", name.en))),
        Condition::RegisteredUnemployed { .. } => Some(Msg::new("IF_NOT_EMPLOYED", format!("如你不再就业并办理失业登记，将符合“{}”。", name.zh), format!("If you were out of work and registered as unemployed, you would qualify as “{}”.", name.en))),
        Condition::NotInSchool { .. } => Some(match i.left_school_on.filter(|l| *l > i.as_of) {
            Some(l) => {
                // From the day they leave, or their 16th birthday if that comes later; not past 24.
                let (min, max) = cat
                    .conditions
                    .iter()
                    .find_map(|c| match c {
                        Condition::AgeBetween { min, max, .. } => Some((Some(*min), Some(*max))),
                        _ => None,
                    })
                    .unwrap_or((None, None));
                let from = match (i.birth_date, min) {
                    (Some(b), Some(min)) => birthday(b, min).map_or(l, |d| d.max(l)),
                    _ => l,
                };
                if let (Some(b), Some(max)) = (i.birth_date, max) {
                    if age_on(b, from) > max as i32 {
                        return None;
                    }
                }
                Msg::new("AFTER_LEAVING_SCHOOL", format!("在校学生不能作为失业青年参加；{from} 起（离校后）如仍未就业，你可以作为“{}”申请。", name.zh), format!("A student cannot take part as an unemployed youth; from {from} (once you have left school), if you are not employed, you can apply as “{}”.", name.en))
            }
            None => Msg::new("AFTER_LEAVING_SCHOOL", format!("在校学生不能作为失业青年参加；离校后如仍未就业，你可以作为“{}”申请。", name.zh), format!("A student cannot take part as an unemployed youth; once you have left school, if you are not employed, you can apply as “{}”.", name.en)),
        }),
        Condition::NotEmployed { .. } => Some(Msg::new("IF_NOT_EMPLOYED", format!("见习对象须未就业；如你不再就业，将符合“{}”。", name.zh), format!("Interns must not be employed; if you were not employed you would qualify as “{}”.", name.en))),
        Condition::HardshipArea { areas, .. } => Some(Msg::new("IF_HARDSHIP_AREA", format!("只有{}可以把见习对象扩大至“{}”（由当地决定）：如你所在县属于这些地区，请向当地人社部门询问是否已扩大。", areas.zh, name.zh), format!("Only {} may extend the plan to “{}” (a local decision): if your county is one, ask the local HR bureau whether it has.", areas.en, name.en))),
        Condition::AgeBetween { min, .. } => {
            let b = i.birth_date?;
            (age_on(b, i.as_of) < *min as i32).then(|| {
                let d = birthday(b, *min).map(|d| d.to_string()).unwrap_or_default();
                Msg::new("WHEN_OLD_ENOUGH", format!("你将于 {d} 年满{min}周岁，届时将符合“{}”。", name.zh), format!("You turn {min} on {d}; from then you would qualify as “{}”.", name.en))
            })
        }
        // Failed with a leaving date to come: not yet left (NOT_YET_LEFT), not too long ago.
        Condition::LeftSchoolWithin { years, .. } if i.left_school_on.is_some_and(|l| l > i.as_of) => {
            let l = i.left_school_on?;
            let limit = l.checked_add_months(Months::new(12 * years))?;
            Some(Msg::new("AFTER_LEAVING", format!("离校后（{l} 至 {limit}）你将符合“{}”。", name.zh), format!("Once you have left school ({l} to {limit}) you would qualify as “{}”.", name.en)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::english_either;

    #[test]
    fn provinces_any_one_of_which_will_do() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(english_either(&names(&["Ningxia"])), "Ningxia");
        assert_eq!(
            english_either(&names(&["Gansu", "Ningxia"])),
            "Gansu or Ningxia"
        );
        assert_eq!(
            english_either(&names(&["Gansu", "Qinghai", "Ningxia"])),
            "Gansu, Qinghai or Ningxia"
        );
    }
}
