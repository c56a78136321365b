// The fields that edit a rule's figures, and the placing of the engine's errors next to
// them: a standard (fixed sum, increment, share of the minimum wage, left to the locality),
// a retention threshold, the remaining-period terms, a minimum-wage entry (date and the
// amount of each tier). Shared by the rules studio (which adds the source fields and
// writes the file) and the planning page's what-if (the planner's assumption for one
// run: no source). Every text is set as text, never as HTML: policy files are outside input.

/** Builds an element: attributes as attributes, children as nodes or text. `on` holds event handlers. */
export function h(tag, attrs = {}, ...kids) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) n.addEventListener(ev, fn);
    else if (k === 'class') n.className = v;
    else if (k === 'value') n.value = v;
    else if (k === 'checked') n.checked = !!v;
    else n.setAttribute(k, v === true ? '' : String(v));
  }
  for (const k of kids.flat(Infinity)) if (k != null && k !== false) n.append(k instanceof Node ? k : String(k));
  return n;
}
export const bi = (zh, en) => [h('span', {}, zh), ' ', h('span', { lang: 'en', class: 'en' }, en)];
export const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
export const str = (v) => (v == null ? '' : typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function describeStandard(s) {
  switch (s?.kind) {
    case 'fixed': return `每人每月 ${str(s.amount)} 元`;
    case 'increment': return `在基础标准上每人每月增加 ${str(s.amount)} 元`;
    case 'minimumWageShare': return `当地月最低工资标准的 ${str(s.percent)}%`;
    case 'local': return '文件未写明标准，由当地确定';
    default: return str(s?.kind);
  }
}

export const PART_LABELS = {
  eligibility: '见习对象', baseSubsidy: '基础补贴标准', raisedSubsidy: '提高后的补贴标准（留用率达标时）', retentionThreshold: '留用率门槛', remainingPeriod: '剩余期限见习补贴',
  internshipMonths: '见习期限', review: '申请审核时限', serviceZone: '服务专区', reportDeadline: '月度报表报送时限', internBenefits: '见习人员待遇', employerNotes: '见习单位须知',
  internSocialInsurance: '见习人员社会保险补贴', validFromNote: '起始日期说明',
};

/** The parts of a rule set that have a form: a standard, or its figures as fields [key, label, type]. */
export const PARTS = {
  baseSubsidy: { label: PART_LABELS.baseSubsidy, standard: true },
  raisedSubsidy: { label: PART_LABELS.raisedSubsidy, standard: true, raised: true },
  retentionThreshold: { label: PART_LABELS.retentionThreshold, fields: [['percent', '留用率门槛（%）', 'number']] },
  internshipMonths: { label: PART_LABELS.internshipMonths, fields: [['min', '最短月数', 'number'], ['max', '最长月数', 'number']] },
  review: { label: PART_LABELS.review, fields: [['workingDays', '审核时限（工作日）', 'number']] },
  remainingPeriod: { label: PART_LABELS.remainingPeriod, fields: [['windowFrom', '窗口期自（可不填）', 'date'], ['windowUntil', '窗口期至', 'date'], ['minContractMonths', '最短劳动合同月数（可不填）', 'number'],
    ['socialInsuranceRequired', '须按规定缴纳社会保险', 'checkbox'], ['moreThanHalfServed', '须已见习超过约定期限的一半', 'checkbox']] },
};

let fieldSeq = 0;
/** A labelled field; `path` is where its value goes in the edited object (errors find it by that). */
export function field({ label, type = 'text', value = '', path, required, hint, options, rows, attrs = {} }) {
  const id = `f${++fieldSeq}`;
  let input;
  if (type === 'select') input = h('select', { id, 'data-path': path, required, ...attrs }, options.map(([v, l]) => h('option', { value: v }, l)));
  else if (type === 'textarea') input = h('textarea', { id, 'data-path': path, required, rows: rows ?? 3, spellcheck: 'false', ...attrs });
  else if (type === 'checkbox') input = h('input', { id, type, 'data-path': path, ...attrs });
  else input = h('input', { id, type, 'data-path': path, required, ...attrs });
  if (type === 'checkbox') input.checked = !!value;
  // A select keeps its first option unless the value names another one (value '' would select none).
  else if (type === 'select') { if (options.some(([v]) => v === String(value ?? ''))) input.value = String(value ?? ''); }
  else input.value = value == null ? '' : String(value);
  const err = h('p', { class: 'error', id: `${id}-error`, hidden: true });
  const hintEl = hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null;
  input.setAttribute('aria-describedby', [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' '));
  if (type === 'checkbox') return h('div', { class: 'field check' }, h('label', { for: id }, input, ' ', label), hintEl, err);
  return h('div', { class: 'field' }, h('label', { for: id }, label, required ? h('span', { class: 'req' }, '（必填）') : null), input, hintEl, err);
}
export const get = (form, path) => form.querySelector(`[data-path="${CSS.escape(path)}"]`);
export const val = (form, path) => { const n = get(form, path); return n ? (n.type === 'checkbox' ? n.checked : n.value.trim()) : undefined; };
/** A typed figure as a number; anything else stays text, for the engine's loader to name. */
export const num = (s) => (s === '' || s === undefined ? undefined : /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s);

/**
 * The fields of a rule-set part, filled from `cur`: for a standard its kind (a fixed sum,
 * an increment on the base (raised only), a share of the minimum wage, or, with `local`,
 * left to the locality) and the one figure that kind uses; otherwise the part's figures.
 */
export function partFields(key, cur, { local = true } = {}) {
  const part = PARTS[key];
  if (!part.standard) return part.fields.map(([k, label, type]) => field({ label, type: type === 'number' ? 'text' : type, path: k, value: cur?.[k], attrs: type === 'number' ? { inputmode: 'decimal' } : {} }));
  const kinds = [['fixed', '固定金额（每人每月）'], ...(part.raised ? [['increment', '在基础标准上增加的金额']] : []), ['minimumWageShare', '当地最低工资标准的百分比'], ...(local ? [['local', '文件未写明，由当地确定']] : [])];
  const kindField = field({ label: '计算方式', type: 'select', path: 'kind', options: kinds, value: cur?.kind ?? 'fixed' });
  const amount = field({ label: '金额（元/人/月）', path: 'amount', value: cur?.amount, attrs: { inputmode: 'decimal' } });
  const percent = field({ label: '百分比（%）', path: 'percent', value: cur?.percent, attrs: { inputmode: 'decimal' } });
  const out = [kindField, amount, percent];
  const notes = local ? [field({ label: '说明（当地确定时必填：提示用户输入当地标准）', path: 'note.zh', value: cur?.note?.zh }), field({ label: '说明（英文）', path: 'note.en', value: cur?.note?.en })] : [];
  const select = kindField.querySelector('select');
  const show = () => {
    const kd = select.value;
    amount.hidden = !['fixed', 'increment'].includes(kd);
    percent.hidden = kd !== 'minimumWageShare';
    for (const n of notes) n.hidden = kd !== 'local';
  };
  if (kinds.some(([v]) => v === cur?.kind)) select.value = cur.kind;
  select.addEventListener('change', show);
  show();
  return [...out, ...notes];
}

/**
 * A part's value as its fields give it: `{ value }`, or `{ missing }` (the path of an empty
 * required figure). A `source`, when given, goes where the files keep it (after the figure).
 */
export function readPart(form, key, source) {
  const part = PARTS[key];
  const value = {};
  if (part.standard) {
    const kd = val(form, 'kind');
    value.kind = kd;
    if (['fixed', 'increment'].includes(kd)) value.amount = num(val(form, 'amount'));
    if (kd === 'minimumWageShare') value.percent = num(val(form, 'percent'));
    if (source) value.source = source;
    if (kd === 'local') value.note = { zh: val(form, 'note.zh') ?? '', en: val(form, 'note.en') || val(form, 'note.zh') || '' };
    const missing = ['fixed', 'increment'].includes(kd) && value.amount === undefined ? 'amount' : kd === 'minimumWageShare' && value.percent === undefined ? 'percent' : kd === 'local' && !value.note.zh ? 'note.zh' : null;
    return missing ? { missing } : { value };
  }
  for (const [k, , type] of part.fields) {
    const v = val(form, k);
    if (type === 'checkbox') { if (v) value[k] = true; } else if (v !== '') value[k] = type === 'number' ? num(v) : v;
  }
  if (source) value.source = source;
  return { value };
}

/** A minimum-wage entry's date (with `withDate`) and the monthly amount of each tier. */
export function wageFields(tierNames, entry, { withDate = true } = {}) {
  return [
    withDate ? field({ label: '起始日期（新标准自此日起执行）', type: 'date', path: 'from', required: true, value: entry?.from }) : null,
    ...tierNames.map((n, k) => field({ label: `${str(n?.zh)}（元/月）`, path: `amounts[${k}]`, required: true, value: entry?.amounts?.[k], attrs: { inputmode: 'decimal' } })),
  ].filter(Boolean);
}
export const readWageAmounts = (form, tierNames) => tierNames.map((_, k) => num(val(form, `amounts[${k}]`)));

/** Where an engine error points: the file (by id, or by its place in the array) and the field inside it. */
export function engineError(e, entries) {
  const field = String(e.field ?? '');
  const m = /^\[(\d+)\]/.exec(field);
  const id = m ? null : field.split(/[.[]/)[0];
  const entry = m ? entries[Number(m[1])] : entries.find((x) => x.value?.id === id);
  const rel = entry ? field.slice(m ? m[0].length : id.length).replace(/^\./, '') : field;
  return { file: entry?.name ?? '', id: entry?.value?.id ?? id, field: rel, zh: e.message, en: e.messageEn ?? e.message, code: e.code };
}

/** Shows errors next to the fields they name (the longest matching path under `base`), the
 *  rest at the form's top (its `.form-errors`), in Chinese and English. */
export function showErrors(form, errors, base, { focus = true } = {}) {
  for (const n of form.querySelectorAll('.error')) { n.hidden = true; n.textContent = ''; }
  for (const n of form.querySelectorAll('[aria-invalid]')) n.removeAttribute('aria-invalid');
  const top = form.querySelector('.form-errors');
  top.replaceChildren();
  let first = null;
  for (const e of errors) {
    const rel = typeof base === 'string' && e.field.startsWith(base) ? e.field.slice(base.length).replace(/^\./, '') : null;
    let target = null;
    if (rel !== null) {
      const inputs = [...form.querySelectorAll('[data-path]')];
      const score = (p) => (rel === p || rel.startsWith(`${p}.`) || rel.startsWith(`${p}[`) ? p.length : p.startsWith(`${rel}[`) || p.startsWith(`${rel}.`) ? 0 : -1);
      target = inputs.map((n) => [n, score(n.dataset.path)]).filter(([, s]) => s >= 0).sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
    }
    const msg = [h('span', {}, str(e.zh)), h('span', { lang: 'en', class: 'en' }, str(e.en))];
    if (target) {
      const p = document.getElementById(`${target.id}-error`);
      p.hidden = false;
      p.append(...msg);
      target.setAttribute('aria-invalid', 'true');
      first ??= target;
    } else top.append(h('p', { class: 'error' }, e.field ? `${e.file ? `${e.file} › ` : ''}${e.field}：` : '', ...msg));
  }
  if (first) { if (focus) first.focus(); }
  else top.querySelector('p')?.setAttribute('tabindex', '-1');
}
