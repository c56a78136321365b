//! Prints the embedded policy files as one JSON array (seed corpus for scripts/fuzz.sh).
fn main() {
    println!("{}", jianxi::policy::EMBEDDED_JSON);
}
