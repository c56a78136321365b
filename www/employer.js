// The employer's estimate: monthly base subsidy, the one-time retention difference
// ("1+1"), the remaining-period subsidy, totals, every figure with its source, and when
// the money can be claimed. The engine in pkg/ computes; this page collects input, shows
// and prints. It answers as a field is typed, so leaving a field changes nothing on screen.
import { $, el, params, state, txt, today, cite, options, translate, showError, clearErrors, plain, morph, sep } from './common.js';
import { loadPageEngine, showPolicyData } from './policy-data.js';

// The policy data is a file beside the page (preloaded with the .wasm): fetched at once.
const DATA_FILE = 'data/policies.json';
const loading = loadPageEngine('../pkg/jianxi.js', DATA_FILE, $('loading')); // the engine and its data, side by side
let dataInfo; // which data is in force (built-in, or the host's ?data= file), and any notice about it

const T = {
  zh: {
    title: '就业见习补贴测算（用人单位）', loading: '正在加载……', province: '省份', tier: '最低工资类别', county: '或填写县（市、区）名称', startDate: '见习开始日期',
    months: '约定见习期限（月）', mode: '见习人员', cohort: '按人数', list: '逐人填写（含提前离开、提前留用）', interns: '见习人数', retained: '见习期满留用人数',
    name: '姓名（可不填）', outcome: '结果', outcomeDate: '日期', contractMonths: '合同（月）', socialInsurance: '缴社保', remove: '删除', add: '＋ 添加一人',
    local: '当地标准（文件未规定，请按当地规定填写）', baseAmount: '每人每月补贴（元）', basePercent: '或：最低工资的百分比（%）', raisedAmount: '留用率达标后每人每月（元）',
    raisedPercent: '或：最低工资的百分比（%）', offline: '本页不收集、不上传、不保存任何信息。', youth: '见习资格自测（求职者）', about: '关于本工具与数据来源',
    noscript: '本测算需要浏览器开启 JavaScript。请开启后刷新本页，或拨打人社服务热线 12333 咨询。',
    modeBatch: '正在使用导入的名单：见习人数和留用情况以名单为准。清除导入后可改回按人数或逐人填写。',
    lead: '按所在省份的文件测算每月见习补贴、留用率达标后见习结束时一次性发放的差额（“1+1”模式）和提前留用的剩余期限补贴。每个数字都注明出处。计算在本机完成，不上传任何信息。',
    choose: '请选择', noWage: '（无最低工资数据）', since: (d) => `（${d} 起）`, perMonth: '元/月', colon: '：', aside: (s) => `（${s}）`,
    outcomes: { inProgress: '见习中', completed: '期满未留用', retained: '期满留用', leftEarly: '提前离开', hiredEarly: '提前留用（签合同）' },
    // A field as a sentence names it.
    fields: { province: '省份', tier: '最低工资类别', county: '县（市、区）名称', startDate: '见习开始日期', months: '约定见习期限（月）', interns: '见习人数', retained: '见习期满留用人数',
      baseAmount: '每人每月补贴（元）', basePercent: '最低工资的百分比（%）', raisedAmount: '留用率达标后每人每月补贴（元）', raisedPercent: '留用率达标后最低工资的百分比（%）',
      name: '姓名', outcome: '结果', outcomeDate: '日期', contractMonths: '合同月数', socialInsurance: '是否缴社保', internList: '见习人员名单' },
    noWageShare: (f) => `这里没有最低工资数据，不能按最低工资的百分比测算：请改填“${f}”。`,
    who: (n) => `第 ${n} 人的`, intern: (n) => `第 ${n} 人`, need: '还需要填写：', notNumber: (f) => `“${f}”应填写整数。`, or: '，或', pickProvince: '请选择省份。', badProvince: (p) => `链接中的省份“${p}”不在本工具的数据中。`,
    summary: '测算结果', baseTotal: '按月发放的基础补贴合计', difference: '见习结束后一次性发放的差额', potential: '（如留用率达标）', notReached: '（留用率未达标，不发放）', remaining: '剩余期限见习补贴', total: '合计',
    unknown: '待定', rate: '见习留用率', threshold: '门槛', met: '达标，适用提高后的标准', notMet: '未达标，按基础标准', open: '尚未确定（仍有人员在见习中）',
    standards: '补贴标准', base: '基础标准', raised: '留用率达标后的标准', byMonth: '逐月明细', monthCol: '月份', period: '期间', wage: '最低工资', per: '每人基础补贴', count: '人月', amount: '基础补贴',
    diff: '差额', diffIf: '差额（如达标）',
    remainingTitle: '提前留用的剩余期限补贴', eligibleYes: '符合', eligibleNo: '不符合', eligibleUnknown: '无法判断', notes: '税费与申领', rules: '测算规则', docs: '依据的文件',
    share: '复制本测算的链接', shareBatch: '复制链接（不含导入的名单）', print: '打印 / 存为 PDF（A4）', copied: '链接已复制', inputs: '测算条件', printed: '测算日期', payable: '差额在见习结束（{d}）后申领',
    batch: '从 Excel / CSV 导入见习人员名单（批量测算）', file: '选择文件（.xlsx 或 .csv，UTF-8 或 GBK）', templateXlsx: '下载模板（.xlsx）', templateCsv: '下载模板（.csv）', clearBatch: '清除导入',
    batchHint: '每行一人。表头：姓名、见习开始日期、约定见习月数、结果、结果日期、劳动合同月数、是否缴纳社保、最低工资类别（空白时用上面的设置）。文件只在本机读取，不上传。',
    batchLink: '这个链接来自一份导入的名单。名单只在导入它的设备上读取，没有放进链接：请在下面重新导入名单，或改为按人数测算。', useCohort: '改为按人数测算',
    batchNote: '导入的名单只在本机，不在链接里：打开链接的人需要重新导入名单。',
    kinds: { fixed: '固定金额', increment: '在基础标准上增加', minimumWageShare: (p) => `当地月最低工资的 ${p}%`, local: '文件未规定，需当地标准' }, supplied: '（你填写的当地标准）',
    when: '什么时候可以申领', whenBase: '每月申领的基础补贴', whenDiff: '见习结束后一次性申领的差额', whenDiffIf: '差额（留用率达标才有）', whenRemaining: '提前留用后申领的剩余期限补贴', after: '结束后',
    whenNote: '按见习月列出；实际拨付时间以当地人社部门的安排为准。',
    perIntern: (n) => `逐人明细（${n} 人）`, rejected: (n) => `未计入的行（${n} 行，每行列出全部问题）`, row: '行号', column: '列', reason: '原因',
    internCols: ['序号', '姓名', '见习开始', '见习结束（实际）', '结果', '见习月数', '基础补贴', '差额', '剩余期限补贴'],
    disagree: '两种算法对是否达到门槛的结论不同，文件没有规定用哪一种：是否发放差额，以当地人社部门的认定为准。', disagreeShort: '两种算法结论不同，待当地人社部门认定',
    reading: (n) => `算法${'一二三'[n - 1] ?? n}`, alike: '两种算法在这里结果相同。', readingsTitle: '两种算法',
    exportX: '导出 .xlsx', exportC: '导出 .csv', unread: '文件无法按 .xlsx 或 .csv 读取。', noRows: '没有找到见习人员数据行。',
    batchStatus: (f, ok, bad) => `${f}：已计算 ${ok} 人，${bad} 行有错误（见测算结果中的“未计入的行”）。`,
  },
  en: {
    title: 'Internship subsidy estimate (employers)', loading: 'Loading…', province: 'Province', tier: 'Minimum-wage tier', county: 'or the county name', startDate: 'Internship start date',
    months: 'Agreed length (months)', mode: 'Interns', cohort: 'By number', list: 'One by one (incl. leaving or hired early)', interns: 'Number of interns', retained: 'Retained at the end',
    name: 'Name (optional)', outcome: 'Outcome', outcomeDate: 'Date', contractMonths: 'Contract (months)', socialInsurance: 'Social insurance', remove: 'Remove', add: '+ Add an intern',
    local: 'Local standard (the notice leaves it open; enter your local figure)', baseAmount: 'Per intern per month (yuan)', basePercent: 'or: share of the minimum wage (%)', raisedAmount: 'With retention met, per intern per month (yuan)',
    raisedPercent: 'or: share of the minimum wage (%)', offline: 'This page collects, uploads and stores nothing.', youth: 'Eligibility self-check (for youth)', about: 'About this tool and its sources',
    noscript: 'This estimate needs JavaScript. Turn it on and reload the page, or call the HR hotline 12333.',
    modeBatch: 'Using the imported list: the interns and their outcomes come from it. Clear the import to go back to a number or a typed list.',
    lead: 'Estimates, under your province’s notices, the monthly internship subsidy, the one-time difference paid after the internship when retention is met (“1+1”), and the remaining-period subsidy for interns hired early. Every figure cites its source. Computed on this device; nothing is uploaded.',
    choose: 'Choose', noWage: '(no minimum wage data)', since: (d) => ` (from ${d})`, perMonth: 'yuan/month', colon: ': ', aside: (s) => ` (${s})`,
    outcomes: { inProgress: 'In progress', completed: 'Completed, not retained', retained: 'Completed, retained', leftEarly: 'Left early', hiredEarly: 'Hired early (contract)' },
    fields: { province: 'province', tier: 'minimum-wage tier', county: 'county name', startDate: 'start date', months: 'agreed length (months)', interns: 'number of interns', retained: 'number retained',
      baseAmount: 'amount per intern per month', basePercent: 'share of the minimum wage', raisedAmount: 'raised amount per intern per month', raisedPercent: 'raised share of the minimum wage',
      name: 'name', outcome: 'outcome', outcomeDate: 'date', contractMonths: 'contract months', socialInsurance: 'social insurance', internList: 'list of interns' },
    noWageShare: (f) => `There is no minimum-wage data here, so a share of the minimum wage cannot be computed: enter the ${f} instead.`,
    who: (n) => `intern ${n}: `, intern: (n) => `Intern ${n}`, need: 'Still needed: ', notNumber: (f) => `The ${f} must be a whole number.`, or: ', or ', pickProvince: 'Choose a province.', badProvince: (p) => `The province “${p}” in the link is not in this tool's data. `,
    summary: 'Estimate', baseTotal: 'Base subsidy, paid monthly', difference: 'Difference, paid once after the internship', potential: ' (if retention is met)', notReached: ' (retention not met: not paid)', remaining: 'Remaining-period subsidy', total: 'Total',
    unknown: 'open', rate: 'Retention rate', threshold: 'threshold', met: 'met: the raised standard applies', notMet: 'not met: base standard only', open: 'not settled yet (interns still in progress)',
    standards: 'Standards', base: 'Base standard', raised: 'Standard with retention met', byMonth: 'Month by month', monthCol: 'Month', period: 'Period', wage: 'Minimum wage', per: 'Base per intern', count: 'Intern-months', amount: 'Base',
    diff: 'Difference', diffIf: 'Difference (if met)',
    remainingTitle: 'Remaining-period subsidy for interns hired early', eligibleYes: 'eligible', eligibleNo: 'not eligible', eligibleUnknown: 'cannot tell', notes: 'Tax and claims', rules: 'How it is computed', docs: 'Documents',
    share: 'Copy a link to this estimate', shareBatch: 'Copy a link (without the imported list)', print: 'Print / save as PDF (A4)', copied: 'Link copied', inputs: 'Inputs', printed: 'Estimated on', payable: 'The difference is claimed after the internship ends ({d})',
    batch: 'Import a list of interns from Excel / CSV (batch estimate)', file: 'Choose a file (.xlsx or .csv, UTF-8 or GBK)', templateXlsx: 'Template (.xlsx)', templateCsv: 'Template (.csv)', clearBatch: 'Clear the import',
    batchHint: 'One intern per row. Headers (in Chinese, as in the template): name, start date, agreed months, outcome, outcome date, contract months, social insurance, tier (blank: the settings above). The file is read on this device only.',
    batchLink: 'This link comes from an imported list. The list is read only on the device that imported it and is not in the link: import it again below, or estimate by number.', useCohort: 'Estimate by number',
    batchNote: 'The imported list stays on this device and is not in the link: whoever opens the link must import the list again.',
    kinds: { fixed: 'fixed amount', increment: 'added to the base', minimumWageShare: (p) => `${p}% of the local monthly minimum wage`, local: 'left open: local standard needed' }, supplied: ' (your local standard)',
    when: 'When the money can be claimed', whenBase: 'Base subsidy, claimed monthly', whenDiff: 'Difference, claimed once after the internship', whenDiffIf: 'Difference (only if retention is met)', whenRemaining: 'Remaining-period subsidy, claimed after an early hire', after: 'after',
    whenNote: 'By internship month; when the money is paid out is up to the local HR bureau.',
    perIntern: (n) => `Intern by intern (${n})`, rejected: (n) => `Rows left out (${n}; every problem of each row)`, row: 'Row', column: 'Column', reason: 'Reason',
    internCols: ['#', 'Name', 'Start', 'End (actual)', 'Outcome', 'Months', 'Base', 'Difference', 'Remaining period'],
    disagree: 'The two ways of counting disagree on the threshold and the document does not say which applies: the local HR bureau decides whether the difference is paid.', disagreeShort: 'the two counts disagree: for the local HR bureau to decide',
    reading: (n) => `count ${n}:`, alike: 'Here both ways of counting give the same figures.', readingsTitle: 'The two ways of counting',
    exportX: 'Export .xlsx', exportC: 'Export .csv', unread: 'The file could not be read as .xlsx or .csv.', noRows: 'No intern rows found.',
    batchStatus: (f, ok, bad) => `${f}: ${ok} interns computed, ${bad} rows with errors (see “Rows left out” in the estimate).`,
  },
};
const t = (k) => T[state.lang][k] ?? T.zh[k];
let engine;
let data;
let spec; // formSpec(): the jurisdictions in menu order and the default (the engine's, not the page's)
/** An imported spreadsheet: its interns and the sheet row of each. */
let batch = null;
/** Opened from a link made while a list was imported: the list is not in the link. */
let batchLink = params.get('b') === '1';
/** The estimate on screen and its input, for the buttons that export or copy it. */
let current = null;
const loadBatch = () => import('./batch.js');

