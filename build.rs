//! Compiles `policies/*.toml` (one file per jurisdiction, written for review)
//! into one compact JSON array that native builds (`cargo test`, the examples, the
//! fuzz targets) embed as their data, and a copy without the parts only the employer
//! and officials' functions use, for the native youth build (no `full` feature).
//! The .wasm embeds no policy data (the pages load `www/data/*.json`, written by
//! `scripts/build-data.mjs`), so for wasm32 this reads nothing: a data-only change
//! leaves every .wasm byte-identical.
use std::{env, fs, path::Path};

fn main() {
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rerun-if-changed=build.rs");
        return;
    }
    let dir = Path::new("policies");
    println!("cargo:rerun-if-changed=policies");
    let mut paths: Vec<_> = fs::read_dir(dir)
        .expect("policies/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort(); // stable order: reproducible bytes
    let mut files = Vec::new();
    for path in &paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path).expect("policy file is UTF-8");
        let value: serde_json::Value =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if text.contains("$__toml_private_datetime")
            || value.to_string().contains("$__toml_private_datetime")
        {
            panic!(
                "{}: write dates as quoted strings (\"2023-07-01\"), not TOML dates",
                path.display()
            );
        }
        files.push(value);
    }
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).to_path_buf();
    fs::write(
        out.join("policies.json"),
        serde_json::to_string(&files).expect("serialisable"),
    )
    .expect("write policies.json");
    for file in &mut files {
        strip_employer_parts(file);
    }
    fs::write(
        out.join("policies-youth.json"),
        serde_json::to_string(&files).expect("serialisable"),
    )
    .expect("write policies-youth.json");
}

/// The parts that src/read_model.rs reads only in the `full` build (`employer_part`);
/// the youth module never looks at them. A test compares every self-check answer of
/// the youth module with the whole module's, so a part wrongly listed here shows.
const FILE_PARTS: [&str; 3] = ["minimumWage", "quotas", "reportForms"];
const RULE_SET_PARTS: [&str; 9] = [
    "annualReport",
    "targets",
    "baseSubsidy",
    "raisedSubsidy",
    "retentionThreshold",
    "remainingPeriod",
    "internshipMonths",
    "reportDeadline",
    "employerNotes",
];

fn strip_employer_parts(file: &mut serde_json::Value) {
    let Some(file) = file.as_object_mut() else {
        return;
    };
    for key in FILE_PARTS {
        file.remove(key);
    }
    // Where each document sits in its seed file: only the quote check reads it.
    for doc in file
        .get_mut("documents")
        .and_then(|d| d.as_array_mut())
        .into_iter()
        .flatten()
    {
        if let Some(doc) = doc.as_object_mut() {
            doc.remove("seedParts");
        }
    }
    for rule_set in file
        .get_mut("ruleSets")
        .and_then(|r| r.as_array_mut())
        .into_iter()
        .flatten()
    {
        if let Some(rule_set) = rule_set.as_object_mut() {
            for key in RULE_SET_PARTS {
                rule_set.remove(key);
            }
        }
    }
}
