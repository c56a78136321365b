//! The .wasm's own JSON parser and writer (src/json.rs) on arbitrary text, seeded with
//! the built-in policy data: never a panic, and what it reads it writes back to text
//! that it reads to the same value.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(v) = jianxi::json::parse(text) {
            let again = jianxi::json::parse(&jianxi::json::to_string(&v))
                .expect("its own output reads back");
            assert_eq!(again, v);
        }
    }
});
