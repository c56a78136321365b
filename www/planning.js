// Budget planning for HR bureaus: a quota table (or typed numbers per city) and the
// user's assumptions become individual interns (seeded, reproducible), which the engine's
// summary path (simulate) totals by the documents' rules: per city, per month, and with a
// what-if overlay beside the baseline. State lives in the URL.
import { $, el, cite, options, filesInMenuOrder } from './common.js';
import { loadPageEngine, showPolicyData } from './policy-data.js';
import { readPlanState, writeState, buildPlan, whatIfFiles, documentStandards, quotaYear, internColumn, firstMonth, parseMix, fen, yuan, ASSUMPTION_CLAUSE } from './planning-model.js';
import { renderWhatIf, readWhatIf, clearWhatIfErrors, showWhatIfError, whatIfRows, ASSUMED } from './planning-whatif.js';

let data;
let state;
let last; // { baseline, whatIf, plan } of the last run

const CATS = [['base', '基础补贴（按月）'], ['difference', '留用差额补贴'], ['remaining', '剩余期限补贴']];
/** Differences whose threshold is not settled: shown beside the total, never in it. */
const OPEN = '留用率尚未确定的差额（未计入）';
/** The engine's notes name that figure by its field; the page by its label. */
const named = (text) => Object.entries(LOCAL).reduce((t, [k, label]) => t.replaceAll(`（${k}）`, `（上方“${label}”）`), text.replaceAll('“differenceOpen”', `“${OPEN}”`).replaceAll('（estimateSubsidy）', ''));
const COLOURS = { base: '#0969da', difference: '#bf8700', remaining: '#1a7f37' };

const jurisdiction = () => data.jurisdictions.find((j) => j.id === state.province);
const quota = () => (jurisdiction().quotas ?? []).find((q) => q.id === state.quota) ?? null;

/** The local standard's fields: the engine's names, the page's labels. */
const LOCAL = { baseAmount: '见习补贴（元/月）', basePercent: '见习补贴为最低工资的百分比（%）', raisedAmount: '留用率达标后的补贴（元/月）', raisedPercent: '留用率达标后为最低工资的百分比（%）' };

function needsTier() {
  const d = documentStandards(state, data);
  const share = (st) => st?.kind === 'minimumWageShare';
  return share(d.base) || share(d.raised) || (needsLocal() && Boolean(state.local.basePercent || state.local.raisedPercent));
}

function needsLocal() {
  const d = documentStandards(state, data);
  return d.base?.kind === 'local' || d.raised?.kind === 'local';
}

// ------------------------------------------------------------------ the form

function fillForm() {
  // Quota tables first; then each province without one in the data, its cities typed in.
  const quotas = [...data.jurisdictions.flatMap((j) => (j.quotas ?? []).map((q) => [`${j.id}/${q.id}`, `${j.name.zh}：${q.title.zh}`])),
    ...data.jurisdictions.filter((j) => !j.quotas?.length && j.minimumWage).map((j) => [`${j.id}/`, `${j.name.zh}：自行输入各地人数（本工具未收录其任务表）`])];
  options($('quota'), quotas, `${state.province}/${state.quota ?? ''}`);
  const q = quota();
  options($('column'), q ? q.columns.map((c, k) => [String(k), c.zh]) : [['0', '见习人数']], String(state.column));
  $('column').disabled = !q || q.columns.length < 2;
  $('year').value = String(state.year);
  $('quota-source').replaceChildren(...(q ? [`任务数来自${jurisdiction().name.zh}：${q.title.zh}`, cite({ ...q.source, number: (jurisdiction().documents.find((d) => d.id === q.source.document) ?? {}).number ?? '' })] : []));
  const months = Array.from({ length: 12 }, (_, k) => [String(k + 1), `${k + 1} 月`]);
  options($('from'), months, String(state.from));
  options($('to'), months, String(state.to));
  for (const k of ['lengths', 'size', 'tiers', 'retain', 'early', 'earlyAt', 'contract', 'drop', 'dropAt', 'seed']) $(k).value = String(state[k]);
  $('tiers-field').hidden = !needsTier();
  $('local').hidden = !needsLocal();
  // Only the standards the documents leave to the locality are asked for (Hunan states its raised one).
  const d = documentStandards(state, data);
  for (const n of $('local').querySelectorAll('[data-part]')) n.hidden = d[n.dataset.part]?.kind !== 'local';
  $('local-why').textContent = needsLocal() ? `${jurisdiction().name.zh}的文件没有规定具体补贴金额（由当地确定），请填写当地标准后再测算。` : '';
  for (const k of Object.keys(LOCAL)) $(k).value = state.local[k] ?? '';
  cityTable();
  renderWhatIf(state, data, changed);
}

