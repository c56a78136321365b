// pkg/ as a web team gets it: `npm pack` makes the tarball, `npm install` puts it in a
// scratch project in a temporary folder (offline: the package has no dependencies, so
// nothing is fetched). Shared by tests/js/npm-package.test.mjs and the browser test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PKG = new URL('../../pkg/', import.meta.url).pathname;

/** The same two calls for every place the package is used, and what they answer. */
export const ELIGIBILITY_INPUT = { province: 'henan', asOf: '2024-03-01', birthDate: '2001-05-10', education: 'bachelor', leftSchoolOn: '2023-06-30', employed: false };
export const ESTIMATE_INPUT = { province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, interns: 10, retained: 6 };

/** Packs pkg/ and installs the tarball into a new scratch project: { dir, project,
 *  tarball, packed (npm pack's --json entry), cleanup() }. */
export function packAndInstall() {
  const dir = mkdtempSync(join(tmpdir(), 'jianxi-npm-'));
  // npm's cache in the same folder: nothing shared with the machine's cache.
  const npm = (args, cwd) => execFileSync('npm', [...args, '--cache', join(dir, 'npm-cache'), '--no-update-notifier'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir, PKG], dir));
  const tarball = join(dir, packed.filename);
  const project = join(dir, 'site');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'scratch-site', private: true, type: 'module' }, null, 2)}\n`);
  npm(['install', '--offline', '--no-audit', '--no-fund', tarball], project);
  return { dir, project, tarball, packed, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
