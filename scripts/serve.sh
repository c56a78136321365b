#!/usr/bin/env bash
# Installs what is missing, builds pkg/ if the sources changed, and serves the youth
# self-check (built-in policy data) at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -f pkg/jianxi_bg.wasm ] || [ -n "$(find src policies build.rs Cargo.toml types -newer pkg/jianxi_bg.wasm 2>/dev/null | head -1)" ]; then
  bash scripts/build-wasm.sh
fi
exec node scripts/server.mjs "${PORT:-8080}"
