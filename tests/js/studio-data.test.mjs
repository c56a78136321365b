// The rules studio's data module (www/studio-data.js, no DOM): the data files it
// downloads are the data step's bytes, its quote check is the Rust test's, an edit
// changes only what it should, and hostile text is refused before it is parsed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as D from '../../www/studio-data.js';
import { studioJson } from '../../scripts/build-studio-data.mjs';

const read = (p) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const studio = JSON.parse(read('www/data/studio.json'));
const texts = new Map(studio.notices.map((n) => [n.path, n.text]));
const parsed = () => studio.policies.map((p) => ({ name: p.name, value: D.readToml(p.text, p.name) }));

test('www/data/studio.json is what policies/, notices/seeds/ and tests/cases/ give', () => {
  assert.equal(read('www/data/studio.json'), studioJson(), 'run node scripts/build-studio-data.mjs');
  assert.deepEqual(studio.policies.map((p) => p.name), readdirSync(new URL('../../policies', import.meta.url)).filter((n) => n.endsWith('.toml')).sort());
});

test('the studio writes the served data files byte for byte as the data step does', () => {
  const out = D.outputs(parsed().reverse()); // any order in: file-name order out
  assert.equal(out['policies.json'], read('www/data/policies.json'));
  assert.equal(out['policies-youth.json'], read('www/data/policies-youth.json'));
  assert.equal(out['policies.js'], read('miniprogram/data/policies.js'));
  // One copy of the conversion: the data step re-exports the studio's shared module.
  assert.match(read('scripts/build-data.mjs'), /from '\.\.\/www\/data-files\.js'/);
});

