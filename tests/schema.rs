//! Each schema item is declared once: the error codes (`jianxi::error::code`), which the
//! README and the TypeScript types must list exactly, in the same order; and the JS API's
//! functions (`jianxi::entry_points`), each of which the native `call` must know.
use jianxi::error::code;

fn declared() -> Vec<String> {
    code::ALL.iter().map(|c| c.as_str().to_string()).collect()
}

/// The upper-case identifiers quoted with `quote` in `text`, in order.
fn quoted_codes(text: &str, quote: char) -> Vec<String> {
    text.split(quote)
        .skip(1)
        .step_by(2)
        .filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase() || c == '_'))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_types_list_every_error_code() {
    // The union is generated from `code::ALL` (tests/typescript.rs checks the section);
    // the thrown error and the rejected rows use it by name.
    let dts = include_str!("../types/jianxi-types.d.ts");
    let from = dts
        .find("export type ErrorCode =")
        .expect("ErrorCode in the .d.ts");
    let union = &dts[from..];
    let union = &union[..union.find(';').expect("end of the code union")];
    assert_eq!(quoted_codes(union, '"'), declared());
    let error = &dts[dts.find("interface JianxiError").expect("JianxiError")..];
    assert!(error[..error.find('}').unwrap()].contains("code: ErrorCode;"));
}

#[test]
fn the_readme_lists_every_error_code() {
    let readme = include_str!("../README.md");
    let from = readme
        .find("`message` (Chinese) and `messageEn`. Codes:")
        .expect("the README's list of error codes");
    let list = &readme[from..];
    let list = &list[list.find("Codes:").unwrap()..];
    let list = &list[..list.find(". ").expect("end of the list")];
    assert_eq!(quoted_codes(list, '`'), declared());
}

/// Every function src/entry_points.rs lists as answering is one `api::json::call` knows
/// (an unknown name is refused with the field "api").
#[test]
fn every_listed_entry_point_is_callable() {
    let set = jianxi::PolicySet::embedded().expect("valid data");
    for e in jianxi::entry_points::answering() {
        let args = vec![serde_json::Value::Null; e.args];
        if let Err(err) = jianxi::api::json::call(&set, e.name, &args) {
            assert_ne!(err.field, "api", "{} is listed but not callable", e.name);
        }
    }
    let err = jianxi::api::json::call(&set, "noSuchFunction", &[]).unwrap_err();
    assert_eq!(err.field, "api");
}
