//! Reads a policy file (already parsed into a `Value`) into the model, with the
//! same field-level, bilingual errors as API input. Hand-written rather than serde
//! derive: the derive's per-type visitors cost the .wasm over 100 KB.
use crate::error::{code, ApiError};
use crate::input::{date_value, int_value, Obj, Value};
use crate::model::*;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Policy texts quote whole clauses.
const MAX_TEXT: usize = 4000;

/// Reads a part of a file that only the employer and officials' functions use. The
/// youth module (built without `full`) leaves such parts empty: it never looks at
/// them, and not reading them keeps their reader out of the page a QR code opens.
/// (Its built-in data lacks them too: build.rs strips the same parts.)
fn employer_part<T: Default>(read: impl FnOnce() -> Result<T, ApiError>) -> Result<T, ApiError> {
    if cfg!(feature = "full") {
        read()
    } else {
        Ok(T::default())
    }
}

fn dec(o: &Obj<'_>, key: &str) -> Result<Decimal, ApiError> {
    o.opt_decimal(key, Decimal::from(10_000_000))?
        .ok_or_else(|| missing(o, key))
}

fn missing(o: &Obj<'_>, key: &str) -> ApiError {
    o.missing(key)
}

fn uint(o: &Obj<'_>, key: &str, max: i64) -> Result<u32, ApiError> {
    Ok(o.int(key, 0, max)? as u32)
}

fn opt_uint(o: &Obj<'_>, key: &str, max: i64) -> Result<Option<u32>, ApiError> {
    Ok(o.opt_int(key, 0, max)?.map(|n| n as u32))
}

fn string(o: &Obj<'_>, key: &str) -> Result<String, ApiError> {
    o.str(key).map(str::to_owned)
}

fn opt_string(o: &Obj<'_>, key: &str) -> Result<Option<String>, ApiError> {
    Ok(o.opt_str(key)?.map(str::to_owned))
}

fn child<'a>(o: &Obj<'a>, key: &str) -> Result<Obj<'a>, ApiError> {
    o.obj(key)?.ok_or_else(|| missing(o, key))
}

fn text(o: &Obj<'_>, key: &str) -> Result<Text, ApiError> {
    read_text(&child(o, key)?)
}

fn opt_text(o: &Obj<'_>, key: &str) -> Result<Option<Text>, ApiError> {
    o.obj(key)?.map(|t| read_text(&t)).transpose()
}

fn read_text(t: &Obj<'_>) -> Result<Text, ApiError> {
    t.only(&["zh", "en"])?;
    Ok(Text {
        zh: string(t, "zh")?,
        en: string(t, "en")?,
    })
}

fn source(o: &Obj<'_>) -> Result<Source, ApiError> {
    read_source(&child(o, "source")?)
}

fn read_source(s: &Obj<'_>) -> Result<Source, ApiError> {
    s.only(&["document", "clause", "quote", "note", "reading"])?;
    Ok(Source {
        document: string(s, "document")?,
        clause: string(s, "clause")?,
        quote: string(s, "quote")?,
        note: opt_string(s, "note")?,
        reading: opt_text(s, "reading")?,
    })
}

fn strings(o: &Obj<'_>, key: &str) -> Result<Vec<String>, ApiError> {
    o.each(key)?
        .into_iter()
        .map(|(p, v)| crate::input::string_value(v, &p).map(str::to_owned))
        .collect()
}

fn dates(o: &Obj<'_>, key: &str) -> Result<Vec<NaiveDate>, ApiError> {
    o.each(key)?
        .into_iter()
        .map(|(p, v)| date_value(v, &p))
        .collect()
}

fn pair<T>(
    v: &Value,
    path: &str,
    read: impl Fn(&Value, &str) -> Result<T, ApiError>,
) -> Result<[T; 2], ApiError> {
    match v {
        Value::Array(items) if items.len() == 2 => Ok([
            read(&items[0], &format!("{path}[0]"))?,
            read(&items[1], &format!("{path}[1]"))?,
        ]),
        other => Err(crate::input::wrong_type(
            path,
            other,
            "两项的数组",
            "an array of two",
        )),
    }
}

