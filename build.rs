//! Compiles `policies/*.toml` (one file per jurisdiction, written for review)
//! into one compact JSON array that the crate embeds as its default data.
use std::{env, fs, path::Path};

fn main() {
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
        let value: serde_json::Value = toml::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if text.contains("$__toml_private_datetime") || value.to_string().contains("$__toml_private_datetime") {
            panic!("{}: write dates as quoted strings (\"2023-07-01\"), not TOML dates", path.display());
        }
        files.push(value);
    }
    let json = serde_json::to_string(&files).expect("serialisable");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("policies.json");
    fs::write(out, json).expect("write policies.json");
}
