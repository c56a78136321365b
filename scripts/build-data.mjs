// The data step: turns the policy files (policies/*.toml, one per jurisdiction) into the
// data files the pages, the embeds and the mini-program load at start-up, and checks
// them with the engine's own loader. No Rust toolchain and no .wasm rebuild: a new
// minimum wage or a new notice is a TOML edit and this step.
//
//   node scripts/build-data.mjs                 write www/data/, miniprogram/data/ and the
//                                               youth page's menus in www/index.html
//   node scripts/build-data.mjs --check         fail if those files are not what the TOML gives
//   node scripts/build-data.mjs --policies DIR --out DIR [--miniprogram DIR]
//   node scripts/build-data.mjs --policies DIR --out DIR --extend [--miniprogram DIR]
//         a host's own file(s), checked over the built-in policies/ as the pages load them
//         (?data=…: mode "extend"); DIR then holds only the host's files, the mini-program's
//         policies.js the built-in files with the host's over them (it has no other data)
//
// A bad file is refused with the file, the field and the reason, in Chinese and English.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TomlDate } from 'smol-toml';
import { dataFiles } from '../www/data-files.js';

const root = fileURLToPath(new URL('..', import.meta.url));

export class DataError extends Error {
  constructor(file, field, zh, en) {
    super(`${file}${field ? ` › ${field}` : ''}: ${zh} / ${en}`);
    Object.assign(this, { file, field, messageZh: zh, messageEn: en });
  }
}

/** A TOML datetime would reach JSON as an object: dates are written as quoted strings. */
function checkNoTomlDates(value, file, path = '') {
  if (value instanceof TomlDate || value instanceof Date) {
    throw new DataError(file, path, '日期请写成带引号的字符串（如 "2023-07-01"），不要用 TOML 日期类型。', 'Write dates as quoted strings ("2023-07-01"), not TOML dates.');
  }
  if (Array.isArray(value)) value.forEach((v, i) => checkNoTomlDates(v, file, `${path}[${i}]`));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) checkNoTomlDates(v, file, path ? `${path}.${k}` : k);
}

/** Reads every `*.toml` in `dir`, in file-name order (stable bytes). */
export function readPolicyFiles(dir) {
  const names = readdirSync(dir).filter((n) => n.endsWith('.toml')).sort();
  if (names.length === 0) throw new DataError(dir, '', '目录中没有政策文件（*.toml）。', 'The folder holds no policy files (*.toml).');
  return names.map((name) => {
    const path = join(dir, name);
    let value;
    try {
      value = parse(readFileSync(path, 'utf8'));
    } catch (e) {
      const where = e.line ? `第 ${e.line} 行第 ${e.column} 列` : '';
      throw new DataError(path, e.line ? `line ${e.line}, column ${e.column}` : '', `不是有效的 TOML${where ? `（${where}）` : ''}：${e.message.split('\n')[0]}`, `Not valid TOML: ${e.message.split('\n')[0]}`);
    }
    checkNoTomlDates(value, path);
    return { path, value };
  });
}