fn kind<'a>(o: &Obj<'a>, allowed: &[&'static str]) -> Result<&'static str, ApiError> {
    o.choice("kind", allowed)
}

fn education(v: &Value, path: &str) -> Result<Education, ApiError> {
    let id = crate::input::choice(crate::input::string_value(v, path)?, path, &Education::IDS)?;
    Education::from_id(id).ok_or_else(|| {
        ApiError::new(
            code::UNKNOWN_VALUE,
            path,
            "学历无效。",
            "Unknown education level.",
        )
    })
}

fn educations(o: &Obj<'_>, key: &str) -> Result<Vec<Education>, ApiError> {
    o.each(key)?
        .into_iter()
        .map(|(p, v)| education(v, &p))
        .collect()
}

fn condition(o: &Obj<'_>) -> Result<Condition, ApiError> {
    let k = kind(
        o,
        &[
            "education",
            "leftSchoolWithin",
            "ageBetween",
            "notEmployed",
            "registeredUnemployed",
            "hukou",
            "hardshipArea",
            "notInSchool",
        ],
    )?;
    let allowed: &[&str] = match k {
        "education" => &["kind", "included", "unsettled", "source"],
        "leftSchoolWithin" => &["kind", "years", "source"],
        "ageBetween" => &["kind", "min", "max", "source"],
        "hukou" => &["kind", "provinces", "source"],
        "hardshipArea" => &["kind", "extendedIn", "areas", "question", "source"],
        _ => &["kind", "source"],
    };
    o.only(allowed)?;
    let source = source(o)?;
    Ok(match k {
        "education" => Condition::Education {
            included: educations(o, "included")?,
            unsettled: educations(o, "unsettled")?,
            source,
        },
        "leftSchoolWithin" => Condition::LeftSchoolWithin {
            years: uint(o, "years", 100)?,
            source,
        },
        "ageBetween" => Condition::AgeBetween {
            min: uint(o, "min", 200)?,
            max: uint(o, "max", 200)?,
            source,
        },
        "notEmployed" => Condition::NotEmployed { source },
        "registeredUnemployed" => Condition::RegisteredUnemployed { source },
        "hukou" => Condition::Hukou {
            provinces: strings(o, "provinces")?,
            source,
        },
        "hardshipArea" => Condition::HardshipArea {
            extended_in: strings(o, "extendedIn")?,
            areas: text(o, "areas")?,
            question: text(o, "question")?,
            source,
        },
        _ => Condition::NotInSchool { source },
    })
}

fn standard(o: &Obj<'_>) -> Result<Standard, ApiError> {
    let k = kind(o, &["fixed", "increment", "minimumWageShare", "local"])?;
    o.only(match k {
        "fixed" | "increment" => &["kind", "amount", "source"],
        "minimumWageShare" => &["kind", "percent", "source"],
        _ => &["kind", "source", "note"],
    })?;
    let source = source(o)?;
    Ok(match k {
        "fixed" => Standard::Fixed {
            amount: dec(o, "amount")?,
            source,
        },
        "increment" => Standard::Increment {
            amount: dec(o, "amount")?,
            source,
        },
        "minimumWageShare" => Standard::MinimumWageShare {
            percent: dec(o, "percent")?,
            source,
        },
        _ => Standard::Local {
            source,
            note: text(o, "note")?,
        },
    })
}

fn item(o: &Obj<'_>) -> Result<Item, ApiError> {
    o.only(&["key", "text", "source"])?;
    Ok(Item {
        key: string(o, "key")?,
        text: text(o, "text")?,
        source: source(o)?,
    })
}

fn items(o: &Obj<'_>, key: &str) -> Result<Vec<Item>, ApiError> {
    o.objs(key)?.iter().map(item).collect()
}

fn rule_set(o: &Obj<'_>) -> Result<RuleSet, ApiError> {
    o.only(&[
        "document",
        "validFrom",
        "validUntil",
        "validFromNote",
        "speaksUntil",
        "eligibility",
        "baseSubsidy",
        "raisedSubsidy",
        "retentionThreshold",
        "remainingPeriod",
        "internshipMonths",
        "review",
        "serviceZone",
        "reportDeadline",
        "annualReport",
        "targets",
        "internBenefits",
        "employerNotes",
        "internSocialInsurance",
    ])?;
    let eligibility = match o.obj("eligibility")? {
        None => None,
        Some(e) => {
            e.only(&["categories"])?;
            let categories = e
                .objs("categories")?
                .iter()
                .map(|c| {
                    c.only(&["id", "name", "conditions", "note"])?;
                    Ok(Category {
                        id: string(c, "id")?,
                        name: text(c, "name")?,
                        conditions: c
                            .objs("conditions")?
                            .iter()
                            .map(condition)
                            .collect::<Result<_, ApiError>>()?,
                        note: opt_text(c, "note")?,
                    })
                })
                .collect::<Result<_, ApiError>>()?;
            Some(Eligibility { categories })
        }
    };
    let retention_threshold = employer_part(|| {
        o.obj("retentionThreshold")?
            .map(|t| -> Result<_, ApiError> {
                t.only(&["percent", "source", "definition", "readings"])?;
                let readings = t
                    .objs("readings")?
                    .iter()
                    .map(|r| {
                        r.only(&["base", "text", "source"])?;
                        Ok(RetentionReading {
                            base: match r.choice("base", &["allInterns", "completedInterns"])? {
                                "allInterns" => RetentionBase::AllInterns,
                                _ => RetentionBase::CompletedInterns,
                            },
                            text: text(r, "text")?,
                            source: source(r)?,
                        })
                    })
                    .collect::<Result<_, ApiError>>()?;
                Ok(ThresholdRule {
                    percent: dec(&t, "percent")?,
                    source: source(&t)?,
                    definition: text(&t, "definition")?,
                    readings,
                })
            })
            .transpose()
    })?;
    let remaining_period = employer_part(|| {
        o.obj("remainingPeriod")?
            .map(|r| -> Result<_, ApiError> {
                r.only(&[
                    "windowFrom",
                    "windowUntil",
                    "minContractMonths",
                    "socialInsuranceRequired",
                    "atLeastHalfServed",
                    "source",
                ])?;
                Ok(RemainingPeriodRule {
                    window_from: r.opt_date("windowFrom")?,
                    window_until: r.date("windowUntil")?,
                    min_contract_months: opt_uint(&r, "minContractMonths", 1200)?,
                    social_insurance_required: r
                        .opt_bool("socialInsuranceRequired")?
                        .unwrap_or(false),
                    at_least_half_served: r.opt_bool("atLeastHalfServed")?.unwrap_or(false),
                    source: source(&r)?,
                })
            })
            .transpose()
    })?;
    let internship_months = employer_part(|| {
        o.obj("internshipMonths")?
            .map(|m| -> Result<_, ApiError> {
                m.only(&["min", "max", "source"])?;
                Ok(MonthsRule {
                    min: uint(&m, "min", 1000)?,
                    max: uint(&m, "max", 1000)?,
                    source: source(&m)?,
                })
            })
            .transpose()
    })?;
    let review = o
        .obj("review")?
        .map(|r| -> Result<_, ApiError> {
            r.only(&["workingDays", "applicants", "source"])?;
            let applicants: Vec<&str> = r
                .each("applicants")?
                .into_iter()
                .map(|(p, v)| {
                    crate::input::choice(
                        crate::input::string_value(v, &p)?,
                        &p,
                        &["employer", "youth"],
                    )
                })
                .collect::<Result<_, _>>()?;
            Ok(ReviewRule {
                working_days: uint(&r, "workingDays", 1000)?,
                // Unsaid: employers only (the national text's scope); the youth are
                // shown a review time only where the text sets one for them.
                for_employers: applicants.is_empty() || applicants.contains(&"employer"),
                for_youth: applicants.contains(&"youth"),
                source: source(&r)?,
            })
        })
        .transpose()?;
    let service_zone = o
        .obj("serviceZone")?
        .map(|z| -> Result<_, ApiError> {
            z.only(&["name", "url", "takesApplications", "source"])?;
            Ok(ZoneRule {
                name: text(&z, "name")?,
                url: opt_string(&z, "url")?,
                takes_applications: z.opt_bool("takesApplications")?.unwrap_or(true),
                source: source(&z)?,
            })
        })
        .transpose()?;
    let report_deadline = employer_part(|| {
        o.obj("reportDeadline")?
            .map(|r| -> Result<_, ApiError> {
                let k = kind(&r, &["workingDaysOfNextMonth", "dayOfNextMonth"])?;
                if k == "workingDaysOfNextMonth" {
                    r.only(&["kind", "days", "form", "source"])?;
                    Ok(ReportDeadlineRule::WorkingDaysOfNextMonth {
                        days: uint(&r, "days", 100)?,
                        form: string(&r, "form")?,
                        source: source(&r)?,
                    })
                } else {
                    r.only(&["kind", "day", "form", "source"])?;
                    Ok(ReportDeadlineRule::DayOfNextMonth {
                        day: uint(&r, "day", 100)?,
                        form: string(&r, "form")?,
                        source: source(&r)?,
                    })
                }
            })
            .transpose()
    })?;
    let annual_report = employer_part(|| {
        o.obj("annualReport")?
            .map(|a| -> Result<_, ApiError> {
                let due = match a.choice("kind", &["byDate", "yearEnd"])? {
                    "byDate" => {
                        a.only(&["kind", "month", "day", "source"])?;
                        Some((uint(&a, "month", 12)?, uint(&a, "day", 31)?))
                    }
                    _ => {
                        a.only(&["kind", "source"])?;
                        None
                    }
                };
                Ok(AnnualReportRule {
                    due,
                    source: source(&a)?,
                })
            })
            .transpose()
    })?;
    let targets = employer_part(|| {
        o.objs("targets")?
            .iter()
            .map(|t| {
                t.only(&["key", "value", "comparison", "text", "source"])?;
                Ok(Target {
                    key: t
                        .choice(
                            "key",
                            &["posts", "interns", "demonstrationPostShare", "soePostShare"],
                        )?
                        .to_owned(),
                    value: dec(t, "value")?,
                    comparison: t
                        .choice("comparison", &["atLeast", "moreThan", "about"])?
                        .to_owned(),
                    text: text(t, "text")?,
                    source: source(t)?,
                })
            })
            .collect::<Result<_, ApiError>>()
    })?;
    let intern_social_insurance = o
        .obj("internSocialInsurance")?
        .map(|s| -> Result<_, ApiError> {
            s.only(&[
                "shareNumerator",
                "shareDenominator",
                "maxMonths",
                "minInternshipMonths",
                "title",
                "question",
                "source",
                "periodNote",
                "periodSource",
            ])?;
            Ok(SocialInsuranceRule {
                share_numerator: uint(&s, "shareNumerator", 1000)?,
                share_denominator: uint(&s, "shareDenominator", 1000)?,
                max_months: uint(&s, "maxMonths", 1000)?,
                min_internship_months: uint(&s, "minInternshipMonths", 1000)?,
                title: text(&s, "title")?,
                question: text(&s, "question")?,
                source: source(&s)?,
                period_note: opt_text(&s, "periodNote")?,
                period_source: s
                    .obj("periodSource")?
                    .map(|p| read_source(&p))
                    .transpose()?,
            })
        })
        .transpose()?;
    Ok(RuleSet {
        document: string(o, "document")?,
        valid_from: o.date("validFrom")?,
        valid_until: o.opt_date("validUntil")?,
        valid_from_note: opt_text(o, "validFromNote")?,
        speaks_until: o.date("speaksUntil")?,
        eligibility,
        base_subsidy: employer_part(|| o.obj("baseSubsidy")?.map(|s| standard(&s)).transpose())?,
        raised_subsidy: employer_part(|| {
            o.obj("raisedSubsidy")?.map(|s| standard(&s)).transpose()
        })?,
        retention_threshold,
        remaining_period,
        internship_months,
        review,
        service_zone,
        report_deadline,
        annual_report,
        targets,
        intern_benefits: items(o, "internBenefits")?,
        employer_notes: employer_part(|| items(o, "employerNotes"))?,
        intern_social_insurance,
    })
}

fn minimum_wage(t: &Obj<'_>) -> Result<MinimumWageTable, ApiError> {
    t.only(&["tierNames", "entries", "countyLists", "note"])?;
    let tier_names = t
        .objs("tierNames")?
        .iter()
        .map(read_text)
        .collect::<Result<_, _>>()?;
    let entries = t
        .objs("entries")?
        .iter()
        .map(|e| {
            e.only(&[
                "from",
                "inForceBy",
                "earliest",
                "amounts",
                "merged",
                "source",
            ])?;
            let amounts = e
                .each("amounts")?
                .into_iter()
                .map(|(p, v)| crate::input::decimal_value(v, &p, Decimal::from(10_000_000)))
                .collect::<Result<_, _>>()?;
            let merged = e
                .each("merged")?
                .into_iter()
                .map(|(p, v)| pair(v, &p, |x, q| int_value(x, q, 1, 9).map(|n| n as u8)))
                .collect::<Result<_, _>>()?;
            Ok(MinimumWageEntry {
                from: e.date("from")?,
                in_force_by: e.opt_bool("inForceBy")?.unwrap_or(false),
                earliest: e.opt_date("earliest")?,
                amounts,
                merged,
                source: source(e)?,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let county_lists = t
        .objs("countyLists")?
        .iter()
        .map(|c| {
            c.only(&["from", "tiers", "othersTier", "source"])?;
            let tiers = c
                .each("tiers")?
                .into_iter()
                .map(|(p, v)| match v {
                    Value::Array(names) => names
                        .iter()
                        .enumerate()
                        .map(|(k, n)| {
                            crate::input::string_value(n, &format!("{p}[{k}]")).map(str::to_owned)
                        })
                        .collect(),
                    other => Err(crate::input::wrong_type(&p, other, "数组", "an array")),
                })
                .collect::<Result<_, _>>()?;
            Ok(CountyList {
                from: c.date("from")?,
                tiers,
                others_tier: c.opt_int("othersTier", 1, 9)?.map(|n| n as u8),
                source: source(c)?,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(MinimumWageTable {
        tier_names,
        entries,
        county_lists,
        note: opt_text(t, "note")?,
    })
}

/// One policy file.
pub fn jurisdiction(v: &Value, path: &str) -> Result<Jurisdiction, ApiError> {
    let o = Obj::new(v, path)?.long(MAX_TEXT);
    o.only(&[
        "id",
        "name",
        "menuOrder",
        "baseline",
        "updated",
        "documents",
        "minimumWage",
        "ruleSets",
        "holidayCalendars",
        "quotas",
        "reportForms",
    ])?;
    let documents = o
        .objs("documents")?
        .iter()
        .map(|d| {
            d.only(&[
                "id",
                "number",
                "title",
                "issuer",
                "issuedOn",
                "dateNote",
                "confidence",
                "fromFile",
                "seedParts",
            ])?;
            Ok(Document {
                id: string(d, "id")?,
                number: string(d, "number")?,
                title: string(d, "title")?,
                issuer: string(d, "issuer")?,
                issued_on: d.opt_date("issuedOn")?,
                date_note: opt_string(d, "dateNote")?,
                confidence: match d.choice("confidence", &["seed", "confirmed", "reported"])? {
                    "seed" => Confidence::Seed,
                    "confirmed" => Confidence::Confirmed,
                    _ => Confidence::Reported,
                },
                // The document's text in notices/ (quotes are checked against it); a
                // document whose text is not (yet) kept there has none.
                from_file: opt_string(d, "fromFile")?.unwrap_or_default(),
                seed_parts: d
                    .each("seedParts")?
                    .into_iter()
                    .map(|(p, v)| {
                        pair(v, &p, |x, q| {
                            crate::input::string_value(x, q).map(str::to_owned)
                        })
                    })
                    .collect::<Result<_, _>>()?,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let holiday_calendars = o
        .objs("holidayCalendars")?
        .iter()
        .map(|h| {
            h.only(&["year", "daysOff", "makeupWorkdays", "source"])?;
            let days_off = h
                .each("daysOff")?
                .into_iter()
                .map(|(p, v)| pair(v, &p, date_value))
                .collect::<Result<_, _>>()?;
            Ok(HolidayCalendar {
                year: h.int("year", 1900, 2100)? as i32,
                days_off,
                makeup_workdays: dates(h, "makeupWorkdays")?,
                source: source(h)?,
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let quotas = employer_part(|| {
        o.objs("quotas")?
            .iter()
            .map(|q| {
                q.only(&["id", "title", "columns", "rows", "total", "source"])?;
                let u64s = |r: &Obj<'_>, key: &str| -> Result<Vec<u64>, ApiError> {
                    r.each(key)?
                        .into_iter()
                        .map(|(p, v)| int_value(v, &p, 0, 1_000_000_000).map(|n| n as u64))
                        .collect()
                };
                let rows = q
                    .objs("rows")?
                    .iter()
                    .map(|r| {
                        r.only(&["region", "values"])?;
                        Ok(QuotaRow {
                            region: string(r, "region")?,
                            values: u64s(r, "values")?,
                        })
                    })
                    .collect::<Result<_, ApiError>>()?;
                let total = if q.get("total").is_some() {
                    Some(u64s(q, "total")?)
                } else {
                    None
                };
                Ok(QuotaTable {
                    id: string(q, "id")?,
                    title: text(q, "title")?,
                    columns: q
                        .objs("columns")?
                        .iter()
                        .map(read_text)
                        .collect::<Result<_, _>>()?,
                    rows,
                    total,
                    source: source(q)?,
                })
            })
            .collect::<Result<_, ApiError>>()
    })?;
    let report_forms = employer_part(|| {
        o.objs("reportForms")?
            .iter()
            .map(|f| {
                f.only(&["id", "name", "indicators", "checks", "source"])?;
                let indicators = f
                    .objs("indicators")?
                    .iter()
                    .map(|i| {
                        i.only(&["number", "name", "nameEn", "unit"])?;
                        Ok(Indicator {
                            number: i.int("number", 1, 99)? as u8,
                            name: string(i, "name")?,
                            name_en: string(i, "nameEn")?,
                            unit: string(i, "unit")?,
                        })
                    })
                    .collect::<Result<_, ApiError>>()?;
                let checks = f
                    .objs("checks")?
                    .iter()
                    .map(|c| {
                        c.only(&["name", "chain"])?;
                        let chain = c
                            .each("chain")?
                            .into_iter()
                            .map(|(p, v)| match v {
                                Value::Array(ns) => ns
                                    .iter()
                                    .enumerate()
                                    .map(|(k, n)| {
                                        int_value(n, &format!("{p}[{k}]"), 1, 99).map(|n| n as u8)
                                    })
                                    .collect(),
                                other => {
                                    Err(crate::input::wrong_type(&p, other, "数组", "an array"))
                                }
                            })
                            .collect::<Result<_, _>>()?;
                        Ok(FormCheck {
                            name: string(c, "name")?,
                            chain,
                        })
                    })
                    .collect::<Result<_, ApiError>>()?;
                Ok(ReportForm {
                    id: string(f, "id")?,
                    name: text(f, "name")?,
                    indicators,
                    checks,
                    source: source(f)?,
                })
            })
            .collect::<Result<_, ApiError>>()
    })?;
    Ok(Jurisdiction {
        id: string(&o, "id")?,
        name: text(&o, "name")?,
        menu_order: opt_uint(&o, "menuOrder", 1000)?,
        baseline: opt_string(&o, "baseline")?,
        updated: o.date("updated")?,
        documents,
        minimum_wage: employer_part(|| {
            o.obj("minimumWage")?.map(|t| minimum_wage(&t)).transpose()
        })?,
        rule_sets: o
            .objs("ruleSets")?
            .iter()
            .map(rule_set)
            .collect::<Result<_, _>>()?,
        holiday_calendars,
        quotas,
        report_forms,
    })
}

/// Errors inside a file are named by its id ("henan.ruleSets[0]…"), or by its place in the array.
fn file_path(v: &Value, k: usize) -> String {
    match v {
        Value::Object(fields) => match fields.iter().find(|(key, _)| key == "id") {
            Some((_, Value::String(id)))
                if !id.is_empty()
                    && id.len() <= 40
                    && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
            {
                id.clone()
            }
            _ => format!("[{k}]"),
        },
        _ => format!("[{k}]"),
    }
}

/// Policy files as given to `loadPolicies`: one file (an object) or an array of files.
/// Any error is reported as POLICY_INVALID with the field's path.
pub fn files(data: &Value) -> Result<Vec<(Jurisdiction, Value)>, ApiError> {
    let as_policy = |e: ApiError| {
        if e.code == code::POLICY_INVALID {
            e
        } else {
            ApiError::new(
                code::POLICY_INVALID,
                e.field.clone(),
                format!("政策数据有误：{}", e.message),
                format!("Invalid policy data: {}", e.message_en),
            )
        }
    };
    match data {
        Value::Array(items) if !items.is_empty() => items
            .iter()
            .enumerate()
            .map(|(k, v)| {
                jurisdiction(v, &file_path(v, k))
                    .map(|j| (j, v.clone()))
                    .map_err(as_policy)
            })
            .collect(),
        Value::Object(_) => Ok(vec![(
            jurisdiction(data, &file_path(data, 0)).map_err(as_policy)?,
            data.clone(),
        )]),
        Value::Array(_) => Err(ApiError::new(
            code::OUT_OF_RANGE,
            "data",
            "没有提供任何政策文件。",
            "No policy file was given.",
        )),
        other => Err(crate::input::wrong_type(
            "data",
            other,
            "政策文件对象或其数组",
            "a policy file object or an array of them",
        )),
    }
}
