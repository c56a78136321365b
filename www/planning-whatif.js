// The planning page's what-if editor: the planner changes any standard, threshold,
// remaining-period term or minimum wage for the simulation only, with the rules studio's
// own fields (rule-fields.js). A change is the planner's assumption: it needs no source and
// is labelled as such wherever it shows, beside the document's figure and its citation.
// The engine checks the overlay; its errors are shown next to the field they name.
import { $, cite } from './common.js';
import { h, partFields, readPart, wageFields, readWageAmounts, showErrors, val } from './rule-fields.js';
import { whatIfTargets, whatIfOverlay, describeFigure, startValue, presets } from './planning-model.js';

export const ASSUMED = '使用者的假设';

/** A figure missing from a card (found before the engine is asked). */
class WhatIfProblem extends Error {
  constructor(key, field, zh, en) { super(zh); Object.assign(this, { key, field, zh, en }); }
}

const targetsOf = (state, data) => new Map(whatIfTargets(state, data).map((t) => [t.key, t]));

/** Presets, the cards of the changes made, and the menu of what else can change.
 *  `changed` runs the plan again after a preset, an added or a removed change. */
export function renderWhatIf(state, data, changed) {
  const targets = targetsOf(state, data);
  state.changes = state.changes.filter((c) => targets.has(c.key));
  const apply = (list) => {
    for (const c of list) {
      const k = state.changes.findIndex((x) => x.key === c.key);
      if (k >= 0) state.changes[k] = structuredClone(c); else state.changes.push(structuredClone(c));
    }
    renderWhatIf(state, data, changed);
    changed();
  };
  const quick = presets(state, data);
  $('presets').replaceChildren(...(quick.length ? [h('span', { class: 'label' }, '一步调整：')] : []),
    ...quick.map((p) => h('button', { type: 'button', class: 'link', 'data-preset': p.id, on: { click: () => apply(p.changes) } }, p.label)));
  $('whatif-changes').replaceChildren(...state.changes.map((c) => card(targets.get(c.key), c, () => {
    state.changes = state.changes.filter((x) => x.key !== c.key);
    renderWhatIf(state, data, changed);
    changed();
    $('whatif-target').focus();
  })));
  const free = [...targets.values()].filter((t) => !state.changes.some((c) => c.key === t.key));
  const select = $('whatif-target');
  select.replaceChildren(h('option', { value: '' }, '请选择要调整的标准'), ...free.map((t) => h('option', { value: t.key }, `${t.label}${t.doc ? `（文件：${describeFigure(t, t.doc)}）` : ''}`)));
  $('whatif-add').onclick = () => {
    const t = targets.get(select.value);
    if (!t) { select.focus(); return; }
    apply([{ key: t.key, value: startValue(t, state) }]);
    const added = [...document.querySelectorAll('fieldset.whatif-card')].find((n) => n.dataset.key === t.key);
    added?.querySelector('input:not([type=hidden]), select')?.focus();
  };
}

function card(t, c, remove) {
  const fields = t.wage !== undefined ? wageFields(t.tierNames, c.value) : partFields(t.part, c.value, { local: false });
  return h('fieldset', { class: 'whatif-card', 'data-key': t.key },
    h('legend', {}, t.label),
    h('p', { class: 'doc-figure' }, t.doc ? ['文件规定：', describeFigure(t, t.doc), ' '] : '文件没有这一日期的标准：以下是假设新发布的标准。', t.doc ? cite(t.source) : null),
    h('p', { class: 'hint' }, h('span', { class: 'badge' }, ASSUMED), ' 下面的数字只用于本次测算，不是文件规定，不需要出处。'),
    h('div', { class: 'form-errors', role: 'alert' }),
    h('div', { class: 'grid' }, fields),
    h('button', { type: 'button', class: 'link', on: { click: remove } }, '取消此项调整'));
}

/** The cards into `state.changes`; a figure left empty is named next to its field. */
export function readWhatIf(state, data) {
  const targets = targetsOf(state, data);
  state.changes = [...document.querySelectorAll('fieldset.whatif-card')].filter((n) => targets.has(n.dataset.key)).map((n) => {
    const t = targets.get(n.dataset.key);
    const missing = (field) => new WhatIfProblem(t.key, field, '请填写此项。', 'This is required.');
    if (t.wage !== undefined) {
      const value = { from: val(n, 'from'), amounts: readWageAmounts(n, t.tierNames) };
      if (!value.from) throw missing('from');
      const k = value.amounts.findIndex((a) => a === undefined);
      if (k >= 0) throw missing(`amounts[${k}]`);
      return { key: t.key, value };
    }
    const { value, missing: m } = readPart(n, t.part);
    if (m) throw missing(m);
    return { key: t.key, value };
  });
}

export function clearWhatIfErrors() {
  for (const n of document.querySelectorAll('fieldset.whatif-card')) showErrors(n, [], '');
}

/**
 * Shows an error about the what-if next to the field it names: a missing figure, or the
 * engine's error about the overlay (its field: "policies.<file>.<path>", mapped back to the
 * change that wrote that path). Returns false when the error is not about a change.
 */
export function showWhatIfError(e, state, data) {
  let key = null, field = null;
  if (e instanceof WhatIfProblem) ({ key, field } = e);
  else if (typeof e?.field === 'string' && e.field.startsWith('policies.')) {
    const rel = e.field.slice('policies.'.length);
    let best = '';
    for (const [k, [id, path]] of whatIfOverlay(state, data)?.places ?? []) {
      const p = `${id}.${path}`;
      if ((rel === p || rel.startsWith(`${p}.`) || rel.startsWith(`${p}[`)) && p.length > best.length) { best = p; key = k; field = rel.slice(p.length).replace(/^\./, ''); }
    }
    // An error about a whole standard (its figure out of range) goes to the figure shown.
    const c = state.changes.find((x) => x.key === key);
    if (key && field === '' && c?.value.kind) field = c.value.kind === 'minimumWageShare' ? 'percent' : 'amount';
  }
  const n = key && [...document.querySelectorAll('fieldset.whatif-card')].find((x) => x.dataset.key === key);
  if (!n) return false;
  // The engine quotes the path in its file ("henan.minimumWage.entries[2].amounts[1]"): the field's own label reads better.
  const input = n.querySelector(`[data-path="${CSS.escape(field)}"]`);
  const label = input?.labels?.[0]?.firstChild?.textContent;
  const words = (m) => (label ? String(m).replace(/“[a-z0-9-]+\.[\w.[\]]+”/g, `“${label}”`) : m);
  showErrors(n, [{ field: `${key}.${field}`, zh: words(e.zh ?? e.message), en: words(e.en ?? e.messageEn ?? e.message) }], key, { focus: false });
  return true;
}

/** The changes as rows: what, the document's figure, its source, the planner's assumption. */
export function whatIfRows(state, data) {
  const targets = targetsOf(state, data);
  return state.changes.map((c) => {
    const t = targets.get(c.key);
    return t && { label: t.label, doc: t.doc ? describeFigure(t, t.doc) : '（文件没有）', source: t.source ? `${t.source.number} ${t.source.clause}` : '', assumed: describeFigure(t, c.value) };
  }).filter(Boolean);
}