/** A field path in the words of the form ("internList[0].outcome" → "第 1 人的结果"). */
function label(path) {
  const f = t('fields');
  const m = path.match(/^internList\[(\d+)\]\.?(\w*)/);
  if (m) return t('who')(Number(m[1]) + 1) + (f[m[2]] ?? '');
  return f[path.replace(/^localStandard\./, '')] ?? null;
}

/** The tiers with the wages in force on the start date, and whether a county can be named: the engine's (formSpec). */
function fillTiers() {
  let spec = null;
  try { spec = engine.formSpec({ province: $('province').value || undefined, asOf: $('startDate').value || today() }); } catch { /* no rule on that date: the estimate says why */ }
  const chosen = $('tier').value || params.get('t');
  if (!spec?.tiers.length) {
    options($('tier'), [], '', t('noWage'));
    $('tier').disabled = true;
    $('tier-hint').textContent = '';
  } else {
    $('tier').disabled = false;
    options($('tier'), spec.tiers.map((x) => [String(x.tier), x.minimumWage ? `${txt(x.name)} · ${x.minimumWage} ${t('perMonth')}${t('since')(x.wageFrom)}` : txt(x.name)]), chosen, t('choose'));
    $('tier-hint').textContent = txt(spec.tierNote);
  }
  $('county-field').hidden = !spec?.county;
}

