//! The answer types of `types/jianxi-types.d.ts` are generated from their Rust
//! declarations (`answer!`, `string_enum!`): each generated section of the file must be
//! exactly what the declarations give, so a field added in Rust only (or in the .d.ts
//! only) fails here. `JIANXI_WRITE_TYPES=1 cargo test --test typescript` rewrites the
//! sections (then `bash scripts/build-wasm.sh` copies the file into pkg/).
use jianxi::json::ts::{check_section, declaration, section_text, write_section, TsInterface};
use jianxi::json::{to_string, ToJson};

const DTS_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/types/jianxi-types.d.ts");

#[test]
fn the_types_file_says_what_the_rust_declarations_say() {
    let mut dts = std::fs::read_to_string(DTS_PATH).unwrap();
    let sections = jianxi::api::typescript_sections();
    if std::env::var_os("JIANXI_WRITE_TYPES").is_some() {
        for (name, decls) in &sections {
            dts = write_section(&dts, name, decls).unwrap();
        }
        std::fs::write(DTS_PATH, &dts).unwrap();
    }
    let errors: Vec<String> = sections
        .iter()
        .filter_map(|(name, decls)| check_section(&dts, name, decls).err())
        .collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

jianxi::string_enum! {
    /// A state.
    pub enum Light {
        Green = "green",
        /// Stop.
        Red = "red",
    }
}

jianxi::string_enum! {
    pub enum Named as "NamedLight" {
        On = "on",
        Off = "off",
    }
}

jianxi::answer! {
    /// A test-only answer: one of each kind of field.
    #[derive(Debug, Clone)]
    pub struct Sample<'a> as "SampleAnswer" {
        /// Borrowed text.
        pub name: &'a str => "name",
        pub count: u32 => "count",
        pub when: Option<chrono::NaiveDate> => "when",
        /// Left out when absent.
        pub note: Option<jianxi::model::Text> => "note" if some,
        pub lights: Vec<Light> => "lights",
        pub named: Named => "named",
        pub field: Option<&'static str> => "field" if some as "keyof Input",
        pub amount: Option<jianxi::output::Money> => "amountDue",
    }
}

