// Tools for HR bureau staff: the monthly form's logic checks, report and review
// deadlines on the holiday calendar, and progress against the quota tables.
// Every figure and rule comes from the engine and the policy data.
import init, { validateMonthlyReport, reportDeadline, checkEligibility, policies, loadPolicies } from '../pkg/jianxi.js';
import { startEngine, showPolicyData } from './policy-data.js';
import { $, el, cite, options, jurisdictionsInOrder, today } from './common.js';

let data;
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

let lastResults = [];
function check() {
  const f = formDef();
  lastResults = readUnits().map((u, k) => {
    for (const input of $('report').tBodies[0].rows[k].querySelectorAll('input')) input.removeAttribute('aria-invalid');
    if (u.indicators.every((v) => v === '')) return { unit: u, empty: true };
    try {
      const r = validateMonthlyReport({ form: f.id, indicators: u.indicators.map((v) => (v === '' ? 0 : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v)) });
      for (const fail of r.failures) for (const n of fail.indicators) $('report').tBodies[0].rows[k].querySelectorAll('input')[n].setAttribute('aria-invalid', 'true');
      return { unit: u, result: r };
    } catch (e) {
      return { unit: u, error: e };
    }
  });
  $('report-results').replaceChildren(...lastResults.filter((x) => !x.empty).map((x, k) => {
    const name = x.unit.name || `第 ${k + 1} 行`;
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
  const start = rows.length && !/^-?\d/.test(rows[0][1] ?? '') ? 1 : 0; // a header row
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
      x.error ? x.error.message : x.result.failures.map((fl) => fl.detail.zh).join('；')]);
  }
  const a = el('a', { href: URL.createObjectURL(new Blob([b.csv(rows)], { type: 'text/csv' })), download: `${f.name.zh}-校验结果.csv` });
  document.body.append(a);
  a.click();
  a.remove();
}

function deadlines() {
  $('deadline-error').hidden = true;
  const province = $('dl-province').value;
  try {
    const r = reportDeadline({ province, month: $('dl-month').value });
    $('report-deadline').replaceChildren(`${$('dl-month').value} 的月度汇总表报送截止：`, el('strong', { id: 'report-deadline-date' }, r.deadline), `（${r.rule.zh}）`, cite(r.source));
  } catch (e) {
    $('report-deadline').textContent = '';
    $('deadline-error').textContent = e.message;
    $('deadline-error').hidden = false;
  }
  try {
    const a = checkEligibility({ province, asOf: $('dl-applied').value }).apply;
    $('review-deadline').replaceChildren(a.reviewDeadline
      ? el('span', {}, `${$('dl-applied').value} 提交的见习申请，应在 ${a.reviewWorkingDays} 个工作日内、即 `, el('strong', { id: 'review-deadline-date' }, a.reviewDeadline), ' 前提出审核意见。')
      : el('span', {}, a.reviewNote ? a.reviewNote.zh : '没有已知的审核时限规定。'), cite(a.reviewSource));
  } catch (e) {
    $('review-deadline').textContent = '';
    $('deadline-error').textContent = e.message;
    $('deadline-error').hidden = false;
  }
}

function quotas() {
  const all = data.jurisdictions.flatMap((j) => (j.quotas ?? []).map((q) => ({ ...q, jurisdiction: j })));
  const q = all.find((x) => x.id === $('quota-id').value) ?? all[0];
  const progress = JSON.parse(new URLSearchParams(location.search).get(`q-${q.id}`) ?? '{}');
  const head = el('tr', {}, el('th', { scope: 'col' }, '地区'), q.columns.map((c) => el('th', { scope: 'col', class: 'num' }, `${c.zh}（目标）`)), el('th', { scope: 'col', class: 'num' }, '已完成'), el('th', { scope: 'col', class: 'num' }, '完成率'));
  const body = q.rows.map((r) => {
    const input = el('input', { type: 'number', min: 0, step: 1, inputmode: 'numeric', 'aria-label': `${r.region}已完成`, value: progress[r.region] ?? '' });
    const share = el('td', { class: 'num' });
    const show = () => { share.textContent = input.value === '' ? '—' : `${((Number(input.value) / r.values[0]) * 100).toFixed(1)}%`; };
    input.addEventListener('input', () => {
      show();
      const p = Object.fromEntries([...$('quota').querySelectorAll('tbody tr')].map((tr) => [tr.dataset.region, tr.querySelector('input').value]).filter(([, v]) => v !== ''));
      const params = new URLSearchParams(location.search);
      params.set(`q-${q.id}`, JSON.stringify(p));
      history.replaceState(null, '', `?${params}`);
      totals();
    });
    show();
    const tr = el('tr', { 'data-region': r.region }, el('th', { scope: 'row' }, r.region), r.values.map((v) => el('td', { class: 'num' }, String(v))), el('td', {}, input), share);
    return tr;
  });
  const foot = el('tr', {}, el('th', { scope: 'row' }, '合计'), q.columns.map((_, i) => el('td', { class: 'num' }, String(q.rows.reduce((a, r) => a + r.values[i], 0)))), el('td', { class: 'num', id: 'quota-done' }), el('td', { class: 'num', id: 'quota-share' }));
  $('quota').replaceChildren(el('thead', {}, head), el('tbody', {}, body), el('tfoot', {}, foot));
  const totals = () => {
    const done = [...$('quota').querySelectorAll('tbody input')].reduce((a, i) => a + (Number(i.value) || 0), 0);
    const target = q.rows.reduce((a, r) => a + r.values[0], 0);
    $('quota-done').textContent = String(done);
    $('quota-share').textContent = `${((done / target) * 100).toFixed(1)}%`;
  };
  totals();
  $('quota-source').replaceChildren(`${q.jurisdiction.name.zh}：${q.title.zh}`, cite({ ...q.source, number: (q.jurisdiction.documents.find((d) => d.id === q.source.document) ?? {}).number ?? '' }));
}

async function main() {
  const dataInfo = await startEngine(init, { loadPolicies }, 'data/policies.json');
  data = policies();
  $('dataDate').textContent = data.dataDate;
  showPolicyData(dataInfo, data.dataDate);
  forms = data.jurisdictions.flatMap((j) => j.reportForms ?? []);
  options($('form-id'), forms.map((f) => [f.id, f.name.zh]), forms[0].id);
  header();
  unitRow();
  $('form-id').addEventListener('change', () => { header(); check(); });
  $('report').addEventListener('input', check);
  $('add-unit').addEventListener('click', () => unitRow());
  $('report-file').addEventListener('change', (e) => e.target.files[0] && importReport(e.target.files[0]));
  $('export-report').addEventListener('click', exportReport);
  const js = jurisdictionsInOrder(data);
  options($('dl-province'), js.map((j) => [j.id, j.name.zh]), 'national');
  const d = new Date();
  $('dl-month').value = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  $('dl-applied').value = today();
  for (const id of ['dl-province', 'dl-month', 'dl-applied']) $(id).addEventListener('change', deadlines);
  deadlines();
  const all = data.jurisdictions.flatMap((j) => (j.quotas ?? []).map((q) => [q.id, `${j.name.zh}：${q.title.zh}`]));
  options($('quota-id'), all, all[0][0]);
  $('quota-id').addEventListener('change', quotas);
  quotas();
  $('loading').hidden = true;
  for (const s of ['report-section', 'deadline-section', 'quota-section']) $(s).hidden = false;
}
main().catch((e) => { $('loading').textContent = `正在加载…… ✗ ${e}`; });
