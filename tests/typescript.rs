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
