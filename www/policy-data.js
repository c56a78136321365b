// The policy data a page answers from. The engine (.wasm) carries none: each page fetches
// its data file (data/policies.json, or the youth subset data/policies-youth.json),
// preloaded by a <link rel=preload> in its HTML so that it arrives alongside the .wasm,
// and hands it to the engine's own loader, which checks it.
//
// A host (a provincial bureau) can serve its own file next to the pages and name it with
// ?data=path/to/file.json (the embed snippet passes data-policies through): only a
// same-origin path ending in .json is taken. It is loaded over the built-in data
// (mode "extend": its jurisdictions add to or replace the built-in ones by id). A file
// that is refused, missing or invalid leaves the built-in data in force, and the page
// says so — which file, what is wrong — in both languages. The page always shows which
// data it answers from.
import { el, params, state, loadEngine } from './common.js';

const NOTICE = {
  zh: {
    refused: (f) => `未使用指定的数据文件“${f}”：只能使用本站（同一来源）以 .json 结尾的文件。本页使用内置政策数据。`,
    missing: (f, why) => `未能读取本站数据文件“${f}”（${why}）。本页使用内置政策数据。`,
    invalid: (f, why) => `本站数据文件“${f}”有误，未被采用：${sentence(why)}本页使用内置政策数据。`,
    own: (f, why) => `本站政策数据文件“${f}”${why}本页暂时无法给出答案。请稍后重试，或拨打人社服务热线 12333 咨询。`,
    builtIn: '内置政策数据', host: (f) => `本站数据（${f}）`, from: '本页答案依据：', date: '数据日期', docs: '文件', wages: '最低工资',
  },
  en: {
    refused: (f) => `The data file “${f}” was not used: only a file on this site (same origin) ending in .json can be. This page uses the built-in policy data.`,
    missing: (f, why) => `This site's data file “${f}” could not be read (${why}). This page uses the built-in policy data.`,
    invalid: (f, why) => `This site's data file “${f}” is invalid and was not used: ${why} This page uses the built-in policy data.`,
    own: (f, why) => `This site's policy data file “${f}” ${why} This page cannot answer for now. Try again later, or call the HR hotline 12333.`,
    builtIn: 'built-in policy data', host: (f) => `this site's data (${f})`, from: 'Answers on this page rest on: ', date: 'data as of', docs: 'documents', wages: 'minimum wage',
  },
};
const n = (k) => NOTICE[state.lang][k] ?? NOTICE.zh[k];
const sentence = (why) => (/[。！？]$/.test(why) ? why : `${why}。`);
/** The engine's reason a data file was refused, for a notice that already says the file is
 *  invalid: without its own "政策数据有误：" lead, and with the field in front only where the
 *  reason does not name it already. `en` for the English reason. */
const reason = (e, en) => {
  const said = en ? (e.messageEn ?? e.message).replace(/^Invalid policy data: ([A-Z])(?=[a-z])/, (_, c) => c.toLowerCase()) : e.message.replace(/^政策数据有误：/, '');
  return e.field && !said.includes(e.field) ? `${e.field}: ${said}` : said;
};

/** A host file named by ?data=: a same-origin path ending in .json, or null (refused). */
export function hostDataUrl(value) {
  if (!value) return undefined;
  try {
    const url = new URL(value, location.href);
    if (url.origin !== location.origin || !/\.json$/i.test(url.pathname)) return null;
    return url;
  } catch {
    return null;
  }
}

/** A data file's text: the engine reads it (one crossing, its own strict JSON reader). */
async function fetchText(url) {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { kind: 'missing' });
  return res.text();
}

/**
 * Starts fetching the page's data at once (call it before awaiting the engine): the
 * built-in file `builtIn` (relative to the page) and, if named, the host's file. The
 * files are kept as text, which the engine reads faster than a parsed object.
 */
export function fetchPolicyData(builtIn) {
  const hostParam = params.get('data');
  const host = hostDataUrl(hostParam);
  const pending = {
    builtIn: fetchText(new URL(builtIn, location.href)),
    builtInName: builtIn,
    needsWhole: !/-youth\.json$/.test(builtIn), // not a page of the self-check's reduced file
    hostParam,
    host: host ? fetchText(host).then((text) => ({ text }), (error) => ({ error })) : null,
    hostRefused: host === null,
  };
  pending.builtIn.catch(() => {}); // reported when applied
  return pending;
}

/**
 * The one loader of every page: starts fetching the data file `dataFile` at once and,
 * beside it, imports and instantiates the engine (`glue`: '../pkg/jianxi.js', or
 * '../pkg/jianxi_youth.js' for the youth module; both preloaded by the page's HTML),
 * then loads the data into it (the built-in file, then a host's ?data= file over it).
 * If the engine or the built-in file cannot load, `status` (an element) says so with a
 * button to try again (without one, the promise rejects). Call it at the top of the
 * page's module; it resolves to `{ engine, info }`, `info` being what showPolicyData shows.
 */
export function loadPageEngine(glue, dataFile, status) {
  const pending = fetchPolicyData(dataFile);
  const load = async (n) => {
    const engine = await import(`${glue}${n ? `?retry=${n}` : ''}`);
    await engine.default();
    performance.mark('wasm-ready'); // for scripts/bench-first-visit.mjs
    const info = await applyPolicyData(engine, n ? fetchPolicyData(dataFile) : pending);
    return { engine, info };
  };
  // Without a status element (the about page) one try, and the caller handles a failure.
  return status ? loadEngine(load, status) : load(0);
}

