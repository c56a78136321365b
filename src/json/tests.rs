//! The JSON reader and writer: round trips, escapes, digits.
use super::*;
use rust_decimal::Decimal;

#[test]
fn reads_what_it_writes() {
    let text = r#"{"a":[1,-2,12.5,0.001,true,false,null],"b":"q\"\\\n\u0001中文","c":{},"d":[]}"#;
    let v = parse(text).unwrap();
    assert_eq!(to_string(&v), text);
}

#[test]
fn reads_the_built_in_data_as_serde_json_does() {
    let mine: serde_json::Value =
        serde_json::from_str(&to_string(&parse(crate::policy::EMBEDDED_JSON).unwrap())).unwrap();
    let theirs: serde_json::Value = serde_json::from_str(crate::policy::EMBEDDED_JSON).unwrap();
    assert_eq!(mine, theirs);
}

#[test]
fn writes_strings_as_serde_json_does() {
    let s = "a\"b\\c\n\r\t\u{1}\u{1f}\u{7f}中😀";
    let mut out = String::new();
    string(&mut out, s);
    assert_eq!(out, serde_json::to_string(s).unwrap());
}

#[test]
fn writes_numbers_and_dates_as_display_does() {
    let mut values: Vec<Decimal> = [
        "0",
        "-0",
        "0.00",
        "-0.00",
        "0.05",
        "1400.00",
        "-3",
        "1e-28",
        "79228162514264337593543950335",
        "-79228162514264337593543950335",
        "18446744073709551615",
        "18446744073709551616",
        "0.0000000000000000000000000001",
        "123.4560",
        "-0.5",
    ]
    .iter()
    .map(|t| t.parse().or_else(|_| Decimal::from_scientific(t)).unwrap())
    .collect();
    let mut x: i64 = 1;
    for k in 0..40 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        values.push(Decimal::new(x >> (k % 60), (k % 29) as u32));
    }
    for d in values {
        let mut out = String::new();
        decimal(&mut out, &d);
        assert_eq!(out, d.to_string(), "{d:?}");
    }
    for n in [0u64, 7, 10, 99, 1234567890, u64::MAX] {
        let mut out = String::new();
        unsigned(&mut out, n);
        assert_eq!(out, n.to_string());
    }
    for n in [0i64, -1, i64::MIN, i64::MAX] {
        assert_eq!(to_string(&n), n.to_string());
    }
    for (y, m, d) in [
        (2023, 7, 1),
        (1, 1, 1),
        (9999, 12, 31),
        (-5, 3, 4),
        (12345, 1, 2),
    ] {
        let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(to_string(&day), format!("\"{:04}-{:02}-{:02}\"", y, m, d));
    }
}

#[cfg(feature = "full")]
#[test]
fn finds_every_byte_that_needs_an_escape() {
    let mut seed: u32 = 7;
    let mut next = || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        seed >> 16
    };
    for _ in 0..20_000 {
        let len = (next() % 40) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| match next() % 8 {
                0 => (next() % 0x20) as u8,
                1 => [b'"', b'\\', 0x7f, 0x21, 0x5b, 0x5d][(next() % 6) as usize],
                2 => (0x80 + next() % 0x80) as u8,
                _ => (0x20 + next() % 0x60) as u8,
            })
            .collect();
        let naive = bytes.iter().any(|&b| needs_escape(b));
        assert_eq!(needs_escaping(&bytes), naive, "{bytes:?}");
    }
}

#[test]
fn escapes_and_surrogates() {
    assert_eq!(
        parse(r#""\ud83d\ude00 \u4e2d \/""#).unwrap(),
        Value::String("😀 中 /".into())
    );
}

#[test]
fn refuses_what_it_cannot_read_exactly() {
    for bad in [
        "",
        "{",
        "[1,]",
        "1e5",
        "1234567890123456",
        "01x",
        "\"\\x\"",
        "[1] 2",
        "-",
        "1.",
        "nul",
        ".5",
        "-.5",
    ] {
        assert!(parse(bad).is_err(), "{bad}");
    }
    let deep = "[".repeat(MAX_DEPTH + 2) + &"]".repeat(MAX_DEPTH + 2);
    assert!(parse(&deep).is_err());
}

#[test]
fn numbers_are_exact() {
    assert_eq!(parse("0.1").unwrap(), Value::Number(0.1));
    assert_eq!(parse("1500.1").unwrap(), Value::Number(1500.1));
    assert_eq!(parse("-0.75").unwrap(), Value::Number(-0.75));
    let mut out = String::new();
    for n in [f64::NAN, 2.5, -0.1, 1e20, 1e300, 0.1 + 0.2] {
        number(&mut out, n);
        out.push(' ');
    }
    assert_eq!(
        out,
        "null 2.5 -0.1 100000000000000000000 null 0.3000000000000000444089209849 "
    );
}

#[cfg(feature = "full")]
#[test]
fn reads_an_inputs_marks_and_nothing_else_does() {
    let mut typed = vec![Value::Array(vec![Value::Number(1.5)])];
    let mut views = || typed.pop().unwrap_or(Value::Null);
    let v = parse_input(
        r#"{"a":!,"b":#7ff8000000000000,"c":#8000000000000000,"d":[@,#fff0000000000000,-0.5],"e":"\u0000\"x"}"#,
        &mut views,
    )
    .unwrap();
    let Value::Object(fields) = v else {
        panic!("an object")
    };
    assert_eq!(fields[0], ("a".into(), Value::Unsupported));
    assert!(matches!(fields[1].1, Value::Number(n) if n.is_nan()));
    assert!(matches!(fields[2].1, Value::Number(n) if n == 0.0 && n.is_sign_negative()));
    assert_eq!(
        fields[3].1,
        Value::Array(vec![
            Value::Array(vec![Value::Number(1.5)]),
            Value::Number(f64::NEG_INFINITY),
            Value::Number(-0.5)
        ])
    );
    assert_eq!(fields[4].1, Value::String("\u{0}\"x".into()));
    // The marks are the boundary's own: a data file that holds them is not JSON.
    for text in ["!", "#7ff8000000000000", "@", "[1,!]"] {
        assert!(parse(text).is_err(), "{text}");
    }
    for text in ["#7ff8", "#7ff800000000000g", "!!", "@1"] {
        assert!(parse_input(text, &mut || Value::Null).is_err(), "{text}");
    }
}

#[cfg(feature = "full")]
#[test]
fn ascii_only_text_parses_to_the_same_value() {
    for text in [
        "",
        "{}",
        r#"{"a":"plain"}"#,
        "{\"zh\":\"河南省\",\"en\":\"Henan\",\"x\":[\"😀\",\"é\",1,\"\u{80}\u{ffff}\u{10ffff}\"]}",
        "\"中\"",
        r#""\u4e2d\n""#,
    ] {
        let ascii = ascii_only(text.to_owned());
        assert!(ascii.is_ascii(), "{ascii}");
        if text.is_ascii() {
            assert_eq!(ascii, text);
        }
        if !text.is_empty() {
            let a: serde_json::Value = serde_json::from_str(text).unwrap();
            let b: serde_json::Value = serde_json::from_str(&ascii).unwrap();
            assert_eq!(a, b, "{text}");
        }
    }
    assert_eq!(ascii_only("\"河😀\"".into()), r#""\u6cb3\ud83d\ude00""#);
}
