#!/usr/bin/env bash
# Installs what the build and the tests need, from the package registries only,
# skipping whatever is already present. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.env
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# Debian packages: wabt (wasm-validate), chromium + driver (browser tests), brotli (size
# report), a CJK font (so the screenshots the tests keep show Chinese, not boxes).
missing=()
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
command -v wasm-validate >/dev/null || missing+=(wabt)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# rustfmt and clippy on the default toolchain: the test command checks formatting and lints.
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "rustup component add $component"
    rustup component add "$component"
  fi
done

# The pinned nightly that builds the MVP-only .wasm (see scripts/build-wasm.sh).
if ! rustup run "$NIGHTLY" rustc --version >/dev/null 2>&1 \
   || ! rustup component list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src' \
   || ! rustup target list --toolchain "$NIGHTLY" --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown'; then
  say "rustup toolchain install $NIGHTLY (rust-src, wasm32-unknown-unknown)"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

# wasm-bindgen CLI pinned to the wasm-bindgen in Cargo.lock; built from crates.io.
lock_version=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
[ "$lock_version" = "$WASM_BINDGEN_VERSION" ] || { echo "Cargo.lock has wasm-bindgen $lock_version, scripts/toolchain.env $WASM_BINDGEN_VERSION"; exit 1; }
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (builds from source, a few minutes)"
  # Not --locked: its lock file pins a webpki-roots release the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force --quiet
fi
if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
  say "cargo install wasm-pack $WASM_PACK_VERSION (builds from source, a few minutes)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked --force --quiet
fi

# npm: binaryen (wasm-opt), playwright-core, axe-core, smol-toml; exact versions from package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --silent
fi
say "tools ready"