function row(values = {}) {
  const outcome = el('select', {}, Object.keys(t('outcomes')).map((v) => el('option', { value: v })));
  outcome.value = values.outcome ?? 'inProgress';
  // Each cell carries its column's name (data-col): on a phone a row is laid out as a small
  // card with these names, and labelRow() writes them in the page's language.
  const tr = el('tr', {},
    el('td', { 'data-col': 'name' }, el('input', { type: 'text', maxlength: 40, value: values.name ?? '' })),
    el('td', { 'data-col': 'outcome' }, outcome),
    el('td', { 'data-col': 'outcomeDate' }, el('input', { type: 'date', value: values.outcomeDate ?? '' })),
    el('td', { 'data-col': 'contractMonths' }, el('input', { type: 'number', min: 0, max: 1200, step: 1, inputmode: 'numeric', value: values.contractMonths ?? '' })),
    el('td', { 'data-col': 'socialInsurance' }, el('input', { type: 'checkbox', checked: values.socialInsurance === true })),
    el('td', { class: 'remove' }, el('button', { type: 'button', class: 'link' }, '×')));
  tr.querySelector('button').addEventListener('click', () => { tr.remove(); update(); });
  labelRow(tr);
  $('rows').append(tr);
}

/** An intern row's labels (card labels, accessible names, outcome choices) in the page's language. */
function labelRow(tr) {
  for (const td of tr.querySelectorAll('td[data-col]')) {
    td.dataset.label = t(td.dataset.col);
    td.querySelector('input, select').setAttribute('aria-label', t(td.dataset.col));
  }
  const names = t('outcomes');
  for (const o of tr.querySelector('select').options) o.textContent = names[o.value];
  tr.querySelector('button').setAttribute('aria-label', t('remove'));
}

function readRows() {
  return [...$('rows').children].map((tr) => {
    const [name, outcome, date, contract, si] = tr.querySelectorAll('input, select');
    // Only the fields an outcome uses can be filled: a date for leaving or an early hire,
    // the contract and social insurance for an early hire.
    date.disabled = !['leftEarly', 'hiredEarly'].includes(outcome.value);
    contract.disabled = si.disabled = outcome.value !== 'hiredEarly';
    const it = { outcome: outcome.value };
    if (name.value.trim()) it.name = name.value.trim();
    if (['leftEarly', 'hiredEarly'].includes(outcome.value)) it.outcomeDate = date.value || undefined;
    if (outcome.value === 'hiredEarly') {
      if (contract.value !== '') it.contractMonths = Number(contract.value);
      it.socialInsurance = si.checked;
    }
    return it;
  });
}

