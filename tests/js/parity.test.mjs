// The same generated inputs through the .wasm and natively (examples/answer.rs):
// every answer and every error must be identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import jianxi from './load.mjs';

// The identifiers come from the data (formSpec): a new jurisdiction is generated with no edit
// here. 'guangdong' has no file: a deliberate unknown province.
const spec = jianxi.formSpec();
const jurisdictions = spec.jurisdictions.map((j) => j.id);
const educationLevels = spec.educationLevels.map((e) => e.id);
// Household registrations: the jurisdictions' own provinces (Ningxia's rule turns on them) and one other.
const hukou = spec.hukouProvinces.map((h) => h.id);
const hukouPicks = [...hukou.filter((h) => jurisdictions.includes(h)), hukou.find((h) => !jurisdictions.includes(h))];

let seed = 20231001;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const date = () => `${pick([2021, 2022, 2023, 2024, 2025, 2026, 2027])}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 31)).padStart(2, '0')}`;
const maybe = (v) => (rnd() < 0.8 ? v : undefined);
const provinces = [...jurisdictions, 'guangdong'];

function generate() {
  const calls = [];
  for (let i = 0; i < 600; i++) {
    calls.push({ api: 'checkEligibility', args: [{ province: pick(provinces), asOf: date(), birthDate: maybe(date()), education: maybe(pick(educationLevels)), leftSchoolOn: maybe(date()), employed: maybe(rnd() < 0.5), registeredUnemployed: maybe(rnd() < 0.5), hukouProvince: maybe(pick(hukouPicks)), hardshipArea: maybe(rnd() < 0.5), socialInsuranceMonthly: maybe(String(Math.floor(rnd() * 2000))) }] });
    const list = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => ({ outcome: pick(['inProgress', 'completed', 'retained', 'leftEarly', 'hiredEarly']), outcomeDate: maybe(date()), contractMonths: maybe(Math.floor(rnd() * 30)), socialInsurance: maybe(rnd() < 0.5), months: maybe(1 + Math.floor(rnd() * 13)) }))
      .map((it) => (['leftEarly', 'hiredEarly'].includes(it.outcome) ? it : { outcome: it.outcome, months: it.months }))
      .map((it) => (it.outcome === 'hiredEarly' ? it : { ...it, contractMonths: undefined, socialInsurance: undefined }));
    const est = { province: pick(provinces), tier: maybe(1 + Math.floor(rnd() * 4)), startDate: date(), months: 1 + Math.floor(rnd() * 13), localStandard: maybe({ basePercent: String(50 + Math.floor(rnd() * 60)) }), skipInvalidRows: maybe(rnd() < 0.5) };
    calls.push({ api: 'estimateSubsidy', args: [rnd() < 0.5 ? { ...est, interns: 1 + Math.floor(rnd() * 50), retained: Math.floor(rnd() * 30) } : { ...est, internList: list }] });
    calls.push({ api: 'addWorkingDays', args: [date(), Math.floor(rnd() * 40)] });
  }
  // JSON has no undefined: drop absent fields as JSON.stringify would.
  return JSON.parse(JSON.stringify(calls));
}

test('the .wasm and native answer 1,800 generated calls identically', () => {
  const bin = new URL('../../target/debug/examples/answer', import.meta.url).pathname;
  assert.ok(existsSync(bin), 'run `cargo test` first: it builds examples/answer.rs');
  const calls = generate();
  const native = execFileSync(bin, { input: calls.map((c) => JSON.stringify(c)).join('\n'), encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }).trim().split('\n').map((l) => JSON.parse(l));
  let answered = 0;
  calls.forEach((c, k) => {
    let mine;
    try {
      mine = { ok: jianxi[c.api](...c.args) };
      answered += 1;
    } catch (e) {
      mine = { error: { code: e.code, field: e.field, message: e.message, messageEn: e.messageEn } };
    }
    assert.deepEqual(mine, native[k], `${c.api} ${JSON.stringify(c.args)}`);
  });
  assert.ok(answered > 300, `only ${answered} calls answered without error: the generator needs more valid inputs`);
});
