// The shipped pkg/ in Node: every conformance case through the JS API, the same
// answers as native, errors as documented, bad input that never breaks the module,
// and run-time policy updates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import jianxi, { loadData, policyIds } from './load.mjs';
import { loadCases, argsOf, check } from './cases.mjs';

const call = (api, args) => {
  try {
    return { ok: jianxi[api](...args) };
  } catch (e) {
    return { error: e };
  }
};

const henanExample = { province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, interns: 10, retained: 6 };
const stillWorks = () => {
  const r = jianxi.estimateSubsidy(henanExample);
  assert.equal(r.baseTotal, '84000.00');
  assert.equal(r.retentionDifference, '48000.00');
};

test('every conformance case holds through the .wasm', () => {
  const cases = loadCases();
  assert.ok(cases.length >= 80, `at least 80 cases, found ${cases.length}`);
  const failures = [];
  for (const c of cases) {
    const { ok, error } = call(c.api, argsOf(c));
    const problems = check(c, ok, error);
    if (problems.length) failures.push(`${c.id}:\n    ${problems.join('\n    ')}`);
  }
  assert.deepEqual(failures, [], failures.join('\n'));
});

test('the .wasm gives the same answer as native for every case', () => {
  const file = new URL('../../target/conformance-native.json', import.meta.url);
  assert.ok(existsSync(file), 'run `cargo test` first: it writes the native answers');
  const native = JSON.parse(readFileSync(file, 'utf8'));
  let compared = 0;
  for (const c of loadCases()) {
    const { ok, error } = call(c.api, argsOf(c));
    const mine = error ? { error: { code: error.code, field: error.field, message: error.message, messageEn: error.messageEn } } : { ok };
    assert.deepEqual(mine, native[c.id], c.id);
    compared += 1;
  }
  assert.equal(compared, Object.keys(native).length);
});

test('errors are JS Errors with code, field and both messages', () => {
  try {
    jianxi.checkEligibility({ province: 'henan', asOf: '2023-02-30' });
    assert.fail('no error thrown');
  } catch (e) {
    assert.ok(e instanceof Error);
    assert.equal(e.code, 'INVALID_DATE');
    assert.equal(e.field, 'asOf');
    assert.match(e.message, /不是有效日期/);
    assert.match(e.messageEn, /not a valid date/);
  }
});

