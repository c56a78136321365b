// The youth module (pkg/jianxi_youth*, built without the `full` feature): the engine
// the self-check page loads. It must export only what that page calls and answer
// exactly as the whole module and native do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as youth from '../../pkg/jianxi_youth.js';
import full, { loadData } from './load.mjs';
import { loadCases, argsOf } from './cases.mjs';
import { dataFile, policyIds } from './load.mjs';

youth.initSync({ module: readFileSync(new URL('../../pkg/jianxi_youth_bg.wasm', import.meta.url)) });

test('the youth module starts with no data: NO_POLICY_DATA until loadPolicies, and checks what it loads', () => {
  youth.resetPolicies();
  assert.throws(() => youth.checkEligibility({ province: 'henan' }), (e) => e.code === 'NO_POLICY_DATA' && e.field === '' && /loadPolicies/.test(e.messageEn) && /政策数据/.test(e.message));
  assert.throws(() => youth.formSpec(), (e) => e.code === 'NO_POLICY_DATA');
  // A data file is outside input: the youth module validates it too, naming the field.
  const bad = dataFile('policies-youth.json');
  bad.find((f) => f.id === 'hunan').ruleSets[0].eligibility.categories[0].conditions[0].source.quote = '';
  assert.throws(() => youth.loadPolicies(bad, { mode: 'replace' }), (e) => e.code === 'POLICY_INVALID' && e.field.startsWith('hunan.ruleSets[0].eligibility.categories[0].conditions[0].source'));
  assert.throws(() => youth.policies(), (e) => e.code === 'NO_POLICY_DATA', 'a refused file loads nothing');
  assert.deepEqual(loadData(youth, 'policies-youth.json').jurisdictions.sort(), policyIds);
  // The whole data file also loads into the youth module (a host may serve only that one).
  loadData(youth, 'policies.json');
  assert.equal(youth.checkEligibility({ province: 'henan', asOf: '2024-03-01', birthDate: '2001-05-10', education: 'bachelor', leftSchoolOn: '2023-06-30', employed: false }).eligible, true);
});

test('a data file as JSON text (what the pages pass) loads as the parsed file does, and is checked alike', () => {
  const text = readFileSync(new URL('../../www/data/policies-youth.json', import.meta.url), 'utf8');
  for (const m of [youth, full]) {
    m.resetPolicies();
    assert.deepEqual(m.loadPolicies(text, { mode: 'replace' }).jurisdictions.sort(), ['gansu', 'henan', 'hunan', 'national', 'ningxia', 'yunnan']);
    const fromText = m.policies();
    m.loadPolicies(JSON.parse(text), { mode: 'replace' });
    assert.deepEqual(fromText, m.policies());
    // The same field and reason for a bad file, given either way; the data in force stays.
    const bad = JSON.parse(text);
    bad.find((f) => f.id === 'hunan').ruleSets[0].eligibility.categories[0].conditions[0].source.quote = '';
    const refusal = (v) => { try { m.loadPolicies(v, { mode: 'extend' }); } catch (e) { return [e.code, e.field, e.message, e.messageEn]; } return null; };
    const asObject = refusal(bad);
    assert.ok(asObject && asObject[0] === 'POLICY_INVALID' && asObject[1].startsWith('hunan.ruleSets[0].eligibility.categories[0].conditions[0].source'), String(asObject));
    assert.deepEqual(refusal(JSON.stringify(bad)), asObject);
    // Text that is not JSON, or not strict JSON, is refused as such.
    for (const t of ['', '[', '{"id": "x",}', `${text}x`, '[1e400]']) {
      assert.throws(() => m.loadPolicies(t), (e) => e.code === 'POLICY_INVALID' && e.field === '' && /JSON/.test(e.message) && /not valid JSON/.test(e.messageEn), JSON.stringify(t.slice(0, 20)));
    }
    assert.deepEqual(m.policies(), fromText, 'a refused file leaves the data in force');
  }
});

test('formSpec answers alike in both modules, but for the tiers the youth data leaves out', () => {
  loadData(youth, 'policies-youth.json');
  for (const province of policyIds) {
    const a = youth.formSpec({ province, asOf: '2024-03-01' });
    const b = full.formSpec({ province, asOf: '2024-03-01' });
    assert.deepEqual(a.tiers, []);
    assert.deepEqual({ ...a, tiers: [], tierNote: null, county: false }, { ...b, tiers: [], tierNote: null, county: false }, province);
  }
});

const answer = (m, api, args) => {
  try {
    return { ok: m[api](...args) };
  } catch (e) {
    return { error: { code: e.code, field: e.field, message: e.message, messageEn: e.messageEn } };
  }
};

test('the youth module exports the self-check and the policy data, nothing else', () => {
  const api = Object.keys(youth).filter((k) => !['default', 'initSync'].includes(k)).sort();
  assert.deepEqual(api, ['checkEligibility', 'formSpec', 'loadPolicies', 'policies', 'resetPolicies']);
  const dts = readFileSync(new URL('../../pkg/jianxi_youth.d.ts', import.meta.url), 'utf8');
  assert.match(dts, /export function checkEligibility\(input_: EligibilityInput\): EligibilityResult;/);
  assert.doesNotMatch(dts, /export function estimateSubsidy/);
});

test('every self-check case: the youth module answers as native and the whole module do', () => {
  loadData(youth, 'policies-youth.json');
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
  loadData(youth, 'policies-youth.json');
  const whole = full.policies();
  for (const file of whole.jurisdictions) {
    for (const key of ['minimumWage', 'quotas', 'reportForms']) delete file[key];
    // What no self-check answer shows: where a document's text is, notes on dates.
    for (const d of file.documents) for (const key of ['seedParts', 'fromFile']) delete d[key];
    for (const rs of file.ruleSets) {
      for (const key of ['baseSubsidy', 'raisedSubsidy', 'retentionThreshold', 'remainingPeriod', 'internshipMonths', 'reportDeadline', 'annualReport', 'targets', 'employerNotes', 'validFromNote']) delete rs[key];
    }
  }
  const mine = youth.policies();
  assert.deepEqual(mine, whole);
  assert.ok(mine.jurisdictions.length >= 6 && mine.dataDate && mine.calendarYears.includes(2024));
  assert.ok(mine.jurisdictions.every((j) => j.ruleSets.length && j.name.zh && j.documents.length), 'what the self-check page shows is all there');
});

test('bad input to the youth module gives the same errors and it keeps answering', () => {
  loadData(youth, 'policies-youth.json');
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