/** A file's text as JSON; undefined where it is not JSON (said in the page's words). */
const parsed = (text) => { try { return JSON.parse(text); } catch { return undefined; } };

/** The page's own data file missing or invalid: which file and why (loadEngine shows it). */
const failure = (file, zh, en) => Object.assign(new Error(zh), { notice: { zh: NOTICE.zh.own(file, zh), en: NOTICE.en.own(file, en) } });

/**
 * Loads the fetched data into the engine (after its init): the built-in file, then the
 * host's over it. Returns what the page shows: `{ host, notices }`, `host` being the
 * host file's name when it is in force. Throws only when the built-in file itself fails.
 */
export async function applyPolicyData(engine, pending) {
  const file = pending.builtInName;
  const text = await pending.builtIn.catch((e) => { throw e.kind === 'missing' ? failure(file, `未能读取（${e.message}）。`, `could not be read (${e.message}).`) : e; });
  try { engine.loadPolicies(text, { mode: 'replace' }); } catch (e) {
    if (!e?.code) throw e;
    if (parsed(text) === undefined) throw failure(file, '有误：不是有效的 JSON。', 'is invalid: not valid JSON.');
    throw failure(file, `有误：${sentence(reason(e))}`, `is invalid: ${reason(e, true)}`);
  }
  const info = { host: null, notices: [] };
  const name = pending.hostParam;
  if (pending.hostRefused) info.notices.push({ code: 'DATA_REFUSED', zh: NOTICE.zh.refused(name), en: NOTICE.en.refused(name) });
  if (pending.host) {
    const got = await pending.host;
    let json, reduced;
    if (got.error) {
      info.notices.push({ code: 'DATA_MISSING', zh: NOTICE.zh.missing(name, got.error.message), en: NOTICE.en.missing(name, got.error.message) });
    } else if ((json = parsed(got.text)) === undefined) {
      info.notices.push({ code: 'DATA_INVALID', zh: NOTICE.zh.invalid(name, '不是有效的 JSON。'), en: NOTICE.en.invalid(name, 'not valid JSON.') });
    } else if (pending.needsWhole && (reduced = (await import('./data-files.js')).reducedFile(json))) {
      info.notices.push({ code: 'DATA_INVALID', zh: NOTICE.zh.invalid(name, reduced.zh), en: NOTICE.en.invalid(name, reduced.en) });
    } else {
      try {
        engine.loadPolicies(got.text, { mode: 'extend' });
        info.host = name;
        info.hostIds = [].concat(json).map((f) => f.id); // one file or a list
      } catch (e) {
        // The engine names the field and the reason; the old (built-in) data stays in force.
        info.notices.push({ code: 'DATA_INVALID', zh: NOTICE.zh.invalid(name, reason(e)), en: NOTICE.en.invalid(name, reason(e, true)) });
      }
    }
  }
  return info;
}

/** The notices, as elements for the top of the page (role=alert: something is not as asked). */
export function noticeElements(info) {
  return info.notices.map((m) => el('p', { class: 'warn data-notice', role: 'alert', 'data-code': m.code }, m[state.lang] ?? m.zh));
}

/**
 * "Answers on this page rest on: built-in policy data (data as of 2026-11-22); documents …;
 * minimum wage …": where the answer's jurisdictions (of its `documents` and `wages`, each
 * with `jurisdiction`) come from, each source with its own date; no answer: all in force.
 */
export function dataSourceLine(info, jurisdictions, documents = [], wages = []) {
  const en = state.lang === 'en';
  const used = new Set([...documents, ...wages].map((d) => d.jurisdiction));
  const js = used.size ? jurisdictions.filter((j) => used.has(j.id)) : jurisdictions;
  const from = (host) => {
    const mine = js.filter((j) => (info.hostIds ?? []).includes(j.id) === host);
    const date = mine.map((j) => j.updated).sort().at(-1);
    return mine.length ? `${host ? n('host')(info.host) : n('builtIn')}${en ? ` (${n('date')} ${date})` : `（${n('date')} ${date}）`}` : '';
  };
  const list = (k, refs) => { const x = [...new Set(refs.map((d) => d.number))]; return x.length ? `${en ? '; ' : '；'}${n(k)} ${x.join(en ? ', ' : '、')}` : ''; };
  return `${n('from')}${[from(true), from(false)].filter(Boolean).join(en ? ', ' : '、')}${list('docs', documents)}${list('wages', wages)}`;
}

/** Puts the notices at the top of <main> and the "answers from" line in the footer (#data-source). */
export function showPolicyData(info, jurisdictions, documents, wages) {
  if (!info) return; // the engine and its data are still loading
  const main = document.querySelector('main');
  for (const old of document.querySelectorAll('.data-notice')) old.remove();
  if (main) main.prepend(...noticeElements(info));
  let line = document.getElementById('data-source');
  if (!line) {
    line = el('p', { id: 'data-source' });
    (document.querySelector('footer') || document.body).prepend(line);
  }
  line.textContent = dataSourceLine(info, jurisdictions, documents, wages);
  // This line names the data's date: a footer's own "政策数据日期" line would say it twice.
  const dateLine = document.getElementById('dataDate-line');
  if (dateLine) dateLine.hidden = true;
  line.toggleAttribute('data-host', Boolean(info.host));
}
