//! The .wasm's own JSON parser and writer (src/json.rs) on arbitrary text, seeded with
//! the built-in policy data: never a panic, and what it reads it writes back to text
//! that it reads to the same value. The input reader (`parse_input`, the text an entry
//! point's input crosses as, with its marks `!`, `#` and `@`) never panics either, and
//! reads plain JSON as `parse` does.
#![no_main]
use jianxi::input::Value;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let mut views = || Value::Array(vec![Value::Number(1.0)]);
        let as_input = jianxi::json::parse_input(text, &mut views);
        if let Ok(v) = jianxi::json::parse(text) {
            let again = jianxi::json::parse(&jianxi::json::to_string(&v))
                .expect("its own output reads back");
            assert_eq!(again, v);
            assert_eq!(as_input, Ok(v), "plain JSON reads the same as an input");
        }
    }
});
