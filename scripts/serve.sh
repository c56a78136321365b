#!/usr/bin/env bash
# Installs what is missing, builds pkg/ if the engine's sources changed, writes the
# served policy data from policies/*.toml (the data step: no Rust toolchain needed),
# and serves the youth self-check at http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -f pkg/jianxi_bg.wasm ] || [ -n "$(find src build.rs Cargo.toml types -newer pkg/jianxi_bg.wasm 2>/dev/null | head -1)" ]; then
  bash scripts/build-wasm.sh
fi
# The data the pages load (www/data/, miniprogram/data/), refused with file, field and reason if bad.
node scripts/build-data.mjs
# The youth page's one script, from its modules (www/youth.js, common.js, policy-data.js).
node scripts/build-youth-bundle.mjs
exec node scripts/server.mjs "${PORT:-8080}"
