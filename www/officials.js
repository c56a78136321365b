// Tools for HR bureau staff: the monthly form's logic checks, report and review
// deadlines on the holiday calendar, and progress against the quota tables.
// Every figure and rule comes from the engine and the policy data.
import { $, el, cite, options, filesInMenuOrder, baselineJurisdiction, today, plain, sep } from './common.js';
import { loadPageEngine, showPolicyData } from './policy-data.js';

// The policy data is a file beside the page (preloaded with the .wasm): fetched at once.
const DATA_FILE = 'data/policies.json';
const loading = loadPageEngine('../pkg/jianxi.js', DATA_FILE, $('loading')); // the engine and its data, side by side
let dataInfo; // which data is in force (built-in, or the host's ?data= file), and any notice about it

let engine;

let data;
let spec; // formSpec(): the jurisdictions in menu order, the engine's description of the form
let forms = [];
const units = [];

function formDef() {
  return forms.find((f) => f.id === $('form-id').value) ?? forms[0];
}

function header() {
  const f = formDef();
  $('report').tHead.replaceChildren(el('tr', {}, el('th', { scope: 'col' }, '填报单位'),
    f.indicators.map((i) => el('th', { scope: 'col', class: 'num', title: i.name }, `${i.number}. ${i.name}（${i.unit}）`)), el('th', {}, '')));
}

function unitRow(values = { name: '', indicators: Array(14).fill('') }) {
  const tr = el('tr', {}, el('td', {}, el('input', { type: 'text', 'aria-label': '填报单位', value: values.name, maxlength: 40 })),
    values.indicators.map((v, k) => el('td', {}, el('input', { type: 'text', inputmode: 'decimal', 'aria-label': `指标${k + 1}`, value: String(v ?? ''), size: 5 }))),
    el('td', {}, el('button', { type: 'button', class: 'link', 'aria-label': '删除' }, '×')));
  tr.querySelector('button').addEventListener('click', () => { tr.remove(); check(); });
  $('report').tBodies[0].append(tr);
}

function readUnits() {
  return [...$('report').tBodies[0].rows].map((tr) => {
    const inputs = [...tr.querySelectorAll('input')];
    return { name: inputs[0].value.trim(), indicators: inputs.slice(1).map((i) => i.value.trim()) };
  });
}

/** An indicator as the form names it: "indicators[0]" → "指标1（…）", counted from 1. */
const indicator = (k) => { const i = formDef().indicators[k]; return i ? `指标${i.number}（${i.name}）` : `指标${k + 1}`; };
const label = (path) => { const m = path.match(/^indicators\[(\d+)\]$/); return m ? indicator(Number(m[1])) : { month: '统计月份', asOf: '申请提交日期', submittedOn: '申请提交日期', province: '省份' }[path]; };
const isNumber = (v) => /^-?\d+(\.\d+)?$/.test(v);

