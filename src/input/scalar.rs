//! Typed values read from one input value: strings, choices, dates, whole numbers and
//! exact decimals, each refused with the field named and what was wrong.
use super::{wrong_type, Value, MAX_STRING, MAX_YEAR, MIN_YEAR};
use crate::error::{code, ApiError};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::fmt;

pub fn string_value<'a>(v: &'a Value, field: &str) -> Result<&'a str, ApiError> {
    string_limited(v, field, MAX_STRING)
}

pub fn string_limited<'a>(v: &'a Value, field: &str, max: usize) -> Result<&'a str, ApiError> {
    match v {
        Value::String(s) => {
            // A string of at most `max` bytes has at most `max` chars: most are settled
            // without counting (policy files' quotes are long).
            if s.len() > max && s.chars().count() > max {
                Err(ApiError::new(
                    code::TOO_LONG,
                    field,
                    format!("“{field}”过长：最多 {max} 个字符。"),
                    format!("“{field}” is too long: at most {max} characters."),
                ))
            } else {
                Ok(s)
            }
        }
        other => Err(wrong_type(field, other, "字符串", "a string")),
    }
}

pub fn choice(s: &str, field: &str, allowed: &[&'static str]) -> Result<&'static str, ApiError> {
    allowed.iter().copied().find(|a| *a == s).ok_or_else(|| {
        let shown: String = s.chars().take(40).collect();
        ApiError::new(
            code::UNKNOWN_VALUE,
            field,
            format!(
                "“{field}”的取值“{shown}”无效，可用：{}。",
                allowed.join("、")
            ),
            format!(
                "“{field}” has the unknown value “{shown}”; use one of: {}.",
                allowed.join(", ")
            ),
        )
    })
}

/// Strict `YYYY-MM-DD` between 1900 and 2100; 2023-02-30 is an error, not 2023-03-02.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let date = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?;
    (MIN_YEAR..=MAX_YEAR).contains(&date.year()).then_some(date)
}

pub fn date_value(v: &Value, field: &str) -> Result<NaiveDate, ApiError> {
    let s = match v {
        Value::String(s) => s,
        other => {
            return Err(wrong_type(
                field,
                other,
                "“YYYY-MM-DD”格式的日期字符串",
                "a date string “YYYY-MM-DD”",
            ))
        }
    };
    parse_date(s).ok_or_else(|| {
        let shown: String = s.chars().take(40).collect();
        ApiError::new(
            code::INVALID_DATE,
            field,
            format!("“{field}”不是有效日期：“{shown}”。请用“YYYY-MM-DD”格式，年份在 {MIN_YEAR}–{MAX_YEAR} 之间。"),
            format!("“{field}” is not a valid date: “{shown}”. Use “YYYY-MM-DD” with a year from {MIN_YEAR} to {MAX_YEAR}."),
        )
    })
}

fn out_of_range(field: &str, min: impl fmt::Display, max: impl fmt::Display) -> ApiError {
    ApiError::new(
        code::OUT_OF_RANGE,
        field,
        format!("“{field}”超出范围：应在 {min} 到 {max} 之间。"),
        format!("“{field}” is out of range: it must be from {min} to {max}."),
    )
}

/// The decimal with the fewest places that reads back as exactly `n`: for 1500.1 it is
/// 1500.1, not the binary value 1500.09999…, the same digits JS's `String(n)` shows.
/// `m / 10^k` is correctly rounded when m < 2^53 and k ≤ 22 (both exact in an f64), so
/// the first k where it gives `n` back is the answer. Every number typed with up to 15
/// significant digits is found; None when the shortest form needs more digits than an
/// f64 keeps exactly (0.1 + 0.2 = 0.30000000000000004): no amount anyone typed.
/// Done without float formatting, which would add 8 KB to the .wasm.
pub fn shortest_decimal(n: f64) -> Option<Decimal> {
    let mut scale = 1.0f64;
    for k in 0..=22u32 {
        let m = (n * scale).round();
        if !m.is_finite() || m.abs() >= 9.0e15 {
            return None;
        }
        if m / scale == n {
            return Some(Decimal::new(m as i64, k));
        }
        scale *= 10.0;
    }
    None
}

/// A number for messages: as JS shows it; past 15 significant digits, its binary value
/// to 28 digits.
pub fn number_text(n: f64) -> String {
    if n.is_nan() {
        "NaN".to_owned()
    } else if n.is_infinite() {
        (if n > 0.0 { "Infinity" } else { "-Infinity" }).to_owned()
    } else {
        shortest_decimal(n)
            .or_else(|| Decimal::from_f64_retain(n))
            .map(|d| d.to_string())
            .unwrap_or_default()
    }
}

pub fn int_value(v: &Value, field: &str, min: i64, max: i64) -> Result<i64, ApiError> {
    let n = match v {
        Value::Number(n) => *n,
        other => return Err(wrong_type(field, other, "整数", "a whole number")),
    };
    if !n.is_finite() || n.fract() != 0.0 {
        let shown = number_text(n);
        return Err(ApiError::new(
            code::INVALID_NUMBER,
            field,
            format!("“{field}”应为整数，收到 {shown}。"),
            format!("“{field}” must be a whole number, got {shown}."),
        ));
    }
    // The range check is done on the float, so 1e308 never reaches an integer cast.
    if n < min as f64 || n > max as f64 {
        return Err(out_of_range(field, min, max));
    }
    Ok(n as i64)
}

/// A non-negative amount, given as a decimal string ("1500.50") or a finite number.
pub fn decimal_value(v: &Value, field: &str, max: Decimal) -> Result<Decimal, ApiError> {
    let bad = |shown: &str| {
        ApiError::new(
            code::INVALID_NUMBER,
            field,
            format!("“{field}”不是有效的金额或数值：“{shown}”。"),
            format!("“{field}” is not a valid amount or number: “{shown}”."),
        )
    };
    let parsed = match v {
        Value::String(s) => {
            let t = s.trim();
            let shown: String = t.chars().take(40).collect();
            let ok_chars = !t.is_empty()
                && t.len() <= 40
                && t.chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
                && t.chars().filter(|c| *c == '.').count() <= 1;
            if !ok_chars {
                return Err(bad(&shown));
            }
            // Exact: a figure with more digits than a decimal holds is refused, not rounded.
            Decimal::from_str_exact(t).map_err(|_| bad(&shown))?
        }
        Value::Number(n) => {
            if n.is_finite() && n.abs() > 1e15 {
                return Err(out_of_range(field, 0, max));
            }
            shortest_decimal(*n).ok_or_else(|| bad(&number_text(*n)))?
        }
        other => {
            return Err(wrong_type(
                field,
                other,
                "数值或数字字符串",
                "a number or a numeric string",
            ))
        }
    };
    if parsed.is_sign_negative() && !parsed.is_zero() || parsed > max {
        return Err(out_of_range(field, 0, max));
    }
    Ok(parsed.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortest_decimal_gives_the_digits_js_shows() {
        for (n, text) in [
            (1500.1, "1500.1"),
            (0.1, "0.1"),
            (12.5, "12.5"),
            (2.675, "2.675"),
            (-0.5, "-0.5"),
            (1400.0, "1400"),
            (123456789.123, "123456789.123"),
            (1e-7, "0.0000001"),
            (0.000123, "0.000123"),
            (3.003003003e-7, "0.0000003003003003"),
            (1e-20, "0.00000000000000000001"),
        ] {
            assert_eq!(
                shortest_decimal(n).map(|d| d.to_string()).as_deref(),
                Some(text),
                "{n}"
            );
        }
        assert_eq!(shortest_decimal(0.1 + 0.2), None);
        assert_eq!(number_text(f64::NEG_INFINITY), "-Infinity");
    }

    #[test]
    fn amounts_as_strings_are_exact_or_refused() {
        let max = Decimal::from(10_000_000);
        let read = |s: &str| decimal_value(&Value::String(s.into()), "f", max);
        assert_eq!(
            read(" 1500.50 ").unwrap(),
            Decimal::new(150050, 2).normalize()
        );
        assert_eq!(
            read("1.0000000000000000000000000001").unwrap().to_string(),
            "1.0000000000000000000000000001"
        );
        // 30 significant digits do not fit a decimal: refused, not rounded.
        assert_eq!(
            read("1.00000000000000000000000000001").unwrap_err().code,
            code::INVALID_NUMBER
        );
        for bad in ["1e5", "", "1.2.3", "12a", "--1"] {
            assert_eq!(read(bad).unwrap_err().code, code::INVALID_NUMBER, "{bad}");
        }
        assert_eq!(read("-1").unwrap_err().code, code::OUT_OF_RANGE);
    }

    #[test]
    fn every_two_place_amount_reads_exactly() {
        for cents in (0..5_000_000i64).step_by(7) {
            let n = cents as f64 / 100.0;
            assert_eq!(
                shortest_decimal(n),
                Some(Decimal::new(cents, 2).normalize()),
                "{n}"
            );
        }
    }
}