const mode = () => document.querySelector('input[name=mode]:checked').value;

function readForm() {
  // A date not given is asked for (the engine says it is missing), not called invalid.
  const input = { province: $('province').value, startDate: $('startDate').value || undefined, months: Number($('months').value) };
  if ($('tier').value) input.tier = Number($('tier').value);
  if (!$('county-field').hidden && $('county').value.trim()) input.county = $('county').value.normalize('NFKC').trim();
  if (batch) {
    input.internList = batch.interns;
    input.skipInvalidRows = true;
  } else if (mode() === 'list') input.internList = readRows();
  else {
    // A blank count is left out, never read as 0: the engine asks for the number of interns,
    // and update() asks for the number retained (the engine would count none retained).
    input.interns = $('interns').value === '' ? undefined : Number($('interns').value);
    input.retained = $('retained').value === '' ? undefined : Number($('retained').value);
  }
  if (!$('local').hidden) {
    const local = {};
    // Full-width digits (１５００) as a Chinese keyboard may type them are digits.
    for (const k of ['baseAmount', 'basePercent', 'raisedAmount', 'raisedPercent']) { const v = $(k).value.normalize('NFKC').trim(); if (v) local[k] = v; }
    if (Object.keys(local).length) input.localStandard = local;
  }
  return input;
}

