// simulate() through the .wasm: the summary path answers what estimateSubsidy totals,
// reads typed-array columns like plain arrays, and a policy overlay is for one call only.
import test from 'node:test';
import assert from 'node:assert/strict';
import jianxi from './load.mjs';

const cents = (s) => Math.round(Number(s) * 100);

// A small deterministic generator (the same plan every run).
function rng(seed) {
  let x = seed >>> 0;
  return () => { x = (x + 0x6d2b79f5) >>> 0; let t = x; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

function units(n, seed) {
  const r = rng(seed);
  return Array.from({ length: n }, (_, k) => {
    const province = ['henan', 'yunnan'][k % 2];
    const interns = 1 + Math.floor(r() * 8);
    const month = 7 + Math.floor(r() * 6); // after both 2023 notices took effect: every standard known
    const day = 1 + Math.floor(r() * 28);
    const unit = { province, startDate: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, months: [3, 6, 6, 12][Math.floor(r() * 4)], interns, retained: Math.floor(r() * (interns + 1)), group: `g${k % 3}` };
    if (province === 'henan') unit.tier = 1 + Math.floor(r() * 3);
    else unit.county = ['五华区', '盘龙区'][k % 2];
    return unit;
  });
}

test('the summary totals equal the sum of the explained estimates, per unit, group and in all', () => {
  const list = units(60, 18);
  const plan = jianxi.simulate({ units: list, perUnit: true });
  let total = 0;
  const byGroup = {};
  list.forEach((u, k) => {
    const { group, ...input } = u;
    const e = jianxi.estimateSubsidy(input);
    assert.equal(plan.perUnit[k].amounts.total, e.total, JSON.stringify(u));
    total += cents(e.total);
    byGroup[group] = (byGroup[group] ?? 0) + cents(e.total);
  });
  assert.notEqual(plan.amounts.total, null);
  assert.equal(cents(plan.amounts.total), total);
  for (const g of plan.groups) assert.equal(cents(g.amounts.total), byGroup[g.name], g.name);
  // The months add up to the total.
  assert.equal(plan.months.reduce((a, m) => a + cents(m.amounts.total), 0), total);
});

test('typed-array columns answer as plain arrays do, and as the units form', () => {
  const cols = { startDate: [20230701, 20230815, 20231101], months: [6, 3, 12], size: [5, 2, 3], retained: [3, 0, 2], tier: [1, 2, 3], group: [0, 1, 1] };
  const plain = jianxi.simulate({ province: 'henan', groups: ['郑州市', '开封市'], units: cols });
  const typed = jianxi.simulate({ province: 'henan', groups: ['郑州市', '开封市'], units: Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, Int32Array.from(v)])) });
  assert.deepEqual(typed, plain);
  const asUnits = jianxi.simulate({ units: cols.startDate.map((d, k) => ({ province: 'henan', startDate: `${String(d).slice(0, 4)}-${String(d).slice(4, 6)}-${String(d).slice(6)}`, months: cols.months[k], interns: cols.size[k], retained: cols.retained[k], tier: cols.tier[k], group: ['郑州市', '开封市'][cols.group[k]] })) });
  assert.deepEqual(asUnits.amounts, plain.amounts);
  assert.deepEqual(asUnits.groups.map((g) => [g.name, g.amounts]), plain.groups.map((g) => [g.name, g.amounts]));
});

test('a column that is not a list of numbers is refused by field, in both languages', () => {
  const bad = { startDate: new BigInt64Array([20230701n]), months: [6], size: [1], tier: [1] };
  assert.throws(() => jianxi.simulate({ province: 'henan', units: bad }), (e) => e.field.startsWith("units.startDate") && Boolean(e.message && e.messageEn));
  assert.throws(() => jianxi.simulate({ province: 'henan', units: { startDate: [20230701], months: [6, 6], size: [1], tier: [1] } }), (e) => e.field.startsWith('units.months') && e.messageEn.length > 0);
});

test('a what-if overlay (70% → 80%) changes that call only', () => {
  const henan = structuredClone(jianxi.policies().jurisdictions.find((j) => j.id === 'henan'));
  for (const rs of henan.ruleSets) if (rs.baseSubsidy?.percent === 70) rs.baseSubsidy.percent = 80;
  const plan = { province: 'henan', units: { startDate: [20230701], months: [6], size: [10], retained: [4], tier: [1] } };
  const before = jianxi.simulate(plan);
  const after = jianxi.simulate({ ...plan, policies: henan });
  assert.equal(before.amounts.base, '84000.00'); // 10 × 6 × 70% × 2000
  assert.equal(after.amounts.base, '96000.00');
  assert.equal(after.standards[0].baseStandard.percent, '80');
  assert.deepEqual(jianxi.simulate(plan), before);
});