// Every field of every entry point gets every kind of bad value; each must throw a
// documented error, and the module must keep answering afterwards.
const badValues = [
  ['a number', 42], ['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity], ['1e308', 1e308], ['-1', -1],
  ['a fraction', 2.5], ['true', true], ['an empty string', ''], ['a huge string', 'x'.repeat(1_000_000)],
  ['an object', { a: 1 }], ['an array', [1, 2]], ['a bad date', '2023-02-30'], ['a date far out', '9999-01-01'],
  ['a date with time', '2023-01-01T00:00:00Z'], ['a function', () => 1], ['a symbol', Symbol('s')], ['a BigInt', 10n],
  // What JSON.stringify would lose or change, which the input's text keeps as the walk did (src/wasm_input.js).
  ['-0', -0], ['1e21', 1e21], ['1e-7', 1e-7], ['2^53 + 2', 2 ** 53 + 2], ['a huge BigInt', 10n ** 400n], ['undefined', undefined],
  ['a boxed number', new Number(6)], ['a boxed string', new String('2023-01-01')], ['a Date', new Date(0)], ['an object with toJSON', { toJSON: () => '2023-01-01' }],
  ['a Float64Array', new Float64Array([1, NaN])], ['a BigInt64Array', new BigInt64Array([1n])], ['a DataView', new DataView(new ArrayBuffer(8))],
  ['a lone surrogate', '\ud800'], ['a control character', '\u0000'], ['an array with holes', [1, , 3]], ['a getter', Object.defineProperty({}, 'a', { enumerable: true, get: () => 1 })],
  ['a proxy', new Proxy({ a: 1 }, {})], ['a cycle', (() => { const c = {}; c.c = c; return c; })()], ['70 arrays deep', Array.from({ length: 70 }).reduce((v) => [v], 1)],
];
const documented = new Set(['NOT_AN_OBJECT', 'MISSING_FIELD', 'WRONG_TYPE', 'INVALID_DATE', 'INVALID_NUMBER', 'OUT_OF_RANGE',
  'UNKNOWN_VALUE', 'UNKNOWN_FIELD', 'TOO_LONG', 'INCONSISTENT', 'UNKNOWN_PROVINCE', 'NO_RULE_FOR_DATE', 'NO_CALENDAR',
  'NO_MINIMUM_WAGE', 'TIER_REQUIRED', 'POLICY_INVALID']);
const goodInputs = {
  checkEligibility: { province: 'hunan', asOf: '2024-05-01', birthDate: '2004-01-01', education: 'bachelor', leftSchoolOn: '2023-07-01', employed: false, registeredUnemployed: true, hukouProvince: 'hunan', hardshipArea: false, socialInsuranceMonthly: '600' },
  estimateSubsidy: { province: 'hunan', tier: 1, startDate: '2023-08-01', months: 6, interns: 2, retained: 1, localStandard: { baseAmount: '1500' } },
  validateMonthlyReport: { indicators: [10, 2, 40, 5, 30, 25, 20, 12, 6, 5, 4, 1, 20, 12.5] },
  reportDeadline: { province: 'national', month: '2023-09' },
  reviewDeadline: { province: 'hunan', submittedOn: '2023-09-27', applicant: 'youth' },
};

for (const [api, good] of Object.entries(goodInputs)) {
  test(`${api}: every field, every bad value`, () => {
    jianxi[api](good); // the good input is accepted
    const fields = Object.keys(good);
    let tried = 0;
    for (const field of fields) {
      for (const [label, bad] of badValues) {
        const input = { ...good, [field]: bad };
        let result;
        try {
          result = jianxi[api](input);
        } catch (e) {
          assert.ok(e instanceof Error, `${api}.${field} = ${label}: not an Error`);
          assert.ok(documented.has(e.code), `${api}.${field} = ${label}: undocumented code ${e.code}`);
          assert.ok(e.message && e.messageEn, `${api}.${field} = ${label}: messages`);
          tried += 1;
          continue;
        }
        // A few bad values are legitimate for some fields (e.g. 42 as an indicator).
        assert.ok(result && typeof result === 'object', `${api}.${field} = ${label}: no result and no error`);
      }
    }
    assert.ok(tried > fields.length * 8, `${api}: only ${tried} errors`);
    stillWorks();
  });
}

test('whole inputs of the wrong kind', () => {
  for (const api of ['checkEligibility', 'estimateSubsidy', 'validateMonthlyReport', 'reportDeadline', 'reviewDeadline']) {
    for (const bad of [undefined, null, 42, 'text', [], [1], NaN, true]) {
      assert.throws(() => jianxi[api](bad), (e) => documented.has(e.code), `${api}(${String(bad)})`);
    }
  }
  for (const [a, b] of [[undefined, 1], ['2023-01-01', NaN], ['2023-01-01', 1e308], ['2023-01-01', -1], [{}, 1], ['2023-01-01', '3']]) {
    assert.throws(() => jianxi.addWorkingDays(a, b), (e) => documented.has(e.code));
  }
  assert.throws(() => jianxi.workingDaysBetween('2020-01-01', '2030-01-01'), (e) => e.code === 'OUT_OF_RANGE');
  stillWorks();
});

test('values JSON cannot hold are reported against their own field', () => {
  const good = goodInputs.checkEligibility;
  for (const bad of [() => 1, Symbol('s')]) {
    assert.throws(() => jianxi.checkEligibility({ ...good, birthDate: bad }), (e) => e.code === 'WRONG_TYPE' && e.field === 'birthDate' && /a function, a symbol/.test(e.messageEn));
  }
  assert.throws(() => jianxi.checkEligibility(() => 1), (e) => e.code === 'NOT_AN_OBJECT');
  // A cycle (and any nesting deeper than 64) ends the walk instead of the stack.
  const cyclic = { ...goodInputs.estimateSubsidy, localStandard: {} };
  cyclic.localStandard.baseAmount = cyclic;
  assert.throws(() => jianxi.estimateSubsidy(cyclic), (e) => e.code === 'WRONG_TYPE' && e.field === 'localStandard.baseAmount');
  let deep = 'x';
  for (let i = 0; i < 100; i++) deep = [deep];
  assert.throws(() => jianxi.validateMonthlyReport({ indicators: deep }), (e) => documented.has(e.code));
  // A BigInt is read as the number it stands for.
  assert.equal(jianxi.estimateSubsidy({ ...goodInputs.estimateSubsidy, months: 6n }).agreedMonths, 6);
  stillWorks();
});

// The input crosses as text (src/wasm_input.js → json::parse_input) and reads as the walk
// did before it (tests/wasm_boundary.rs compares the two on every hostile value); these are
// the answers a plain JSON.stringify would change, each pinned.
test('the input is read as the walk read it, not as JSON.stringify would', () => {
  const good = { province: 'hunan', tier: 1, startDate: '2023-08-01', months: 6, interns: 2, retained: 1 };
  const error = (input, api = 'estimateSubsidy') => { try { jianxi[api](input); } catch (e) { return `${e.code} ${e.field}: ${e.messageEn}`; } return 'no error'; };
  // An undefined field is a field (stringify would drop it).
  assert.match(error({ ...good, extra: undefined }), /^UNKNOWN_FIELD extra/);
  // Boxed values, Dates and objects with toJSON are objects (stringify would unbox or call toJSON).
  assert.equal(error({ ...good, months: new Number(6) }), 'WRONG_TYPE months: “months” must be a whole number, got an object.');
  assert.equal(error({ ...good, province: new String('hunan') }), 'WRONG_TYPE province: “province” must be a string, got an object.');
  for (const date of [new Date('2023-08-01'), { toJSON: () => '2023-08-01' }]) assert.match(error({ ...good, startDate: date }), /^WRONG_TYPE startDate: .*got an object\.$/);
  // NaN and Infinity are numbers that are not whole (stringify would write null: a missing field).
  assert.equal(error({ ...good, months: NaN }), 'INVALID_NUMBER months: “months” must be a whole number, got NaN.');
  assert.equal(error({ ...good, months: -Infinity }), 'INVALID_NUMBER months: “months” must be a whole number, got -Infinity.');
  assert.match(error({ ...good, months: 1e21 }), /^OUT_OF_RANGE months/);
  // A function is a value JSON cannot hold, named by its field (stringify would drop it).
  assert.match(error({ ...good, tier: () => 1 }), /^WRONG_TYPE tier: .*a value JSON cannot hold/);
  // BigInts are numbers (stringify would throw); typed arrays are lists of numbers (stringify: objects).
  assert.equal(jianxi.estimateSubsidy({ ...good, months: 6n, retained: -0 }).agreedMonths, 6);
  assert.equal(jianxi.validateMonthlyReport({ indicators: new Float64Array(goodInputs.validateMonthlyReport.indicators) }).valid, true);
  assert.match(error({ indicators: new BigInt64Array(14) }, 'validateMonthlyReport'), /^WRONG_TYPE indicators: .*a value JSON cannot hold/);
  // A hole in a list is null; a lone surrogate in a name becomes U+FFFD, as TextEncoder gives.
  const list = { province: 'henan', tier: 1, startDate: '2023-07-01', months: 6 };
  assert.equal(error({ ...list, internList: [{ outcome: 'retained' }, , { outcome: 'completed' }] }), 'NOT_AN_OBJECT internList[1]: The input “internList[1]” must be an object, got null.');
  assert.equal(jianxi.estimateSubsidy({ ...list, internList: [{ name: 'a\ud800b', outcome: 'retained' }] }).interns[0].name, 'a\ufffdb');
  // Nesting ends at 64 levels whatever the value (a cycle included).
  let deep = '1500';
  for (let i = 0; i < 70; i++) deep = [deep];
  assert.match(error({ ...good, localStandard: { baseAmount: deep } }), /^WRONG_TYPE localStandard.baseAmount: .*got an array\.$/);
  // A getter that calls the engine while its input is being read: both answers whole.
  let inner;
  const row = Object.defineProperty({ outcome: 'retained' }, 'name', { enumerable: true, get() { inner = jianxi.estimateSubsidy(henanExample).baseTotal; return '张三'; } });
  const outer = jianxi.estimateSubsidy({ ...list, internList: [row, { outcome: 'completed', name: '李四' }] });
  assert.equal(inner, '84000.00');
  assert.deepEqual(outer.interns.map((i) => i.name), ['张三', '李四']);
  stillWorks();
});

test('a large answer crosses as all-ASCII JSON text, the same value once parsed', () => {
  // The whole module escapes every non-ASCII character of an answer of 64 KB or more (json::ascii_only):
  // browsers decode and parse one-byte text faster. A small answer crosses as it is.
  // JSON.parse is the glue's, looked up per call.
  const parse = JSON.parse;
  const texts = [];
  JSON.parse = (text) => { texts.push(text); return parse(text); };
  const row = { name: '张三😀\u0001"', outcome: 'retained' };
  let small, large;
  try {
    small = jianxi.estimateSubsidy({ province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, internList: [row] });
    large = jianxi.estimateSubsidy({ province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, internList: Array(500).fill(row) });
  } finally {
    JSON.parse = parse;
  }
  assert.equal(texts.length, 2);
  assert.ok(texts[0].length < 65536 && texts[0].includes('河南省'));
  assert.ok(texts[1].length >= 65536);
  assert.match(texts[1], /^[\x20-\x7e]+$/);
  assert.match(texts[1], /\\u6cb3\\u5357/);
  for (const answer of [small, large]) {
    assert.equal(answer.provinceName.zh, '河南省');
    assert.equal(answer.interns.at(-1).name, '张三😀\u0001"');
  }
  assert.deepEqual(large.provinceName, small.provinceName);
});

test('a 20,000-intern list is accepted and 20,001 is refused', () => {
  const list = Array.from({ length: 20_000 }, (_, i) => ({ outcome: i % 2 ? 'retained' : 'completed' }));
  const r = jianxi.estimateSubsidy({ province: 'yunnan', startDate: '2023-03-01', months: 12, internList: list });
  assert.equal(r.baseTotal, (20_000 * 12 * 1500).toFixed(2));
  assert.equal(r.interns.length, 20_000);
  assert.throws(() => jianxi.estimateSubsidy({ province: 'yunnan', startDate: '2023-03-01', months: 12, internList: [...list, {}] }), (e) => e.code === 'TOO_LONG');
  stillWorks();
});

test('policies() describes the data so a page can build its menus', () => {
  const p = jianxi.policies();
  const ids = p.jurisdictions.map((j) => j.id).sort();
  assert.deepEqual(ids, policyIds, 'one jurisdiction per file in policies/');
  assert.deepEqual(p.calendarYears, [2022, 2023, 2024, 2025, 2026]);
  assert.match(p.dataDate, /^\d{4}-\d{2}-\d{2}$/);
  const henan = p.jurisdictions.find((j) => j.id === 'henan');
  assert.equal(henan.minimumWage.tierNames.length, 3);
  assert.equal(henan.minimumWage.entries[1].amounts[0], 2000);
});

test('loadPolicies: a province updates a figure without recompiling; bad data changes nothing', () => {
  const yunnan = structuredClone(jianxi.policies().jurisdictions.find((j) => j.id === 'yunnan'));
  const before = jianxi.estimateSubsidy({ province: 'yunnan', startDate: '2023-03-01', months: 12, interns: 4, retained: 2 });
  assert.equal(before.baseTotal, '72000.00');

  // A bad file: the error names the field, and the old data stays in force.
  const broken = structuredClone(yunnan);
  delete broken.ruleSets[0].baseSubsidy.source.quote;
  assert.throws(() => jianxi.loadPolicies(broken), (e) => e.code === 'POLICY_INVALID' && e.field === 'yunnan.ruleSets[0].baseSubsidy.source.quote');
  const overlapping = structuredClone(yunnan);
  overlapping.minimumWage.entries[1].from = overlapping.minimumWage.entries[0].from;
  assert.throws(() => jianxi.loadPolicies(overlapping), (e) => e.code === 'POLICY_INVALID' && e.field === 'yunnan.minimumWage.entries[1].from');
  const incomplete = structuredClone(yunnan);
  incomplete.minimumWage.entries[0].amounts.pop();
  assert.throws(() => jianxi.loadPolicies(incomplete), (e) => e.code === 'POLICY_INVALID' && e.field === 'yunnan.minimumWage.entries[0].amounts');
  assert.throws(() => jianxi.loadPolicies('nonsense'), (e) => e.code === 'POLICY_INVALID' || e.code === 'WRONG_TYPE');
  assert.equal(jianxi.estimateSubsidy({ province: 'yunnan', startDate: '2023-03-01', months: 12, interns: 4, retained: 2 }).baseTotal, '72000.00');

  // A good update: 1,600 a month from now on.
  const updated = structuredClone(yunnan);
  updated.ruleSets[0].baseSubsidy.amount = 1600;
  const r = jianxi.loadPolicies(updated);
  assert.ok(r.jurisdictions.includes('yunnan'));
  assert.equal(jianxi.estimateSubsidy({ province: 'yunnan', startDate: '2023-03-01', months: 12, interns: 4, retained: 2 }).baseTotal, '76800.00');

  // A new jurisdiction is just a file.
  const demo = structuredClone(updated);
  demo.id = 'demo';
  demo.name = { zh: '示例省', en: 'Demo' };
  jianxi.loadPolicies([demo], { mode: 'extend' });
  assert.equal(jianxi.estimateSubsidy({ province: 'demo', startDate: '2023-03-01', months: 3, interns: 1 }).baseTotal, '4800.00');

  // Replacing everything without the national baseline is refused.
  assert.throws(() => jianxi.loadPolicies([demo], { mode: 'replace' }), (e) => e.code === 'POLICY_INVALID');
  // resetPolicies unloads everything: the .wasm has no data of its own.
  jianxi.resetPolicies();
  for (const call of [() => jianxi.estimateSubsidy({ province: 'yunnan', startDate: '2023-03-01', months: 12, interns: 4, retained: 2 }), () => jianxi.policies(), () => jianxi.formSpec(), () => jianxi.addWorkingDays('2024-01-02', 1)]) {
    assert.throws(call, (e) => e.code === 'NO_POLICY_DATA' && e.field === '' && e.messageEn.includes('loadPolicies'));
  }
  // With nothing loaded, "extend" starts from the files given (still validated as a whole set).
  assert.throws(() => jianxi.loadPolicies([demo], { mode: 'extend' }), (e) => e.code === 'POLICY_INVALID');
  loadData(jianxi);
  assert.equal(jianxi.estimateSubsidy({ province: 'yunnan', startDate: '2023-03-01', months: 12, interns: 4, retained: 2 }).baseTotal, '72000.00');
  assert.throws(() => jianxi.estimateSubsidy({ province: 'demo', startDate: '2023-03-01', months: 3, interns: 1 }), (e) => e.code === 'UNKNOWN_PROVINCE');
});

test('the documented usage example runs', () => {
  const out = execFileSync(process.execPath, [new URL('../../examples/node-usage.mjs', import.meta.url).pathname], { encoding: 'utf8' });
  assert.match(out, /eligible: true/);
  assert.match(out, /total: 132000\.00/);
});

test('the README prints the current SRI hash of www/embed.js', async () => {
  const { createHash } = await import('node:crypto');
  const hash = `sha384-${createHash('sha384').update(readFileSync(new URL('../../www/embed.js', import.meta.url))).digest('base64')}`;
  assert.ok(readFileSync(new URL('../../README.md', import.meta.url), 'utf8').includes(hash), `README.md must show ${hash}`);
});

test('formSpec: the menus, lists and questions a front end builds its forms from', () => {
  const spec = jianxi.formSpec({ asOf: '2024-03-01' });
  // Menu order from menuOrder in the files (the national rules, 90, after the provinces); the first is the default.
  const order = Object.fromEntries(jianxi.policies().jurisdictions.map((j) => [j.id, j.menuOrder]));
  assert.deepEqual(spec.jurisdictions.map((j) => j.id).sort(), policyIds);
  assert.deepEqual(spec.jurisdictions.map((j) => j.id), [...policyIds].sort((a, b) => order[a] - order[b]), 'menu order from menuOrder in the files');
  assert.equal(spec.jurisdictions.at(-1).id, 'national');
  assert.equal(spec.defaultJurisdiction, spec.jurisdictions[0].id);
  assert.equal(spec.defaultJurisdiction, 'henan');
  assert.equal(spec.province, 'henan');
  assert.deepEqual(spec.educationLevels.map((e) => e.id), ['doctorate', 'master', 'bachelor', 'juniorCollege', 'technicianSenior', 'technicianPreparatory', 'specialVocational', 'secondaryVocational', 'none']);
  assert.deepEqual(spec.educationLevels[2].label, { zh: '本科', en: "Bachelor's degree" });
  assert.equal(spec.hukouProvinces.length, 34);
  const label = (id) => spec.hukouProvinces.find((p) => p.id === id).label;
  assert.deepEqual([label('neimenggu'), label('xizang'), label('xianggang'), label('aomen'), label('shaanxi')].map((l) => l.en), ['Inner Mongolia', 'Tibet (Xizang)', 'Hong Kong', 'Macao', 'Shaanxi']);
  assert.equal(label('shanxi').zh, '山西');
  // Henan on 2024-03-01: tier wages of 2024-01-01, no county list, the 1–24 month range.
  assert.deepEqual(spec.tiers.map((t) => [t.tier, t.minimumWage, t.wageFrom]), [[1, '2100.00', '2024-01-01'], [2, '2000.00', '2024-01-01'], [3, '1800.00', '2024-01-01']]);
  assert.equal(spec.county, false);
  assert.deepEqual(spec.months, { min: 1, max: 24, usualMin: 3, usualMax: 12 });
  assert.ok(spec.documents.some((d) => d.number === '豫人社函〔2023〕138号'));
  // Questions come from the rules: Hunan asks about registration and the hardship area, in its own words.
  const hunan = jianxi.formSpec({ province: 'hunan', asOf: '2024-03-01' });
  const ids = hunan.questions.map((q) => q.id);
  assert.ok(['birthDate', 'education', 'leftSchoolOn', 'employed', 'registeredUnemployed', 'hardshipArea'].every((q) => ids.includes(q)), ids.join());
  const ha = hunan.questions.find((q) => q.id === 'hardshipArea');
  assert.equal(ha.always, false);
  assert.match(ha.label.zh, /艰苦边远地区/);
  assert.equal(ha.source.number, '湘人社规〔2023〕9号');
  assert.ok(!jianxi.formSpec({ province: 'henan', asOf: '2024-03-01' }).questions.some((q) => q.id === 'hardshipArea'));
  // Ningxia: household registration, and the social-insurance box with its heading from the file.
  const nx = jianxi.formSpec({ province: 'ningxia', asOf: '2024-03-01' });
  assert.ok(nx.questions.some((q) => q.id === 'hukouProvince' && q.options === 'hukouProvinces'));
  const si = nx.questions.find((q) => q.id === 'socialInsuranceMonthly');
  assert.deepEqual(si.heading, { zh: '社会保险补贴（宁夏）', en: 'Social-insurance subsidy (Ningxia)' });
  assert.equal(nx.county, true, 'Ningxia lists counties by tier');
  // checkEligibility says which of the questions matter under the answers given.
  const r = jianxi.checkEligibility({ province: 'hunan', asOf: '2024-03-01', birthDate: '2004-01-01', education: 'secondaryVocational', leftSchoolOn: '2023-07-01', employed: false });
  assert.ok(r.ask.includes('hardshipArea'), r.ask.join());
  const r2 = jianxi.checkEligibility({ province: 'hunan', asOf: '2024-03-01', birthDate: '1990-01-01', education: 'bachelor', leftSchoolOn: '2023-07-01', employed: false });
  assert.ok(!r2.ask.includes('hardshipArea'), 'a bachelor is not asked about the hardship area');
  // Bad input is refused with the field named.
  assert.throws(() => jianxi.formSpec({ province: 'atlantis' }), (e) => e.code === 'UNKNOWN_PROVINCE' && e.field === 'province');
  assert.throws(() => jianxi.formSpec({ asOf: '2024-02-30' }), (e) => e.code === 'INVALID_DATE' && e.field === 'asOf');
  assert.throws(() => jianxi.formSpec({ lang: 'xx' }), (e) => e.code === 'UNKNOWN_FIELD');
});