function cityTable() {
  const tiers = needsTier() ? jurisdiction().minimumWage?.tierNames ?? [] : [];
  $('cities').tHead.replaceChildren(el('tr', {}, el('th', { scope: 'col' }, '地区'), el('th', { scope: 'col', class: 'num' }, '见习人数'), tiers.length ? el('th', { scope: 'col' }, '最低工资类别') : null, el('th', { scope: 'col' }, el('span', { class: 'sr' }, '删除'))));
  $('cities').tBodies[0].replaceChildren(...state.rows.map(([city, n, tier], k) => {
    const tierSelect = tiers.length ? el('select', { 'aria-label': `${city || `第 ${k + 1} 行`}最低工资类别`, 'data-k': 'tier' }, el('option', { value: '0' }, '按构成'), ...tiers.map((t, i) => el('option', { value: String(i + 1) }, t.zh))) : null;
    if (tierSelect) tierSelect.value = String(tier);
    const remove = el('button', { type: 'button', class: 'link', 'aria-label': `删除${city || `第 ${k + 1} 行`}` }, '×');
    remove.addEventListener('click', () => { state.rows.splice(k, 1); cityTable(); changed(); });
    return el('tr', { 'data-city': city },
      el('td', {}, el('input', { type: 'text', 'aria-label': `第 ${k + 1} 行地区`, value: city, maxlength: 20, 'data-k': 'city' })),
      el('td', {}, el('input', { type: 'text', inputmode: 'numeric', 'aria-label': `${city || `第 ${k + 1} 行`}见习人数`, value: String(n), 'data-k': 'n' })),
      tierSelect ? el('td', {}, tierSelect) : null, el('td', {}, remove));
  }));
  $('cities').tFoot.replaceChildren(el('tr', {}, el('th', { scope: 'row' }, '合计'), el('td', { class: 'num', id: 'cities-total' }, String(state.rows.reduce((a, [, n]) => a + n, 0))), tiers.length ? el('td', {}) : null, el('td', {})));
}

/** The form's fields in English, for the English half of an error. */
const EN = {
  year: 'Plan year', lengths: 'Agreed lengths (months:share %)', size: 'Interns per unit', tiers: 'Minimum-wage tier mix (tier:share %)',
  retain: 'Retention rate at completion (%)', early: 'Share hired early (%)', earlyAt: 'Share of the term served when hired early (%)',
  contract: 'Contract length of those hired early (months)', drop: 'Share leaving early (%)', dropAt: 'Share of the term served when leaving early (%)',
  seed: 'Random seed', baseAmount: 'Internship subsidy (yuan a month)', raisedAmount: 'Subsidy once the retention threshold is met (yuan a month)',
  basePercent: 'Internship subsidy as a share of the minimum wage (%)', raisedPercent: 'Subsidy once the threshold is met as a share of the minimum wage (%)',
};

/** Most interns in one plan: the engine's limit on one `simulate` call. */
const MOST_INTERNS = 1_000_000;

/** An entry the form cannot use: named in Chinese and English, with the input to mark. */
const bad = (input, zh, en) => Object.assign(new Error(zh), { messageEn: en, input });

/** A field's text as typed with a Chinese keyboard read as ASCII (１２ → 12, ： → :, ， → ,);
 *  written back, so that the field shows what the plan used. */
function entry(input, { percent = false } = {}) {
  let v = input.value.normalize('NFKC').replace(/\s+/g, '').replace(/[、；;]/g, ',');
  if (percent) v = v.replace(/%$/, '');
  if (v !== input.value) input.value = v;
  return v;
}

