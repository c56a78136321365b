// The data-driven cases of tests/cases/*.toml, read and matched exactly as
// tests/conformance.rs does, for the tests that run them through the .wasm.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'smol-toml';
import { lookup, matches } from '../../www/studio-data.js';

const dir = new URL('../cases/', import.meta.url);

export function loadCases() {
  const out = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml')).sort()) {
    const doc = parse(readFileSync(new URL(file, dir), 'utf8'));
    for (const c of doc.case) out.push({ ...c, id: `${file} › ${c.name}` });
  }
  return out;
}

// How a case's arguments are given and how an expected path is followed and matched:
// the rules studio's copy (www/studio-data.js, no DOM), so the studio checks a case
// exactly as the tests do.
export { argsOf, lookup, matches } from '../../www/studio-data.js';

/** Problems with one case's answer (empty when it holds). */
export function check(c, result, error) {
  const problems = [];
  if (c.error !== undefined) {
    if (!error) problems.push(`expected error ${c.error}, got a result`);
    else {
      if (error.code !== c.error) problems.push(`error code ${error.code} ≠ ${c.error}`);
      if (c.errorField !== undefined && error.field !== c.errorField) problems.push(`error field ${error.field} ≠ ${c.errorField}`);
      if (!error.message || !error.messageEn) problems.push('an error needs both messages');
    }
  } else if (error) problems.push(`unexpected error: ${error.code} ${error.field} ${error.messageEn}`);
  else {
    for (const [p, want] of Object.entries(c.expect)) {
      const got = lookup(result, p);
      if (!matches(want, got)) problems.push(`${p}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }
  return problems;
}
