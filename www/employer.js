// The employer's estimate: monthly base subsidy, the one-time retention difference
// ("1+1"), the remaining-period subsidy, totals, every figure with its source.
// The engine in pkg/ computes; this page collects input, shows and prints.
import init, { estimateSubsidy, policies, loadPolicies } from '../pkg/jianxi.js';
import { startEngine, showPolicyData } from './policy-data.js';
import { $, el, params, state, txt, today, cite, options, jurisdictionsInOrder, translate, showError, clearErrors } from './common.js';

const T = {
  zh: {
    title: '就业见习补贴测算（用人单位）', loading: '正在加载……', province: '省份', tier: '最低工资类别', county: '或填写县（市、区）名称', startDate: '见习开始日期',
    months: '约定见习期限（月）', mode: '见习人员', cohort: '按人数', list: '逐人填写（含提前离开、提前留用）', interns: '见习人数', retained: '见习期满留用人数',
    name: '姓名（可不填）', outcome: '结果', outcomeDate: '日期', contractMonths: '合同（月）', socialInsurance: '缴社保', remove: '删除', add: '＋ 添加一人',
    local: '当地标准（文件未规定，请按当地规定填写）', baseAmount: '每人每月补贴（元）', basePercent: '或：最低工资的百分比（%）', raisedAmount: '留用率达标后每人每月（元）',
    raisedPercent: '或：最低工资的百分比（%）', dataDate: '政策数据日期：', offline: '本页不收集、不上传、不保存任何信息。', youth: '见习资格自测（求职者）',
    lead: '按所在省份的文件测算每月见习补贴、留用率达标后见习结束时一次性发放的差额（“1+1”模式）和提前留用的剩余期限补贴。每个数字都注明出处。计算在本机完成，不上传任何信息。',
    choose: '请选择', noWage: '（无最低工资数据）', since: '起', perMonth: '元/月',
    outcomes: { inProgress: '见习中', completed: '期满未留用', retained: '期满留用', leftEarly: '提前离开', hiredEarly: '提前留用（签合同）' },
    summary: '测算结果', baseTotal: '按月发放的基础补贴合计', difference: '见习结束后一次性发放的差额', potential: '（如留用率达标）', remaining: '剩余期限见习补贴', total: '合计',
    unknown: '待定', needLocal: '需要当地标准', rate: '见习留用率', threshold: '门槛', met: '达标，适用提高后的标准', notMet: '未达标，按基础标准', open: '尚未确定（仍有人员在见习中）',
    standards: '补贴标准', base: '基础标准', raised: '留用率达标后的标准', byMonth: '逐月明细', monthCol: '月份', period: '期间', wage: '最低工资', per: '每人基础补贴', count: '人月', amount: '基础补贴', diff: '差额',
    remainingTitle: '提前留用的剩余期限补贴', eligibleYes: '符合', eligibleNo: '不符合', eligibleUnknown: '无法判断', notes: '税费与申领', rules: '测算规则', docs: '依据的文件',
    share: '复制本测算的链接', print: '打印 / 存为 PDF（A4）', copied: '链接已复制', inputs: '测算条件', printed: '测算日期', payable: '差额在见习结束（{d}）后申领',
    batch: '从 Excel / CSV 导入见习人员名单（批量测算）', file: '选择文件（.xlsx 或 .csv，UTF-8 或 GBK）', templateXlsx: '下载模板（.xlsx）', templateCsv: '下载模板（.csv）', clearBatch: '清除导入',
    batchHint: '每行一人。表头：姓名、见习开始日期、约定见习月数、结果、结果日期、劳动合同月数、是否缴纳社保、最低工资类别（空白时用上面的设置）。文件只在本机读取，不上传。',
    kinds: { fixed: '固定金额', increment: '在基础标准上增加', minimumWageShare: '当地月最低工资的', local: '文件未规定，需当地标准' }, supplied: '（你填写的当地标准）',
  },
  en: {
    title: 'Internship subsidy estimate (employers)', loading: 'Loading…', province: 'Province', tier: 'Minimum-wage tier', county: 'or the county name', startDate: 'Internship start date',
    months: 'Agreed length (months)', mode: 'Interns', cohort: 'By number', list: 'One by one (incl. leaving or hired early)', interns: 'Number of interns', retained: 'Retained at the end',
    name: 'Name (optional)', outcome: 'Outcome', outcomeDate: 'Date', contractMonths: 'Contract (months)', socialInsurance: 'Social insurance', remove: 'Remove', add: '+ Add an intern',
    local: 'Local standard (the notice leaves it open; enter your local figure)', baseAmount: 'Per intern per month (yuan)', basePercent: 'or: share of the minimum wage (%)', raisedAmount: 'With retention met, per intern per month (yuan)',
    raisedPercent: 'or: share of the minimum wage (%)', dataDate: 'Policy data as of ', offline: 'This page collects, uploads and stores nothing.', youth: 'Eligibility self-check (for youth)',
    lead: 'Estimates, under your province’s notices, the monthly internship subsidy, the one-time difference paid after the internship when retention is met (“1+1”), and the remaining-period subsidy for interns hired early. Every figure cites its source. Computed on this device; nothing is uploaded.',
    choose: 'Choose', noWage: '(no minimum wage data)', since: 'from', perMonth: 'yuan/month',
    outcomes: { inProgress: 'In progress', completed: 'Completed, not retained', retained: 'Completed, retained', leftEarly: 'Left early', hiredEarly: 'Hired early (contract)' },
    summary: 'Estimate', baseTotal: 'Base subsidy, paid monthly', difference: 'Difference, paid once after the internship', potential: '(if retention is met)', remaining: 'Remaining-period subsidy', total: 'Total',
    unknown: 'open', needLocal: 'local standard needed', rate: 'Retention rate', threshold: 'threshold', met: 'met: the raised standard applies', notMet: 'not met: base standard only', open: 'not settled yet (interns still in progress)',
    standards: 'Standards', base: 'Base standard', raised: 'Standard with retention met', byMonth: 'Month by month', monthCol: 'Month', period: 'Period', wage: 'Minimum wage', per: 'Base per intern', count: 'Intern-months', amount: 'Base', diff: 'Difference',
    remainingTitle: 'Remaining-period subsidy for interns hired early', eligibleYes: 'eligible', eligibleNo: 'not eligible', eligibleUnknown: 'cannot tell', notes: 'Tax and claims', rules: 'How it is computed', docs: 'Documents',
    share: 'Copy a link to this estimate', print: 'Print / save as PDF (A4)', copied: 'Link copied', inputs: 'Inputs', printed: 'Estimated on', payable: 'The difference is claimed after the internship ends ({d})',
    batch: 'Import a list of interns from Excel / CSV (batch estimate)', file: 'Choose a file (.xlsx or .csv, UTF-8 or GBK)', templateXlsx: 'Template (.xlsx)', templateCsv: 'Template (.csv)', clearBatch: 'Clear the import',
    batchHint: 'One intern per row. Headers (in Chinese, as in the template): name, start date, agreed months, outcome, outcome date, contract months, social insurance, tier (blank: the settings above). The file is read on this device only.',
    kinds: { fixed: 'fixed amount', increment: 'added to the base', minimumWageShare: 'of the local monthly minimum wage', local: 'left open: local standard needed' }, supplied: ' (your local standard)',
  },
};
const t = (k) => T[state.lang][k] ?? T.zh[k];
let data;
/** An imported spreadsheet: its interns and the sheet row of each. */
let batch = null;
const loadBatch = () => import('./batch.js');

