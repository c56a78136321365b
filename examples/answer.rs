//! Answers JS API calls natively, one JSON line in, one JSON line out:
//! {"api": "estimateSubsidy", "args": [...]} → {"ok": ...} or {"error": {...}}.
//! tests/js/parity.test.mjs compares it with the .wasm on generated inputs.
use std::io::{BufRead, Write};

fn main() {
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
