#!/usr/bin/env bash
# Builds pkg/: the .wasm (MVP features only) and its ES-module glue.
# Path verified on this machine: pinned nightly + rust-src, -Zbuild-std and
# -Ctarget-cpu=mvp (no reference types, no sign-ext, no bulk memory), wasm-pack
# with the local wasm-bindgen CLI and no wasm-opt download, then npm binaryen's
# wasm-opt -Oz --mvp-features. Deterministic: same sources, same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
source scripts/toolchain.env
export PATH="$HOME/.cargo/bin:$PATH"
# rustc's crate hashes include the package's path, and they steer code generation:
# build from a copy at one fixed path so that every checkout gives the same bytes.
build=/tmp/jianxi-wasm-build
mkdir -p "$build"
# Two checkouts building at once would share that path: take turns.
exec 9>"$build.lock"
flock 9
rm -rf "$build/src" "$build/policies" "$build/types" "$build/pkg/snippets"
# Plain cp, not -a: the copies get new times, so cargo never takes another checkout's
# older-dated sources (or build.rs output) for up to date.
# No policies/: the .wasm carries no policy data (build.rs reads none for wasm32), so
# pkg/ and miniprogram/lib/ do not depend on it and a data-only change rebuilds nothing.
cp -r Cargo.toml Cargo.lock build.rs src types "$build/"
cd "$build"
export RUSTUP_TOOLCHAIN="$NIGHTLY"
export RUSTFLAGS="-Ctarget-cpu=mvp -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none --remap-path-prefix=$build=/jianxi --remap-path-prefix=$HOME/.cargo=/cargo --remap-path-prefix=$HOME/.rustup=/rustup"
export WASM_BINDGEN_PATH="$(command -v wasm-bindgen)"
export WASM_PACK_CACHE="$build/wasm-pack-cache"   # never a download: the CLI comes from PATH
export SOURCE_DATE_EPOCH=0
# The standard library is built with its optimize_for_size feature: heapsort and a plain
# merge sort instead of ipnsort/driftsort, integers formatted without the digit-pair
# table, chars counted one by one (5 KB raw off the whole module; none of it is on a hot
# path: the JSON writer has its own digits, the only sort is of rejected batch rows).
# Two modules from the same sources: the whole API (jianxi), and the youth module
# (jianxi_youth: checkEligibility and policies) that the self-check page loads.
WASM_OPT="$repo/node_modules/.bin/wasm-opt"
module() {  # module NAME [cargo args...]
  local name="$1"; shift
  wasm-pack --quiet build . --release --target web --no-pack --out-dir pkg --out-name "$name" --mode no-install \
    -- -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "$@" >/dev/null
  # The JS beside the glue (src/wasm_input.js) copied into it: one file per module.
  node "$repo/scripts/inline-snippets.mjs" "pkg/$name.js"
  # Only the exports the glue reads (no Globals: WXWebAssembly on iOS exports none); wasm-opt then drops the rest.
  node "$repo/scripts/strip-wasm-exports.mjs" "pkg/$name.js" "pkg/${name}_bg.wasm" >/dev/null
  mkdir -p "$repo/pkg"
  cp "pkg/$name.js" "pkg/$name.d.ts" "pkg/${name}_bg.wasm.d.ts" "$repo/pkg/"
  # --low-memory-unused: the first 1 KB of memory is the far end of the 1 MB stack (rustc
  # puts the stack first, growing down towards 0; data starts at 1 MB), reached only by a
  # stack about to overflow. So `load(p + 8)` may become `load offset=8 (p)`: fewer
  # instructions, 3.8 KB less raw in the whole module. Only a pointer wrapping past 4 GB
  # could tell the difference, and it then traps instead of reading address 0..1023.
  "$WASM_OPT" -Oz --low-memory-unused --mvp-features --strip-debug --strip-producers "pkg/${name}_bg.wasm" -o "$repo/pkg/${name}_bg.wasm"
  wasm-validate --disable-reference-types --disable-sign-extension --disable-bulk-memory \
    --disable-multi-value --disable-saturating-float-to-int --disable-simd "$repo/pkg/${name}_bg.wasm"
  echo "pkg/${name}_bg.wasm: $(wc -c < "$repo/pkg/${name}_bg.wasm") bytes, $(gzip -9c "$repo/pkg/${name}_bg.wasm" | wc -c) gzip, MVP-only"
}
module jianxi
module jianxi_youth --no-default-features
cd "$repo"
rm -f pkg/.gitignore pkg/package.json pkg/README.md
# pkg/ as an npm package: package.json (exports, types, files) and its README.
node scripts/write-pkg-json.mjs
# The mini-program's copy of the engine, generated from the same build.
node scripts/build-miniprogram.mjs