export async function validateWithEngine(entries, { extend = false } = {}) {
  const engine = await import(new URL('../pkg/jianxi.js', import.meta.url));
  engine.initSync({ module: readFileSync(new URL('../pkg/jianxi_bg.wasm', import.meta.url)) });
  if (extend) engine.loadPolicies(readPolicyFiles(join(root, 'policies')).map((e) => e.value), { mode: 'replace' });
  try {
    engine.loadPolicies(entries.map((e) => e.value), { mode: extend ? 'extend' : 'replace' });
  } catch (e) {
    // Fields are reported as "<id>.<path>": name the file that has that id.
    const id = String(e.field ?? '').split(/[.[]/)[0];
    const entry = entries.find((x) => x.value?.id === id);
    const field = entry ? String(e.field).slice(id.length).replace(/^\./, '') : e.field;
    throw new DataError(entry ? entry.path : entries.map((x) => x.path).join(', '), field, e.message, e.messageEn);
  }
  return engine;
}

/** The youth page's first menus (province, education level) as the engine describes
 *  them for this data (formSpec), in its Chinese words: written into www/index.html so
 *  that the form, and a shared link's answers, are there at first paint, before the
 *  engine. The page draws every menu again from the data it loads (a host's ?data= file
 *  included); the page's code keeps no list. */
export function youthMenus(engine) {
  const spec = engine.formSpec();
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const options = (list) => `<option value="">请选择</option>${list.map(([v, label]) => `<option value="${esc(v)}">${esc(label)}</option>`).join('')}`;
  return {
    province: options(spec.jurisdictions.map((j) => [j.id, j.name.zh])),
    education: options(spec.educationLevels.map((e) => [e.id, e.label.zh])),
  };
}

/** `html` with the options of each <select id=…> in `menus` replaced. */
export function withMenus(html, menus) {
  for (const [id, inner] of Object.entries(menus)) {
    const select = new RegExp(`(<select id="${id}"[^>]*>)[\\s\\S]*?(</select>)`);
    if (!select.test(html)) throw new Error(`www/index.html has no <select id="${id}">`);
    html = html.replace(select, (all, open, close) => `${open}${inner}${close}`);
  }
  return html;
}

export function outputs(entries) {
  return dataFiles(entries.map((e) => e.value));
}

const USAGE = `Usage:
  node scripts/build-data.mjs                 write www/data/, miniprogram/data/policies.js and www/index.html's menus from policies/
  node scripts/build-data.mjs --check         fail if those files are not what policies/ gives
  node scripts/build-data.mjs --policies DIR --out DIR [--miniprogram DIR]
  node scripts/build-data.mjs --policies DIR --out DIR --extend [--miniprogram DIR]
                                              a host's own files, checked over the built-in ones (docs/data.md)`;

/** The options, checked before anything is written: a typo (--ouy) must not fall back to
 *  writing the site's own files. Exits with the usage on a bad one. */
function checkOptions(argv) {
  const refuse = (why) => {
    console.error(`build-data: ${why}\n${USAGE}`);
    process.exit(1);
  };
  for (let i = 0; i < argv.length; i++) {
    if (['--policies', '--out', '--miniprogram'].includes(argv[i])) {
      if (!argv[i + 1] || argv[i + 1].startsWith('--')) refuse(`${argv[i]} needs a directory`);
      i++;
    } else if (!['--check', '--extend', '--help'].includes(argv[i])) refuse(`unknown option ${argv[i]}`);
  }
  // Without --out, a host's files would be written over the site's own www/data/.
  if (argv.includes('--extend') && !argv.includes('--out')) refuse('--extend needs --out DIR (a host\'s files go beside the built-in data, not over it)');
}

async function main(argv) {
  checkOptions(argv);
  if (argv.includes('--help')) return console.log(USAGE);
  const arg = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? resolve(argv[i + 1]) : fallback;
  };
  const check = argv.includes('--check');
  const policiesDir = arg('--policies', join(root, 'policies'));
  const outDir = arg('--out', join(root, 'www', 'data'));
  const miniDir = arg('--miniprogram', argv.includes('--out') ? null : join(root, 'miniprogram', 'data'));
  const entries = readPolicyFiles(policiesDir);
  const extend = argv.includes('--extend');
  const engine = await validateWithEngine(entries, { extend });
  const out = outputs(entries);
  const targets = [[join(outDir, 'policies.json'), out['policies.json']], [join(outDir, 'policies-youth.json'), out['policies-youth.json']]];
  // The mini-program loads its one data module whole (mode "replace"), with nothing under
  // it: a host's files go over the built-in ones there, as ?data= puts them on the pages.
  const ids = new Set(entries.map((e) => e.value.id));
  const mini = extend ? outputs([...readPolicyFiles(join(root, 'policies')).filter((e) => !ids.has(e.value.id)), ...entries]).miniprogram : out.miniprogram;
  if (miniDir) targets.push([join(miniDir, 'policies.js'), mini]);
  if (!argv.includes('--out')) {
    const page = join(root, 'www', 'index.html');
    targets.push([page, withMenus(readFileSync(page, 'utf8'), youthMenus(engine))]);
  }
  const stale = [];
  for (const [path, text] of targets) {
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(relative(root, path));
    } else {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    }
  }
  if (stale.length) {
    console.error(`Not what policies/*.toml give: ${stale.join(', ')}. Run: node scripts/build-data.mjs`);
    process.exit(1);
  }
  console.log(`${check ? 'checked' : 'wrote'} ${targets.map(([p]) => relative(root, p)).join(', ')} from ${entries.length} policy files`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((e) => {
    if (e instanceof DataError) {
      console.error(`policy data refused\n  file:   ${e.file}\n  field:  ${e.field || '—'}\n  原因：  ${e.messageZh}\n  reason: ${e.messageEn}`);
      process.exit(2);
    }
    throw e;
  });
}