/** The form back into the state; throws (see `bad`) when an entry cannot be used. */
function readForm() {
  const label = (id) => $(id).labels[0].textContent;
  const num = (id, min, max, { whole = false, percent = false } = {}) => {
    const v = entry($(id), { percent });
    if (!(whole ? /^\d+$/ : /^\d+(\.\d+)?$/).test(v) || Number(v) < min || Number(v) > max) {
      throw bad(id, `“${label(id)}”应为 ${min}—${max} 之间的${whole ? '整数' : '数'}。`, `“${EN[id]}” must be a ${whole ? 'whole number' : 'number'} from ${min} to ${max}.`);
    }
    return Number(v);
  };
  const whole = (id, min, max) => num(id, min, max, { whole: true });
  const percent = (id, min, max) => num(id, min, max, { percent: true });
  const span = `${state.year}/${state.from}/${state.to}`;
  state.year = whole('year', 2000, 2100);
  state.from = Number($('from').value);
  state.to = Number($('to').value);
  if (state.from > state.to) throw bad('from', `“最早开始月份”（${state.from} 月）不能晚于“最晚开始月份”（${state.to} 月）。`, `The first start month (${state.from}) cannot be later than the last start month (${state.to}).`);
  // Another year or span of start months: other rule sets and wages can be changed.
  if (span !== `${state.year}/${state.from}/${state.to}`) renderWhatIf(state, data, changed);
  const tierCount = needsTier() ? jurisdiction().minimumWage?.tierNames?.length || 9 : 9;
  for (const [id, min, max, example] of [['lengths', 1, 24, '3:20,6:50,12:30'], ['tiers', 1, tierCount, '1:34,2:33,3:33']]) {
    const v = entry($(id));
    if (!parseMix(v, min, max)) {
      throw bad(id, `“${label(id)}”应写成“数:占比”，用逗号分隔，如 ${example}；其中的数应在 ${min}—${max} 之间。`,
        `“${EN[id]}” should read “number:share”, separated by commas, as ${example}; each number from ${min} to ${max}.`);
    }
    state[id] = v;
  }
  state.size = whole('size', 1, 500);
  for (const id of ['retain', 'early', 'drop']) state[id] = percent(id, 0, 100);
  if (state.early + state.drop > 100) throw bad('drop', '提前录用比例与中途离开比例之和不能超过 100%。', 'The shares hired early and leaving early together cannot exceed 100%.');
  for (const id of ['earlyAt', 'dropAt']) state[id] = percent(id, 1, 99);
  state.contract = whole('contract', 1, 120);
  state.seed = whole('seed', 0, 2 ** 32 - 1);
  state.rows = [...$('cities').tBodies[0].rows].map((tr, k) => {
    const name = tr.querySelector('[data-k=city]');
    const city = name.value.normalize('NFKC').trim() || `地区${k + 1}`;
    const input = tr.querySelector('[data-k=n]');
    const n = entry(input);
    if (!/^\d+$/.test(n) || Number(n) > MOST_INTERNS) {
      throw bad(input, `${city}的见习人数应为 0—${MOST_INTERNS} 之间的整数。`, `The number of interns of ${city} must be a whole number from 0 to ${MOST_INTERNS.toLocaleString('en-US')}.`);
    }
    return [city.replace(/[~|]/g, ''), Number(n), Number(tr.querySelector('[data-k=tier]')?.value ?? 0)];
  });
  const sum = state.rows.reduce((a, [, n]) => a + n, 0);
  const firstCount = $('cities').tBodies[0].querySelector('[data-k=n]');
  if (sum === 0) throw bad(firstCount, '请至少为一个地区填写见习人数（大于 0）。', 'Enter a number of interns (above 0) for at least one city.');
  if (sum > MOST_INTERNS) {
    throw bad(firstCount, `各地见习人数合计 ${sum} 人，一次最多测算 ${MOST_INTERNS} 人，请分批测算。`, `The cities' interns add up to ${sum.toLocaleString('en-US')}; one plan takes at most ${MOST_INTERNS.toLocaleString('en-US')} interns. Plan in parts.`);
  }
  state.local = {};
  if (!$('local').hidden) {
    const asked = (k) => !$(k).closest('[data-part]').hidden;
    for (const k of ['baseAmount', 'raisedAmount']) if (asked(k) && entry($(k)) !== '') state.local[k] = num(k, 0.01, 100000);
    for (const k of ['basePercent', 'raisedPercent']) if (asked(k) && entry($(k), { percent: true }) !== '') state.local[k] = percent(k, 0.01, 1000);
    for (const [amount, share, zh, en] of [['baseAmount', 'basePercent', '见习补贴', 'internship subsidy'], ['raisedAmount', 'raisedPercent', '留用率达标后的补贴', 'subsidy once the threshold is met']]) {
      if (state.local[amount] !== undefined && state.local[share] !== undefined) {
        throw bad(share, `${zh}请填金额或最低工资的百分比其中一项，不要两项都填。`, `Give the ${en} either as an amount or as a share of the minimum wage, not both.`);
      }
    }
  }
  readWhatIf(state, data);
}

// ------------------------------------------------------------------ running the plan

function run() {
  const t0 = performance.now();
  const plan = buildPlan(state);
  const baseline = simulate(plan);
  const files = whatIfFiles(state, data);
  const whatIf = files ? simulate({ ...plan, policies: files }) : null;
  last = { plan, baseline, whatIf };
  draw();
  $('timing').textContent = `${plan.interns.outcome.length.toLocaleString('zh-CN')} 名见习人员、${plan.units.size.length.toLocaleString('zh-CN')} 个见习单位，本机计算与绘制用时 ${Math.round(performance.now() - t0)} 毫秒（种子 ${state.seed}）。`;
}

const money = (s) => yuan(fen(s));

