// The policy data is a deployable file, not compiled code: the shipped .wasm files carry
// none of it, and a data-only change (one minimum wage) run through the data step
// changes the answers while pkg/ and miniprogram/lib/ stay byte-identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdtempSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jianxi, { loadData } from './load.mjs';

const root = new URL('../../', import.meta.url).pathname;
const shipped = () => [
  ...readdirSync(join(root, 'pkg')).filter((n) => n.endsWith('.wasm')).map((n) => [`pkg/${n}`, readFileSync(join(root, 'pkg', n))]),
  ['miniprogram/lib/jianxi_bg.wasm.br', brotliDecompressSync(readFileSync(join(root, 'miniprogram/lib/jianxi_bg.wasm.br')))],
];
const digest = (dir) => Object.fromEntries(readdirSync(join(root, dir)).sort().map((n) => [n, createHash('sha256').update(readFileSync(join(root, dir, n))).digest('hex')]));

test('the shipped .wasm files contain no policy data', () => {
  const henan = readFileSync(join(root, 'policies/henan.toml'), 'utf8');
  const strings = ['豫人社函〔2023〕138号', '一类2100、二类2000、三类1800元/月', '湘人社规〔2023〕9号', '艰苦边远地区、老工业基地', '社会保险补贴（宁夏）', 'henan-mw-2024', 'ningxia-2023'];
  assert.ok(strings.slice(0, 2).every((s) => henan.includes(s)), 'the strings looked for are in the data');
  for (const [name, bytes] of shipped()) {
    assert.ok(bytes.length > 50_000, name);
    for (const s of strings) assert.equal(bytes.indexOf(Buffer.from(s)), -1, `${name} contains “${s}”`);
  }
});

test('pkg/ does not depend on policies/: build.rs reads none for wasm32, build-wasm.sh copies none', () => {
  const build = readFileSync(join(root, 'scripts/build-wasm.sh'), 'utf8');
  const copy = build.split('\n').find((l) => /^cp -r .*"\$build\/"/.test(l));
  assert.ok(copy && !/\bpolicies\b/.test(copy), copy);
  assert.match(readFileSync(join(root, 'build.rs'), 'utf8'), /CARGO_CFG_TARGET_ARCH[^\n]*wasm32[\s\S]{0,120}return;/);
});