const jurisdiction = () => data.jurisdictions.find((j) => j.id === $('province').value);

function wageOn(j, date) {
  const entries = j?.minimumWage?.entries ?? [];
  return [...entries].reverse().find((e) => e.from <= date) ?? null;
}

function fillTiers() {
  const j = jurisdiction();
  const table = j?.minimumWage;
  const chosen = $('tier').value || params.get('t');
  if (!table) {
    options($('tier'), [], '', t('noWage'));
    $('tier').disabled = true;
    $('tier-hint').textContent = '';
  } else {
    $('tier').disabled = false;
    const e = wageOn(j, $('startDate').value || today());
    options($('tier'), table.tierNames.map((n, i) => {
      const amount = e?.amounts[i];
      return [String(i + 1), amount ? `${txt(n)} · ${amount} ${t('perMonth')}（${e.from} ${t('since')}）` : txt(n)];
    }), chosen, t('choose'));
    $('tier-hint').textContent = txt(table.note);
  }
  $('county-field').hidden = !table?.countyLists?.length;
}

function row(values = {}) {
  const outcome = el('select', { 'aria-label': t('outcome') }, Object.entries(t('outcomes')).map(([v, label]) => el('option', { value: v }, label)));
  outcome.value = values.outcome ?? 'inProgress';
  const tr = el('tr', {},
    el('td', {}, el('input', { type: 'text', maxlength: 40, 'aria-label': t('name'), value: values.name ?? '' })),
    el('td', {}, outcome),
    el('td', {}, el('input', { type: 'date', 'aria-label': t('outcomeDate'), value: values.outcomeDate ?? '' })),
    el('td', {}, el('input', { type: 'number', min: 0, max: 1200, step: 1, inputmode: 'numeric', 'aria-label': t('contractMonths'), value: values.contractMonths ?? '' })),
    el('td', {}, el('input', { type: 'checkbox', 'aria-label': t('socialInsurance'), checked: values.socialInsurance === true })),
    el('td', {}, el('button', { type: 'button', class: 'link', 'aria-label': t('remove') }, '×')));
  tr.querySelector('button').addEventListener('click', () => { tr.remove(); update(); });
  $('rows').append(tr);
}