let lastResults = [];
function check() {
  const f = formDef();
  lastResults = readUnits().map((u, k) => {
    const cells = $('report').tBodies[0].rows[k].querySelectorAll('input');
    for (const input of cells) input.removeAttribute('aria-invalid');
    // Full-width digits as a Chinese keyboard may type them; a blank is missing, never 0.
    const values = u.indicators.map((v) => v.normalize('NFKC').trim());
    const row = k + 1; // the table's own row, as the person sees it
    if (values.every((v) => v === '')) return { unit: u, row, empty: true };
    const blank = values.flatMap((v, i) => (v === '' ? [i] : []));
    if (blank.length) return { unit: u, row, missing: blank };
    const bad = values.findIndex((v) => !isNumber(v));
    if (bad >= 0) {
      cells[bad + 1].setAttribute('aria-invalid', 'true');
      return { unit: u, row, error: { message: `${indicator(bad)}应填数字，现在是“${values[bad]}”。` } };
    }
    try {
      const r = engine.validateMonthlyReport({ form: f.id, indicators: values.map(Number) });
      for (const fail of r.failures) for (const n of fail.indicators) cells[n].setAttribute('aria-invalid', 'true');
      return { unit: u, row, result: r };
    } catch (e) {
      if (!e?.code) throw e;
      const m = e.field.match(/^indicators\[(\d+)\]$/);
      if (m) cells[Number(m[1]) + 1].setAttribute('aria-invalid', 'true');
      return { unit: u, row, error: { message: plain(e, label) } };
    }
  });
  $('report-results').replaceChildren(...lastResults.filter((x) => !x.empty).map((x) => {
    const name = x.unit.name || `第 ${x.row} 行`;
    if (x.missing) return el('p', { class: 'note' }, `${name}：还未填写 ${x.missing.map(indicator).join('、')}，填完后校验。`);
    if (x.error) return el('p', { class: 'error' }, `${name}：${x.error.message}`);
    return el('div', { class: 'cat' }, el('h3', {}, `${name}：${x.result.valid ? '全部逻辑关系成立' : `${x.result.failures.length} 项逻辑关系不成立`}`),
      el('ul', { class: 'cond' }, x.result.checks.map((c) => el('li', { class: c.passed ? 'passed' : 'failed' }, c.check,
        ...x.result.failures.filter((fl) => fl.check === c.check).map((fl) => el('span', {}, `：${fl.detail.zh}（${fl.indicators.map((n, i) => `${n} ${fl.names[i]}`).join('，')}）`))))),
      cite(x.result.source));
  }));
}

async function importReport(file) {
  const b = await import('./batch.js');
  const rows = b.parseCsv(b.decodeText(new Uint8Array(await file.arrayBuffer()))).filter((r) => r.some((c) => c.trim() !== ''));
  // A header row: "填报单位", or any indicator cell that is not a number ("1. 本月新增…", as this page exports).
  const head = rows[0] ?? [];
  const start = rows.length && (head[0]?.trim() === '填报单位' || head.slice(1, 15).some((c) => c.trim() !== '' && !isNumber(c.normalize('NFKC').trim()))) ? 1 : 0;
  $('report').tBodies[0].replaceChildren();
  for (const r of rows.slice(start)) unitRow({ name: r[0] ?? '', indicators: Array.from({ length: 14 }, (_, i) => r[i + 1] ?? '') });
  check();
}

async function exportReport() {
  const b = await import('./batch.js');
  const f = formDef();
  const rows = [['填报单位', ...f.indicators.map((i) => `${i.number}. ${i.name}`), ...f.checks.map((c) => c.name), '问题']];
  for (const x of lastResults.filter((r) => !r.empty)) {
    rows.push([x.unit.name, ...x.unit.indicators, ...f.checks.map((c) => (x.result ? (x.result.checks.find((r) => r.check === c.name).passed ? '成立' : '不成立') : '')),
      x.missing ? `未填写：${x.missing.map(indicator).join('、')}` : x.error ? x.error.message : x.result.failures.map((fl) => fl.detail.zh).join('；')]);
  }
  const a = el('a', { href: URL.createObjectURL(new Blob([b.csv(rows)], { type: 'text/csv' })), download: `${f.name.zh}-校验结果.csv` });
  document.body.append(a);
  a.click();
  a.remove();
}

/** A deadline counted on weekdays only (a year whose holidays are not published yet). */
const provisional = (yes) => (yes ? el('span', { class: 'tag' }, '暂定') : '');
const notes = (list) => (list?.length ? el('ul', { class: 'plain hint' }, list.map((n) => el('li', {}, n.zh))) : '');

