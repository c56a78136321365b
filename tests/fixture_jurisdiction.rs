//! A province is one file: the made-up jurisdiction in tests/fixtures/policies/ (loaded
//! over the built-in data, as a host's file is) answers the cases in
//! tests/fixtures/cases/ through the same entry points as the JS API.
#![cfg(not(target_arch = "wasm32"))]
use jianxi::api::json::{call, load_policies};
use jianxi::PolicySet;
use serde_json::Value as Json;
use std::fs;

/// A dotted path; on arrays a segment is an index or the `id`/`key`/`month`/`kind` of an element.
fn lookup(root: &Json, path: &str) -> Option<Json> {
    let mut cur = root.clone();
    for seg in path.split('.').filter(|s| !s.is_empty()) {
        cur = match &cur {
            Json::Object(m) => m.get(seg).cloned(),
            Json::Array(items) => match seg.parse::<usize>() {
                Ok(k) => items.get(k).cloned(),
                Err(_) => items
                    .iter()
                    .find(|it| {
                        ["id", "key", "month", "kind"]
                            .iter()
                            .any(|f| it.get(f).and_then(Json::as_str) == Some(seg))
                    })
                    .cloned(),
            },
            _ => None,
        }?;
    }
    Some(cur)
}

#[test]
fn the_fixture_jurisdiction_answers_its_cases() {
    let text = fs::read_to_string("tests/fixtures/policies/testland.toml").unwrap();
    let file: Json = toml::from_str(&text).unwrap();
    let set: PolicySet = load_policies(
        &PolicySet::embedded().unwrap(),
        &file,
        &serde_json::json!({ "mode": "extend" }),
    )
    .expect("the fixture is valid over the built-in data");
    let doc: Json =
        toml::from_str(&fs::read_to_string("tests/fixtures/cases/testland.toml").unwrap()).unwrap();
    let cases = doc["case"].as_array().unwrap();
    assert!(cases.len() >= 5);
    for case in cases {
        let name = case["name"].as_str().unwrap();
        assert!(
            case["cite"].as_str().is_some_and(|c| !c.is_empty()),
            "{name}"
        );
        let out = call(
            &set,
            case["api"].as_str().unwrap(),
            &[case["input"].clone()],
        )
        .unwrap_or_else(|e| panic!("{name}: {e}"));
        for (path, want) in case["expect"].as_object().unwrap() {
            let got = lookup(&out, path).unwrap_or(Json::Null);
            let ok = match (want, &got) {
                (Json::String(s), Json::Null) => s == "null",
                (a, b) => a == b,
            };
            assert!(ok, "{name}: {path} is {got}, expected {want}");
        }
    }
}
