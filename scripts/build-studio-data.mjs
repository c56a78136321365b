// The rules studio's own data (www/data/studio.json): the policy files as TOML text (so
// the studio edits the very text a bureau keeps, comments and all), the notice texts the
// quotes are checked against, and the conformance cases, for a page with no server.
//
//   node scripts/build-studio-data.mjs           write www/data/studio.json
//   node scripts/build-studio-data.mjs --check   fail if it is not what the sources give
//
// The policy data the pages load (www/data/policies*.json) is scripts/build-data.mjs's;
// the studio writes the same bytes from the same TOML (tests/browser/studio-data.test.mjs).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

const root = fileURLToPath(new URL('..', import.meta.url));
const listed = (dir, ext) => readdirSync(join(root, dir)).filter((n) => n.endsWith(ext)).sort();

export function studioData() {
  const policies = listed('policies', '.toml').map((name) => ({ name, text: readFileSync(join(root, 'policies', name), 'utf8') }));
  // Keyed as a document's `fromFile` names them ("seeds/…", relative to notices/).
  const notices = listed('notices/seeds', '.txt').map((name) => ({ path: `seeds/${name}`, text: readFileSync(join(root, 'notices', 'seeds', name), 'utf8') }));
  const cases = listed('tests/cases', '.toml').flatMap((file) => (parse(readFileSync(join(root, 'tests', 'cases', file), 'utf8')).case ?? []).map((c) => ({ file, ...c })));
  return { policies, notices, cases };
}

export const studioJson = () => `${JSON.stringify(studioData())}\n`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = join(root, 'www', 'data', 'studio.json');
  const text = studioJson();
  if (process.argv.includes('--check')) {
    if (!existsSync(out) || readFileSync(out, 'utf8') !== text) {
      console.error('www/data/studio.json is not what policies/, notices/seeds/ and tests/cases/ give. Run: node scripts/build-studio-data.mjs');
      process.exit(1);
    }
    console.log('checked www/data/studio.json');
  } else {
    writeFileSync(out, text);
    console.log(`wrote www/data/studio.json (${text.length} characters)`);
  }
}