#[test]
fn a_declaration_gives_the_struct_its_json_and_its_interface() {
    let mut ts = String::new();
    Sample::ts_declaration(&mut ts);
    assert_eq!(
        ts,
        r#"/** A test-only answer: one of each kind of field. */
export interface SampleAnswer {
  /** Borrowed text. */
  name: string;
  count: number;
  when: DateString | null;
  /** Left out when absent. */
  note?: Text;
  lights: ("green" | "red")[];
  named: NamedLight;
  field?: keyof Input;
  amountDue: MoneyString | null;
}
"#
    );
    // A named union is declared; an unnamed one is written where it is used.
    assert_eq!(
        section_text(&[declaration::<Light>(), declaration::<Named>()]),
        "export type NamedLight = \"on\" | \"off\";\n"
    );
    let s = Sample {
        name: "a\"b",
        count: 3,
        when: None,
        note: None,
        lights: vec![Light::Red, Light::Green],
        named: Named::Off,
        field: Some("asOf"),
        amount: Some(jianxi::output::Money::new("12.345".parse().unwrap())),
    };
    assert_eq!(
        to_string(&s),
        r#"{"name":"a\"b","count":3,"when":null,"lights":["red","green"],"named":"off","field":"asOf","amountDue":"12.35"}"#
    );
    let with_note = Sample {
        note: Some(jianxi::model::Text {
            zh: "中".into(),
            en: "en".into(),
        }),
        field: None,
        ..s
    };
    assert!(to_string(&with_note).contains(r#""note":{"zh":"中","en":"en"}"#));
    assert!(!to_string(&with_note).contains("field"));
    assert_eq!(Light::from_id("red"), Some(Light::Red));
    assert_eq!(Light::IDS, ["green", "red"]);
    let mut out = String::new();
    Light::Green.write_json(&mut out);
    assert_eq!(out, "\"green\"");
}

jianxi::answer! {
    /// A message with a stable code.
    #[derive(Debug, Clone, PartialEq)]
    pub struct MsgWithExtra as "Msg" {
        pub code: &'static str => "code",
        pub zh: String => "zh",
        pub en: String => "en",
        pub extra: bool => "extra",
    }
}

#[test]
fn a_field_added_in_rust_only_fails_the_check() {
    let sections = jianxi::api::typescript_sections();
    let (name, decls) = sections
        .iter()
        .find(|(name, _)| *name == "answer pieces")
        .expect("the answer pieces section");
    // The file as the declarations write it (so this test does not depend on the other).
    let dts = write_section(&std::fs::read_to_string(DTS_PATH).unwrap(), name, decls).unwrap();
    let mut msg = String::new();
    decls[1](&mut msg);
    assert!(msg.starts_with("/** A message with a stable code. */\nexport interface Msg {"));
    // The same section with Msg declared with one more field.
    let mut drifted = decls.clone();
    drifted[1] = declaration::<MsgWithExtra>();
    let err = check_section(&dts, name, &drifted).unwrap_err();
    assert!(err.contains("extra: boolean;"), "{err}");
    // And a field the .d.ts has that the declaration lacks.
    let edited = dts.replacen(
        "export interface Msg {\n",
        "export interface Msg {\n  surplus: string;\n",
        1,
    );
    assert!(check_section(&edited, name, decls).is_err());
    assert!(check_section(&dts, name, decls).is_ok());
}

/// The top-level field names of `interface name` in the .d.ts, leaving out those typed
/// `undefined` (a field a variant must not have).
fn interface_fields(dts: &str, name: &str) -> Vec<String> {
    let at = dts
        .find(&format!("interface {name} "))
        .unwrap_or_else(|| panic!("interface {name} in the .d.ts"));
    let body = &dts[at + dts[at..].find('{').unwrap() + 1..];
    let b = body.as_bytes();
    let (mut i, mut fields) = (0, Vec::new());
    loop {
        while b[i].is_ascii_whitespace() || b[i] == b';' {
            i += 1;
        }
        if body[i..].starts_with("/*") {
            i += body[i..].find("*/").unwrap() + 2;
            continue;
        }
        if b[i] == b'}' {
            return fields;
        }
        let start = i;
        while b[i].is_ascii_alphanumeric() || b[i] == b'_' {
            i += 1;
        }
        let field = &body[start..i];
        assert!(
            !field.is_empty(),
            "cannot read interface {name} at {:?}",
            &body[start..]
        );
        // The type runs to a `;` or a line end outside brackets and strings.
        let (mut depth, ty_start) = (0i32, i);
        while i < b.len() && !(depth == 0 && (b[i] == b';' || b[i] == b'\n' || b[i] == b'}')) {
            match b[i] {
                b'{' | b'[' | b'(' => depth += 1,
                b'}' | b']' | b')' => depth -= 1,
                b'"' => i += body[i + 1..].find('"').unwrap() + 1,
                _ => {}
            }
            i += 1;
        }
        let ty = body[ty_start..i]
            .trim_start_matches('?')
            .trim_start_matches(':')
            .trim();
        if ty != "undefined" {
            fields.push(field.to_string());
        }
    }
}

fn same_names(what: &str, dts: Vec<String>, rust: &[&str]) {
    let mut d: Vec<&str> = dts.iter().map(String::as_str).collect();
    let mut r = rust.to_vec();
    d.sort_unstable();
    d.dedup();
    r.sort_unstable();
    assert_eq!(
        d, r,
        "{what}: the .d.ts (left) and the fields Rust reads (right) differ"
    );
}

/// The input shapes are written by hand in the .d.ts: each must name exactly the fields
/// the engine reads (the lists its readers refuse unknown fields with), so a field added
/// or renamed on one side fails here.
#[test]
fn the_input_types_name_the_fields_the_engine_reads() {
    let dts = std::fs::read_to_string(DTS_PATH).unwrap();
    let f = |name: &str| interface_fields(&dts, name);
    same_names(
        "EligibilityInput",
        f("EligibilityInput"),
        jianxi::eligibility::FIELDS,
    );
    let estimate = [f("EstimateInputCommon"), f("CohortInput"), f("ListInput")].concat();
    same_names("EstimateInput", estimate, &jianxi::subsidy::FIELDS);
    same_names(
        "InternInput",
        f("InternInput"),
        &jianxi::subsidy::INTERN_FIELDS,
    );
    #[cfg(feature = "full")]
    {
        let columns = [f("SimulationCommon"), f("SimulationColumnsInput")].concat();
        same_names("SimulationColumnsInput", columns, &jianxi::summary::FIELDS);
        assert_eq!(f("SimulationUnitsInput"), ["units"]);
    }
    same_names(
        "MonthlyReportInput",
        f("MonthlyReportInput"),
        jianxi::report::MONTHLY_REPORT_FIELDS,
    );
    same_names(
        "ReportDeadlineInput",
        f("ReportDeadlineInput"),
        jianxi::report::REPORT_DEADLINE_FIELDS,
    );
    same_names(
        "ReviewDeadlineInput",
        f("ReviewDeadlineInput"),
        jianxi::report::REVIEW_DEADLINE_FIELDS,
    );
    // Inputs whose readers keep their list inline: every field the .d.ts names is read.
    // Given all of them and one more, the engine refuses only the one more.
    let all_and_one_more = |name: &str| {
        let mut o = serde_json::Map::new();
        for field in f(name) {
            o.insert(field, serde_json::Value::Null);
        }
        o.insert("notInTheTypes".into(), serde_json::Value::Null);
        serde_json::Value::Object(o)
    };
    let set = jianxi::PolicySet::embedded().expect("valid data");
    let refused = |api: &str, input: serde_json::Value| {
        let err = jianxi::api::json::call(&set, api, &[input]).unwrap_err();
        assert_eq!(err.code.as_str(), "UNKNOWN_FIELD", "{api}: {err}");
        err.field.clone()
    };
    assert_eq!(
        refused("formSpec", all_and_one_more("FormSpecInput")),
        "notInTheTypes"
    );
    let mut estimate = serde_json::json!({ "province": "henan", "tier": 1,
        "startDate": "2023-07-01", "months": 6, "interns": 2 });
    estimate["localStandard"] = all_and_one_more("LocalStandard");
    assert_eq!(
        refused("estimateSubsidy", estimate),
        "localStandard.notInTheTypes"
    );
    let options = jianxi::api::json::value(&all_and_one_more("LoadOptions"));
    assert_eq!(
        jianxi::api::load_mode(&options).unwrap_err().field,
        "options.notInTheTypes"
    );
}

jianxi::answer! {
    /// An answer before a field is added.
    pub struct Before as "Answer" {
        pub total: Option<jianxi::output::Money> => "total",
    }
}

jianxi::answer! {
    /// An answer before a field is added.
    pub struct After as "Answer" {
        pub total: Option<jianxi::output::Money> => "total",
        /// The one line added.
        pub paid_on: chrono::NaiveDate => "paidOn",
    }
}

/// Adding a field to an answer is one line of its declaration: the struct, the JSON it
/// writes and its TypeScript interface all follow (and `the_types_file_says_what_the_
/// rust_declarations_say` then fails until the .d.ts is rewritten).
#[test]
fn one_added_line_adds_the_field_to_the_json_and_the_interface() {
    let (mut before, mut after) = (String::new(), String::new());
    Before::ts_declaration(&mut before);
    After::ts_declaration(&mut after);
    let added: Vec<&str> = after.lines().filter(|l| !before.contains(l)).collect();
    assert_eq!(
        added,
        ["  /** The one line added. */", "  paidOn: DateString;"]
    );
    assert_eq!(before.lines().count() + 2, after.lines().count());
    let total = Some(jianxi::output::Money::new("1400".parse().unwrap()));
    let paid_on = chrono::NaiveDate::from_ymd_opt(2023, 12, 31).unwrap();
    assert_eq!(to_string(&Before { total }), r#"{"total":"1400.00"}"#);
    assert_eq!(
        to_string(&After { total, paid_on }),
        r#"{"total":"1400.00","paidOn":"2023-12-31"}"#
    );
}
