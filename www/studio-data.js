// The rules studio's data work, with no DOM (Node's tests import it too): reading policy
// files safely, writing TOML in the policy files' layout, applying an edit to the text
// with the smallest change, the data files exactly as scripts/build-data.mjs writes them,
// the word-for-word quote check of tests/policy_data.rs, what changed between two
// versions, the conformance-case format of tests/cases/*.toml, and sample answers.
import { parse, TomlDate, TomlError } from './vendor/smol-toml/index.js';
import { dataFiles } from './data-files.js';

// ------------------------------------------------------------------ limits
/** A policy file is a few kilobytes (the largest, national.toml, ~20 KB); a studio
 *  project holds a handful. Anything larger is refused before it is read. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** The deepest real path is ~10 levels (ruleSets[0].eligibility.categories[0].conditions[0].source.quote). */
export const MAX_DEPTH = 40;

export class StudioError extends Error {
  /** `file`: the file's name; `field`: a field path or "line N, column M"; zh/en: why. */
  constructor(file, field, zh, en, extra = {}) {
    super(`${file}${field ? ` › ${field}` : ''}: ${zh} / ${en}`);
    Object.assign(this, { file, field, messageZh: zh, messageEn: en }, extra);
  }
}

const mb = (n) => (n / 1024 / 1024).toFixed(1);

/** Refuses a file by its size, before its bytes are read. */
export function checkSize(name, bytes) {
  if (bytes > MAX_FILE_BYTES) {
    throw new StudioError(name, '', `文件太大（${mb(bytes)} MB），超过 ${mb(MAX_FILE_BYTES)} MB 的上限，未读取。政策文件通常只有几十 KB，请确认选对了文件。`,
      `The file is too large (${mb(bytes)} MB; the limit is ${mb(MAX_FILE_BYTES)} MB) and was not read. A policy file is a few tens of KB; check that this is the right file.`, { code: 'TOO_LARGE' });
  }
}

const tooDeep = (name, depth, line) => new StudioError(name, line ? `line ${line}` : '',
  `嵌套层数过深（至少 ${depth} 层，上限 ${MAX_DEPTH} 层）${line ? `，在第 ${line} 行` : ''}，未解析。政策文件不会嵌套这么深。`,
  `Nested too deeply (at least ${depth} levels; the limit is ${MAX_DEPTH})${line ? ` at line ${line}` : ''}; not parsed. A policy file never nests this deep.`, { code: 'TOO_DEEP' });

/** Nesting depth of a parsed value, without recursion (a hostile value cannot exhaust the stack). */
export function depthOf(value, limit = MAX_DEPTH) {
  let max = 0;
  const stack = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop();
    if (d > max) max = d;
    if (max > limit) return max;
    if (v && typeof v === 'object') for (const k of Object.keys(v)) stack.push([v[k], d + 1]);
  }
  return max;
}

// ------------------------------------------------------------------ scanning TOML text
/** A lexical pass over TOML text: its statements (headers and key = value, with their
 *  character ranges) and how deep it nests. Linear, no recursion; it never builds the
 *  value, so a 10,000-deep file is measured before any parser descends into it. Returns
 *  { statements, depth, depthLine } or { error } where the text is not TOML it understands
 *  (the parser then reports the exact place). */
export function scanToml(text) {
  const statements = [];
  let i = 0;
  let line = 1;
  let depth = 0;
  let depthLine = 0;
  let table = 0; // path length of the current header
  const n = text.length;
  const fail = (why) => ({ error: why, line });
  const note = (d) => { if (d > depth) { depth = d; depthLine = line; } };
  // Skips a string starting at i; returns the index after it, or -1.
  const skipString = () => {
    const q = text[i];
    const triple = text.startsWith(q.repeat(3), i);
    if (triple) {
      let j = i + 3;
      for (;;) {
        if (j >= n) return -1;
        const c = text[j];
        if (c === '\n') line++;
        if (q === '"' && c === '\\') { j += 2; continue; }
        if (text.startsWith(q.repeat(3), j)) {
          // Up to two quotes may end the content: the delimiter is the run's last three.
          let k = j;
          while (text[k] === q) k++;
          return k;
        }
        j++;
      }
    }
    let j = i + 1;
    for (;;) {
      if (j >= n || text[j] === '\n') return -1;
      if (q === '"' && text[j] === '\\') { j += 2; continue; }
      if (text[j] === q) return j + 1;
      j++;
    }
  };
  const skipLineRest = () => { // spaces, a comment, the line end
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === '#') while (i < n && text[i] !== '\n') i++;
    if (i < n && text[i] === '\r') i++;
    if (i < n && text[i] !== '\n') return false;
    if (i < n) { i++; line++; }
    return true;
  };
  // A dotted key (bare or quoted parts) up to `stop`; returns its parts or null.
  const keyPath = (stop) => {
    const parts = [];
    for (;;) {
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (text[i] === '"' || text[i] === "'") {
        const start = i;
        const end = skipString();
        if (end < 0 || text.startsWith(text[start].repeat(3), start)) return null;
        const raw = text.slice(start, end);
        try { parts.push(raw[0] === "'" ? raw.slice(1, -1) : JSON.parse(raw.replace(/\\U([0-9a-fA-F]{8})/g, (_, h) => String.fromCodePoint(parseInt(h, 16))))); } catch { parts.push(raw.slice(1, -1)); }
        i = end;
      } else {
        const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i, i + 200));
        if (!m) return null;
        parts.push(m[0]);
        i += m[0].length;
      }
      while (text[i] === ' ' || text[i] === '\t') i++;
      if (text[i] === '.') { i++; continue; }
      return text.startsWith(stop, i) ? parts : null;
    }
  };
  while (i < n) {
    const c = text[i];
    if (c === '\n') { i++; line++; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') { i++; continue; }
    if (c === '#') { while (i < n && text[i] !== '\n') i++; continue; }
    const start = i;
    const startLine = line;
    if (c === '[') {
      const array = text[i + 1] === '[';
      i += array ? 2 : 1;
      const path = keyPath(array ? ']]' : ']');
      if (!path) return fail('header');
      i += array ? 2 : 1;
      table = path.length * (array ? 2 : 1);
      note(table);
      if (depth > MAX_DEPTH) return { statements, depth, depthLine };
      if (!skipLineRest()) return fail('after header');
      statements.push({ type: 'header', path, array, start, end: i, line: startLine });
      continue;
    }
    const path = keyPath('=');
    if (!path) return fail('key');
    i++; // '='
    while (text[i] === ' ' || text[i] === '\t') i++;
    // The value: strings skipped whole, brackets counted; ends at the line end outside brackets.
    let open = 0;
    for (;;) {
      if (i >= n) { if (open) return fail('unclosed'); break; }
      const v = text[i];
      if (v === '"' || v === "'") {
        const end = skipString();
        if (end < 0) return fail('string');
        i = end;
        continue;
      }
      if (v === '[' || v === '{') {
        open++;
        note(table + path.length + open);
        if (depth > MAX_DEPTH) return { statements, depth, depthLine };
      } else if (v === ']' || v === '}') {
        open--;
        if (open < 0) return fail('bracket');
      } else if (v === '#') {
        if (!open) break;
        while (i < n && text[i] !== '\n') i++;
        continue;
      } else if (v === '\n') {
        if (!open) break;
        line++;
      }
      i++;
    }
    note(table + path.length);
    if (!skipLineRest()) return fail('after value');
    statements.push({ type: 'kv', path, start, end: i, line: startLine });
  }
  return { statements, depth, depthLine };
}

