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
  echo "The youth module, by kind:"
  echo
  echo '```'
  bash scripts/wasm-analysis.sh 0 --no-default-features 2>/dev/null | sed -n '/by kind/,$p'
  echo '```'
  echo
  echo "## Speed"
  echo
  echo "Load average when the speed runs began: $(cut -d' ' -f1-3 /proc/loadavg) (other work shares the cores; every figure below is wall time under that load)."
  echo
  echo '```'
  # First: writes target/bench-situations.json, which the native run reads.
  node scripts/bench-summary.mjs
  cargo run --quiet --release --example bench 2>/dev/null
  cargo run --quiet --release --example plan 2>/dev/null
  node scripts/bench-wasm.mjs
  node scripts/bench-page.mjs
  node scripts/bench-first-visit.mjs --runs 5
  node scripts/bench-planning.mjs
  node scripts/bench-batch.mjs
  node scripts/bench-vs-js.mjs
  echo '```'
  echo
  echo "## Fuzzing"
  echo
  cat fuzz/RESULTS.md
  echo
  # What the figures mean, written by hand: one file per issue, kept beside the code
  # (docs/bench-notes/), so a run of this script never drops them.
  for notes in docs/bench-notes/*.md; do
    cat "$notes"
    echo
  done
} > "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
