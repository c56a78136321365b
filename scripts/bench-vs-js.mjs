// The same 10,000-intern batches through the .wasm and through a plain-JavaScript
// implementation of the Henan and Yunnan rules (scripts/plain-js-reference.mjs), in
// the same run: both must agree, and the speed ratio is printed.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as jianxi from '../pkg/jianxi.js';
import { estimate } from './plain-js-reference.mjs';

jianxi.initSync({ module: readFileSync(new URL('../pkg/jianxi_bg.wasm', import.meta.url)) });
jianxi.loadPolicies(JSON.parse(readFileSync(new URL('../www/data/policies.json', import.meta.url), 'utf8')), { mode: 'replace' });
const kinds = ['completed', 'retained', 'inProgress'];
const list = Array.from({ length: 10_000 }, (_, i) => ({ outcome: kinds[i % 3], startDate: `2023-${String(1 + (i % 12)).padStart(2, '0')}-01`, months: 3 + (i % 10), tier: 1 + (i % 3) }));
const time = (f, n = 5) => { f(); const t = performance.now(); for (let i = 0; i < n; i++) f(); return (performance.now() - t) / n; };
for (const province of ['henan', 'yunnan']) {
  const input = { province, startDate: '2023-07-01', months: 6, internList: province === 'yunnan' ? list.map(({ tier, ...x }) => x) : list };
  const w = jianxi.estimateSubsidy(input);
  const j = estimate(province, list);
  if (w.baseTotal !== j.baseTotal || (w.retentionDifference ?? '0.00') !== j.retentionDifference && w.retentionRate.meetsThreshold !== null) {
    throw new Error(`${province}: wasm ${w.baseTotal}/${w.retentionDifference} ≠ plain JS ${j.baseTotal}/${j.retentionDifference}`);
  }
  const tw = time(() => jianxi.estimateSubsidy(input));
  const tj = time(() => estimate(province, list));
  console.log(`${province} 10,000 interns: wasm ${tw.toFixed(1)} ms, plain JS ${tj.toFixed(1)} ms (wasm/JS ${(tw / tj).toFixed(1)}×); base ${w.baseTotal} both`);
}
