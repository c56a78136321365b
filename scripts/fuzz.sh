#!/usr/bin/env bash
# Fuzzes every API entry point, the policy loader and the .wasm's JSON text reader and
# writer, and the summary path against the explained estimate, for a fixed time each (not part
# of the test command). Usage: bash scripts/fuzz.sh [seconds per target, default 60]; FUZZ_TARGETS
# picks targets.
# FUZZ_RUNS=N runs each target for N executions instead (no time limit).
# Built optimised with debug assertions (integer overflow panics). No sanitizer by default:
# the core has no `unsafe` (src/lib.rs forbids it outside the wasm boundary), so AddressSanitizer finds
# nothing a panic would not, at 10–30× fewer executions per second; FUZZ_SANITIZER=address
# turns it back on.
# Prints executions and crashes per target; exits non-zero if anything crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.env
export PATH="$HOME/.cargo/bin:$PATH"
secs="${1:-60}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# Seed corpora: every conformance case, and the shipped policy files.
# The entry_points target picks a function by the first byte, in the order of
# src/entry_points.rs (the functions that answer), which examples/answer.rs prints.
ENTRY_POINTS="$(cargo run --quiet --example answer -- --entry-points)" node --input-type=module -e '
import { mkdirSync, writeFileSync } from "node:fs";
import { loadCases, argsOf } from "./tests/js/cases.mjs";
const apis = JSON.parse(process.env.ENTRY_POINTS).filter((e) => e.answers).map((e) => e.name);
mkdirSync("fuzz/corpus/entry_points", { recursive: true });
loadCases().forEach((c, k) => {
  const args = argsOf(c);
  const body = JSON.stringify(args.length > 1 ? args : args[0] ?? null);
  writeFileSync(`fuzz/corpus/entry_points/case-${k}`, Buffer.concat([Buffer.from([apis.indexOf(c.api)]), Buffer.from(body)]));
});
// The summary target: every estimate input, alone and as a one-unit plan.
mkdirSync("fuzz/corpus/summary", { recursive: true });
loadCases().filter((c) => c.api === "estimateSubsidy").forEach((c, k) => {
  const input = argsOf(c)[0];
  writeFileSync(`fuzz/corpus/summary/case-${k}`, JSON.stringify(input));
  if (input && typeof input === "object") writeFileSync(`fuzz/corpus/summary/plan-${k}`, JSON.stringify({ units: [input], perUnit: true }));
});'
mkdir -p fuzz/corpus/policy_files
node -e '
const fs = require("fs");
const out = require("child_process").execFileSync("cargo", ["run", "--quiet", "--example", "dump_policies"], { encoding: "utf8" });
JSON.parse(out).forEach((f, k) => fs.writeFileSync(`fuzz/corpus/policy_files/file-${k}`, JSON.stringify(f)));'
mkdir -p fuzz/corpus/json_text
cp fuzz/corpus/policy_files/* fuzz/corpus/json_text/
status=0
for target in ${FUZZ_TARGETS:-entry_points policy_files json_text summary}; do
  log="fuzz/$target.log"
  if [ -n "${FUZZ_RUNS:-}" ]; then limit="-runs=$FUZZ_RUNS"; else limit="-max_total_time=$secs"; fi
  if RUSTUP_TOOLCHAIN="$NIGHTLY" cargo fuzz run --fuzz-dir fuzz -O --debug-assertions --sanitizer "${FUZZ_SANITIZER:-none}" \
    "$target" "fuzz/corpus/$target" -- "$limit" -rss_limit_mb=4096 > "$log" 2>&1; then
    done_line="$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1)"
    echo "$target: $(echo "$done_line" | cut -d' ' -f2) executions in $(echo "$done_line" | cut -d' ' -f5) s, 0 crashes"
  else
    status=1
    echo "$target: CRASH — see $log and fuzz/artifacts/$target/"
    grep -m5 -E 'panicked|ERROR' "$log" || true
  fi
done
exit $status
