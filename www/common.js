// Helpers shared by the pages: DOM building, citations, language, dates.
export const $ = (id) => document.getElementById(id);

export const el = (tag, attrs = {}, ...kids) => {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null && v !== false) (k === 'class' ? (n.className = v) : n.setAttribute(k, v === true ? '' : v));
  for (const k of kids.flat()) if (k != null && k !== false) n.append(k);
  return n;
};

export const params = new URLSearchParams(location.search);

/** The page language ("zh" or "en"), from ?lang=. */
export const state = { lang: params.get('lang') === 'en' ? 'en' : 'zh' };

/** The text of a bilingual {zh, en} object in the page language. */
export const txt = (m) => (m ? m[state.lang] ?? m.zh : '');

export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A source, expandable: document number and clause, then the quote. */
export function cite(s) {
  if (!s) return null;
  // A reading (解读) is the product's where the text is open to two: shown, and marked as one.
  return el('details', { class: 'src' }, el('summary', {}, `${s.number} ${s.clause}`), el('blockquote', {}, s.quote), s.reading ? el('p', { class: 'reading' }, txt(s.reading)) : null, s.note ? el('p', { class: 'src-note' }, txt(s.note)) : null);
}

/** Fills a <select> with [value, label] pairs and a first "choose" entry. A menu that
 *  already lists exactly these is left as it is (a menu rebuilt is laid out again). */
export function options(select, list, chosen, choose) {
  const want = [...(choose ? [['', choose]] : []), ...list];
  const have = select.options;
  if (have.length !== want.length || want.some(([v, label], i) => have[i].value !== v || have[i].textContent !== label)) {
    select.replaceChildren(...want.map(([v, label]) => el('option', { value: v }, label)));
  }
  select.value = chosen ?? '';
  // A value not in the list (a link's unknown province) would leave the box blank.
  if (select.selectedIndex < 0) select.value = '';
}

/** The policy files (policies()) in the engine's menu order (formSpec().jurisdictions,
 *  from each file's menuOrder): a page that lists a file's forms or quota tables sorts
 *  nothing itself. */
export const filesInMenuOrder = (spec, data) => spec.jurisdictions.map((j) => data.jurisdictions.find((f) => f.id === j.id)).filter(Boolean);

/** The jurisdiction the others fall back to (the national rules: the one with no
 *  baseline), else the menu's default: where an official's tool starts. */
export const baselineJurisdiction = (spec) => (spec.jurisdictions.find((j) => !j.baseline) ?? spec.jurisdictions.find((j) => j.id === spec.defaultJurisdiction)).id;

/** Jurisdictions in menu order, as the data gives it (each file's `menuOrder`; files
 *  without one last, by id) — the order formSpec() gives; the first is the default. */
