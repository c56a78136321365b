// The shipped TypeScript declarations (pkg/jianxi.d.ts) against real answers: every
// conformance case's answer (or error) is written out as a typed constant and checked by
// the TypeScript compiler, so a field the engine returns that the types lack, a field the
// types promise that the engine omits, or a code outside the error union fails here.
// Also: both modules export exactly the functions src/entry_points.rs lists (the one list
// of the JS API), and the README's API table names exactly those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import jianxi from './load.mjs';
import { loadCases, argsOf } from './cases.mjs';

const root = new URL('../../', import.meta.url);
const tsc = fileURLToPath(new URL('node_modules/typescript/lib/tsc.js', root));
const dts = readFileSync(new URL('pkg/jianxi.d.ts', root), 'utf8');
const exported = [...dts.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).filter((f) => f !== 'initSync');

/** Compiles `body` (a module importing the package's types) with strict checks; returns the
 *  compiler's complaints, each with the source line it points at. */
function typeErrors(body) {
  const dir = mkdtempSync(join(tmpdir(), 'jianxi-types-'));
  const file = join(dir, 'answers.ts');
  writeFileSync(file, body);
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext',
      '--moduleResolution', 'bundler', file], { encoding: 'utf8' });
    return [];
  } catch (e) {
    const lines = body.split('\n');
    return String(e.stdout).trim().split('\n').map((msg) => {
      const at = /answers\.ts\((\d+),/.exec(msg);
      return at ? `${msg}\n    line: ${lines[Number(at[1]) - 1].trim()}` : msg;
    }).concat(`(the checked file is kept: ${file})`);
  }
}

const pkg = fileURLToPath(new URL('pkg/jianxi.js', root));
const header = `import type * as J from ${JSON.stringify(pkg)};\n`
  + 'type ErrorFields = Pick<J.JianxiError, "code" | "field" | "fieldKey" | "message" | "messageEn">;\n';

function constant(name, type, value) {
  return `const ${name}: ${type} = ${JSON.stringify(value, null, 1)};\nvoid ${name};\n`;
}

test('every conformance answer and error has the shape pkg/jianxi.d.ts declares', () => {
  const cases = loadCases();
  assert.ok(cases.length >= 100, `the cases load (${cases.length})`);
  let body = header;
  const apis = new Set();
  cases.forEach((c, k) => {
    assert.ok(exported.includes(c.api), `${c.id}: ${c.api} is exported`);
    apis.add(c.api);
    body += `// ${c.id.replace(/\n/g, ' ')}\n`;
    try {
      const answer = jianxi[c.api](...argsOf(c));
      body += constant(`answer${k}`, `ReturnType<typeof J.${c.api}>`, answer === undefined ? null : answer);
    } catch (e) {
      const { code, field, fieldKey, message, messageEn } = e;
      body += constant(`error${k}`, 'ErrorFields', { code, field, fieldKey, message, messageEn });
    }
  });
  assert.ok(apis.size >= 7, `cases cover ${[...apis].join(', ')}`);
  assert.deepEqual(typeErrors(body), []);
});

test('the check fails on a drifted answer: an unknown field, a missing one, an unknown code', () => {
  const review = jianxi.reviewDeadline({ province: 'gansu', submittedOn: '2024-09-27' });
  const { deadline, ...withoutDeadline } = review;
  assert.ok(deadline, 'Gansu sets a review time');
  const errors = typeErrors(header
    + constant('ok', 'ReturnType<typeof J.reviewDeadline>', review)
    + constant('extra', 'ReturnType<typeof J.reviewDeadline>', { ...review, surprise: 1 })
    + constant('missing', 'ReturnType<typeof J.reviewDeadline>', withoutDeadline)
    + constant('badCode', 'ErrorFields', { code: 'NOT_A_CODE', field: '', fieldKey: '', message: '', messageEn: '' }));
  assert.equal(errors.filter((e) => /error TS/.test(e)).length, 3, errors.join('\n'));
  assert.ok(errors.some((e) => /surprise/.test(e)), errors.join('\n'));
  assert.ok(errors.some((e) => /'deadline' is missing/.test(e)), errors.join('\n'));
  assert.ok(errors.some((e) => /NOT_A_CODE/.test(e)), errors.join('\n'));
});

test("the README's API table names exactly the functions pkg/jianxi.js exports", () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const table = readme.slice(readme.indexOf('| function | what |'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  const named = rows.flatMap((row) => [...row.split('|')[1].matchAll(/`(\w+)\(/g)].map((m) => m[1]));
  assert.deepEqual([...named].sort(), [...exported].sort());
});

test('both modules export exactly the functions src/entry_points.rs lists', async () => {
  const bin = fileURLToPath(new URL('target/debug/examples/answer', root));
  assert.ok(existsSync(bin), 'run `cargo build --examples` first: it builds examples/answer.rs');
  const list = JSON.parse(execFileSync(bin, ['--entry-points'], { encoding: 'utf8' }));
  const names = (m) => Object.keys(m).filter((k) => typeof m[k] === 'function' && !['default', 'initSync'].includes(k)).sort();
  assert.deepEqual(names(await import('../../pkg/jianxi.js')), list.map((e) => e.name).sort());
  assert.deepEqual(names(await import('../../pkg/jianxi_youth.js')), list.filter((e) => e.youth).map((e) => e.name).sort());
  assert.deepEqual([...exported].sort(), list.map((e) => e.name).sort(), 'pkg/jianxi.d.ts declares them all');
  // How many arguments each takes, as the generated JS wrappers declare them.
  const whole = await import('../../pkg/jianxi.js');
  for (const e of list) assert.equal(whole[e.name].length, e.args, e.name);
});