/** Nesting depth of JSON text, counted over brackets outside strings (linear). */
export function jsonDepth(text) {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') { depth++; if (depth > max) { max = depth; if (max > MAX_DEPTH) return max; } } else if (c === ']' || c === '}') depth--;
  }
  return max;
}

// ------------------------------------------------------------------ reading
/** Dates are quoted strings in the policy files; a TOML date would reach the JSON as an
 *  object (scripts/build-data.mjs refuses it the same way). */
function checkNoTomlDates(value, file) {
  const stack = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop();
    if (v instanceof TomlDate || v instanceof Date) {
      throw new StudioError(file, path, '日期请写成带引号的字符串（如 "2023-07-01"），不要用 TOML 日期类型。', 'Write dates as quoted strings ("2023-07-01"), not TOML dates.');
    }
    if (Array.isArray(v)) v.forEach((x, k) => stack.push([x, `${path}[${k}]`]));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) stack.push([v[k], path ? `${path}.${k}` : k]);
  }
}

/** Parses one policy file's TOML text, refusing an oversized or over-deep text before
 *  the parser descends into it. Throws StudioError naming the file and the line. */
export function readToml(text, name = 'policy.toml') {
  checkSize(name, text.length * 3 > MAX_FILE_BYTES ? new Blob([text]).size : text.length);
  const scan = scanToml(text);
  if (scan.depth > MAX_DEPTH) throw tooDeep(name, scan.depth, scan.depthLine);
  let value;
  try {
    value = parse(text, { maxDepth: MAX_DEPTH, unsafeKeyBehaviour: 'throw' });
  } catch (e) {
    if (!(e instanceof TomlError) && !(e instanceof Error)) throw e;
    const first = String(e.message).split('\n')[0];
    throw new StudioError(name, e.line ? `line ${e.line}, column ${e.column}` : '', `不是有效的 TOML${e.line ? `（第 ${e.line} 行第 ${e.column} 列）` : ''}：${first}`, `Not valid TOML${e.line ? ` (line ${e.line}, column ${e.column})` : ''}: ${first}`, { line: e.line, column: e.column, code: 'TOML_SYNTAX' });
  }
  if (depthOf(value) > MAX_DEPTH) throw tooDeep(name, depthOf(value));
  checkNoTomlDates(value, name);
  return value;
}

/** Parses JSON text with the same limits. */
export function readJson(text, name = 'data.json') {
  checkSize(name, text.length * 3 > MAX_FILE_BYTES ? new Blob([text]).size : text.length);
  const d = jsonDepth(text);
  if (d > MAX_DEPTH) throw tooDeep(name, d);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new StudioError(name, '', `不是有效的 JSON：${e.message}`, `Not valid JSON: ${e.message}`, { code: 'JSON_SYNTAX' });
  }
}

