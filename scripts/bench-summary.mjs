// The summary path and the explained path against publicodes (the Henan + Yunnan cohort
// rules written in it: scripts/publicodes-cohort.mjs) and the plain-JS reference, on the
// same 10,000 cohort situations in one Node run. Every method's checksum (Σ totals in fen)
// must be equal, or this stops. Writes the situations for the native run (examples/bench.rs).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as jianxi from '../pkg/jianxi.js';
import { engine, total as publicodesTotal } from './publicodes-cohort.mjs';
import { estimate as plainJs } from './plain-js-reference.mjs';
import { random } from '../www/planning-model.js';

jianxi.initSync({ module: readFileSync(new URL('../pkg/jianxi_bg.wasm', import.meta.url)) });
jianxi.loadPolicies(JSON.parse(readFileSync(new URL('../www/data/policies.json', import.meta.url), 'utf8')), { mode: 'replace' });
const N = 10_000;
const r = random(2023);
const situations = Array.from({ length: N }, (_, k) => {
  const interns = 1 + Math.floor(r() * 20);
  const s = { province: k % 2 ? 'yunnan' : 'henan', startDate: `2023-${String(7 + Math.floor(r() * 6)).padStart(2, '0')}-01`, months: 3 + Math.floor(r() * 10), interns, retained: Math.floor(r() * (interns + 1)) };
  if (s.province === 'henan') s.tier = 1 + Math.floor(r() * 3);
  return s;
});
mkdirSync(new URL('../target', import.meta.url), { recursive: true });
writeFileSync(new URL('../target/bench-situations.json', import.meta.url), JSON.stringify(situations));
const fen = (s) => Math.round(Number(s) * 100);

/** Runs f over all situations `reps` times; per second and the checksum of the last pass. */
function measure(name, f, reps = 1) {
  f(situations.slice(0, 200)); // warm up
  let sum = 0;
  const t = performance.now();
  for (let i = 0; i < reps; i++) sum = f(situations);
  const ms = (performance.now() - t) / reps;
  return { name, perSecond: N / (ms / 1000), ms, sum };
}

const e = engine();
// The floor of any explained answer that reaches JS as an object of this shape: the same
// answers' JSON text (~10-14 KB each, ~30 % Chinese) only parsed, with no engine at all.
const answerText = new Map(situations.map((s) => [s, JSON.stringify(jianxi.estimateSubsidy(s))]));
const results = [
  measure('publicodes (one situation per evaluation)', (list) => list.reduce((a, s) => a + publicodesTotal(e, s), 0)),
  measure('plain-JS reference', (list) => list.reduce((a, s) => {
    const interns = Array.from({ length: s.interns }, (_, i) => ({ startDate: s.startDate, months: s.months, tier: s.tier, outcome: i < s.retained ? 'retained' : 'completed' }));
    const x = plainJs(s.province, interns);
    return a + fen(x.baseTotal) + fen(x.retentionDifference);
  }, 0), 3),
  measure('.wasm explained estimateSubsidy (one call per situation)', (list) => list.reduce((a, s) => a + fen(jianxi.estimateSubsidy(s).total), 0), 2),
  measure('the explained answers\' JSON text, JSON.parse alone (no engine: the floor for an answer of this shape)', (list) => list.reduce((a, s) => a + fen(JSON.parse(answerText.get(s)).total), 0), 3),
  measure('.wasm summary simulate (one call per situation)', (list) => list.reduce((a, s) => a + fen(jianxi.simulate({ units: [s] }).amounts.total), 0), 3),
  measure('.wasm summary simulate (all situations in one call, units)', (list) => fen(jianxi.simulate({ units: list }).amounts.total), 10),
  measure('.wasm summary simulate (all situations in one call, columns)', (list) => {
    let out = 0;
    for (const province of ['henan', 'yunnan']) {
      const u = list.filter((s) => s.province === province);
      const col = (f) => Int32Array.from(u, f);
      out += fen(jianxi.simulate({ province, units: { startDate: col((s) => Number(s.startDate.replaceAll('-', ''))), months: col((s) => s.months), size: col((s) => s.interns), retained: col((s) => s.retained), tier: col((s) => s.tier ?? 0) } }).amounts.total);
    }
    return out;
  }, 10),
];
const sums = new Set(results.map((x) => x.sum));
if (sums.size !== 1) throw new Error(`checksums differ: ${results.map((x) => `${x.name} ${x.sum}`).join('; ')}`);
const pc = results[0].perSecond;
console.log(`${N.toLocaleString('en')} Henan/Yunnan cohort situations, one Node run, checksum Σ totals = ${results[0].sum} fen (equal for every method):`);
for (const x of results) console.log(`  ${x.name}: ${Math.round(x.perSecond).toLocaleString('en')} per second (${x.ms.toFixed(1)} ms for all), ${(x.perSecond / pc).toFixed(1)}× publicodes`);