export function jurisdictionsInOrder(data) {
  const key = (j) => (Number.isFinite(j.menuOrder) ? j.menuOrder : Number.MAX_SAFE_INTEGER);
  return [...data.jurisdictions].sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Translates every [data-t] element with the page's dictionary. */
export function translate(dict) {
  const lang = state.lang === 'en' ? 'en' : 'zh-CN';
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  for (const n of document.querySelectorAll('[data-t]')) {
    const v = dict[state.lang][n.dataset.t] ?? dict.zh[n.dataset.t];
    // Only what differs: the page is written in Chinese, and text set again is laid out again.
    if (typeof v === 'string' && n.textContent !== v) n.textContent = v;
  }
  const b = $('lang');
  const other = state.lang === 'en' ? '中文' : 'English';
  if (b && b.textContent !== other) { b.textContent = other; b.lang = state.lang === 'en' ? 'zh-CN' : 'en'; }
  loadFailure?.();
}

/** While the engine cannot load: writes its notice again in the page language (the
 *  notice element's own [data-t] "loading" text must not replace it and its retry). */
let loadFailure = null;

/** An engine error in the page's words: every field path the message quotes (“tier”,
 *  “internList[0].outcome”) becomes the question's own label, and bracketed internal
 *  names (“（baseAmount）”) go. `label(path)` gives the label, or nothing to keep the path. */
export function plain(e, label) {
  const m = state.lang === 'en' ? e.messageEn ?? e.en : e.message ?? e.zh;
  return m.replace(/“([A-Za-z][\w.[\]]*)”/g, (all, path) => { const l = label(path); return l ? `“${l}”` : all; })
    .replace(/ ?[（(][a-z][A-Za-z]+[)）]/g, '');
}

/** Shows an engine error, in plain words, next to the field it names (or in `fallback`). */
export function showError(e, fallback, label) {
  const top = e.field.split(/[.[]/)[0];
  const target = $(`${e.field}-error`) || $(`${top}-error`) || $(fallback);
  target.textContent = plain(e, label);
  target.hidden = false;
  const input = $(e.field) || $(top);
  if (input) input.setAttribute('aria-invalid', 'true');
}

export function clearErrors() {
  for (const n of document.querySelectorAll('.error')) { n.hidden = true; n.textContent = ''; }
  for (const n of document.querySelectorAll('[aria-invalid]')) n.removeAttribute('aria-invalid');
}

/** Loads the engine (`load` resolves to the ready module). If it cannot load, says so in
 *  plain words in `status`, at the top and announced, with a button to try again. */
export async function loadEngine(load, status) {
  for (let n = 0; ; n++) {
    try { return await load(n); } catch (e) {
      const again = el('button', { type: 'button', class: 'link', id: 'retry' });
      status.className = 'warn';
      status.setAttribute('role', 'alert');
      const key = status.dataset.t;
      delete status.dataset.t;
      // A failure that knows its cause (the page's data file missing or invalid) says it.
      loadFailure = () => {
        const said = e?.notice ? e.notice[state.lang] ?? e.notice.zh : state.lang === 'en'
          ? 'The calculator could not be loaded: the network may be down or blocking it. Check the connection and try again, or call the HR hotline 12333.'
          : '计算程序没有加载成功，可能是网络中断或被拦截。请检查网络后重试，或拨打人社服务热线 12333 咨询。';
        again.textContent = state.lang === 'en' ? 'Try again' : '重试';
        if (status.firstChild?.nodeValue !== said) status.replaceChildren(said, ' ', again);
      };
      loadFailure();
      document.querySelector('main').prepend(status);
      status.hidden = false;
      status.scrollIntoView({ block: 'nearest' });
      await new Promise((ok) => again.addEventListener('click', ok));
      loadFailure = null;
      if (key) status.dataset.t = key;
      status.setAttribute('role', 'status');
      status.className = 'note';
      status.textContent = state.lang === 'en' ? 'Loading…' : '正在加载……';
    }
  }
}

/** Makes `node`'s children like `kids`, keeping every node that stays of the same kind and
 *  changing only what differs: a redrawn answer keeps a click begun on its unchanged
 *  button, the focus in its box and the folds a person opened. */
export function morph(node, kids) {
  const old = [...node.childNodes];
  kids.forEach((k, i) => {
    const o = old[i];
    if (!o || o.nodeName !== k.nodeName || o.id !== k.id) { if (o) o.replaceWith(k); else node.append(k); return; }
    if (k.nodeType !== 1) { if (o.nodeValue !== k.nodeValue) o.nodeValue = k.nodeValue; return; }
    for (const a of [...o.attributes]) if (a.name !== 'open' && !k.hasAttribute(a.name)) o.removeAttribute(a.name);
    for (const a of k.attributes) if (a.name !== 'open' && o.getAttribute(a.name) !== a.value) o.setAttribute(a.name, a.value);
    morph(o, [...k.childNodes]);
  });
  for (const o of old.slice(kids.length)) o.remove();
}

/** A decimal string with thousands separators ("84000.00" → "84,000.00"); other values as they are. */
export const sep = (s) => (s == null ? s : String(s).replace(/^(-?\d+)/, (i) => i.replace(/\B(?=(\d{3})+$)/g, ',')));

// Printing shows what is folded on screen: every <details> opens for the printout and
// closes again after.
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll('details:not([open])')) { d.open = true; d.dataset.printOpened = ''; }
});
addEventListener('afterprint', () => {
  for (const d of document.querySelectorAll('details[data-print-opened]')) { d.open = false; delete d.dataset.printOpened; }
});

// Inside an embed (?embed=1): the host's accent colour, and the page's height sent to
// the host page so the frame fits its content. Only the height crosses.
if (params.get('embed') === '1') {
  document.documentElement.classList.add('embedded');
  const accent = params.get('accent');
  if (accent && /^[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/.test(accent)) document.documentElement.style.setProperty('--accent', `#${accent}`);
  if (window.parent !== window) {
    let last = 0;
    const send = () => {
      const h = document.documentElement.scrollHeight;
      if (h !== last) { last = h; window.parent.postMessage({ type: 'jianxi:height', height: h }, '*'); }
    };
    new ResizeObserver(send).observe(document.documentElement);
    addEventListener('load', send);
  }
}