function draw() {
  const { baseline: b, whatIf: w } = last;
  const tb = fen(b.amounts.total), tw = w ? fen(w.amounts.total) : null;
  $('totals').replaceChildren(...[
    el('dt', {}, '总额（按文件标准）'), el('dd', { id: 'total' }, b.amounts.total === null ? '需补充标准' : `${money(b.amounts.total)} 元`),
    ...CATS.map(([k, name]) => [el('dt', {}, name), el('dd', { 'data-k': k }, `${money(b.amounts[k])} 元`)]),
    b.amounts.differenceOpen && fen(b.amounts.differenceOpen) ? [el('dt', {}, OPEN), el('dd', {}, `${money(b.amounts.differenceOpen)} 元`)] : [],
    w ? [el('dt', {}, `调整后总额（${ASSUMED}）`), el('dd', { id: 'whatif-total' }, w.amounts.total === null ? '—' : `${money(w.amounts.total)} 元`),
      el('dt', {}, '差额（调整后 − 按文件）'), el('dd', { id: 'delta-total', class: 'grand' }, tb === null || tw === null ? '—' : `${yuan(tw - tb)} 元`)] : [],
    el('dt', {}, '见习单位 / 见习人员'), el('dd', {}, `${b.units.toLocaleString('zh-CN')} / ${b.interns.toLocaleString('zh-CN')}`),
    el('dt', {}, '留用率达到门槛的单位'), el('dd', {}, `${b.unitsMeetingThreshold.toLocaleString('zh-CN')}${w && w.unitsMeetingThreshold !== b.unitsMeetingThreshold ? `（调整后 ${w.unitsMeetingThreshold.toLocaleString('zh-CN')}）` : ''}`),
    el('dt', {}, '计入剩余期限补贴的提前录用'), el('dd', {}, b.hiredEarlyCounted.toLocaleString('zh-CN'))].flat());
  $('results').hidden = false; // before the chart, which takes the width it is given
  chart();
  monthTable();
  cityResults();
  standards();
  printedAssumptions();
  $('results').hidden = false;
}

function chart() {
  const { baseline: b, whatIf: w } = last;
  const months = b.months;
  const wOf = new Map((w?.months ?? []).map((m) => [m.month, fen(m.amounts.total)]));
  const all = [...new Set([...months.map((m) => m.month), ...wOf.keys()])].sort();
  const bOf = new Map(months.map((m) => [m.month, m.amounts]));
  const top = Math.max(1, ...all.map((m) => Math.max(CATS.reduce((a, [k]) => a + (fen(bOf.get(m)?.[k]) ?? 0), 0), wOf.get(m) ?? 0)));
  // Round ticks (1, 2, 2.5 or 5 × 10ⁿ fen) in 万元; the drawing as wide as the box it is in,
  // so that its text is drawn at the size the style sheet says, on a phone too.
  const raw = top / 4, mag = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((x) => x >= raw);
  const ticks = Math.max(1, Math.ceil(top / step)), max = step * ticks;
  const wan = (v) => Number((v / 1e6).toFixed(2)).toLocaleString('zh-CN', { maximumFractionDigits: 2 });
  const W = Math.round(Math.min(960, Math.max(300, $('chart').clientWidth || 640))), H = W < 480 ? 220 : 260;
  const L = 12 + 7 * Math.max(...Array.from({ length: ticks + 1 }, (_, k) => wan(step * k).length)), B = 36, T = 22;
  const bw = (W - L - 8) / Math.max(1, all.length);
  const y = (v) => T + (H - T - B) * (1 - v / max);
  const ns = 'http://www.w3.org/2000/svg';
  const s = (tag, attrs, ...kids) => { const n = document.createElementNS(ns, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); n.append(...kids); return n; };
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'chart-title', class: 'cashflow' });
  svg.append(s('title', { id: 'chart-title' }, `分月现金流（万元）：${all[0] ?? ''} 至 ${all[all.length - 1] ?? ''}，最高月份 ${yuan(top)} 元${w ? '；折线为调整后的月度合计' : ''}。数字见下表。`));
  svg.append(s('text', { x: 2, y: 12, 'text-anchor': 'start' }, '万元'));
  for (let k = 0; k <= ticks; k++) {
    const v = step * k;
    svg.append(s('line', { x1: L, x2: W - 4, y1: y(v), y2: y(v), class: 'grid' }), s('text', { x: L - 4, y: y(v) + 4, 'text-anchor': 'end' }, wan(v)));
  }
  const every = Math.max(1, Math.ceil(all.length / Math.max(1, Math.floor((W - L) / 44))));
  all.forEach((m, i) => {
    let acc = 0;
    const x = L + i * bw + bw * 0.1;
    for (const [k] of CATS) {
      const v = fen(bOf.get(m)?.[k]) ?? 0;
      if (v > 0) svg.append(s('rect', { x, y: y(acc + v), width: bw * 0.8, height: y(acc) - y(acc + v), fill: COLOURS[k] }));
      acc += v;
    }
    if (i % every === 0) svg.append(s('text', { x: x + bw * 0.4, y: H - B + 14, 'text-anchor': 'middle' }, m.slice(2)));
  });
  if (w) {
    const pts = all.map((m, i) => `${L + i * bw + bw / 2},${y(wOf.get(m) ?? 0)}`).join(' ');
    svg.append(s('polyline', { points: pts, class: 'whatif' }));
  }
  const legend = el('ul', { class: 'legend' }, ...CATS.map(([k, name]) => el('li', {}, el('span', { class: `swatch ${k}` }), name)), w ? el('li', {}, el('span', { class: 'swatch line' }), '调整后合计（使用者的假设）') : null);
  $('chart').replaceChildren(svg, legend);
}

