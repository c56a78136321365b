// The youth page keeps no list of its own: its first menus (province, education level)
// are written into www/index.html by the data step from the engine's formSpec(), and its
// code draws every menu from the data it loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import full, { loadData } from './load.mjs';
import { youthMenus, withMenus, readPolicyFiles } from '../../scripts/build-data.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (f) => readFileSync(join(root, f), 'utf8');
const menu = (html, id) => [...html.match(new RegExp(`<select id="${id}"[^>]*>([\\s\\S]*?)</select>`))[1].matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);

test("the youth page's first menus are the engine's, for the built-in data, in menu order", () => {
  loadData(full);
  const html = read('www/index.html');
  assert.equal(withMenus(html, youthMenus(full)), html, 'run node scripts/build-data.mjs');
  const spec = full.formSpec();
  assert.deepEqual(menu(html, 'province'), [['', '请选择'], ...spec.jurisdictions.map((j) => [j.id, j.name.zh])]);
  assert.deepEqual(menu(html, 'education'), [['', '请选择'], ...spec.educationLevels.map((e) => [e.id, e.label.zh])]);
  assert.deepEqual(menu(html, 'hukouProvince'), [], 'the household-registration menu is drawn when it is asked');
});

test('a new jurisdiction file reaches the first menu through the data step, with no edit of the page', () => {
  full.loadPolicies(readPolicyFiles(join(root, 'tests/fixtures/policies')).map((e) => e.value), { mode: 'extend' });
  const html = withMenus(read('www/index.html'), youthMenus(full));
  assert.ok(menu(html, 'province').some(([id]) => id === 'testland'), 'the fixture province is in the menu');
  loadData(full);
});

test("the youth page's code names no province or education level", () => {
  loadData(full);
  const spec = full.formSpec();
  const ids = [...spec.jurisdictions.map((j) => j.id), ...spec.educationLevels.map((e) => e.id), ...spec.hukouProvinces.map((h) => h.id)].filter((id) => id !== 'none' && id !== 'national');
  const labels = [...spec.jurisdictions, ...spec.educationLevels, ...spec.hukouProvinces].map((x) => (x.name ?? x.label).zh);
  for (const file of ['www/youth.js', 'www/common.js', 'www/policy-data.js']) {
    const code = read(file);
    for (const id of ids) assert.ok(![`'${id}'`, `"${id}"`, `\`${id}\``].some((q) => code.includes(q)), `${file} names ${id}`);
    for (const label of labels) assert.ok(!code.includes(label), `${file} names ${label}`);
  }
});
