//! Answers JS API calls natively, one JSON line in, one JSON line out:
//! {"api": "estimateSubsidy", "args": [...]} → {"ok": ...} or {"error": {...}}.
//! tests/js/parity.test.mjs compares it with the .wasm on generated inputs.
//! With `--entry-points` it prints the JS API's functions instead (src/entry_points.rs),
//! as a JSON array of {name, args, answers, youth}.
use std::io::{BufRead, Write};

fn main() {
    if std::env::args().any(|a| a == "--entry-points") {
        let list: Vec<_> = jianxi::entry_points::ENTRY_POINTS
            .iter()
            .map(|e| serde_json::json!({ "name": e.name, "args": e.args, "answers": e.answers, "youth": e.youth }))
            .collect();
        println!("{}", serde_json::Value::Array(list));
        return;
    }
    let set = jianxi::PolicySet::embedded().expect("valid data");
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let req: serde_json::Value = serde_json::from_str(&line).unwrap_or_default();
        let api = req["api"].as_str().unwrap_or("");
        let args = req["args"].as_array().cloned().unwrap_or_default();
        let answer = match jianxi::api::json::call(&set, api, &args) {
            Ok(v) => serde_json::json!({ "ok": v }),
            Err(e) => {
                serde_json::json!({ "error": { "code": e.code.as_str(), "field": e.field, "message": e.message, "messageEn": e.message_en } })
            }
        };
        let _ = writeln!(out, "{answer}");
    }
}