function monthTable() {
  const { baseline: b, whatIf: w } = last;
  const wOf = new Map((w?.months ?? []).map((m) => [m.month, m.amounts]));
  const months = [...new Set([...b.months.map((m) => m.month), ...wOf.keys()])].sort();
  const bOf = new Map(b.months.map((m) => [m.month, m.amounts]));
  const head = el('tr', {}, el('th', { scope: 'col' }, '月份'), ...CATS.map(([, n]) => el('th', { scope: 'col', class: 'num' }, n)), el('th', { scope: 'col', class: 'num' }, '合计'), el('th', { scope: 'col', class: 'num' }, OPEN), w ? [el('th', { scope: 'col', class: 'num' }, '调整后合计（假设）'), el('th', { scope: 'col', class: 'num' }, '差额')] : []);
  const rows = months.map((m) => {
    const a = bOf.get(m), x = wOf.get(m);
    const tb = a ? fen(a.total) : 0, tw = x ? fen(x.total) : 0;
    return el('tr', { 'data-month': m }, el('th', { scope: 'row' }, m), ...CATS.map(([k]) => el('td', { class: 'num' }, a ? money(a[k]) : '0.00')), el('td', { class: 'num', 'data-k': 'total' }, a ? money(a.total) : '0.00'), el('td', { class: 'num', 'data-k': 'open' }, a ? money(a.differenceOpen ?? '0') : '0.00'),
      w ? [el('td', { class: 'num' }, x ? money(x.total) : '0.00'), el('td', { class: 'num', 'data-k': 'delta' }, tb === null || tw === null ? '—' : yuan(tw - tb))] : []);
  });
  $('months').replaceChildren(el('thead', {}, head), el('tbody', {}, rows));
}

function cityResults() {
  const { baseline: b, whatIf: w } = last;
  const head = el('tr', {}, el('th', { scope: 'col' }, '地区'), el('th', { scope: 'col', class: 'num' }, '见习人员'), el('th', { scope: 'col', class: 'num' }, '单位'), ...CATS.map(([, n]) => el('th', { scope: 'col', class: 'num' }, n)), el('th', { scope: 'col', class: 'num' }, '合计'), el('th', { scope: 'col', class: 'num' }, OPEN), w ? [el('th', { scope: 'col', class: 'num' }, '调整后合计（假设）'), el('th', { scope: 'col', class: 'num' }, '差额')] : []);
  const rows = b.groups.map((g, k) => {
    const x = w?.groups[k];
    const tb = fen(g.amounts.total), tw = x ? fen(x.amounts.total) : null;
    return el('tr', { 'data-city': g.name }, el('th', { scope: 'row' }, g.name), el('td', { class: 'num' }, g.interns.toLocaleString('zh-CN')), el('td', { class: 'num' }, g.units.toLocaleString('zh-CN')),
      ...CATS.map(([c]) => el('td', { class: 'num' }, money(g.amounts[c]))), el('td', { class: 'num', 'data-k': 'total' }, money(g.amounts.total)), el('td', { class: 'num', 'data-k': 'open' }, money(g.amounts.differenceOpen ?? '0')),
      w ? [el('td', { class: 'num' }, money(x.amounts.total)), el('td', { class: 'num', 'data-k': 'delta' }, tb === null || tw === null ? '—' : yuan(tw - tb))] : []);
  });
  $('by-city').replaceChildren(el('thead', {}, head), el('tbody', {}, rows));
}

/** Notes the engine gives once per start month, alike but for a date, said once with the
 *  dates' span ("2025-07-01 至 2025-12-01"). */
function once(texts) {
  const DATE = /\d{4}-\d\d-\d\d/g;
  const groups = new Map();
  for (const t of texts) { const k = t.replace(DATE, 'D'); if (!groups.has(k)) groups.set(k, []); groups.get(k).push(t); }
  return [...groups.values()].map((g) => {
    const dates = g.map((t) => t.match(DATE) ?? []);
    let i = 0;
    return g[0].replace(DATE, () => { const col = dates.map((d) => d[i]).sort(); i++; return col[0] === col[col.length - 1] ? col[0] : `${col[0]} 至 ${col[col.length - 1]}`; });
  });
}

