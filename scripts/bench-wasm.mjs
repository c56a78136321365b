// Throughput of the shipped .wasm in Node: instantiate, single estimates, a
// 10,000-intern batch and self-checks. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as jianxi from '../pkg/jianxi.js';

const bytes = readFileSync(new URL('../pkg/jianxi_bg.wasm', import.meta.url));
let t = performance.now();
const dataFile = (name) => JSON.parse(readFileSync(new URL(`../www/data/${name}`, import.meta.url), 'utf8'));
jianxi.initSync({ module: bytes });
jianxi.loadPolicies(dataFile('policies.json'), { mode: 'replace' }); // parsed and validated by the engine
console.log(`wasm in Node: instantiate + load the data file: ${(performance.now() - t).toFixed(1)} ms`);
const rate = (n, f) => { f(); const s = performance.now(); for (let i = 0; i < n; i++) f(); return n / ((performance.now() - s) / 1000); };
const henan = { province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, interns: 10, retained: 6 };
const check = { province: 'hunan', asOf: '2024-05-01', birthDate: '2004-01-01', education: 'bachelor', leftSchoolOn: '2023-07-01', employed: false, registeredUnemployed: true };
const kinds = ['completed', 'retained', 'inProgress'];
const list = Array.from({ length: 10_000 }, (_, i) => ({ outcome: kinds[i % 3], startDate: `2023-${String(1 + (i % 12)).padStart(2, '0')}-01`, months: 3 + (i % 10) }));
console.log(`wasm single estimate (Henan cohort): ${rate(2000, () => jianxi.estimateSubsidy(henan)).toFixed(0)} per second`);
console.log(`wasm self-check (Hunan): ${rate(2000, () => jianxi.checkEligibility(check)).toFixed(0)} per second`);
const b = rate(5, () => jianxi.estimateSubsidy({ province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, internList: list }));
console.log(`wasm 10,000-intern batch (Henan): ${(1000 / b).toFixed(1)} ms each, ${(b * 10_000).toFixed(0)} interns per second`);
// The youth module: what the self-check page instantiates.
const youth = await import('../pkg/jianxi_youth.js');
t = performance.now();
youth.initSync({ module: readFileSync(new URL('../pkg/jianxi_youth_bg.wasm', import.meta.url)) });
youth.loadPolicies(dataFile('policies-youth.json'), { mode: 'replace' }); // checked, the employer-only parts aside
console.log(`youth module in Node: instantiate + load the youth data file: ${(performance.now() - t).toFixed(1)} ms; self-check (Hunan): ${rate(2000, () => youth.checkEligibility(check)).toFixed(0)} per second`);