function deadlines() {
  $('deadline-error').hidden = true;
  const province = $('dl-province').value;
  const fail = (id, e) => {
    if (!e?.code) throw e;
    $(id).replaceChildren();
    $('deadline-error').textContent = plain(e, label);
    $('deadline-error').hidden = false;
  };
  // A date not given yet is asked for, not called wrong.
  const ask = (id, what) => { $(id).replaceChildren(el('p', { class: 'note' }, `填写${what}后显示时限。`)); };
  // What the engine says of the rules on the later of the dates (a provincial notice
  // expired, notices that speak only of earlier plans), as the other pages say it.
  const dates = [];
  if (!$('dl-month').value) ask('report-deadline', '统计月份');
  else try {
    const month = $('dl-month').value;
    const r = engine.reportDeadline({ province, month });
    dates.push(r.deadline);
    const a = r.annualReport;
    $('report-deadline').replaceChildren(el('p', {}, `${month} 的月度汇总表报送截止：`, el('strong', { id: 'report-deadline-date' }, r.deadline), ' ', provisional(r.provisional), `（${r.rule.zh}）`, cite(r.source)),
      notes(r.notes),
      a ? el('p', { id: 'annual-report' }, a.rule.zh, cite(a.source)) : '');
  } catch (e) { fail('report-deadline', e); }
  if (!$('dl-applied').value) ask('review-deadline', '申请提交日期');
  else try {
    const day = $('dl-applied').value;
    dates.push(day);
    // Whose application matters: the notices set review times for employers' applications,
    // and only some (Gansu, Hunan) for young people's own ([1/7] ruling 2).
    const line = (applicant, who) => {
      const a = engine.reviewDeadline({ province, submittedOn: day, applicant });
      const head = `${who}${day} 提交的见习申请：`;
      if (!a.deadline) return el('div', { id: `review-${applicant}` }, el('p', {}, `${who}提交的见习申请：`, a.notes.map((n) => n.zh).join(' ') || '文件没有规定审核时限。'));
      return el('div', { id: `review-${applicant}` }, el('p', {}, head, `应在 ${a.workingDays} 个工作日内、即 `, el('strong', { id: applicant === 'employer' ? 'review-deadline-date' : 'review-youth-date' }, a.deadline), ' 前提出审核意见。', provisional(a.provisional), cite(a.source)),
        notes(a.notes));
    };
    $('review-deadline').replaceChildren(line('employer', '用人单位 '), line('youth', '个人（毕业生、失业青年）'));
  } catch (e) { fail('review-deadline', e); }
  const asOf = dates.sort().pop();
  let warnings = [];
  try { if (asOf) warnings = engine.checkEligibility({ province, asOf }).basis.warnings; } catch { /* a bad date is said above */ }
  $('deadline-warnings').replaceChildren(...warnings.map((w) => el('p', {}, w.zh)));
  $('deadline-warnings').hidden = !warnings.length;
}

/** Progress entered for a region: a whole number from 0 up to ten times its target
 *  (more is taken for a slip of the keyboard); anything else is said, and not counted. */
function progressError(v, target) {
  if (v === '') return null;
  if (!/^\d+$/.test(v)) return '请填写 0 或正整数（人数、岗位数）。';
  if (Number(v) > target * 10) return `超过目标 ${sep(target)} 的 10 倍，请检查是否多输了数字。`;
  return null;
}

