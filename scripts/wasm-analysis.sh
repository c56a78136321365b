#!/usr/bin/env bash
# Where the .wasm bytes go: builds a copy with symbol names, optimises it like the
# shipped one, and prints twiggy's largest items and a total per kind.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.env
command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
RUSTUP_TOOLCHAIN="$NIGHTLY" CARGO_PROFILE_RELEASE_STRIP=false CARGO_TARGET_DIR=target/analysis \
  RUSTFLAGS="-Ctarget-cpu=mvp -Zunstable-options -Cpanic=immediate-abort" \
  cargo build --quiet --release --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort
out=target/analysis/bindgen; mkdir -p "$out"
wasm-bindgen --target web --keep-debug --out-dir "$out" target/analysis/wasm32-unknown-unknown/release/jianxi.wasm
node_modules/.bin/wasm-opt -Oz -g --mvp-features "$out/jianxi_bg.wasm" -o "$out/named.wasm"
twiggy top -n "${1:-25}" "$out/named.wasm" | cut -c1-160
twiggy top -n 100000 --format csv "$out/named.wasm" | python3 -c '
import csv, re, sys, collections
kinds = collections.Counter()
for row in csv.DictReader(sys.stdin):
    n, b = row["Name"], int(row["ShallowSize"])
    if "custom section" in n or "function names" in n: continue
    k = ("data" if n.startswith("data segment") else "serde (de)serialisation" if re.search(r"[Ss]eriali|Visitor", n)
         else "rust_decimal" if "rust_decimal" in n else "chrono" if "chrono" in n else "formatting" if "fmt" in n
         else "jianxi (rules, messages)" if "jianxi" in n else "allocator, std, glue")
    kinds[k] += b
print("\nby kind (bytes before the names section is stripped):")
for k, v in kinds.most_common(): print(f"{v:>9}  {k}")'