test('every quote in the shipped data passes the studio check, and it is as strict as tests/policy_data.rs', () => {
  const entries = parsed();
  const all = entries.map((e) => e.value);
  const results = entries.flatMap((e) => D.checkQuotes(e.value, all, texts).map((q) => ({ ...q, id: e.value.id })));
  assert.ok(results.length >= 100, `only ${results.length} quotes checked`);
  assert.deepEqual(results.filter((q) => q.problem).map((q) => `${q.id} ${q.path}: ${q.problem.en}`), []);
  const hunan = all.find((f) => f.id === 'hunan');
  const national = all.find((f) => f.id === 'national');
  const seed = (id, f) => f.documents.find((d) => d.id === id);
  const check = (doc, quote) => D.quoteIn(quote, texts.get(D.noticeKey(doc.fromFile)), doc.seedParts);
  const q = hunan.ruleSets[0].eligibility.categories[0].conditions[0].source.quote;
  assert.equal(check(seed('hunan-2023', hunan), q).found, true);
  assert.equal(check(seed('hunan-2023', hunan), `${q.slice(0, 4)} \n ${q.slice(4)}`).found, true, 'white space is ignored');
  assert.equal(check(seed('hunan-2023', hunan), q.replace('（', '(')).found, false, 'punctuation is not');
  const [a, b] = [q.slice(0, 6), q.slice(-6)];
  assert.equal(check(seed('hunan-2023', hunan), `${a}……${b}`).found, true, 'an omission');
  assert.equal(check(seed('hunan-2023', hunan), `${b}……${a}`).found, false, 'parts out of order');
  // The national 2022 notice lives in the Gansu file as annex 2: a quote from Gansu's own part fails for it.
  const nat22 = seed('nat-2022', national);
  const gansuQuote = all.find((f) => f.id === 'gansu').ruleSets[0].baseSubsidy.source;
  assert.equal(gansuQuote.document, 'gansu-2022');
  assert.equal(check(seed('gansu-2022', all.find((f) => f.id === 'gansu')), gansuQuote.quote).found, true);
  const r = check(nat22, gansuQuote.quote);
  assert.equal(r.found, false);
  assert.match(r.problem.en, /outside this document's part/);
  // A changed figure in a quote is caught, naming the missing part.
  const bad = D.checkQuotes({ ...hunan, ruleSets: [{ ...hunan.ruleSets[0], baseSubsidy: { kind: 'fixed', amount: 1600, source: { document: 'hunan-2023', clause: 'x', quote: '每人每月1600元' } } }] }, all, texts);
  assert.ok(bad.some((x) => x.problem && /1600/.test(x.problem.en)));
});

test('an edit changes only its place in the text: comments and the rest stay', () => {
  const hunan = studio.policies.find((p) => p.name === 'hunan.toml').text;
  const doc = { id: 'hunan-2026', number: '湘人社规〔2026〕5号', title: '关于继续实施就业见习岗位募集计划的通知', issuer: '湖南省人力资源和社会保障厅等十部门', confidence: 'seed', fromFile: 'seeds/hunan-2026.txt' };
  const { text, rewritten } = D.editText(hunan, [{ op: 'append', key: 'documents', value: doc }, { op: 'set', key: 'updated', value: '2026-11-23' }], 'hunan.toml');
  assert.equal(rewritten, false);
  assert.ok(text.startsWith(hunan.split('\n')[0]), 'the opening comment stays');
  const before = D.readToml(hunan);
  const after = D.readToml(text);
  assert.deepEqual(D.diff(before, after).map((c) => `${c.kind} ${c.path}`).sort(), ['added documents[4]', 'changed updated']);
  // Removed lines: only the old `updated`.
  const gone = hunan.split('\n').filter((l) => !text.split('\n').includes(l));
  assert.deepEqual(gone, ['updated = "2026-11-22"']);
  // Whole-file rewrite in the standard layout keeps the data exactly.
  for (const p of studio.policies) assert.ok(D.sameData(D.readToml(D.writeToml(D.readToml(p.text), p.text)), D.readToml(p.text)), p.name);
});

test('hostile text is refused before it is parsed: too large, too deep, TOML dates', () => {
  const big = `id = "x"\nname = "${'字'.repeat(4 * 1024 * 1024)}"\n`;
  assert.throws(() => D.readToml(big, 'big.toml'), (e) => e.code === 'TOO_LARGE' && /MB/.test(e.messageZh) && /too large/.test(e.messageEn));
  assert.throws(() => D.checkSize('big.json', 10 * 1024 * 1024), (e) => e.code === 'TOO_LARGE');
  const t0 = Date.now();
  const deepToml = `x = ${'['.repeat(10000)}${']'.repeat(10000)}\n`;
  assert.throws(() => D.readToml(deepToml, 'deep.toml'), (e) => e.code === 'TOO_DEEP' && /嵌套层数过深/.test(e.messageZh));
  const deepInline = `x = ${'{ a = '.repeat(10000)}1${' }'.repeat(10000)}\n`;
  assert.throws(() => D.readToml(deepInline, 'deep2.toml'), (e) => e.code === 'TOO_DEEP');
  const deepJson = `${'['.repeat(10000)}${']'.repeat(10000)}`;
  assert.throws(() => D.readJson(deepJson, 'deep.json'), (e) => e.code === 'TOO_DEEP');
  const deepTables = Array.from({ length: 60 }, (_, k) => `[${Array.from({ length: k + 1 }, () => 'a').join('.')}]\n`).join('');
  assert.throws(() => D.readToml(deepTables, 'tables.toml'), (e) => e.code === 'TOO_DEEP');
  assert.ok(Date.now() - t0 < 2000, 'refused quickly');
  assert.throws(() => D.readToml('from = 2023-07-01\n', 'd.toml'), (e) => /带引号/.test(e.messageZh));
  assert.throws(() => D.readToml('a = "unterminated\n', 'bad.toml'), (e) => e.code === 'TOML_SYNTAX' && e.line === 1);
  assert.throws(() => D.readToml('__proto__ = 1\n', 'proto.toml'));
});

test('a case made from an answer runs as the conformance cases do', async () => {
  const engine = (await import('./load.mjs')).default;
  const c = studio.cases.find((x) => x.api === 'estimateSubsidy' && x.expect);
  assert.deepEqual(D.runCase(engine, c).problems, [], c.name);
  const hukou = engine.formSpec().hukouProvinces.map((h) => h.id);
  const all = D.samples({ id: 'henan', minimumWage: { tierNames: [{}, {}, {}] } }, '2023-09-01', hukou);
  // The registration samples come from the engine's list: the province's own, and another.
  assert.equal(all.find((x) => x.id === 'p-graduate').input.hukouProvince, 'henan');
  assert.ok(hukou.includes(all.find((x) => x.id === 'p-outside').input.hukouProvince) && all.find((x) => x.id === 'p-outside').input.hukouProvince !== 'henan');
  const s = all.find((x) => x.id === 'e-retained');
  const result = engine.estimateSubsidy(structuredClone(s.input));
  const made = D.caseFrom({ name: 'x', api: s.api, input: s.input, result });
  assert.deepEqual(D.caseShape({ ...made, cite: made.cite || 'x' }), []);
  assert.deepEqual(D.runCase(engine, made).problems, []);
  const toml = D.casesToml([made]);
  assert.deepEqual(JSON.parse(JSON.stringify(D.readToml(toml).case[0].expect)), made.expect);
});

test('the vendored TOML reader is the npm package, unchanged', () => {
  const dir = new URL('../../www/vendor/smol-toml/', import.meta.url);
  const names = readdirSync(dir).filter((n) => n.endsWith('.js'));
  assert.ok(names.length >= 9);
  for (const n of names) assert.equal(readFileSync(new URL(n, dir), 'utf8'), read(`node_modules/smol-toml/dist/${n}`), n);
  assert.equal(readFileSync(new URL('LICENSE', dir), 'utf8'), read('node_modules/smol-toml/LICENSE'));
});
