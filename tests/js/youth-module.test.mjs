// The youth module (pkg/jianxi_youth*, built without the `full` feature): the engine
// the self-check page loads. It must export only what that page calls and answer
// exactly as the whole module and native do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as youth from '../../pkg/jianxi_youth.js';
import full from './load.mjs';
import { loadCases, argsOf } from './cases.mjs';

youth.initSync({ module: readFileSync(new URL('../../pkg/jianxi_youth_bg.wasm', import.meta.url)) });

const answer = (m, api, args) => {
  try {
    return { ok: m[api](...args) };
  } catch (e) {
    return { error: { code: e.code, field: e.field, message: e.message, messageEn: e.messageEn } };
  }
};

test('the youth module exports the self-check and the policy data, nothing else', () => {
  const api = Object.keys(youth).filter((k) => !['default', 'initSync'].includes(k)).sort();
  assert.deepEqual(api, ['checkEligibility', 'policies']);
  const dts = readFileSync(new URL('../../pkg/jianxi_youth.d.ts', import.meta.url), 'utf8');
  assert.match(dts, /export function checkEligibility\(input_: EligibilityInput\): EligibilityResult;/);
  assert.doesNotMatch(dts, /export function estimateSubsidy/);
});

test('every self-check case: the youth module answers as native and the whole module do', () => {
  const native = JSON.parse(readFileSync(new URL('../../target/conformance-native.json', import.meta.url), 'utf8'));
  const cases = loadCases().filter((c) => c.api === 'checkEligibility');
  assert.ok(cases.length >= 40, `at least 40 self-check cases, found ${cases.length}`);
  for (const c of cases) {
    const mine = answer(youth, c.api, argsOf(c));
    assert.deepEqual(mine, native[c.id], c.id);
    assert.deepEqual(mine, answer(full, c.api, argsOf(c)), c.id);
  }
});

test('the youth module describes the same policy data, without the employer-only parts', () => {
  const whole = full.policies();
  for (const file of whole.jurisdictions) {
    for (const key of ['minimumWage', 'quotas', 'reportForms']) delete file[key];
    for (const d of file.documents) delete d.seedParts;
    for (const rs of file.ruleSets) {
      for (const key of ['baseSubsidy', 'raisedSubsidy', 'retentionThreshold', 'remainingPeriod', 'internshipMonths', 'reportDeadline', 'annualReport', 'targets', 'employerNotes']) delete rs[key];
    }
  }
  const mine = youth.policies();
  assert.deepEqual(mine, whole);
  assert.ok(mine.jurisdictions.length >= 6 && mine.dataDate && mine.calendarYears.includes(2024));
  assert.ok(mine.jurisdictions.every((j) => j.ruleSets.length && j.name.zh && j.documents.length), 'what the self-check page shows is all there');
});

test('bad input to the youth module gives the same errors and it keeps answering', () => {
  const good = { province: 'hunan', asOf: '2024-05-01', birthDate: '2004-01-01', education: 'bachelor', leftSchoolOn: '2023-07-01', employed: false, registeredUnemployed: true, hukouProvince: 'hunan', hardshipArea: false };
  const bad = [42, NaN, Infinity, 1e308, -1, true, '', 'x'.repeat(100_000), { a: 1 }, [1], '2023-02-30', () => 1, Symbol('s'), 10n];
  let compared = 0;
  for (const field of Object.keys(good)) {
    for (const v of bad) {
      const input = { ...good, [field]: v };
      const mine = answer(youth, 'checkEligibility', [input]);
      assert.deepEqual(mine, answer(full, 'checkEligibility', [input]), `${field} = ${String(v).slice(0, 20)}`);
      compared += 1;
    }
  }
  assert.equal(compared, 9 * bad.length);
  assert.equal(youth.checkEligibility(good).eligible, true);
});
