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

/// Every upper-case code (`AN_ID`) in `text` that `keep` accepts, in order, once each.
fn upper_snake(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        let is_code = word.contains('_')
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if is_code && !found.iter().any(|f| f == word) {
            found.push(word.to_string());
        }
    }
    found
}

/// The codes the engine writes: its error codes and every message code, each a string
/// literal where its message is made (`Msg::new("LOCAL_NOT_USED", …)`), so the sources
/// are their one list.
fn engine_codes() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut src = String::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut src,
    );
    // Each `"CODE"`: an opening quote, the code, a closing quote.
    let mut codes: Vec<String> = src
        .split('"')
        .collect::<Vec<_>>()
        .windows(2)
        .filter(|w| !w[0].ends_with('\\'))
        .map(|w| w[1])
        .filter(|s| s.contains('_') && upper_snake(s) == [s.to_string()])
        .map(str::to_string)
        .collect();
    codes.extend(declared());
    codes
}

/// The message and error codes that the README, the TypeScript types and the rules
/// studio's table of warnings name are ones the engine writes: a code renamed or dropped
/// in the sources fails here until the documents follow.
#[test]
fn the_documents_name_only_codes_the_engine_writes() {
    let engine = engine_codes();
    let studio = include_str!("../www/studio-data.js");
    let warnings = &studio[studio
        .find("const WARNING = {")
        .expect("the studio's WARNING table")..];
    let warnings = &warnings[..warnings.find("};").unwrap()];
    let named = [
        (
            "README.md",
            quoted_codes(include_str!("../README.md"), '`')
                .into_iter()
                .filter(|c| c.contains('_') || declared().contains(c))
                .collect(),
        ),
        (
            "types/jianxi-types.d.ts",
            // (not the section markers, which name the variable that rewrites them)
            upper_snake(
                &include_str!("../types/jianxi-types.d.ts")
                    .lines()
                    .filter(|l| !l.starts_with("// generated:"))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ),
        ("www/studio-data.js WARNING", upper_snake(warnings)),
    ];
    for (file, codes) in named {
        assert!(!codes.is_empty(), "no codes found in {file}");
        let unknown: Vec<&String> = codes.iter().filter(|c| !engine.contains(c)).collect();
        assert!(
            unknown.is_empty(),
            "{file} names codes the engine never writes: {unknown:?}"
        );
    }
    // The check can fail: a code no source writes is caught.
    assert!(!engine.contains(&"NO_SUCH_WARNING".to_string()));
}
