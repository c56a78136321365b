// pkg/ as an npm package: package.json (written by scripts/write-pkg-json.mjs) names the
// whole module and the youth module with their types; `npm pack` of pkg/, installed into
// a scratch project, runs from Node by the package name, the .wasm read from the package.
// (The same installed package in a page without a bundler: tests/browser/npm-package.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'smol-toml';
import full from './load.mjs';
import { PKG, packAndInstall, ELIGIBILITY_INPUT, ESTIMATE_INPUT } from './npm-pack.mjs';

const manifest = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
const crate = parse(readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8')).package;
const ENTRY_POINTS = [['.', 'jianxi'], ['./youth', 'jianxi_youth']];

test('package.json: the crate\'s name, version and licence; ES modules; no side effects, no dependencies', () => {
  assert.equal(manifest.name, 'jianxi');
  assert.equal(manifest.version, crate.version);
  assert.equal(manifest.license, crate.license);
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.sideEffects, false);
  assert.equal(manifest.dependencies, undefined);
  assert.deepEqual(Object.keys(manifest.exports), ['.', './youth', './jianxi_bg.wasm', './jianxi_youth_bg.wasm', './package.json']);
  // Tools that do not read "exports" (older bundlers, TypeScript's node10 resolution).
  assert.equal(manifest.main, manifest.exports['.'].default);
  assert.equal(manifest.types, manifest.exports['.'].types);
  assert.deepEqual(manifest.typesVersions, { '*': { youth: [manifest.exports['./youth'].types] } });
  for (const f of manifest.files) assert.ok(readdirSync(PKG).includes(f), `${f} is in pkg/`);
});

// Types a .d.ts may use without declaring them.
const BUILT_IN = new Set(['string', 'number', 'boolean', 'any', 'unknown', 'void', 'null', 'undefined', 'object', 'Date', 'Error', 'Promise', 'Record', 'Array']);

for (const [path, name] of ENTRY_POINTS) {
  test(`entry point "${path}": types first, then the module; its .d.ts declares what the module exports, self-contained`, async () => {
    const entry = manifest.exports[path];
    assert.deepEqual(entry, { types: `./${name}.d.ts`, default: `./${name}.js` }); // "types" first: TypeScript takes the first match
    const mod = await import(pathToFileURL(join(PKG, entry.default)));
    const dts = readFileSync(join(PKG, entry.types), 'utf8');
    const declared = [...dts.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).sort();
    assert.deepEqual(declared, Object.keys(mod).filter((k) => k !== 'default').sort());
    assert.match(dts, /^export default function __wbg_init/m);
    // Every type a function takes or returns is declared in the same file.
    const types = new Set([...dts.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]));
    for (const [, fn, params, result] of dts.matchAll(/^export function (\w+)\(([^)]*)\): ([^;]+);/gm)) {
      const used = `${params.replace(/\b\w+\??\s*:/g, '')} ${result}`.match(/\b[A-Z]\w*/g) ?? [];
      assert.ok(used.length > 0 || fn === 'resetPolicies', `${fn}: its types are read`);
      for (const type of used) {
        assert.ok(types.has(type) || BUILT_IN.has(type), `${entry.types}: ${fn} uses ${type}, declared there`);
      }
    }
  });
}

let scratch;
before(() => { scratch = packAndInstall(); });
after(() => scratch?.cleanup());

test('npm pack: the tarball holds the listed files, package.json and the README, nothing else', () => {
  assert.equal(scratch.packed.name, 'jianxi');
  assert.equal(scratch.packed.filename, `jianxi-${crate.version}.tgz`);
  assert.deepEqual(scratch.packed.files.map((f) => f.path).sort(), [...manifest.files, 'package.json', 'README.md'].sort());
  // The README tells a web team to install this very tarball.
  assert.ok(readFileSync(new URL('../../README.md', import.meta.url), 'utf8').includes(`npm install ./${scratch.packed.filename}`));
  assert.ok(readFileSync(join(PKG, 'README.md'), 'utf8').includes("import init, { checkEligibility } from 'jianxi/youth';"));
});

test('installed from the tarball: Node imports both entry points by name, with the .wasm from the package', () => {
  const installed = join(scratch.project, 'node_modules', 'jianxi');
  assert.deepEqual(readdirSync(join(scratch.project, 'node_modules')).sort(), ['.package-lock.json', 'jianxi'], 'nothing else is installed');
  for (const f of manifest.files) assert.ok(readFileSync(join(installed, f)).equals(readFileSync(join(PKG, f))), `${f} installed as built`);

  writeFileSync(join(scratch.project, 'use.mjs'), `
import { readFileSync } from 'node:fs';
import * as whole from 'jianxi';
import * as youth from 'jianxi/youth';
const wasm = (name) => readFileSync(new URL(import.meta.resolve(name)));
whole.initSync({ module: wasm('jianxi/jianxi_bg.wasm') });
youth.initSync({ module: wasm('jianxi/jianxi_youth_bg.wasm') });
const [eligibility, estimate, dataDir] = JSON.parse(process.argv[2]);
// The engine carries no policy data: the served data files, as a site has them.
whole.loadPolicies(JSON.parse(readFileSync(dataDir + '/policies.json', 'utf8')), { mode: 'replace' });
youth.loadPolicies(JSON.parse(readFileSync(dataDir + '/policies-youth.json', 'utf8')), { mode: 'replace' });
const notExported = (spec) => { try { import.meta.resolve(spec); return null; } catch (e) { return e.code; } };
console.log(JSON.stringify({
  resolved: [import.meta.resolve('jianxi'), import.meta.resolve('jianxi/youth')],
  youthExports: Object.keys(youth).sort(),
  eligibility: [whole.checkEligibility(eligibility), youth.checkEligibility(eligibility)],
  estimate: whole.estimateSubsidy(estimate),
  deepImport: notExported('jianxi/jianxi.js'),
}));
`);
  const out = JSON.parse(execFileSync(process.execPath, ['use.mjs', JSON.stringify([ELIGIBILITY_INPUT, ESTIMATE_INPUT, new URL('../../www/data', import.meta.url).pathname])], { cwd: scratch.project, encoding: 'utf8' }));
  const base = pathToFileURL(realpathSync(installed)).href;
  assert.deepEqual(out.resolved, [`${base}/jianxi.js`, `${base}/jianxi_youth.js`]);
  assert.deepEqual(out.youthExports, ['checkEligibility', 'default', 'formSpec', 'initSync', 'loadPolicies', 'policies', 'resetPolicies']);
  assert.equal(out.deepImport, 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'only the declared entry points are importable');
  const expected = full.checkEligibility(ELIGIBILITY_INPUT);
  assert.equal(expected.eligible, true);
  assert.deepEqual(out.eligibility, [expected, expected]);
  assert.equal(out.estimate.total, '132000.00');
  assert.deepEqual(out.estimate, full.estimateSubsidy(ESTIMATE_INPUT));
});
