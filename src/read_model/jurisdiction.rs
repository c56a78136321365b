//! A whole jurisdiction file: its documents, rule sets, minimum-wage tables, holiday
//! calendars, quotas and report forms.
use super::rules::rule_set;
use super::*;

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
                date_note: opt_text(d, "dateNote")?,
                confidence: Confidence::from_id(d.choice("confidence", Confidence::IDS)?)
                    .unwrap_or(Confidence::Reported),
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
