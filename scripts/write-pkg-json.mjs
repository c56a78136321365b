// Writes pkg/package.json and pkg/README.md, so that pkg/ is an npm package a web team
// can `npm install` (from `npm pack`'s tarball) and import with or without a bundler.
// Run by scripts/build-wasm.sh after the modules are built. Deterministic: the same
// Cargo.toml, README.md and pkg/ files give the same bytes.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { parse } from 'smol-toml';

const root = new URL('../', import.meta.url);
const pkg = new URL('pkg/', root);
const crate = parse(readFileSync(new URL('Cargo.toml', root), 'utf8')).package;

// The package's entry points: the whole API, and the youth module (checkEligibility and
// policies only) that the self-check page loads. Each is an ES module with its .d.ts
// and its .wasm beside it; `init()` fetches the .wasm from next to the module.
const ENTRY_POINTS = { '.': 'jianxi', './youth': 'jianxi_youth' };

const files = Object.values(ENTRY_POINTS).flatMap((m) => [`${m}.js`, `${m}.d.ts`, `${m}_bg.wasm`, `${m}_bg.wasm.d.ts`]);
const present = readdirSync(pkg).filter((f) => f !== 'package.json' && f !== 'README.md').sort();
const missing = files.filter((f) => !present.includes(f));
const unlisted = present.filter((f) => !files.includes(f));
if (missing.length || unlisted.length) {
  console.error(`write-pkg-json: pkg/ does not hold the files the package lists (missing: ${missing.join(', ') || 'none'}; not listed: ${unlisted.join(', ') || 'none'})`);
  process.exit(1);
}

const exports = {};
for (const [path, m] of Object.entries(ENTRY_POINTS)) {
  // "types" first: TypeScript takes the first condition that matches.
  exports[path] = { types: `./${m}.d.ts`, default: `./${m}.js` };
}
// The .wasm files by name, so that Node code can find them (import.meta.resolve) to
// pass to initSync, and a bundler or server can copy them.
for (const m of Object.values(ENTRY_POINTS)) exports[`./${m}_bg.wasm`] = `./${m}_bg.wasm`;
exports['./package.json'] = './package.json';

const manifest = {
  name: crate.name,
  version: crate.version,
  description: crate.description,
  license: crate.license,
  keywords: ['就业见习', 'employment internship', 'subsidy', 'china', 'webassembly'],
  type: 'module',
  main: './jianxi.js',
  types: './jianxi.d.ts',
  exports,
  // For TypeScript's older "node10" resolution, which does not read "exports".
  typesVersions: { '*': Object.fromEntries(Object.entries(ENTRY_POINTS).filter(([p]) => p !== '.').map(([p, m]) => [p.slice(2), [`./${m}.d.ts`]])) },
  files,
  sideEffects: false,
};
writeFileSync(new URL('package.json', pkg), `${JSON.stringify(manifest, null, 2)}\n`);

// The package's README: the repository README's section on the npm package.
const readme = readFileSync(new URL('README.md', root), 'utf8');
const section = readme.match(/^## The npm package\n[\s\S]*?(?=^## )/m)?.[0];
if (!section) {
  console.error('write-pkg-json: README.md has no "## The npm package" section');
  process.exit(1);
}
writeFileSync(new URL('README.md', pkg), `# ${crate.name}\n\n${crate.description}.\n\n${section.replace(/^## The npm package\n\n?/, '').trimEnd()}\n`);