function readRows() {
  return [...$('rows').children].map((tr) => {
    const [name, outcome, date, contract, si] = tr.querySelectorAll('input, select');
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

function readForm() {
  const input = { province: $('province').value, startDate: $('startDate').value, months: Number($('months').value) };
  if ($('tier').value) input.tier = Number($('tier').value);
  if (!$('county-field').hidden && $('county').value.trim()) input.county = $('county').value.trim();
  if (batch) {
    input.internList = batch.interns;
    input.skipInvalidRows = true;
  } else if (document.querySelector('input[name=mode]:checked').value === 'list') input.internList = readRows();
  else {
    input.interns = $('interns').value === '' ? undefined : Number($('interns').value);
    input.retained = $('retained').value === '' ? 0 : Number($('retained').value);
  }
  if (!$('local').hidden) {
    const local = {};
    for (const k of ['baseAmount', 'basePercent', 'raisedAmount', 'raisedPercent']) if ($(k).value.trim()) local[k] = $(k).value.trim();
    if (Object.keys(local).length) input.localStandard = local;
  }
  return input;
}

function saveUrl(input) {
  const q = new URLSearchParams({ p: input.province, s: input.startDate, m: String(input.months) });
  if (input.tier) q.set('t', input.tier);
  if (input.county) q.set('c', input.county);
  if (batch) { /* an imported list stays on this device: not in the URL */ } else if (input.internList) q.set('L', JSON.stringify(input.internList));
  else { if (input.interns !== undefined) q.set('n', input.interns); q.set('r', input.retained); }
  for (const [k, short] of [['baseAmount', 'ba'], ['basePercent', 'bp'], ['raisedAmount', 'ra'], ['raisedPercent', 'rp']]) if (input.localStandard?.[k]) q.set(short, input.localStandard[k]);
  if (state.lang === 'en') q.set('lang', 'en');
  for (const k of ['embed', 'accent', 'data']) if (params.get(k)) q.set(k, params.get(k));
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

const money = (m) => (m == null ? t('unknown') : `${Number(m).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`.replace(' 元', state.lang === 'en' ? ' yuan' : ' 元'));

function standard(s) {
  const what = s.kind === 'minimumWageShare' ? `${s.percent}% ${t('kinds').minimumWageShare}` : s.amount ? `${s.amount} ${t('perMonth')} · ${t('kinds')[s.kind]}` : t('kinds')[s.kind];
  return el('li', {}, what + (s.supplied ? t('supplied') : ''), s.note && (s.required || s.supplied) ? el('p', { class: 'hint' }, txt(s.note)) : null, cite(s.source));
}

function render(r, input) {
  const parts = [];
  parts.push(el('section', { class: 'inputs-summary' }, el('h2', {}, t('inputs')), el('p', {},
    `${txt(r.provinceName)} · ${input.tier ? `${t('tier')} ${input.tier}` : ''} ${input.county ?? ''} · ${t('startDate')} ${r.startDate} · ${r.agreedMonths} ${state.lang === 'en' ? 'months' : '个月'} · ` +
    `${r.retentionRate.denominator} ${state.lang === 'en' ? 'interns' : '人'} · ${t('printed')} ${today()}`)));
  for (const w of r.warnings) parts.push(el('p', { class: 'warn', role: 'note' }, txt(w)));
  for (const q of r.required) parts.push(el('p', { class: 'warn', role: 'note' }, txt(q)));
  const rr = r.retentionRate;
  const diff = r.retentionDifference ?? (r.potentialDifference ? `${money(r.potentialDifference)} ${t('potential')}` : null);
  parts.push(el('h2', {}, t('summary')), el('dl', { class: 'totals', id: 'totals' },
    el('dt', {}, t('baseTotal')), el('dd', { id: 'baseTotal' }, money(r.baseTotal)),
    el('dt', {}, t('difference')), el('dd', { id: 'retentionDifference' }, r.retentionDifference != null ? money(r.retentionDifference) : diff ?? t('unknown')),
    el('dt', {}, t('remaining')), el('dd', { id: 'remainingPeriodTotal' }, money(r.remainingPeriodTotal)),
    el('dt', { class: 'grand' }, t('total')), el('dd', { class: 'grand', id: 'total' }, r.total ? money(r.total) : t('unknown'))));
  const status = rr.meetsThreshold === true ? t('met') : rr.meetsThreshold === false ? t('notMet') : t('open');
  parts.push(el('p', { id: 'retention' }, `${t('rate')}: ${rr.numerator} / ${rr.denominator} = ${rr.percent}%` + (rr.thresholdPercent ? `（${t('threshold')} ${rr.thresholdPercent}%）: ${status}` : '')),
    el('p', { class: 'hint' }, txt(rr.definition)), cite(rr.source));
  if (r.retentionDifference != null || r.potentialDifference != null) parts.push(el('p', { class: 'hint' }, t('payable').replace('{d}', r.differencePayableAfter)));
  parts.push(el('h2', {}, t('standards')), el('ul', { class: 'plain' }, el('li', {}, t('base'), el('ul', {}, standard(r.baseStandard))), el('li', {}, t('raised'), el('ul', {}, standard(r.raisedStandard)))));
  const head = el('tr', {}, [t('monthCol'), t('period'), t('wage'), t('per'), t('count'), t('amount'), t('diff')].map((h, i) => el('th', { class: i > 1 ? 'num' : null, scope: 'col' }, h)));
  const body = r.months.map((m) => el('tr', {}, el('td', {}, m.month), el('td', {}, `${m.from} – ${m.to}`), el('td', { class: 'num' }, m.minimumWage ?? '—'),
    el('td', { class: 'num' }, m.perInternBase ?? '—'), el('td', { class: 'num' }, m.internMonths), el('td', { class: 'num' }, m.amount ?? '—'), el('td', { class: 'num' }, m.difference ?? '—')));
  parts.push(el('h2', {}, t('byMonth')), el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': t('byMonth') }, el('table', { id: 'months' }, el('thead', {}, head), el('tbody', {}, body),
    el('tfoot', {}, el('tr', {}, el('th', { colspan: 5, scope: 'row' }, t('total')), el('td', { class: 'num' }, r.baseTotal ?? '—'), el('td', { class: 'num' }, r.potentialDifference ?? '—'))))));
  const notes = [...new Map(r.months.flatMap((m) => m.notes).map((n) => [n.code + n.zh, n])).values()];
  for (const n of notes) parts.push(el('p', { class: 'hint' }, txt(n)));
  if (r.remainingPeriod.length) {
    parts.push(el('h2', {}, t('remainingTitle')), el('ul', { class: 'plain' }, r.remainingPeriod.map((x) => el('li', {},
      `${x.name ?? `#${x.intern + 1}`} · ${x.hiredOn} · ${x.eligible === true ? t('eligibleYes') : x.eligible === false ? t('eligibleNo') : t('eligibleUnknown')}${x.amount ? ` · ${money(x.amount)}` : ''}`,
      el('ul', { class: 'cond' }, x.conditions.map((c) => el('li', { class: c.status }, txt(c.detail)))), cite(x.source)))));
  }
  parts.push(el('h2', {}, t('notes')), el('ul', { class: 'plain' }, r.employerNotes.map((n) => el('li', {}, txt(n.text), cite(n.source)))));
  parts.push(el('h2', {}, t('rules')), el('ul', { class: 'plain' }, r.rules.map((n) => el('li', {}, txt(n)))));
  parts.push(el('h2', {}, t('docs')), el('ul', { class: 'plain' }, r.basis.documents.map((d) => el('li', {}, `${d.number} ${d.title}`))));
  const share = el('button', { type: 'button', class: 'link' }, t('share'));
  share.addEventListener('click', async () => { try { await navigator.clipboard.writeText(location.href); share.textContent = t('copied'); } catch { prompt('', location.href); } });
  const print = el('button', { type: 'button', class: 'link', id: 'print' }, t('print'));
  print.addEventListener('click', () => window.print());
  parts.push(el('div', { class: 'actions' }, share, print));
  $('result').replaceChildren(...parts);
  $('result').hidden = false;
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

function update() {
  clearErrors();
  const list = document.querySelector('input[name=mode]:checked').value === 'list';
  $('cohort').hidden = list || !!batch;
  $('list').hidden = !list || !!batch;
  if (list && !batch && !$('rows').children.length) row();
  try {
    let input = readForm();
    let r = estimateSubsidy(input);
    if (showLocal(r)) { input = readForm(); r = estimateSubsidy(input); }
    saveUrl(input);
    render(r, input);
    showPolicyData(dataInfo, data.dataDate, r.basis.documents);
    if (batch) showBatch(r);
  } catch (e) {
    if (!e?.code) throw e;
    saveUrl(readForm());
    showPolicyData(dataInfo, data.dataDate);
    showError(e, 'province-error');
    $('result').hidden = true;
  }
}

function download(name, bytes, type) {
  const a = el('a', { href: URL.createObjectURL(new Blob([bytes], { type })), download: name });
  document.body.append(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function importFile(file) {
  const b = await loadBatch();
  const bytes = new Uint8Array(await file.arrayBuffer());
  let rows;
  try {
    rows = bytes[0] === 0x50 && bytes[1] === 0x4b ? b.parseXlsx(bytes) : b.parseCsv(b.decodeText(bytes));
  } catch {
    batch = null;
    $('batch-status').textContent = state.lang === 'en' ? 'The file could not be read as .xlsx or .csv.' : '文件无法按 .xlsx 或 .csv 读取。';
    $('batch-status').hidden = false;
    return;
  }
  const { interns, rowOf, problems } = b.toInterns(rows);
  batch = { interns, rowOf, problems, name: file.name, module: b };
  $('clear-batch').hidden = false;
  if (!interns.length) {
    $('batch-status').textContent = state.lang === 'en' ? 'No intern rows found.' : '没有找到见习人员数据行。';
    $('batch-status').hidden = false;
    showProblems(problems);
    return;
  }
  update();
}

function showProblems(list) {
  $('batch-problems').replaceChildren(list.length ? el('table', { id: 'problems' },
    el('thead', {}, el('tr', {}, [state.lang === 'en' ? 'Row' : '行号', state.lang === 'en' ? 'Column' : '列', state.lang === 'en' ? 'Reason' : '原因'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, list.map((p) => el('tr', {}, el('td', { class: 'num' }, String(p.row)), el('td', {}, p.column), el('td', {}, state.lang === 'en' ? p.reasonEn : p.reason))))) : '');
}

function showBatch(r) {
  const problems = batch.problems.concat(batch.module.rowProblems(r.rejectedRows, batch.rowOf));
  const ok = r.interns.length;
  $('batch-status').textContent = state.lang === 'en'
    ? `${batch.name}: ${ok} interns computed, ${r.rejectedRows.length} rows with errors (listed below, not counted).`
    : `${batch.name}：已计算 ${ok} 人，${r.rejectedRows.length} 行有错误（见下表，未计入）。`;
  $('batch-status').hidden = false;
  showProblems(problems);
  const rows = batch.module.resultRows(r, batch.rowOf);
  const xlsxButton = el('button', { type: 'button', class: 'link', id: 'export-xlsx' }, state.lang === 'en' ? 'Export .xlsx' : '导出 .xlsx');
  xlsxButton.addEventListener('click', () => download('见习补贴测算.xlsx', batch.module.xlsx(rows, '测算'), XLSX));
  const csvButton = el('button', { type: 'button', class: 'link', id: 'export-csv' }, state.lang === 'en' ? 'Export .csv' : '导出 .csv');
  csvButton.addEventListener('click', () => download('见习补贴测算.csv', batch.module.csv(rows), 'text/csv'));
  $('result').querySelector('.actions').append(xlsxButton, csvButton);
}

let dataInfo; // which data is in force (built-in, or the host's ?data= file), and any notice about it

async function main() {
  dataInfo = await startEngine(init, { loadPolicies }, 'data/policies.json');
  data = policies();
  $('dataDate').textContent = data.dataDate;
  translate(T);
  document.title = t('title');
  options($('province'), jurisdictionsInOrder(data).map((j) => [j.id, txt(j.name)]), params.get('p') ?? 'henan');
  options($('months'), Array.from({ length: 12 }, (_, i) => [String(i + 1), String(i + 1)]), params.get('m') ?? '6');
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
  $('add').addEventListener('click', () => { row(); update(); });
  $('file').addEventListener('change', (e) => { e.stopPropagation(); if (e.target.files[0]) importFile(e.target.files[0]); });
  $('template-xlsx').addEventListener('click', async () => { const b = await loadBatch(); download('见习人员名单模板.xlsx', b.xlsx(b.TEMPLATE, '见习人员'), XLSX); });
  $('template-csv').addEventListener('click', async () => { const b = await loadBatch(); download('见习人员名单模板.csv', b.csv(b.TEMPLATE), 'text/csv'); });
  $('clear-batch').addEventListener('click', () => { batch = null; $('file').value = ''; $('clear-batch').hidden = true; $('batch-status').hidden = true; showProblems([]); update(); });
  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'en' ? 'zh' : 'en';
    translate(T);
    document.title = t('title');
    const keep = $('province').value;
    options($('province'), jurisdictionsInOrder(data).map((j) => [j.id, txt(j.name)]), keep);
    fillTiers();
    update();
  });
  update();
}
main().catch((e) => { $('loading').textContent = `${t('loading')} ✗ ${e}`; });
