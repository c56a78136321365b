#!/usr/bin/env bash
# Runs every test: the native core, the rebuilt pkg/ (it must equal the committed one
# and be MVP-only), the JS API in Node, the pages in headless Chromium; then sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo test (native core, conformance cases, policy data, properties)"
cargo test --quiet 2>&1

step "rustfmt and clippy (every warning is an error), the whole API and the youth module"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --all-targets --no-default-features --quiet -- -D warnings

step "wasm-bindgen-test: the Wasm boundary in Node, then in headless Chromium"
source scripts/toolchain.env
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
RUSTUP_TOOLCHAIN="$NIGHTLY" cargo test --target wasm32-unknown-unknown --test wasm_boundary 2>&1 | sed '/^ *Compiling/d'
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver RUSTUP_TOOLCHAIN="$NIGHTLY" \
  cargo test --target wasm32-unknown-unknown --test wasm_boundary 2>&1 | sed '/^ *Compiling/d'

step "rebuild pkg/ from the sources; it must be exactly what is committed"
bash scripts/build-wasm.sh
if [ -d .git ] && [ -n "$(git status --porcelain -- pkg/ miniprogram/lib/)" ]; then
  git status --short -- pkg/ miniprogram/lib/
  echo "pkg/ or miniprogram/lib/ differs from what the sources build: run scripts/build-wasm.sh and commit them"; exit 1
fi

step "the served policy data files are what policies/*.toml give (data step, checked by the engine)"
node scripts/build-data.mjs --check

step "the youth page's script is what its modules give (www/youth.bundle.js)"
node scripts/build-youth-bundle.mjs --check

step "the shipped .wasm files use MVP features only (WeChat, old Safari)"
for wasm in pkg/jianxi_bg.wasm pkg/jianxi_youth_bg.wasm; do
  wasm-validate --disable-reference-types --disable-sign-extension --disable-bulk-memory \
    --disable-multi-value --disable-saturating-float-to-int --disable-simd "$wasm" && echo "$wasm MVP-only: ok"
done

step "JS API in Node (pkg/ as a user imports it)"
node --test tests/js/

step "pages in headless Chromium"
node --test tests/browser/

step "sizes"
node scripts/size-report.mjs
