//! Runs every case in tests/cases/*.toml through the same entry points the JS API
//! uses (tests/js/conformance.test.mjs runs them again through the .wasm).
//! A case: `api`, `input` (or `args`), `cite` (the clause it checks) and either
//! `expect` (path = value) or `error` / `errorField`.
#![cfg(not(target_arch = "wasm32"))]
use jianxi::api::json::call;
use jianxi::PolicySet;
use serde_json::Value as Json;
use std::fs;

/// Follows a dotted path ("" is the result itself); on arrays a segment is an index, `length`, or the
/// `id`/`key`/`check`/`month`/`kind`/`code` of an element.
fn lookup<'a>(root: &'a Json, path: &str) -> Option<std::borrow::Cow<'a, Json>> {
    let mut cur = std::borrow::Cow::Borrowed(root);
    // "" names the result itself (addWorkingDays returns a bare date).
    for seg in path.split('.').filter(|s| !s.is_empty()) {
        let next = match cur.as_ref() {
            Json::Object(m) => m.get(seg).cloned(),
            Json::Array(items) => {
                if seg == "length" {
                    Some(Json::from(items.len()))
                } else if let Ok(k) = seg.parse::<usize>() {
                    items.get(k).cloned()
                } else {
                    items
                        .iter()
                        .find(|it| {
                            ["id", "key", "check", "month", "kind", "code"]
                                .iter()
                                .any(|f| it.get(f).and_then(Json::as_str) == Some(seg))
                        })
                        .cloned()
                }
            }
            _ => None,
        }?;
        cur = std::borrow::Cow::Owned(next);
    }
    Some(cur)
}

/// English text (`en`, `messageEn`, any key ending in `En`) written with Chinese
/// punctuation. Chinese names quoted in it keep theirs: a document's title in 《》 and a
/// clause number such as 四（三）.
fn chinese_punctuation_in_english(v: &Json, path: &str, found: &mut Vec<String>) {
    const MARKS: [char; 7] = ['（', '）', '、', '，', '。', '；', '：'];
    const NUMERALS: &str = "一二三四五六七八九十";
    let english_part = |t: &str| {
        let (mut out, mut in_title, mut prev) = (String::new(), false, ' ');
        let mut chars = t.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '《' => in_title = true,
                '》' => in_title = false,
                // 四（三）: a clause number, its brackets skipped with it.
                '（' if NUMERALS.contains(prev) => {
                    while chars.next().is_some_and(|c| c != '）') {}
                }
                _ if !in_title => out.push(c),
                _ => {}
            }
            prev = c;
        }
        out
    };
    match v {
        Json::Object(m) => {
            for (k, x) in m {
                let p = format!("{path}.{k}");
                match x {
                    Json::String(t)
                        if (k == "en" || k.ends_with("En")) && english_part(t).contains(MARKS) =>
                    {
                        found.push(format!("{p}: Chinese punctuation in English text: {t}"))
                    }
                    _ => chinese_punctuation_in_english(x, &p, found),
                }
            }
        }
        Json::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                chinese_punctuation_in_english(x, &format!("{path}[{i}]"), found);
            }
        }
        _ => {}
    }
}

fn matches(expected: &Json, actual: &Json) -> bool {
    match (expected, actual) {
        (Json::String(s), Json::Null) => s == "null",
        (Json::Number(a), Json::Number(b)) => a.as_f64() == b.as_f64(),
        (a, b) => a == b,
    }
}

#[test]
fn every_case_holds() {
    let set = PolicySet::embedded().expect("the embedded policy data is valid");
    let mut dir: Vec<_> = fs::read_dir("tests/cases")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dir.sort();
    let (mut passed, mut failures) = (0, Vec::new());
    // Every answer, for tests/js/wasm.test.mjs to compare with the .wasm's.
    let mut answers = serde_json::Map::new();
    for path in dir
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
    {
        let doc: Json = toml::from_str(&fs::read_to_string(path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for case in doc["case"]
            .as_array()
            .unwrap_or_else(|| panic!("{}: no [[case]]", path.display()))
        {
            let name = format!(
                "{} › {}",
                path.file_name().unwrap().to_string_lossy(),
                case["name"].as_str().unwrap()
            );
            assert!(
                case.get("cite")
                    .and_then(Json::as_str)
                    .is_some_and(|c| !c.is_empty()),
                "{name}: every case cites its clause"
            );
            let api = case["api"].as_str().unwrap();
            let args: Vec<Json> = match (case.get("args"), case.get("input")) {
                (Some(Json::Array(a)), _) => a.clone(),
                (_, Some(i)) => vec![i.clone()],
                _ => vec![],
            };
            let result = call(&set, api, &args);
            answers.insert(
                name.clone(),
                match &result {
                    Ok(out) => serde_json::json!({ "ok": out }),
                    Err(e) => serde_json::json!({ "error": { "code": e.code.as_str(), "field": e.field, "message": e.message, "messageEn": e.message_en } }),
                },
            );
            let mut problems = Vec::new();
            match (&result, case.get("error")) {
                (Err(e), Some(code)) => {
                    if Some(e.code.as_str()) != code.as_str() {
                        problems.push(format!("error code {} ≠ expected {code}", e.code));
                    }
                    if let Some(f) = case.get("errorField").and_then(Json::as_str) {
                        if e.field != f {
                            problems.push(format!("error field {} ≠ expected {f}", e.field));
                        }
                    }
                    if e.message.is_empty() || e.message_en.is_empty() {
                        problems.push("an error needs both messages".into());
                    }
                    let en = serde_json::json!({ "messageEn": e.message_en });
                    chinese_punctuation_in_english(&en, "error", &mut problems);
                }
                (Err(e), None) => problems.push(format!("unexpected error: {e}")),
                (Ok(_), Some(code)) => {
                    problems.push(format!("expected error {code}, got a result"))
                }
                (Ok(out), None) => {
                    let expect = case
                        .get("expect")
                        .and_then(Json::as_object)
                        .unwrap_or_else(|| panic!("{name}: no expect"));
                    assert!(!expect.is_empty(), "{name}: expects nothing");
                    chinese_punctuation_in_english(out, "", &mut problems);
                    for (p, want) in expect {
                        match lookup(out, p) {
                            Some(got) if matches(want, &got) => {}
                            got => problems.push(format!(
                                "{p}: expected {want}, got {}",
                                got.map(|g| g.to_string()).unwrap_or("nothing".into())
                            )),
                        }
                    }
                }
            }
            if problems.is_empty() {
                passed += 1;
            } else {
                failures.push(format!("{name}:\n    {}", problems.join("\n    ")));
            }
        }
    }
    fs::create_dir_all("target").unwrap();
    fs::write(
        "target/conformance-native.json",
        serde_json::to_string_pretty(&answers).unwrap(),
    )
    .unwrap();
    println!("conformance: {passed} passed, {} failed", failures.len());
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        passed >= 80,
        "at least 80 cases are required, found {passed}"
    );
}
