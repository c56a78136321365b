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
  return el('details', { class: 'src' }, el('summary', {}, `${s.number} ${s.clause}`), el('blockquote', {}, s.quote), s.note ? el('p', {}, s.note) : null);
}

/** Fills a <select> with [value, label] pairs and a first "choose" entry. */
export function options(select, list, chosen, choose) {
  select.replaceChildren(...(choose ? [el('option', { value: '' }, choose)] : []), ...list.map(([v, label]) => el('option', { value: v }, label)));
  select.value = chosen ?? '';
}

/** Jurisdictions in menu order: the seed provinces, then the national rules, then any loaded later. */
export function jurisdictionsInOrder(data) {
  const order = ['henan', 'hunan', 'yunnan', 'gansu', 'ningxia', 'national'];
  const rank = (id) => (order.includes(id) ? order.indexOf(id) : 99);
  return [...data.jurisdictions].sort((a, b) => rank(a.id) - rank(b.id));
}

/** Translates every [data-t] element with the page's dictionary. */
export function translate(dict) {
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  for (const n of document.querySelectorAll('[data-t]')) {
    const v = dict[state.lang][n.dataset.t] ?? dict.zh[n.dataset.t];
    if (typeof v === 'string') n.textContent = v;
  }
  const b = $('lang');
  if (b) { b.textContent = state.lang === 'en' ? '中文' : 'English'; b.lang = state.lang === 'en' ? 'zh-CN' : 'en'; }
}

/** Shows an engine error next to the field it names (or in `fallback`). */
export function showError(e, fallback) {
  const target = $(`${e.field}-error`) || $(`${e.field.split(/[.[]/)[0]}-error`) || $(fallback);
  target.textContent = state.lang === 'en' ? e.messageEn : e.message;
  target.hidden = false;
  const input = $(e.field) || $(e.field.split(/[.[]/)[0]);
  if (input) input.setAttribute('aria-invalid', 'true');
}

export function clearErrors() {
  for (const n of document.querySelectorAll('.error')) { n.hidden = true; n.textContent = ''; }
  for (const n of document.querySelectorAll('[aria-invalid]')) n.removeAttribute('aria-invalid');
}

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