function saveUrl(input) {
  const q = new URLSearchParams({ p: input.province, ...(input.startDate ? { s: input.startDate } : {}), m: String(input.months) });
  if (input.tier) q.set('t', input.tier);
  if (input.county) q.set('c', input.county);
  // An imported list stays on this device: the link says only that there was one. A typed
  // list's outcomes are in it, its names are not (the address is kept in the history and sent
  // on with the link; a name is personal and computes nothing).
  if (batch || batchLink) q.set('b', '1');
  else if (input.internList) q.set('L', JSON.stringify(input.internList.map(({ name, ...row }) => row)));
  else { q.set('n', input.interns ?? ''); q.set('r', input.retained ?? ''); } // blank stays blank when the link is opened
  for (const [k, short] of [['baseAmount', 'ba'], ['basePercent', 'bp'], ['raisedAmount', 'ra'], ['raisedPercent', 'rp']]) if (input.localStandard?.[k]) q.set(short, input.localStandard[k]);
  if (state.lang === 'en') q.set('lang', 'en');
  for (const k of ['embed', 'accent', 'data']) if (params.get(k)) q.set(k, params.get(k));
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

const money = (m) => (m == null ? t('unknown') : `${sep(m)} ${state.lang === 'en' ? 'yuan' : '元'}`);
const num = (m) => (m == null || m === '' ? '—' : sep(m));

function standard(s) {
  const what = s.kind === 'minimumWageShare' ? t('kinds').minimumWageShare(s.percent) : s.amount ? `${s.amount} ${t('perMonth')} · ${t('kinds')[s.kind]}` : t('kinds')[s.kind];
  return el('li', {}, what + (s.supplied ? t('supplied') : ''), s.note && (s.required || s.supplied) ? el('p', { class: 'hint' }, txt(s.note)) : null, cite(s.source),
    s.horizonNote ? el('p', { class: 'hint' }, txt(s.horizonNote)) : null);
}

/** The difference as the answer stands: paid (met), nothing (not met), or only if met (open). */
function difference(r) {
  if (r.raisedApplies === true) return { total: r.retentionDifference, shown: money(r.retentionDifference), paid: true };
  if (r.raisedApplies === false) return { total: '0.00', shown: money('0.00'), note: t('notReached'), paid: false };
  return { total: r.potentialDifference, shown: money(r.potentialDifference), note: r.potentialDifference == null ? null : t('potential'), paid: null };
}

/** The last day served: the day before leaving or an early hire, else the agreed end. */
function lastDay(it, given) {
  const d = given?.outcomeDate;
  if (!['leftEarly', 'hiredEarly'].includes(it.outcome) || !/^\d{4}-\d\d-\d\d$/.test(d ?? '')) return it.endDate;
  return new Date(Date.parse(`${d}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
}

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs = {}, ...kids) => {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) n.setAttribute(k, v);
  n.append(...kids.flat(2).filter((k) => k != null));
  return n;
};
const COLOURS = { base: '#0969da', diff: '#116329', remaining: '#8250df' };

/** When the money can be claimed: a bar per internship month (base, and the remaining-period
 *  subsidy in the month of an early hire), then the one-off difference after the end. Drawn
 *  as SVG with presentation attributes only (the CSP allows no inline style). */
function timeline(r) {
  if (!r.months.length) return null;
  const diff = difference(r);
  const remaining = new Map();
  for (const x of r.remainingPeriod) if (x.amount) remaining.set(x.hiredOn.slice(0, 7), (remaining.get(x.hiredOn.slice(0, 7)) ?? 0) + Number(x.amount));
  const slots = r.months.map((m) => ({ label: m.month, base: Number(m.amount ?? 0), remaining: remaining.get(m.month) ?? 0 }));
  if (diff.paid !== false && Number(diff.total) > 0) slots.push({ label: t('after'), base: 0, remaining: 0, diff: Number(diff.total), open: diff.paid === null });
  const top = Math.max(...slots.map((s) => (s.diff ?? 0) + s.base + s.remaining)) || 1;
  const left = 4; const step = 46; const W = slots.length * step + 2 * left; const H = 190; const bottom = 150; const bw = 30;
  const h = (v) => (v / top) * 110;
  const bars = slots.map((s, i) => {
    const x = left + i * step + (step - bw) / 2;
    const cx = x + bw / 2;
    const parts = [];
    let y = bottom;
    if (s.base) { y -= h(s.base); parts.push(svg('rect', { x, y, width: bw, height: h(s.base), fill: COLOURS.base })); }
    if (s.remaining) { y -= h(s.remaining); parts.push(svg('rect', { x, y, width: bw, height: h(s.remaining), fill: COLOURS.remaining })); }
    if (s.diff) { y -= h(s.diff); parts.push(svg('rect', { x, y, width: bw, height: h(s.diff), fill: s.open ? '#fff' : COLOURS.diff, stroke: COLOURS.diff, 'stroke-width': 2, 'stroke-dasharray': s.open ? '5 3' : null })); }
    const total = s.base + s.remaining + (s.diff ?? 0);
    if (total) parts.push(svg('text', { x: cx, y: y - 5, 'text-anchor': 'middle', 'font-size': 10, fill: '#1b1f24' }, sep(total.toFixed(2).replace(/\.00$/, ''))));
    const mm = s.label.slice(5);
    parts.push(svg('text', { x: cx, y: bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: '#57606a' }, s.diff || i === 0 || mm === '01' ? s.label : state.lang === 'en' ? mm : `${Number(mm)}月`));
    return parts;
  });
  const said = [`${t('whenBase')}${t('colon')}${r.months[0].month} – ${r.months.at(-1).month}${state.lang === 'en' ? ', ' : '，'}${money(r.baseTotal)}`];
  if (remaining.size) said.push(`${t('whenRemaining')}${t('colon')}${money(r.remainingPeriodTotal)}`);
  if (diff.paid !== false && Number(diff.total) > 0) said.push(`${diff.paid ? t('whenDiff') : t('whenDiffIf')}${t('colon')}${money(diff.total)}${t('aside')(r.differencePayableAfter)}`);
  const key = (colour, text, open) => el('span', { class: 'key' }, svg('svg', { width: 14, height: 14, 'aria-hidden': 'true' }, svg('rect', { x: 1, y: 1, width: 12, height: 12, fill: open ? '#fff' : colour, stroke: colour, 'stroke-width': 2, 'stroke-dasharray': open ? '3 2' : null })), ` ${text}`);
  return el('section', { id: 'when' }, el('h2', {}, t('when')),
    el('div', { class: 'table-wrap' }, svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': said.join(state.lang === 'en' ? '; ' : '；'), class: slots.length > 8 ? 'timeline wide' : 'timeline' },
      svg('line', { x1: left, x2: W - left, y1: bottom, y2: bottom, stroke: '#8c959f' }), bars)),
    el('p', { class: 'legend' }, key(COLOURS.base, t('whenBase')), remaining.size ? key(COLOURS.remaining, t('whenRemaining')) : null,
      diff.paid !== false && Number(diff.total) > 0 ? key(COLOURS.diff, diff.paid ? t('whenDiff') : t('whenDiffIf'), diff.paid === null) : null),
    el('p', { class: 'hint' }, t('whenNote')));
}

/** Each intern's line; filled when opened or printed, as a list may hold thousands. */
function fillInterns(printing) {
  const d = $('per-intern');
  if (!d || !current || !(d.open || printing === true) || d.dataset.filled) return;
  const { r, input } = current;
  const paid = r.raisedApplies !== false;
  const rows = r.interns.map((it) => el('tr', {}, el('td', { class: 'num' }, String(batch ? batch.rowOf[it.index] : it.index + 1)), el('td', {}, it.name ?? ''),
    el('td', {}, it.startDate), el('td', {}, lastDay(it, input.internList[it.index])), el('td', {}, t('outcomes')[it.outcome] ?? it.outcome), el('td', { class: 'num' }, it.internMonths),
    el('td', { class: 'num' }, num(it.base)), el('td', { class: 'num' }, paid ? num(it.difference) : '—'), el('td', { class: 'num' }, num(it.remainingPeriod))));
  const cols = t('internCols').slice();
  if (batch) cols[0] = t('row');
  d.querySelector('tbody').replaceChildren(...rows);
  d.querySelector('thead').replaceChildren(el('tr', {}, cols.map((h, i) => el('th', { scope: 'col', class: i > 4 || i === 0 ? 'num' : null }, h))));
  d.dataset.filled = '1';
}

function render(r, input, problems) {
  const parts = [];
  // Only what was given: a tier or a county where one was needed. An imported list: its own
  // start dates, lengths and tiers (the page's settings only where a row leaves a cell blank).
  const rows = batch && r.interns.length ? r.interns.map((it) => input.internList[it.index]) : null;
  const spread = (values) => {
    const v = [...new Set(values.filter((x) => x != null && x !== ''))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return v.length > 1 ? [v[0], v.at(-1)] : v;
  };
  const tiers = rows ? [...new Set(rows.map((g) => g.tier ?? input.tier).filter(Boolean))].sort((a, b) => a - b) : [input.tier].filter(Boolean);
  const starts = rows ? spread(r.interns.map((it) => it.startDate)) : [r.startDate];
  const lengths = rows ? spread(rows.map((g) => Number(g.months ?? input.months))) : [r.agreedMonths];
  const given = [txt(r.provinceName), tiers.length ? `${t('tier')} ${tiers.join(state.lang === 'en' ? ', ' : '、')}` : null, input.county ?? null, `${t('startDate')} ${starts.join(' – ')}`,
    `${lengths.join('–')} ${state.lang === 'en' ? 'months' : '个月'}`, `${r.retentionRate.denominator} ${state.lang === 'en' ? 'interns' : '人'}${batch ? t('aside')(batch.name) : ''}`, `${t('printed')} ${today()}`];
  parts.push(el('section', { class: 'inputs-summary' }, el('h2', {}, t('inputs')), el('p', {}, given.filter(Boolean).join(' · '))));
  for (const w of r.warnings) parts.push(el('p', { class: 'warn', role: 'note' }, txt(w)));
  for (const q of r.required) parts.push(el('p', { class: 'warn', role: 'note' }, plain(q, label)));
  const rr = r.retentionRate;
  const diff = difference(r);
  parts.push(el('h2', {}, t('summary')), el('dl', { class: 'totals', id: 'totals' },
    el('dt', {}, t('baseTotal')), el('dd', { id: 'baseTotal' }, money(r.baseTotal)),
    el('dt', {}, t('difference'), diff.note), el('dd', { id: 'retentionDifference' }, diff.shown),
    el('dt', {}, t('remaining')), el('dd', { id: 'remainingPeriodTotal' }, money(r.remainingPeriodTotal)),
    el('dt', { class: 'grand' }, t('total')), el('dd', { class: 'grand', id: 'total' }, r.total ? money(r.total) : t('unknown'))));
  // The definition and its source are the jurisdiction's, as the engine gives them. Where the
  // document does not define the rate, both readings: one line if they count alike, else each
  // with its figures, and the decision left open when they part on the threshold.
  const readings = rr.readings ?? [];
  const alike = readings.every((x) => x.numerator === readings[0].numerator && x.denominator === readings[0].denominator);
  const status = rr.meetsThreshold === true ? t('met') : rr.meetsThreshold === false ? t('notMet') : rr.readingsDisagree ? t('disagreeShort') : t('open');
  const verdict = (m) => (m === true ? t('met') : m === false ? t('notMet') : t('open'));
  const threshold = rr.thresholdPercent ? t('aside')(`${t('threshold')} ${rr.thresholdPercent}%`) : '';
  const figures = alike ? `${rr.numerator} / ${rr.denominator} = ${rr.percent}%` : readings.map((x, i) => `${t('reading')(i + 1)} ${x.numerator} / ${x.denominator} = ${x.percent}%`).join(state.lang === 'en' ? '; ' : '，');
  parts.push(el('p', { id: 'retention' }, `${t('rate')}${t('colon')}${figures}${threshold}${rr.thresholdPercent ? `${t('colon')}${status}` : ''}`),
    el('p', { class: 'hint', id: 'retention-definition' }, txt(rr.definition), readings.length > 1 && alike ? ` ${t('alike')}` : ''), cite(rr.source));
  if (readings.length > 1) {
    const list = el('ul', { class: 'plain hint', id: 'readings' }, readings.map((x) => el('li', {}, txt(x.text) + (alike ? '' : ` ${x.numerator} / ${x.denominator} = ${x.percent}%${rr.thresholdPercent ? `${t('colon')}${verdict(x.meetsThreshold)}` : ''}`), cite(x.source))));
    // Where they part, the engine's own warning (RETENTION_READINGS_DISAGREE) says so at the top: one box, not two.
    parts.push(alike ? el('details', { class: 'src' }, el('summary', {}, t('readingsTitle')), list) : list,
      rr.readingsDisagree && !r.warnings.some((w) => w.code === 'RETENTION_READINGS_DISAGREE') ? el('p', { class: 'warn', role: 'note', id: 'readings-disagree' }, t('disagree')) : null);
  }
  if (diff.paid !== false && diff.total != null) parts.push(el('p', { class: 'hint' }, t('payable').replace('{d}', r.differencePayableAfter)));
  parts.push(timeline(r));
  parts.push(el('h2', {}, t('standards')), el('ul', { class: 'plain' }, el('li', {}, t('base'), el('ul', {}, standard(r.baseStandard))), el('li', {}, t('raised'), el('ul', {}, standard(r.raisedStandard)))));
  // The difference column says what the summary says: paid, only if met, or nothing.
  const head = el('tr', {}, [t('monthCol'), t('period'), t('wage'), t('per'), t('count'), t('amount'), diff.paid === null ? t('diffIf') : t('diff')].map((h, i) => el('th', { class: i > 1 ? 'num' : null, scope: 'col' }, h)));
  const body = r.months.map((m) => el('tr', {}, el('td', { class: 'period' }, m.month), el('td', { class: 'period' }, `${m.from} – ${m.to}`), el('td', { class: 'num' }, num(m.minimumWage)),
    el('td', { class: 'num' }, num(m.perInternBase)), el('td', { class: 'num' }, m.internMonths), el('td', { class: 'num' }, num(m.amount)), el('td', { class: 'num' }, diff.paid === false ? '—' : num(m.difference))));
  parts.push(el('h2', {}, t('byMonth')), el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('byMonth') }, el('table', { id: 'month-table' }, el('thead', {}, head), el('tbody', {}, body),
    el('tfoot', {}, el('tr', {}, el('th', { colspan: 5, scope: 'row' }, t('total')), el('td', { class: 'num' }, num(r.baseTotal)), el('td', { class: 'num' }, num(diff.total)))))));
  const notes = [...new Map(r.months.flatMap((m) => m.notes).map((n) => [n.code + n.zh, n])).values()];
  for (const n of notes) parts.push(el('p', { class: 'hint' }, txt(n)));
  if (r.remainingPeriod.length) {
    parts.push(el('h2', {}, t('remainingTitle')), el('ul', { class: 'plain' }, r.remainingPeriod.map((x) => el('li', {},
      `${x.name ?? `#${x.intern + 1}`} · ${x.hiredOn} · ${x.eligible === true ? t('eligibleYes') : x.eligible === false ? t('eligibleNo') : t('eligibleUnknown')}${x.amount ? ` · ${money(x.amount)}` : ''}`,
      el('ul', { class: 'cond' }, x.conditions.map((c) => el('li', { class: c.status }, txt(c.detail)))), x.note ? el('p', { class: 'hint' }, txt(x.note)) : null, cite(x.source)))));
  }
  if (r.mode === 'list' && r.interns.length) {
    parts.push(el('details', { class: 'fold', id: 'per-intern' }, el('summary', {}, t('perIntern')(r.interns.length)),
      el('div', { class: 'table-wrap' }, el('table', { id: 'interns-table' }, el('thead'), el('tbody')))));
  }
  if (problems?.length) {
    parts.push(el('h2', {}, t('rejected')(new Set(problems.map((p) => p.row)).size)), el('div', { class: 'table-wrap' }, el('table', { id: 'problems' },
      el('thead', {}, el('tr', {}, [t('row'), t('column'), t('reason')].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, problems.map((p) => el('tr', {}, el('td', { class: 'num' }, String(p.row)), el('td', {}, p.column), el('td', {}, state.lang === 'en' ? p.reasonEn : p.reason)))))));
  }
  parts.push(el('h2', {}, t('notes')), el('ul', { class: 'plain' }, r.employerNotes.map((n) => el('li', {}, txt(n.text), cite(n.source)))));
  parts.push(el('h2', {}, t('rules')), el('ul', { class: 'plain' }, r.rules.map((n) => el('li', {}, txt(n)))));
  parts.push(el('h2', {}, t('docs')), el('ul', { class: 'plain' }, r.basis.documents.map((d) => el('li', {}, `${d.number} ${d.title}`))));
  const share = el('button', { type: 'button', class: 'link', id: 'share' }, t(batch ? 'shareBatch' : 'share'));
  share.addEventListener('click', async () => { try { await navigator.clipboard.writeText(location.href); share.textContent = t('copied'); } catch { prompt('', location.href); } });
  const print = el('button', { type: 'button', class: 'link', id: 'print' }, t('print'));
  print.addEventListener('click', () => window.print());
  const actions = [share, print];
  if (batch) {
    const exporter = (id, text, kind) => {
      const b = el('button', { type: 'button', class: 'link', id }, text);
      b.addEventListener('click', () => {
        const rows = batch.module.resultRows(current.r, batch.rowOf, current.input, current.problems);
        if (kind === 'xlsx') download('见习补贴测算.xlsx', batch.module.xlsx(rows, '测算'), XLSX); else download('见习补贴测算.csv', batch.module.csv(rows), 'text/csv');
      });
      return b;
    };
    actions.push(exporter('export-xlsx', t('exportX'), 'xlsx'), exporter('export-csv', t('exportC'), 'csv'));
  }
  parts.push(el('div', { class: 'actions' }, actions), batch ? el('p', { class: 'hint', id: 'batch-note' }, t('batchNote')) : null);
  morph($('result'), parts.filter(Boolean));
  $('result').hidden = false;
  const d = $('per-intern');
  if (d) { delete d.dataset.filled; fillInterns(); }
}

/** The minimum-wage notices the estimate used (basis.figures), each with the jurisdiction
 *  whose file cites it: the data line says where they come from. */
function wageNotices(r) {
  const of = (id) => data.jurisdictions.find((j) => j.documents.some((d) => d.id === id))?.id;
  return r.basis.figures.map((f) => ({ number: f.number, jurisdiction: of(f.document) }));
}

/** Shows the local-standard inputs when the notice leaves a figure open; true when that changed. */
function showLocal(r) {
  const open = (s) => s.required || s.supplied;
  const show = open(r.baseStandard) || open(r.raisedStandard);
  $('base-local').hidden = !open(r.baseStandard);
  $('raised-local').hidden = !open(r.raisedStandard);
  const notes = [r.baseStandard, r.raisedStandard].filter(open).map((s) => txt(s.note)).filter(Boolean);
  $('local-note').textContent = notes.join(' ');
  const changed = $('local').hidden === show;
  $('local').hidden = !show;
  return changed;
}

/** Something is still to be answered: said plainly, not as an error. */
function ask(text, extra) {
  morph($('result'), [el('p', { class: 'note', id: 'need' }, text, extra ?? '')]);
  $('result').hidden = false;
  current = null;
}

function update() {
  if (!engine) return;
  clearErrors();
  const list = mode() === 'list';
  $('cohort').hidden = list || !!batch || batchLink;
  $('list').hidden = !list || !!batch || batchLink;
  for (const r of document.querySelectorAll('input[name=mode]')) r.disabled = !!batch || batchLink;
  $('mode-batch').hidden = !batch;
  if (list && !batch && !$('rows').children.length) row();
  const input = readForm();
  if (!input.province) {
    const p = params.get('p');
    return ask((p && !spec.jurisdictions.some((j) => j.id === p) ? t('badProvince')(p) : '') + t('pickProvince'));
  }
  if (batchLink) {
    saveUrl(input);
    const b = el('button', { type: 'button', class: 'link', id: 'use-cohort' }, t('useCohort'));
    b.addEventListener('click', () => { batchLink = false; update(); });
    $('batch').open = true;
    return ask(t('batchLink'), el('span', {}, ' ', b));
  }
  // A count typed that is no number at all (a stray “e”): the browser gives it as blank.
  const cohort = !input.internList;
  const garbled = cohort && ['interns', 'retained'].find((id) => $(id).validity.badInput);
  if (garbled) {
    showPolicyData(dataInfo, data.jurisdictions);
    saveUrl(input);
    $(`${garbled}-error`).textContent = t('notNumber')(t('fields')[garbled]);
    $(`${garbled}-error`).hidden = false;
    $(garbled).setAttribute('aria-invalid', 'true');
    $('result').hidden = true;
    current = null;
    return;
  }
  try {
    let r = engine.estimateSubsidy(input);
    // The engine counts a cohort with no number retained as none retained: asked for instead.
    if (cohort && input.retained === undefined) {
      showPolicyData(dataInfo, data.jurisdictions);
      saveUrl(input);
      return ask(t('need') + label('retained'));
    }
    let given = input;
    if (showLocal(r)) { given = readForm(); r = engine.estimateSubsidy(given); }
    saveUrl(given);
    current = { r, input: given, problems: batch ? showBatch(r, given) : null };
    render(r, given, current.problems);
    showPolicyData(dataInfo, data.jurisdictions, r.basis.documents, wageNotices(r));
  } catch (e) {
    if (!e?.code) throw e;
    showPolicyData(dataInfo, data.jurisdictions);
    saveUrl(readForm());
    // A share of the minimum wage where the data has none (no tier to choose): an amount is
    // needed instead, said next to the share typed, not asked for as a tier.
    const local = readForm().localStandard; // as shown: the boxes may have opened just now
    if (e.code === 'TIER_REQUIRED' && $('tier').disabled && local) {
      const raised = !local.basePercent;
      const box = raised ? 'raised-error' : 'localStandard-error';
      $(box).textContent = t('noWageShare')(t('fields')[raised ? 'raisedAmount' : 'baseAmount']);
      $(box).hidden = false;
      $(raised ? 'raisedPercent' : 'basePercent').setAttribute('aria-invalid', 'true');
      $('result').hidden = true;
      current = null;
      return;
    }
    // A question not answered yet is asked for, in grey; only a wrong answer is an error.
    if (e.code === 'TIER_REQUIRED' || e.code === 'MISSING_FIELD') {
      const county = e.code === 'TIER_REQUIRED' && !$('county-field').hidden ? t('or') + t('fields').county : '';
      return ask(t('need') + (label(e.field) ?? e.field) + county);
    }
    showError(e, /^localStandard\.raised/.test(e.field) ? 'raised-error' : 'province-error', label);
    // A typed list's error, shown under the table, says which intern and marks that box.
    const at = !batch && e.field?.match(/^internList\[(\d+)\]\.?(\w*)/);
    if (at) {
      const who = t('intern')(Number(at[1]) + 1);
      const box = $('internList-error');
      if (!box.textContent.toLowerCase().includes(who.toLowerCase())) box.textContent = `${who}${t('colon')}${box.textContent}`;
      const tr = $('rows').children[Number(at[1])];
      (tr?.querySelector(`td[data-col="${at[2]}"] :is(input, select)`) ?? tr?.querySelector('select'))?.setAttribute('aria-invalid', 'true');
    }
    $('result').hidden = true;
    current = null;
  }
}

function download(name, bytes, type) {
  const a = el('a', { href: URL.createObjectURL(new Blob([bytes], { type })), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function status(text) {
  $('batch-status').textContent = text;
  $('batch-status').hidden = !text;
}

async function importFile(file) {
  const b = await loadBatch();
  const bytes = new Uint8Array(await file.arrayBuffer());
  let rows;
  try {
    rows = bytes[0] === 0x50 && bytes[1] === 0x4b ? b.parseXlsx(bytes) : b.parseCsv(b.decodeText(bytes));
  } catch {
    // The list imported before is no longer what the file box holds: back to the page's own numbers.
    batch = null;
    status(t('unread'));
    update();
    return;
  }
  const { interns, rowOf, problems } = b.toInterns(rows);
  batchLink = false;
  batch = { interns, rowOf, problems, name: file.name, module: b };
  $('clear-batch').hidden = false;
  if (!interns.length) {
    status([t('noRows'), ...problems.map((p) => (state.lang === 'en' ? p.reasonEn : p.reason))].join(' '));
    batch = null;
    update();
    return;
  }
  update();
}

/** The batch's status line, and every problem of every row left out. */
function showBatch(r, input) {
  const problems = batch.problems.concat(batch.module.rowProblems(batch.module.allRowErrors(engine.estimateSubsidy, input, r.rejectedRows), batch.rowOf, batch.interns));
  status(t('batchStatus')(batch.name, r.interns.length, r.rejectedRows.length));
  return problems;
}

let started = false;
async function main() {
  $('loading').hidden = false;
  ({ engine, info: dataInfo } = await loading);
  data = engine.policies();
  translate(T);
  document.title = t('title');
  spec = engine.formSpec();
  const p = params.get('p') ?? spec.defaultJurisdiction;
  const known = spec.jurisdictions.some((j) => j.id === p);
  options($('province'), spec.jurisdictions.map((j) => [j.id, txt(j.name)]), known ? p : '', known ? null : t('choose'));
  // Any length the engine takes; the notices' "一般为3—12个月" is its to say.
  options($('months'), Array.from({ length: 24 }, (_, i) => [String(i + 1), String(i + 1)]), params.get('m') ?? '6');
  $('startDate').value = params.get('s') ?? today();
  $('interns').value = params.get('n') ?? '1';
  $('retained').value = params.get('r') ?? '0';
  $('county').value = params.get('c') ?? '';
  for (const [id, key] of [['baseAmount', 'ba'], ['basePercent', 'bp'], ['raisedAmount', 'ra'], ['raisedPercent', 'rp']]) $(id).value = params.get(key) ?? '';
  if (params.get('L')) {
    document.querySelector('input[name=mode][value=list]').checked = true;
    try { for (const it of JSON.parse(params.get('L'))) row(it); } catch { row(); }
  }
  fillTiers();
  $('loading').hidden = true;
  $('form').hidden = false;
  $('province').addEventListener('change', () => { $('tier').value = ''; fillTiers(); });
  $('startDate').addEventListener('change', fillTiers);
  $('form').addEventListener('change', update);
  // Answered as it is typed: when a field is left, nothing on screen moves under the pointer.
  $('form').addEventListener('input', (e) => { if (e.target.type !== 'file') update(); });
  $('result').addEventListener('toggle', () => fillInterns(), true);
  addEventListener('beforeprint', () => fillInterns(true));
  $('add').addEventListener('click', () => { row(); update(); });
  $('file').addEventListener('change', (e) => { e.stopPropagation(); if (e.target.files[0]) importFile(e.target.files[0]); });
  $('template-xlsx').addEventListener('click', async () => { const b = await loadBatch(); download('见习人员名单模板.xlsx', b.xlsx(b.TEMPLATE, '见习人员'), XLSX); });
  $('template-csv').addEventListener('click', async () => { const b = await loadBatch(); download('见习人员名单模板.csv', b.csv(b.TEMPLATE), 'text/csv'); });
  $('clear-batch').addEventListener('click', () => { batch = null; $('file').value = ''; $('clear-batch').hidden = true; status(''); update(); });
  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'en' ? 'zh' : 'en';
    translate(T);
    document.title = t('title');
    for (const tr of $('rows').children) labelRow(tr); // at once, not at the next redraw
    const keep = $('province').value;
    options($('province'), spec.jurisdictions.map((j) => [j.id, txt(j.name)]), keep, keep ? null : t('choose'));
    fillTiers();
    update();
  });
  started = true;
  update();
}
main().catch((e) => { if (!started) $('loading').textContent = `${t('loading')} ✗ ${e}`; else throw e; });