// ------------------------------------------------------------------ writing TOML
const BARE = /^[A-Za-z0-9_-]+$/;
const tomlKey = (k) => (BARE.test(k) ? k : tomlString(k));
export function tomlString(s) {
  return `"${String(s).replace(/[\\"\u0000-\u001f\u007f]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}
function tomlNumber(x) {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return String(x);
}
const isPlain = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isScalar = (v) => v === null || typeof v !== 'object';

/** One value on one line. Null has no TOML form: such keys are left out (reported by `nulls`). */
export function inlineValue(v) {
  if (typeof v === 'string') return tomlString(v);
  if (typeof v === 'number') return tomlNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return `[${v.filter((x) => x != null).map(inlineValue).join(', ')}]`;
  if (isPlain(v)) {
    const parts = Object.keys(v).filter((k) => v[k] != null).map((k) => `${tomlKey(k)} = ${inlineValue(v[k])}`);
    return parts.length ? `{ ${parts.join(', ')} }` : '{}';
  }
  throw new TypeError(`no TOML form for ${typeof v}`);
}

/** Arrays written as [[tables]] in the policy files (paths without indices). */
const TABLE_ARRAYS = new Set(['documents', 'ruleSets', 'ruleSets.eligibility.categories', 'ruleSets.internBenefits', 'ruleSets.employerNotes',
  'minimumWage.countyLists', 'holidayCalendars', 'quotas', 'reportForms']);
/** An array of tables or of lists longer than this on one line is written one item per
 *  line (short items several to a line where the files do so, as in quota tables). */
const LINE = { objects: 160, arrays: 120, packed: 130 };
const PACKED = new Set(['quotas.rows']);
const flat = (o) => Object.values(o).every((v) => isScalar(v) || (Array.isArray(v) && v.every(isScalar)));
/** How many objects deep a value goes (arrays do not count). */
function objectDepth(v) {
  let max = 0;
  const stack = [[v, 0]];
  while (stack.length) {
    const [x, d] = stack.pop();
    const here = isPlain(x) ? d + 1 : d;
    max = Math.max(max, here);
    if (x && typeof x === 'object') for (const k of Object.keys(x)) stack.push([x[k], here]);
  }
  return max;
}
const asTableArray = (path, v) => Array.isArray(v) && v.length > 0 && v.every(isPlain) && (TABLE_ARRAYS.has(path) || v.some((x) => objectDepth(x) >= 3));
const asTable = (v) => isPlain(v) && Object.keys(v).length > 0 && !flat(v);

function keyValueLines(k, v, path = k) {
  const one = `${tomlKey(k)} = ${inlineValue(v)}`;
  const items = Array.isArray(v) ? v.filter((x) => x != null) : [];
  const objects = items.length > 1 && items.every(isPlain);
  // Lists of pairs (holiday ranges) stay on one line; lists of lists (county tiers) do not.
  const arrays = items.length > 1 && items.every(Array.isArray) && items.some((x) => x.length > 2);
  if (!(objects && one.length > LINE.objects) && !(arrays && one.length > LINE.arrays)) return [one];
  const parts = items.map((x) => `${inlineValue(x)},`);
  if (!PACKED.has(path)) return [`${tomlKey(k)} = [`, ...parts.map((x) => `  ${x}`), ']'];
  const lines = [];
  for (const x of parts) {
    if (lines.length && lines[lines.length - 1].length + 1 + x.length <= LINE.packed) lines[lines.length - 1] += ` ${x}`;
    else lines.push(`  ${x}`);
  }
  return [`${tomlKey(k)} = [`, ...lines, ']'];
}

/** Lines of a table at `keys` (root: []), in the policy files' layout: plain values first,
 *  then sub-tables ([a.b]) and arrays of tables ([[a.b]]), a blank line before each. */
function tableLines(obj, keys, kind, comments = new Map()) {
  const path = keys.join('.');
  const sub = (k) => (path ? `${path}.${k}` : k);
  const own = Object.keys(obj).filter((k) => obj[k] != null && !asTableArray(sub(k), obj[k]) && !asTable(obj[k]));
  const sections = Object.keys(obj).filter((k) => obj[k] != null && !own.includes(k));
  const header = keys.map(tomlKey).join('.');
  const lines = [];
  if (kind === 'array') lines.push(`[[${header}]]`);
  else if (kind === 'table' && (own.length || !sections.length)) lines.push(`[${header}]`);
  for (const k of own) lines.push(...keyValueLines(k, obj[k], sub(k)));
  const gap = () => { if (lines.length && lines[lines.length - 1] !== '') lines.push(''); };
  for (const k of sections) {
    const v = obj[k];
    const above = (at) => { const c = kind === 'root' ? comments.get(at) : null; if (c) lines.push(...c); };
    if (Array.isArray(v)) v.forEach((item, j) => { gap(); above(`${k}[${j}]`); lines.push(...tableLines(item, [...keys, k], 'array')); });
    else { gap(); above(k); lines.push(...tableLines(v, [...keys, k], 'table')); }
  }
  return lines;
}

/** A whole policy file as TOML in the layout of policies/*.toml. With `original` (the
 *  text it was read from), its opening comment and the comment lines right above each
 *  top-level table are kept. Keys holding null are left out: TOML has no null. */
export function writeToml(obj, original = '') {
  const comments = new Map();
  const u = original ? units(original) : null;
  for (const t of u?.tables ?? []) {
    const above = original.slice(0, t.start).split('\n').slice(0, -1);
    const block = [];
    while (above.length && /^\s*#/.test(above[above.length - 1])) block.unshift(above.pop());
    if (block.length && above.length) comments.set(t.array ? `${t.key}[${t.index}]` : t.key, block);
  }
  const head = leadingComment(original);
  return `${head}${tableLines(obj, [], 'root', comments).join('\n')}\n`;
}

/** The keys holding null in a value (they have no TOML form). */
export function nulls(value) {
  const out = [];
  const stack = [[value, '']];
  while (stack.length) {
    const [v, path] = stack.pop();
    if (Array.isArray(v)) v.forEach((x, k) => (x === null ? out.push(`${path}[${k}]`) : stack.push([x, `${path}[${k}]`])));
    else if (isPlain(v)) for (const k of Object.keys(v)) (v[k] === null ? out.push(path ? `${path}.${k}` : k) : stack.push([v[k], path ? `${path}.${k}` : k]));
  }
  return out.sort();
}

/** The comment lines a text starts with (kept when the file is rewritten). */
export const leadingComment = (text) => (/^(?:[ \t]*#[^\n]*\n)+/.exec(text)?.[0] ?? '');

// ------------------------------------------------------------------ editing the text
/** The text's top-level units: root `key = value` statements and, for each top-level key
 *  written as tables, each [[key]] element or the [key] table with its sub-tables.
 *  Ranges run from the header to the end of the unit's last statement, so comments and
 *  blank lines between units stay where they are. */
export function units(text) {
  const scan = scanToml(text);
  if (scan.error || scan.depth > MAX_DEPTH) return null;
  const root = [];
  const out = [];
  let cur = null;
  for (const s of scan.statements) {
    if (s.type === 'header') {
      const k = s.path[0];
      if (cur && cur.key === k && !(s.array && s.path.length === 1)) { cur.end = s.end; continue; }
      cur = { key: k, array: s.array && s.path.length === 1, start: s.start, end: s.end };
      cur.index = cur.array ? out.filter((u) => u.key === k && u.array).length : null;
      out.push(cur);
    } else if (cur) cur.end = s.end;
    else root.push({ key: s.path[0], dotted: s.path.length > 1, start: s.start, end: s.end });
  }
  return { root, tables: out };
}

const splice = (text, start, end, insert) => text.slice(0, start) + insert + text.slice(end);

/** Applies one edit operation to a parsed file (a structured clone is changed). */
export function applyToValue(obj, op) {
  switch (op.op) {
    case 'set': obj[op.key] = op.value; break;
    case 'delete': delete obj[op.key]; break;
    case 'replace': obj[op.key][op.index] = op.value; break;
    case 'append': (obj[op.key] ??= []).push(op.value); break;
    case 'remove': obj[op.key].splice(op.index, 1); break;
    default: throw new Error(`unknown edit ${op.op}`);
  }
  return obj;
}

/** The text with one operation applied in place, or null where the text is not laid
 *  out in a way this can patch (the caller then rewrites the file). */
function patchText(text, op) {
  const u = units(text);
  if (!u) return null;
  const ofKey = u.tables.filter((t) => t.key === op.key);
  const rootKv = u.root.filter((r) => r.key === op.key);
  const unitText = (value, array) => `${tableLines(value, [op.key], array ? 'array' : 'table').join('\n')}\n`;
  switch (op.op) {
    case 'set': {
      const isTable = asTable(op.value);
      if (rootKv.length === 1 && !rootKv[0].dotted && !isTable) return splice(text, rootKv[0].start, rootKv[0].end, `${keyValueLines(op.key, op.value).join('\n')}\n`);
      if (ofKey.length === 1 && !ofKey[0].array && isTable) return splice(text, ofKey[0].start, ofKey[0].end, unitText(op.value, false));
      if (!rootKv.length && !ofKey.length && !isTable && u.root.length) {
        const last = u.root[u.root.length - 1];
        return splice(text, last.end, last.end, `${keyValueLines(op.key, op.value).join('\n')}\n`);
      }
      if (!rootKv.length && !ofKey.length && isTable) return `${text.replace(/\n*$/, '\n')}\n${unitText(op.value, false)}`;
      return null;
    }
    case 'delete': {
      if (rootKv.length === 1 && !rootKv[0].dotted) return splice(text, rootKv[0].start, rootKv[0].end, '');
      if (ofKey.length === 1 && !ofKey[0].array) return splice(text, ofKey[0].start, ofKey[0].end, '').replace(/\n{3,}/g, '\n\n');
      return null;
    }
    case 'replace': {
      const t = ofKey.filter((x) => x.array)[op.index];
      if (!t || ofKey.some((x) => !x.array) || rootKv.length) return null;
      return splice(text, t.start, t.end, unitText(op.value, true));
    }
    case 'append': {
      if (ofKey.some((x) => !x.array) || rootKv.length) return null;
      if (!ofKey.length) return `${text.replace(/\n*$/, '\n')}\n${unitText(op.value, true)}`;
      const last = ofKey[ofKey.length - 1];
      return splice(text, last.end, last.end, `\n${unitText(op.value, true)}`);
    }
    case 'remove': {
      const t = ofKey.filter((x) => x.array)[op.index];
      if (!t || ofKey.some((x) => !x.array) || rootKv.length) return null;
      // The unit and the blank line after it.
      const end = text.startsWith('\n', t.end) ? t.end + 1 : t.end;
      return splice(text, t.start, end, '');
    }
    default: return null;
  }
}

/** Same data, whatever the key order. */
export function sameData(a, b) {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, k) => sameData(x, b[k]));
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData(a[k], b[k]));
}

/** Applies edit operations to a file's text: each one where it belongs, leaving the
 *  rest of the text (comments, layout) as it was; where the text is laid out otherwise,
 *  the file is rewritten in the standard layout. Either way the result is checked to
 *  hold exactly the intended data. Returns { text, rewritten }. */
export function editText(text, ops, name = 'policy.toml') {
  let intended = readToml(text, name);
  let out = text;
  let rewritten = false;
  for (const op of ops) {
    intended = applyToValue(structuredClone(intended), structuredClone(op));
    const patched = rewritten ? null : patchText(out, op);
    let ok = false;
    if (patched != null) {
      try { ok = sameData(readToml(patched, name), intended); } catch { ok = false; }
    }
    if (ok) out = patched;
    else { out = writeToml(intended, text); rewritten = true; }
  }
  if (!sameData(readToml(out, name), intended)) throw new Error('the edited text does not hold the intended data');
  return { text: out, rewritten };
}

/** The 1-based line where a field path of a file ("ruleSets[2].baseSubsidy.source") is
 *  written, as near as the layout tells: the header of its unit or the key's line. */
export function lineOf(text, field) {
  const scan = scanToml(text);
  if (scan.error) return null;
  const m = /^([A-Za-z0-9_-]+)(?:\[(\d+)\])?/.exec(field);
  if (!m) return null;
  const [, key, index] = m;
  const rest = field.slice(m[0].length).replace(/\[\d+\]/g, '').split('.').filter(Boolean);
  let seen = -1;
  let inUnit = false;
  let best = null;
  for (const s of scan.statements) {
    if (s.type === 'header') {
      if (s.path[0] === key && s.array && s.path.length === 1) { seen++; inUnit = index === undefined || seen === Number(index); } else if (s.path[0] !== key) inUnit = false;
      else if (s.path.length === 1) inUnit = true;
      if (inUnit) {
        if (best === null) best = s.line;
        const sub = s.path.slice(1);
        if (sub.length && sub.every((p, k) => rest[k] === p)) best = s.line;
      }
    } else if (inUnit && rest.length && s.path[0] === rest[rest.length - 1]) best = best && s.line > best ? s.line : best ?? s.line;
    else if (!scan.statements.some((h) => h.type === 'header' && h.start < s.start) && s.path[0] === key) return s.line;
  }
  return best;
}

// ------------------------------------------------------------------ the data files
export { EMPLOYER_FILE_PARTS, EMPLOYER_RULE_SET_PARTS, youthPart } from './data-files.js';

/** The data files from the policy files [{ name, value }], in file-name order, byte for
 *  byte as scripts/build-data.mjs writes them (the same code, www/data-files.js). */
export function outputs(entries) {
  const files = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((e) => e.value);
  const out = dataFiles(files);
  return { 'policies.json': out['policies.json'], 'policies-youth.json': out['policies-youth.json'], 'policies.js': out.miniprogram };
}

// ------------------------------------------------------------------ quotes
// As tests/policy_data.rs: white space is ignored (Rust's char::is_whitespace, exactly),
// nothing else: punctuation and the <…> around links are quoted as printed; "…" marks an
// omission, the parts must appear in order inside one part of the document's own text
// (its `seedParts` markers, where one file holds several documents).
const WHITE = /[\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
export const normalise = (s) => String(s).replace(WHITE, '');
/** The notice a document's `fromFile` names ("seeds/x.txt (annex 2)" → "seeds/x.txt"), if it is a kept text. */
export const noticeKey = (fromFile) => (typeof fromFile === 'string' && fromFile.startsWith('seeds/') ? fromFile.split(' ')[0] : null);

/** The [from, until) ranges of normalised `text` that hold a document, by its seedParts
 *  markers (each must occur exactly once; "" is the start or the end). Throws a reason. */
export function documentParts(text, markers) {
  if (!Array.isArray(markers) || !markers.length) return [[0, text.length]];
  const at = (m, fallback) => {
    if (!m) return fallback;
    const n = normalise(m);
    const first = text.indexOf(n);
    const count = first < 0 ? 0 : text.indexOf(n, first + 1) < 0 ? 1 : 2;
    if (count !== 1) throw new Error(`the marker “${n}” occurs ${count === 0 ? 0 : 'more than 1'} times, not once`);
    return first;
  };
  return markers.map((pair) => {
    const [from, until] = Array.isArray(pair) ? pair : [];
    const range = [at(String(from ?? ''), 0), at(String(until ?? ''), text.length)];
    if (!(range[0] < range[1])) throw new Error(`the part “${from}” … “${until}” is empty or reversed`);
    return range;
  });
}

/** Why a quote fails against normalised `text` and its parts, or null when it holds. */
export function quoteProblem(text, parts, quote) {
  const pieces = String(quote).split('…').map(normalise).filter((p) => p !== '');
  if (!pieces.length) return { zh: '摘录是空的', en: 'the quote is empty', missing: [] };
  const fits = ([a, b]) => {
    let k = a;
    return pieces.every((p) => {
      const f = text.slice(k, b).indexOf(p);
      if (f < 0) return false;
      k += f + p.length;
      return true;
    });
  };
  if (parts.some(fits)) return null;
  const missing = pieces.filter((p) => !parts.some(([a, b]) => text.slice(a, b).includes(p)));
  const p = missing[0];
  if (p !== undefined && text.includes(p)) return { zh: `“${p}”在原文文件中，但不在本文件的部分内`, en: `“${p}” is in the file but outside this document's part`, missing };
  if (p !== undefined) return { zh: `“${p}”不在原文中`, en: `“${p}” is not in the text`, missing };
  return { zh: '各部分在原文中的顺序不同，或不在文件的同一部分', en: 'its parts are not in this order in one part of the document', missing };
}

/** Every source in `file` that cites a document whose text is known, checked word for
 *  word. `files` are all loaded files (a document may be the baseline's), `texts` maps
 *  notice keys to text. Returns [{ path, document, notice, quote, problem }] (problem null when it holds). */
export function checkQuotes(file, files, texts) {
  const docs = new Map();
  for (const f of files) for (const d of Array.isArray(f?.documents) ? f.documents : []) if (d && typeof d.id === 'string' && !docs.has(d.id)) docs.set(d.id, d);
  for (const d of Array.isArray(file?.documents) ? file.documents : []) if (d && typeof d.id === 'string') docs.set(d.id, d);
  const seeds = new Map();
  const seedOf = (doc) => {
    if (!seeds.has(doc.id)) {
      const key = noticeKey(doc.fromFile);
      if (!key || !texts.has(key)) seeds.set(doc.id, null);
      else {
        const text = normalise(texts.get(key));
        try { seeds.set(doc.id, { key, text, parts: documentParts(text, doc.seedParts) }); } catch (e) { seeds.set(doc.id, { key, text, error: e.message }); }
      }
    }
    return seeds.get(doc.id);
  };
  const out = [];
  const stack = [[file, '']];
  while (stack.length) {
    const [v, path] = stack.pop();
    if (Array.isArray(v)) { for (let k = v.length - 1; k >= 0; k--) stack.push([v[k], `${path}[${k}]`]); continue; }
    if (!isPlain(v)) continue;
    if (typeof v.document === 'string' && typeof v.quote === 'string') {
      const doc = docs.get(v.document);
      const seed = doc ? seedOf(doc) : null;
      if (seed) {
        const problem = seed.error ? { zh: `原文分段标记有误：${seed.error}`, en: `the document's seedParts: ${seed.error}`, missing: [] } : quoteProblem(seed.text, seed.parts, v.quote);
        out.push({ path, document: v.document, notice: seed.key, quote: v.quote, problem });
      }
    }
    for (const k of Object.keys(v).reverse()) stack.push([v[k], path ? `${path}.${k}` : k]);
  }
  return out;
}

/** Where a quote is in a text (for the form's live check): { found, problem }. */
export function quoteIn(quote, text, seedParts) {
  const t = normalise(text);
  let parts;
  try { parts = documentParts(t, seedParts); } catch (e) { return { found: false, problem: { zh: e.message, en: e.message, missing: [] } }; }
  const problem = quoteProblem(t, parts, quote);
  return { found: !problem, problem };
}

// ------------------------------------------------------------------ what changed
/** The differences between two versions of a value: [{ path, kind: added|removed|changed, before, after }].
 *  Arrays of values compare whole; arrays of objects item by item. */
export function diff(before, after, path = '') {
  const out = [];
  const stack = [[before, after, path]];
  while (stack.length) {
    const [a, b, p] = stack.pop();
    if (sameData(a, b)) continue;
    if (a === undefined) { out.push({ path: p, kind: 'added', after: b }); continue; }
    if (b === undefined) { out.push({ path: p, kind: 'removed', before: a }); continue; }
    if (isPlain(a) && isPlain(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
      for (const k of keys.reverse()) stack.push([a[k], b[k], p ? `${p}.${k}` : k]);
    } else if (Array.isArray(a) && Array.isArray(b) && (a.some(isPlain) || b.some(isPlain))) {
      for (let k = Math.max(a.length, b.length) - 1; k >= 0; k--) stack.push([a[k], b[k], `${p}[${k}]`]);
    } else out.push({ path: p, kind: 'changed', before: a, after: b });
  }
  return out;
}

// ------------------------------------------------------------------ conformance cases
// As tests/conformance.rs reads them; tests/js/cases.mjs uses these same functions.
export const CASE_APIS = ['checkEligibility', 'estimateSubsidy', 'validateMonthlyReport', 'reportDeadline', 'addWorkingDays', 'workingDaysBetween'];
export const argsOf = (c) => (Array.isArray(c.args) ? c.args : c.input !== undefined ? [c.input] : []);

export function lookup(root, path) {
  let cur = root;
  for (const seg of path.split('.').filter(Boolean)) {
    if (Array.isArray(cur)) {
      if (seg === 'length') cur = cur.length;
      else if (/^\d+$/.test(seg)) cur = cur[Number(seg)];
      else cur = cur.find((it) => it && ['id', 'key', 'check', 'month', 'kind', 'code'].some((f) => it[f] === seg));
    } else if (cur && typeof cur === 'object') cur = cur[seg];
    else return undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

export const matches = (expected, actual) => (expected === 'null' && actual === null) || expected === actual;

/** Problems with one case's answer (empty when it holds). */
export function checkCase(c, result, error) {
  const problems = [];
  if (c.error !== undefined) {
    if (!error) problems.push(`expected error ${c.error}, got a result`);
    else {
      if (error.code !== c.error) problems.push(`error code ${error.code} ≠ ${c.error}`);
      if (c.errorField !== undefined && error.field !== c.errorField) problems.push(`error field ${error.field} ≠ ${c.errorField}`);
    }
  } else if (error) problems.push(`unexpected error: ${error.code} ${error.field} ${error.messageEn ?? error.message}`);
  else {
    for (const [p, want] of Object.entries(c.expect ?? {})) {
      const got = lookup(result, p);
      if (!matches(want, got)) problems.push(`${p}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }
  return problems;
}

/** Runs a case on an engine module; { result, error, problems }. */
export function runCase(engine, c) {
  let result;
  let error;
  try { result = engine[c.api](...structuredClone(argsOf(c))); } catch (e) { error = e; }
  return { result, error, problems: checkCase(c, result, error) };
}

/** Which jurisdiction a case is about: its province, the owner of its report form, or the national rules. */
export function caseJurisdiction(c, files) {
  const input = argsOf(c)[0];
  if (input && typeof input === 'object' && typeof input.province === 'string') return input.province;
  if (input && typeof input === 'object' && typeof input.form === 'string') {
    const owner = files.find((f) => Array.isArray(f?.reportForms) && f.reportForms.some((r) => r?.id === input.form));
    if (owner) return owner.id;
  }
  return 'national';
}

/** Checks the shape of a case read from a file; returns the problems. */
export function caseShape(c) {
  const p = [];
  if (!isPlain(c)) return ['not a table'];
  if (typeof c.name !== 'string' || !c.name.trim()) p.push('name');
  if (!CASE_APIS.includes(c.api)) p.push('api');
  if (!(isPlain(c.input) || Array.isArray(c.args))) p.push('input');
  if (c.error === undefined && !isPlain(c.expect)) p.push('expect');
  if (c.error !== undefined && typeof c.error !== 'string') p.push('error');
  if (typeof c.cite !== 'string' || !c.cite.trim()) p.push('cite');
  return p;
}

/** Cases as a tests/cases/*.toml file. */
export function casesToml(cases, comment = '') {
  const blocks = cases.map((c) => {
    const lines = ['[[case]]'];
    for (const k of ['name', 'api', 'cite', 'input', 'args', 'expect', 'error', 'errorField']) if (c[k] !== undefined) lines.push(`${tomlKey(k)} = ${inlineValue(c[k])}`);
    return lines.join('\n');
  });
  return `${comment ? `${comment.replace(/\n*$/, '')}\n\n` : ''}${blocks.join('\n\n')}\n`;
}

// ------------------------------------------------------------------ samples
const addYears = (date, n) => `${Number(date.slice(0, 4)) + n}${date.slice(4)}`.replace(/-02-29$/, '-02-28');
const nextMonthStart = (date) => {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};
const addMonths = (date, n) => {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + n;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}${date.slice(7)}`;
};

/** Sample people and employers for a jurisdiction on a date: the answers a change can move.
 *  `hukouProvinces`: the household-registration province ids, the engine's (formSpec). */
export function samples(file, asOf, hukouProvinces = []) {
  const id = file?.id ?? '';
  const hukou = hukouProvinces.includes(id) ? id : null;
  const elsewhere = hukouProvinces.find((h) => h !== id) ?? null; // a registration in another province
  const tiers = Array.isArray(file?.minimumWage?.tierNames) ? file.minimumWage.tierNames.length : 0;
  const person = (x) => ({ province: id, asOf, employed: false, registeredUnemployed: false, hardshipArea: false, ...(hukou ? { hukouProvince: hukou } : {}), ...x });
  const start = nextMonthStart(asOf);
  const employer = (x) => ({ province: id, ...(tiers ? { tier: 1 } : {}), startDate: start, months: 6, ...x });
  const out = [
    { id: 'p-graduate', api: 'checkEligibility', zh: '本科毕业一年，未就业', en: 'Bachelor, left school a year ago, not employed', input: person({ birthDate: addYears(asOf, -23), education: 'bachelor', leftSchoolOn: addYears(asOf, -1) }) },
    { id: 'p-graduate3', api: 'checkEligibility', zh: '本科毕业三年，未就业', en: 'Bachelor, left school three years ago', input: person({ birthDate: addYears(asOf, -25), education: 'bachelor', leftSchoolOn: addYears(asOf, -3) }) },
    { id: 'p-technician', api: 'checkEligibility', zh: '技师学院高级工班毕业一年', en: 'Technician college senior class, a year ago', input: person({ birthDate: addYears(asOf, -21), education: 'technicianSenior', leftSchoolOn: addYears(asOf, -1) }) },
    { id: 'p-vocational', api: 'checkEligibility', zh: '中职毕业一年，艰苦边远地区', en: 'Secondary vocational, a year ago, hardship area', input: person({ birthDate: addYears(asOf, -19), education: 'secondaryVocational', leftSchoolOn: addYears(asOf, -1), hardshipArea: true }) },
    { id: 'p-registered', api: 'checkEligibility', zh: '20 岁登记失业青年', en: 'Registered unemployed, aged 20', input: person({ birthDate: addYears(asOf, -20), education: 'none', registeredUnemployed: true }) },
    { id: 'p-unregistered', api: 'checkEligibility', zh: '20 岁失业未登记', en: 'Unemployed, not registered, aged 20', input: person({ birthDate: addYears(asOf, -20), education: 'none' }) },
    { id: 'p-outside', api: 'checkEligibility', zh: '外省户籍本科毕业一年', en: 'Bachelor a year ago, household registered in another province', input: { ...person({ birthDate: addYears(asOf, -23), education: 'bachelor', leftSchoolOn: addYears(asOf, -1) }), ...(elsewhere ? { hukouProvince: elsewhere } : {}) } },
    { id: 'e-retained', api: 'estimateSubsidy', zh: `单位：10 人见习 6 个月，留用 6 人${tiers ? '（第一档）' : ''}`, en: `Employer: 10 interns for 6 months, 6 retained${tiers ? ' (tier 1)' : ''}`, input: employer({ interns: 10, retained: 6 }) },
    { id: 'e-few', api: 'estimateSubsidy', zh: '单位：10 人见习 6 个月，留用 2 人', en: 'Employer: 10 interns for 6 months, 2 retained', input: employer({ interns: 10, retained: 2 }) },
    { id: 'e-local', api: 'estimateSubsidy', zh: '单位：4 人见习 3 个月，当地标准 1500 元（文件未定标准时使用）', en: 'Employer: 4 interns for 3 months, local standard 1,500 (used where the notice sets none)', input: employer({ months: 3, interns: 4, retained: 2, localStandard: { baseAmount: '1500', raisedAmount: '2000' } }) },
    { id: 'e-hired', api: 'estimateSubsidy', zh: '单位：1 人第 3 个月提前留用（合同 12 个月、缴社保）', en: 'Employer: one intern hired in month 3 (12-month contract, social insurance)', input: employer({ internList: [{ outcome: 'hiredEarly', outcomeDate: addMonths(start, 2), contractMonths: 12, socialInsurance: true }, { outcome: 'completed' }] }) },
  ];
  if (tiers > 1) out.push({ id: 'e-lowest', api: 'estimateSubsidy', zh: `单位：10 人见习 6 个月，留用 6 人（最低档）`, en: 'Employer: 10 interns, 6 retained (lowest tier)', input: employer({ tier: tiers, interns: 10, retained: 6 }) });
  return out;
}

// Words for the codes an answer carries (the table shows words; a case keeps the codes).
const VERDICT = { eligible: '可以参加', notEligible: '暂不符合', cannotTell: '需要补充信息' };
const STATUS = { met: '符合', notMet: '不符合', unknown: '待确认' };
const WARNING = { RULE_EXPIRED: '有规则已失效', NEWER_RULES_MAY_EXIST: '超出文件所针对的期限，可能已有新规定', RULE_NOT_YET_IN_FORCE: '有规则尚未生效',
  RULE_ENDS_DURING_INTERNSHIP: '规则在见习期间到期', PROVISIONAL_CALENDAR: '节假日安排未公布，按暂定计算', MONTHS_OUTSIDE_USUAL: '见习月数超出通常范围',
  RETENTION_READINGS_DISAGREE: '留用率两种算法结论不同', LOCAL_NOT_USED: '未使用输入的当地标准' };
const KIND = { fixed: '固定金额', increment: '在基础标准上增加', minimumWageShare: '最低工资的百分比', local: '由当地确定' };

/** The few lines of an answer that a change can move, for the before/after table and
 *  for a case made from it: [{ key (a case path), value, label }]. */
export function summary(api, result, error) {
  if (error) return [{ key: 'error', value: `${error.code ?? 'ERROR'}${error.field ? ` ${error.field}` : ''}`, label: '错误', detail: error.message }];
  const docs = (result?.basis?.documents ?? []).map((d) => d.number).join('、');
  const codes = [...new Set([...(result?.basis?.warnings ?? []), ...(result?.warnings ?? [])].map((w) => w.code))];
  const warn = codes.join(', ') || '—';
  const warnWords = codes.map((c) => `${WARNING[c] ?? c}（${c}）`).join('；') || '无';
  if (api === 'checkEligibility') {
    return [
      { key: 'verdict', value: result.verdict, label: '结论', display: VERDICT[result.verdict] ?? result.verdict },
      ...result.categories.map((c) => ({ key: `categories.${c.id}.status`, value: c.status, label: `类别 ${c.name.zh}`, display: STATUS[c.status] ?? c.status })),
      { key: 'basis.documents.0.number', value: result.basis.documents[0]?.number ?? null, label: '依据文件', display: docs },
      { key: 'apply.reviewWorkingDays', value: result.apply?.reviewWorkingDays ?? null, label: '审核时限（工作日）' },
      { key: 'warnings', value: warn, label: '提示', noCase: true, display: warnWords },
    ];
  }
  if (api === 'estimateSubsidy') {
    const std = (s) => (s ? `${KIND[s.kind] ?? s.kind}${s.amount ? ` ${s.amount} 元` : ''}${s.percent ? ` ${s.percent}%` : ''}${s.required && !s.supplied ? '（需当地标准）' : ''}` : '—');
    return [
      { key: 'baseStandard.kind', value: result.baseStandard.kind, label: '基础标准', display: std(result.baseStandard) },
      { key: 'raisedStandard.kind', value: result.raisedStandard.kind, label: '提高标准', display: std(result.raisedStandard) },
      { key: 'baseTotal', value: result.baseTotal, label: '基础补贴合计' },
      { key: 'retentionDifference', value: result.retentionDifference, label: '留用差额' },
      { key: 'remainingPeriodTotal', value: result.remainingPeriodTotal, label: '剩余期限补贴' },
      { key: 'total', value: result.total, label: '合计' },
      { key: 'basis.documents.0.number', value: result.basis.documents[0]?.number ?? null, label: '依据文件', display: docs },
      { key: 'warnings', value: warn, label: '提示', noCase: true, display: warnWords },
    ];
  }
  return [{ key: '', value: JSON.stringify(result), label: '结果', noCase: true }];
}

/** A conformance case from an answer: its input, the summary's values as expectations,
 *  and the clauses it rests on. */
export function caseFrom({ name, api, input, result, error }) {
  const c = { name, api, cite: '', input: structuredClone(input) };
  if (error) {
    Object.assign(c, { error: error.code, errorField: error.field });
    c.cite = `${error.code}: ${error.messageEn ?? ''}`.trim();
    return c;
  }
  c.expect = {};
  for (const s of summary(api, result)) if (!s.noCase && s.key) c.expect[s.key] = s.value === null ? 'null' : s.value;
  const docs = (result.basis?.documents ?? []).map((d) => d.number);
  const clause = api === 'estimateSubsidy' ? result.baseStandard?.source?.clause ?? result.raisedStandard?.source?.clause
    : result.categories?.flatMap((k) => k.conditions).find((x) => x.source)?.source?.clause;
  c.cite = [docs.join('、'), clause].filter(Boolean).join(' ') || '（无）';
  return c;
}