function quotas() {
  const all = data.jurisdictions.flatMap((j) => (j.quotas ?? []).map((q) => ({ ...q, jurisdiction: j })));
  const q = all.find((x) => x.id === $('quota-id').value) ?? all[0];
  const url = new URLSearchParams(location.search);
  let progress = {};
  try { progress = JSON.parse(url.get(`q-${q.id}`) ?? '{}') ?? {}; } catch { /* a damaged link: start empty */ }
  const head = el('tr', {}, el('th', { scope: 'col' }, '地区'), q.columns.map((c) => el('th', { scope: 'col', class: 'num' }, `${c.zh}（目标）`)), el('th', { scope: 'col', class: 'num' }, '已完成'), el('th', { scope: 'col', class: 'num' }, '完成率'));
  const save = () => {
    const p = Object.fromEntries([...$('quota').querySelectorAll('tbody tr')].map((tr) => [tr.dataset.region, tr.querySelector('input')]).filter(([, i]) => i.value !== '' && !i.hasAttribute('aria-invalid')).map(([k, i]) => [k, i.value]));
    const params = new URLSearchParams(location.search);
    params.set('q', q.id); // the link reopens this table
    params.set(`q-${q.id}`, JSON.stringify(p));
    history.replaceState(null, '', `?${params}`);
  };
  const body = q.rows.map((r) => {
    const input = el('input', { type: 'text', inputmode: 'numeric', 'aria-label': `${r.region}已完成`, value: String(progress[r.region] ?? ''), 'aria-describedby': `q-err-${r.region}` });
    const share = el('td', { class: 'num' });
    const error = el('span', { class: 'error', id: `q-err-${r.region}`, hidden: true });
    const show = () => {
      const v = input.value.normalize('NFKC').trim();
      const problem = progressError(v, r.values[0]);
      error.textContent = problem ?? '';
      error.hidden = !problem;
      if (problem) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
      share.textContent = v === '' || problem ? '—' : `${((Number(v) / r.values[0]) * 100).toFixed(1)}%`;
    };
    input.addEventListener('input', () => { show(); save(); totals(); });
    show();
    return el('tr', { 'data-region': r.region }, el('th', { scope: 'row' }, r.region), r.values.map((v) => el('td', { class: 'num' }, sep(v))), el('td', {}, input, error), share);
  });
  const foot = el('tr', {}, el('th', { scope: 'row' }, '合计'), q.columns.map((_, i) => el('td', { class: 'num' }, sep(q.rows.reduce((a, r) => a + r.values[i], 0)))), el('td', { class: 'num', id: 'quota-done' }), el('td', { class: 'num', id: 'quota-share' }));
  $('quota').replaceChildren(el('thead', {}, head), el('tbody', {}, body), el('tfoot', {}, foot));
  const totals = () => {
    const done = [...$('quota').querySelectorAll('tbody input:not([aria-invalid])')].reduce((a, i) => a + (Number(i.value.normalize('NFKC').trim()) || 0), 0);
    const target = q.rows.reduce((a, r) => a + r.values[0], 0);
    $('quota-done').textContent = sep(done);
    $('quota-share').textContent = `${((done / target) * 100).toFixed(1)}%`;
  };
  totals();
  $('quota-source').replaceChildren(`${q.jurisdiction.name.zh}：${q.title.zh}`, cite({ ...q.source, number: (q.jurisdiction.documents.find((d) => d.id === q.source.document) ?? {}).number ?? '' }));
}

async function main() {
  $('loading').hidden = false;
  ({ engine, info: dataInfo } = await loading);
  data = engine.policies();
  showPolicyData(dataInfo, data.jurisdictions);
  // The menus are the engine's (formSpec): jurisdictions in menu order, starting from the
  // rules the others fall back to (the national ones); the page keeps no list of its own.
  spec = engine.formSpec();
  const home = baselineJurisdiction(spec);
  const files = filesInMenuOrder(spec, data);
  forms = files.flatMap((j) => j.reportForms ?? []);
  const homeForm = files.find((j) => j.id === home)?.reportForms?.[0] ?? forms[0];
  options($('form-id'), forms.map((f) => [f.id, f.name.zh]), homeForm?.id);
  header();
  unitRow();
  $('form-id').addEventListener('change', () => { header(); check(); });
  $('report').addEventListener('input', check);
  $('add-unit').addEventListener('click', () => unitRow());
  $('report-file').addEventListener('change', (e) => e.target.files[0] && importReport(e.target.files[0]));
  $('export-report').addEventListener('click', exportReport);
  options($('dl-province'), spec.jurisdictions.map((j) => [j.id, j.name.zh]), home);
  const d = new Date();
  $('dl-month').value = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  $('dl-applied').value = today();
  for (const id of ['dl-province', 'dl-month', 'dl-applied']) $(id).addEventListener('change', deadlines);
  deadlines();
  const all = files.flatMap((j) => (j.quotas ?? []).map((q) => [q.id, `${j.name.zh}：${q.title.zh}`]));
  // A shared link reopens its table: the one it names, else the first it holds progress for.
  const url = new URLSearchParams(location.search);
  const linked = all.find(([id]) => id === url.get('q')) ?? all.find(([id]) => url.has(`q-${id}`)) ?? all[0];
  options($('quota-id'), all, linked[0]);
  $('quota-id').addEventListener('change', quotas);
  quotas();
  $('loading').hidden = true;
  for (const s of ['report-section', 'deadline-section', 'quota-section']) $(s).hidden = false;
}
main();