function standards() {
  const { baseline: b, whatIf: w } = last;
  const describe = describeStd;
  // A what-if figure cites the planner's assumption (ASSUMPTION_CLAUSE), shown as such, not as a document.
  const source = (src) => (src?.clause === ASSUMPTION_CLAUSE ? el('p', { class: 'assumed' }, el('span', { class: 'badge' }, ASSUMED), ' 不是文件规定，只用于本次测算。') : cite(src));
  const block = (s, label) => el('div', { class: 'cat' }, el('h4', {}, `${label}${s.provinceName.zh}，${s.from} 至 ${s.to} 开始的见习（${s.units.toLocaleString('zh-CN')} 个单位）`),
    el('p', {}, `见习补贴：${describe(s.baseStandard)}`), source(s.baseStandard.source), s.baseStandard.horizonNote ? el('p', { class: 'hint' }, s.baseStandard.horizonNote.zh) : null,
    el('p', {}, `留用率达标后：${describe(s.raisedStandard)}`), source(s.raisedStandard.source),
    el('p', {}, s.thresholdPercent ? `留用率门槛：${s.thresholdPercent}%` : '没有找到留用率门槛的规定。'), source(s.thresholdSource),
    ...once(s.warnings.map((m) => named(m.zh))).map((t) => el('p', { class: 'warn' }, t)));
  const changes = whatIfRows(state, data);
  $('standards').replaceChildren(...b.standards.map((s) => block(s, '')), ...minimumWages(b), ...(w ? [el('h4', {}, `调整（${ASSUMED}，仅用于本次测算）`), el('ul', { class: 'plain', id: 'whatif-list' }, changes.map((c) => el('li', {}, `${c.label}：文件规定 ${c.doc}${c.source ? `（${c.source}）` : ''} → ${ASSUMED} ${c.assumed}`))),
    ...w.standards.map((s) => block(s, '调整后：'))] : []));
  $('rules').replaceChildren(...once([...b.required, ...b.warnings].map((m) => named(m.zh))).map((t) => el('li', { class: 'warn' }, t)), ...b.rules.map((m) => el('li', {}, named(m.zh))),
    el('li', {}, '见习人员逐人模拟：每个单位的开始月份、期限、类别和每名见习人员的去向按上列假设和随机种子抽取；这些都是使用者的假设，不是文件规定。'));
}

/** The province's minimum wages in force from the first start month to the last month paid,
 *  when a standard is a share of them: the document's figures the amounts rest on. */
function usedWages(b) {
  const j = jurisdiction(), entries = j.minimumWage?.entries ?? [];
  if (!needsTier() || !b.months.length) return [];
  const first = `${b.months[0].month}-01`, last = `${b.months[b.months.length - 1].month}-31`;
  const tiers = j.minimumWage.tierNames ?? [];
  return entries.filter((e, k) => e.from <= last && (!entries[k + 1] || entries[k + 1].from > first)).map((e) => ({
    from: e.from,
    amounts: e.amounts.map((a, k) => `${tiers[k]?.zh ?? `${k + 1}类`} ${Number(a).toLocaleString('en-US')} 元`).join('、'),
    source: { ...e.source, number: (j.documents ?? []).find((d) => d.id === e.source?.document)?.number ?? e.source?.document ?? '' },
  }));
}

function minimumWages(b) {
  const used = usedWages(b);
  return used.length ? [el('h4', {}, `${jurisdiction().name.zh}月最低工资标准（补贴按其百分比计算）`),
    ...used.map((e) => el('div', { class: 'cat', 'data-k': 'minimum-wage' }, el('p', {}, `${e.from} 起：${e.amounts}（每月）`), cite(e.source)))] : [];
}

function assumptionRows() {
  const j = jurisdiction(), q = quota();
  return [
    ['省份', j.name.zh], ['任务表', q ? q.title.zh : '自行输入'], ['计划年度', state.year], ['开始月份', `${state.from}—${state.to} 月，每月1日`], ['期限构成（月:%）', state.lengths],
    ['每单位人数', state.size], ...(needsTier() ? [['类别构成（类别:%）', state.tiers]] : []), ['期满留用率 %', state.retain], ['提前录用 %', `${state.early}（完成期限 ${state.earlyAt}% 时，合同 ${state.contract} 个月，缴纳社保）`],
    ['中途离开 %', `${state.drop}（完成期限 ${state.dropAt}% 时）`], ['随机种子', state.seed],
    ...Object.entries(state.local).map(([k, v]) => [`当地标准：${LOCAL[k] ?? k}（使用者填写）`, v]),
  ];
}

function printedAssumptions() {
  const changes = whatIfRows(state, data);
  $('assumptions-print').replaceChildren(el('p', {}, assumptionRows().map(([k, v]) => `${k}：${v}`).join('；')),
    changes.length ? el('p', { id: 'whatif-print' }, `调整（${ASSUMED}，仅用于本次测算）：`, changes.map((c) => `${c.label}：文件规定 ${c.doc}${c.source ? `（${c.source}）` : ''} → 假设 ${c.assumed}`).join('；')) : null);
}

// ------------------------------------------------------------------ export, URL

