#!/usr/bin/env bash
# Where the .wasm bytes go: builds a copy with symbol names, optimises it like the
# shipped one, and prints twiggy's largest items and a total per kind.
# Usage: wasm-analysis.sh [ROWS] [cargo args, e.g. --no-default-features for the youth module]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.env
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
RUSTUP_TOOLCHAIN="$NIGHTLY" CARGO_PROFILE_RELEASE_STRIP=false CARGO_TARGET_DIR=target/analysis \
  RUSTFLAGS="-Ctarget-cpu=mvp -Zunstable-options -Cpanic=immediate-abort" \
  cargo build --quiet --release --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "${@:2}"
out=target/analysis/bindgen; mkdir -p "$out"
wasm-bindgen --target web --keep-debug --out-dir "$out" target/analysis/wasm32-unknown-unknown/release/jianxi.wasm
node_modules/.bin/wasm-opt -Oz --low-memory-unused -g --mvp-features "$out/jianxi_bg.wasm" -o "$out/named.wasm"
twiggy top -n "${1:-25}" "$out/named.wasm" | cut -c1-160
twiggy top -n 100000 --format csv "$out/named.wasm" | python3 -c '
import csv, re, sys, collections
kinds = collections.Counter()
for row in csv.DictReader(sys.stdin):
    n, b = re.sub(r"\[[0-9a-f]+\]", "", row["Name"]), int(row["ShallowSize"])
    if "custom section" in n or "function names" in n: continue
    k = ("data (policy JSON, messages, tables)" if n.startswith("data segment")
         else "rust_decimal" if "rust_decimal" in n else "chrono" if "chrono" in n
         else "formatting (core::fmt, floats)" if re.search(r"fmt|flt2dec|bignum|f64", n)
         else "policy file reader (read_model)" if "read_model" in n
         else "policy set: checks, calendar" if "PolicySet>::assemble" in n or "policy::validate" in n
         else "JSON in/out (json, the JS walk)" if re.search(r"jianxi::json|wasm::from_js", n)
         else "rules, inputs, messages (jianxi)" if "jianxi" in n or re.match(r"^[a-z][A-Za-z]+$", n)
         else "allocator, std, glue")
    kinds[k] += b
print("\nby kind (bytes before the names section is stripped):")
for k, v in kinds.most_common(): print(f"{v:>9}  {k}")'