test('one minimum wage changed in a TOML copy and the data step: the answer changes, pkg/ and miniprogram/lib/ do not', () => {
  const before = { pkg: digest('pkg'), lib: digest('miniprogram/lib') };
  const dir = mkdtempSync(join(tmpdir(), 'jianxi-data-'));
  try {
    cpSync(join(root, 'policies'), join(dir, 'policies'), { recursive: true });
    const file = join(dir, 'policies/henan.toml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('{ from = "2024-01-01", amounts = [2100, 2000, 1800]', '{ from = "2024-01-01", amounts = [2200, 2000, 1800]');
    assert.notEqual(edited, text);
    writeFileSync(file, edited);
    const out = execFileSync(process.execPath, [join(root, 'scripts/build-data.mjs'), '--policies', join(dir, 'policies'), '--out', join(dir, 'out'), '--miniprogram', join(dir, 'mini')], { encoding: 'utf8' });
    assert.match(out, /wrote/);
    const input = { province: 'henan', tier: 1, startDate: '2024-03-01', months: 1, interns: 1 };
    assert.equal(jianxi.estimateSubsidy(input).baseTotal, '1470.00', '70% of 2100 with the built-in data');
    jianxi.loadPolicies(JSON.parse(readFileSync(join(dir, 'out/policies.json'), 'utf8')), { mode: 'replace' });
    assert.equal(jianxi.estimateSubsidy(input).baseTotal, '1540.00', '70% of 2200 with the edited data');
    assert.equal(jianxi.formSpec({ province: 'henan', asOf: '2024-03-01' }).tiers[0].minimumWage, '2200.00');
    // The mini-program's data module says the same.
    const mini = readFileSync(join(dir, 'mini/policies.js'), 'utf8');
    assert.match(mini, /module\.exports = /);
    assert.ok(mini.includes('"amounts":[2200,2000,1800]'));
    // A bad edit is refused with the file, the field and the reason.
    writeFileSync(file, edited.replace('amounts = [2200, 2000, 1800]', 'amounts = [2200, 2000]'));
    let err = '';
    try {
      execFileSync(process.execPath, [join(root, 'scripts/build-data.mjs'), '--policies', join(dir, 'policies'), '--out', join(dir, 'out2')], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      err = e.stderr;
      assert.equal(e.status, 2);
    }
    assert.match(err, /henan\.toml/);
    assert.match(err, /minimumWage\.entries\[\d\]\.amounts/);
  } finally {
    loadData(jianxi);
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual({ pkg: digest('pkg'), lib: digest('miniprogram/lib') }, before);
});

test('the committed data files are what policies/*.toml give (build-data.mjs --check)', () => {
  const out = execFileSync(process.execPath, [join(root, 'scripts/build-data.mjs'), '--check'], { encoding: 'utf8' });
  assert.match(out, /checked/);
});

test('a host\'s own file for the mini-program (--extend --miniprogram): its one data module holds the built-in files with the host\'s over them', () => {
  // The mini-program loads its one data module whole (mode "replace"): a module holding
  // only the host's province would lose the national rules it falls back to.
  const dir = mkdtempSync(join(tmpdir(), 'jianxi-host-mini-'));
  try {
    cpSync(join(root, 'policies/henan.toml'), join(dir, 'policies/henan.toml'));
    const file = join(dir, 'policies/henan.toml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('{ from = "2024-01-01", amounts = [2100, 2000, 1800]', '{ from = "2024-01-01", amounts = [2200, 2000, 1800]'));
    cpSync(join(root, 'tests/fixtures/policies/testland.toml'), join(dir, 'policies/testland.toml'));
    execFileSync(process.execPath, [join(root, 'scripts/build-data.mjs'), '--policies', join(dir, 'policies'), '--out', join(dir, 'out'), '--extend', '--miniprogram', join(dir, 'mini')], { encoding: 'utf8' });
    // The pages' host file holds only the host's files (loaded over the built-in ones).
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'out/policies.json'), 'utf8')).map((f) => f.id), ['henan', 'testland']);
    const text = readFileSync(join(dir, 'mini/policies.js'), 'utf8');
    const mini = JSON.parse(text.slice(text.indexOf('=') + 1));
    const builtIn = JSON.parse(readFileSync(join(root, 'www/data/policies.json'), 'utf8')).map((f) => f.id);
    assert.deepEqual(mini.map((f) => f.id).sort(), [...builtIn, 'testland'].sort());
    jianxi.loadPolicies(mini, { mode: 'replace' });
    assert.equal(jianxi.estimateSubsidy({ province: 'henan', tier: 1, startDate: '2024-03-01', months: 1, interns: 1 }).baseTotal, '1540.00', 'the host\'s Henan');
    assert.ok(jianxi.formSpec().jurisdictions.some((j) => j.id === 'testland'));
    assert.ok(jianxi.formSpec().jurisdictions.some((j) => j.id === 'national'));
  } finally {
    loadData(jianxi);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the data step refuses an option it does not know, and --extend without --out, before writing anything; --help writes nothing', () => {
  // A typo (--ouy for --out) or a host's files built with --extend but no --out would have
  // written the host's files over the site's own www/data/ and the mini-program's data.
  const before = ['www/data/policies.json', 'www/data/policies-youth.json', 'miniprogram/data/policies.js', 'www/index.html'].map((f) => readFileSync(join(root, f), 'utf8'));
  const run = (...args) => {
    try {
      return { status: 0, out: execFileSync(process.execPath, [join(root, 'scripts/build-data.mjs'), ...args], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      return { status: e.status, out: e.stderr };
    }
  };
  const typo = run('--policies', join(root, 'tests/fixtures/policies'), '--ouy', join(tmpdir(), 'never'), '--extend');
  assert.equal(typo.status, 1);
  assert.match(typo.out, /--ouy/);
  assert.match(typo.out, /Usage/);
  const noOut = run('--policies', join(root, 'tests/fixtures/policies'), '--extend');
  assert.equal(noOut.status, 1);
  assert.match(noOut.out, /--extend.*--out/);
  const help = run('--help');
  assert.equal(help.status, 0);
  assert.match(help.out, /Usage/);
  assert.ok(!/wrote/.test(help.out), help.out);
  assert.deepEqual(['www/data/policies.json', 'www/data/policies-youth.json', 'miniprogram/data/policies.js', 'www/index.html'].map((f) => readFileSync(join(root, f), 'utf8')), before);
});