/** The plan as rows: assumptions, per city, per month (one sheet). */
export function exportRows() {
  const { baseline: b, whatIf: w } = last;
  const amounts = (a) => (a ? [...CATS.map(([k]) => a[k]), a.total, a.differenceOpen ?? '0'].map((s) => (s === null ? '' : Number(s))) : ['', '', '', '', '']);
  const rows = [['见习补贴预算测算', `政策数据日期 ${data.dataDate}`, '金额单位：元'], ['假设（使用者设定）'], ...assumptionRows().map(([k, v]) => [k, String(v)]), []];
  const changes = whatIfRows(state, data);
  if (changes.length) rows.push([`调整（${ASSUMED}，仅用于本次测算）`], ['调整项', '文件规定', '出处', ASSUMED], ...changes.map((c) => [c.label, c.doc, c.source, c.assumed]), []);
  const cats = [...CATS.map(([, n]) => n), '合计', OPEN];
  rows.push(['分地区', '见习人员', '单位', ...cats, ...(w ? ['调整后合计（假设）', '差额'] : [])]);
  b.groups.forEach((g, k) => rows.push([g.name, g.interns, g.units, ...amounts(g.amounts), ...(w ? [Number(w.groups[k].amounts.total), (fen(w.groups[k].amounts.total) - fen(g.amounts.total)) / 100] : [])]));
  rows.push(['合计', b.interns, b.units, ...amounts(b.amounts), ...(w ? [Number(w.amounts.total), (fen(w.amounts.total) - fen(b.amounts.total)) / 100] : [])]);
  rows.push([]);
  rows.push(['月份', ...cats, ...(w ? ['调整后合计（假设）', '差额'] : [])]);
  const wOf = new Map((w?.months ?? []).map((m) => [m.month, m.amounts]));
  const bOf = new Map(b.months.map((m) => [m.month, m.amounts]));
  for (const m of [...new Set([...bOf.keys(), ...wOf.keys()])].sort()) {
    const a = bOf.get(m), x = wOf.get(m);
    rows.push([m, ...(a ? amounts(a) : [0, 0, 0, 0, 0]), ...(w ? [x ? Number(x.total) : 0, ((x ? fen(x.total) : 0) - (a ? fen(a.total) : 0)) / 100] : [])]);
  }
  rows.push([]);
  const cited = (src) => (src ? `${src.number} ${src.clause}` : '');
  rows.push(['所用标准（文件规定）', '内容', '出处']);
  for (const s of b.standards) {
    const span = `${s.provinceName.zh} ${s.from}—${s.to} 开始的见习`;
    rows.push([`${span}：见习补贴`, describeStd(s.baseStandard), cited(s.baseStandard.source)], [`${span}：留用率达标后`, describeStd(s.raisedStandard), cited(s.raisedStandard.source)],
      [`${span}：留用率门槛`, s.thresholdPercent ? `${s.thresholdPercent}%` : '未找到规定', cited(s.thresholdSource)]);
  }
  for (const e of usedWages(b)) rows.push([`月最低工资标准（${e.from} 起）`, e.amounts, cited(e.source)]);
  return rows;
}

/** A standard as words (the standards list and the export share it). */
function describeStd(st) {
  // A figure the user typed for a standard the documents leave to the locality is the user's.
  if (st.supplied) return `${st.percent ? `当地最低工资标准的 ${st.percent}%` : `${st.amount} 元/月`}（使用者填写；文件规定由当地确定）`;
  return st.kind === 'minimumWageShare' ? `当地最低工资标准的 ${st.percent}%` : st.kind === 'local' ? (st.amount ? `${st.amount} 元/月（使用者填写）` : st.percent ? `最低工资的 ${st.percent}%（使用者填写）` : '由当地确定（请填写）') : st.kind === 'increment' ? `在基础标准上增加 ${st.amount} 元/月` : `${st.amount} 元/月`;
}

async function download(kind) {
  const b = await import('./batch.js');
  const rows = exportRows();
  const blob = kind === 'xlsx' ? new Blob([b.xlsx(rows, '预算测算')], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }) : new Blob([b.csv(rows)], { type: 'text/csv' });
  const a = el('a', { href: URL.createObjectURL(blob), download: `见习补贴预算-${jurisdiction().name.zh}-${state.year}.${kind}` });
  document.body.append(a);
  a.click();
  a.remove();
}

let pushWhatIf = false; // after the first run, each change of the what-if is a step back can undo

/** An entry or the engine refuses the plan: the error next to its field (a what-if's in
 *  its card), and the results go, so that no figure stays from an earlier run. */
function problem(e) {
  const onCard = showWhatIfError(e, state, data);
  // The engine's errors about the interns the page drew (units[…], interns.…) are about the
  // assumptions that drew them: the dates about the plan year and start months, said so.
  const drawn = typeof e?.field === 'string' && /^(units|interns)\b/.test(e.field);
  if (drawn && /startDate|outcomeDate/.test(e.field)) e.input ??= 'year';
  const [zh, en] = onCard ? ['调整中有错误（见标红的项），未计算。', 'The what-if has an error (see the field marked in red); nothing was computed.']
    : drawn ? [`${e.message} 请检查“计划年度”“最早开始月份”“最晚开始月份”等测算假设。`, `${e.messageEn ?? ''} Check the assumptions: Plan year, first and last start month.`]
      : [e.message ? `${e.message}${e.field ? `（${e.field}）` : ''}` : String(e), e.messageEn ?? ''];
  $('plan-error').replaceChildren(el('span', {}, zh), en ? el('span', { lang: 'en', class: 'en' }, ` ${en}`) : '');
  $('plan-error').hidden = false;
  const input = typeof e?.input === 'string' ? $(e.input) : e?.input;
  input?.setAttribute('aria-invalid', 'true');
  $('results').hidden = true;
  for (const id of ['totals', 'chart', 'months', 'by-city', 'standards']) $(id).replaceChildren();
  last = null;
}

