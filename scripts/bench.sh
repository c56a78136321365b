#!/usr/bin/env bash
# Measures sizes and speed and writes BENCHMARKS.md (machine and date included).
# Not part of the test command: figures are printed, never asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
out=BENCHMARKS.md
{
  echo "# Benchmarks"
  echo
  echo "Written by \`bash scripts/bench.sh\` on $(date -u +%Y-%m-%d) — $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(rustc --version); node $(node --version)."
  echo
  echo "## Sizes (bytes)"
  echo
  echo '```'
  node scripts/size-report.mjs
  echo '```'
  echo
  echo "## Where the .wasm bytes go"
  echo
  echo "From \`bash scripts/wasm-analysis.sh\` (twiggy on a copy built with symbol names, optimised like the shipped one):"
  echo
  echo '```'
  bash scripts/wasm-analysis.sh 12 2>/dev/null | cut -c1-120
  echo '```'
  echo
  echo "## Speed"
  echo
  echo '```'
  cargo run --quiet --release --example bench 2>/dev/null
  node scripts/bench-wasm.mjs
  echo '```'
} > "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
