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
  node scripts/bench-page.mjs
  node scripts/bench-batch.mjs
  node scripts/bench-vs-js.mjs
  echo '```'
  cat <<'NOTES'

## What the size figures say

The `.wasm` is over its first budget (80 KB gzip). Where the bytes go (above): about a
fifth is the built-in policy data (the JSON of `policies/*.toml`, 60 KB raw, 12 KB
gzip) and the bilingual messages; most of the rest is the rules themselves, the
readers and validators of policy files (needed by `loadPolicies`), `rust_decimal`
arithmetic, and the allocator and std. Measured steps so far, same sources:

| change | `.wasm` raw | gzip |
|---|---|---|
| serde derive on the policy model, read through serde-wasm-bindgen + serde_path_to_error | 567 KB | 208 KB |
| answers and policy files as JSON text (serde_json) | 579 KB | 214 KB |
| no serde_path_to_error (field paths from a JSON scan) | 521 KB | 194 KB |
| policy files read by a hand-written reader over one `Value` type (no derive) | 392 KB | 155 KB |
| `-Zfmt-debug=none -Zlocation-detail=none` | 387 KB | 151 KB |
| `ApiError` boxed (every `Result` one pointer wide) | 361 KB | 143 KB |
| batch estimates (`skipInvalidRows`, rows reported per field) | 367 KB | 146 KB |

Tried without gain: `opt-level = "s"` (+23 KB) or `3` (+106 KB) instead of `"z"`;
`wasm-opt --converge`; `-Zinline-mir=no -Cllvm-args=-inline-threshold=0` (+1 KB).
NOTES
} > "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