function changed() {
  $('plan-error').hidden = true;
  for (const n of $('plan').querySelectorAll('[aria-invalid]')) if (!n.closest('fieldset.whatif-card')) n.removeAttribute('aria-invalid');
  clearWhatIfErrors();
  try {
    readForm();
  } catch (e) {
    problem(e);
    return;
  }
  // A local share of the minimum wage makes the tier mix matter (and its column); an amount does not.
  if ($('tiers-field').hidden === needsTier()) { $('tiers-field').hidden = !needsTier(); cityTable(); }
  $('cities-total').textContent = String(state.rows.reduce((a, [, n]) => a + n, 0));
  try {
    run();
  } catch (e) {
    problem(e);
    return;
  }
  // The URL holds the last plan drawn; a new what-if is a step of its own in the history.
  const query = `?${writeState(state, data)}`;
  const whatIfOf = (q) => new URLSearchParams(q).getAll('x').join('\n');
  if (pushWhatIf && whatIfOf(query) !== whatIfOf(location.search)) history.pushState(null, '', query);
  else history.replaceState(null, '', query);
}

function chooseQuota() {
  const [province, id] = $('quota').value.split('/');
  const j = data.jurisdictions.find((x) => x.id === province);
  const q = (j.quotas ?? []).find((x) => x.id === id);
  // No quota table: one row to type into; the plan year stays if the province's rules cover it.
  const column = q ? internColumn(q) : 0;
  const year = q ? quotaYear(j, q) : (j.ruleSets ?? []).some((r) => r.validFrom <= `${state.year}-12-31` && (!r.validUntil || r.validUntil >= `${state.year}-01-01`)) ? state.year : Number((j.ruleSets?.[0]?.validFrom ?? String(state.year)).slice(0, 4));
  const rows = q ? q.rows.map((r) => [r.region, r.values[column], 0]) : [['', 0, 0]];
  state = { ...state, province, quota: q ? id : '', column, year, rows, from: firstMonth(j, year), local: {}, changes: [] };
  fillForm();
  changed();
}

let simulate; // the engine's, once it has loaded

async function main() {
  // The engine carries no data: the page's data file (or a host's, ?data=) is fetched
  // while the engine starts, then loaded into it. The module it gives is the one used: a
  // retry after a failed load imports it afresh.
  const { engine, info: dataInfo } = await loadPageEngine('../pkg/jianxi.js', 'data/policies.json', $('loading'));
  simulate = engine.simulate;
  // The files in the engine's menu order (formSpec): the quota menu follows it, and its
  // first table is the default.
  const files = engine.policies();
  data = { ...files, jurisdictions: filesInMenuOrder(engine.formSpec(), files) };
  showPolicyData(dataInfo, data.jurisdictions);
  state = readPlanState(new URLSearchParams(location.search), data);
  fillForm();
  $('quota').addEventListener('change', chooseQuota);
  $('column').addEventListener('change', () => {
    const q = quota();
    state.column = Number($('column').value);
    state.rows = q.rows.map((r) => [r.region, r.values[state.column], 0]);
    cityTable();
    changed();
  });
  $('plan').addEventListener('change', (e) => { if (!['quota', 'column', 'whatif-target'].includes(e.target.id)) changed(); });
  $('plan').addEventListener('submit', (e) => e.preventDefault());
  // An entry that cannot be read stays named (and the typed numbers stay) until it is put right.
  $('add-city').addEventListener('click', () => { try { readForm(); } catch (e) { problem(e); return; } state.rows.push(['', 0, 0]); cityTable(); $('cities').tBodies[0].lastElementChild.querySelector('input').focus(); });
  $('reset-cities').addEventListener('click', () => { const q = quota(); if (q) { state.rows = q.rows.map((r) => [r.region, r.values[state.column], 0]); cityTable(); changed(); } });
  $('export-xlsx').addEventListener('click', () => download('xlsx'));
  $('export-csv').addEventListener('click', () => download('csv'));
  $('print').addEventListener('click', () => print());
  $('loading').hidden = true;
  $('plan').hidden = false;
  changed();
  pushWhatIf = true;
  // Back and forward step through the what-ifs: the plan as the URL then was.
  addEventListener('popstate', () => { state = readPlanState(new URLSearchParams(location.search), data); fillForm(); changed(); });
}
main().catch((e) => { $('loading').textContent = `正在加载…… ✗ ${e.message ?? e}`; });
