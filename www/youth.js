// The youth self-check: a few questions, the answer up front, then why, with every
// clause cited. All computing is done by the engine in pkg/ on this device; the
// state lives in the URL so a result can be shared or bookmarked, and nothing is stored.
// The youth module: the engine without the employer and officials' parts (see Cargo.toml).
import init, { checkEligibility, policies, loadPolicies } from '../pkg/jianxi_youth.js';
import { startEngine, showPolicyData } from './policy-data.js';
import { $, el, params, state, txt, today, cite, options, jurisdictionsInOrder, translate as translateTexts, showError as showFieldError, clearErrors } from './common.js';
const T = {
  zh: {
    title: '就业见习资格自测', lead: '回答几个问题，一分钟了解你能否参加就业见习、依据哪条规定、到哪里申请。所有计算都在你的手机上完成，不上传任何信息。',
    loading: '正在加载……', province: '所在省份', birthDate: '出生日期', education: '最高学历（毕业的学校）', leftSchoolOn: '离校（毕业）日期',
    employed: '你现在有工作吗？', no: '没有', yes: '有', registeredUnemployed: '你已在公共就业服务机构办理失业登记吗？', yes2: '已登记', no2: '未登记',
    hukouProvince: '户籍所在省份', hardshipArea: '你所在的县（市、区）属于艰苦边远地区、老工业基地或脱贫县吗？', yes3: '是', no3: '不是',
    more: '查询日期（默认今天）', asOf: '按哪一天的规定判断', dataDate: '政策数据日期：', offline: '本页不收集、不上传、不保存你的任何信息。', about: '关于本工具与数据来源',
    choose: '请选择', eligible: '可以参加就业见习', notEligible: '暂不符合条件', cannotTell: '需要补充信息',
    why: '为什么', change: '怎样才能符合', gets: '见习期间你可以获得', apply: '到哪里申请', docs: '本结果依据的文件', missing: '还需要回答：',
    review: (n, d) => `提交申请后，人社部门应在 ${n} 个工作日内提出审核意见：今天提交，最晚 ${d}。`, reviewN: (n) => `提交申请后，人社部门应在 ${n} 个工作日内提出审核意见。`,
    si: '社会保险补贴（宁夏）', siInput: '你以灵活就业身份每月实际缴纳的社保（元）', siEst: (m, t) => `估算：每月可补贴 ${m} 元，最多 ${t} 元。`,
    share: '复制本结果的链接', print: '打印 / 存为 PDF', copied: '链接已复制', validFrom: '起施行', until: '至', cats: { met: '符合', notMet: '不符合', unknown: '待确认' },
    field: { birthDate: 'birthDate', asOf: 'asOf' }, edu: {}, open: '打开服务专区',
  },
  en: {
    title: 'Employment internship: am I eligible?', lead: 'Answer a few questions to learn in a minute whether you can take part, under which rule, and where to apply. Everything is computed on your phone; nothing is uploaded.',
    loading: 'Loading…', province: 'Province', birthDate: 'Date of birth', education: 'Highest education (school you graduated from)', leftSchoolOn: 'Date you left school',
    employed: 'Do you have a job now?', no: 'No', yes: 'Yes', registeredUnemployed: 'Are you registered as unemployed at the public employment service?', yes2: 'Registered', no2: 'Not registered',
    hukouProvince: 'Province of household registration (hukou)', hardshipArea: 'Is your county a hard/remote area, an old industrial base or a county lifted out of poverty?', yes3: 'Yes', no3: 'No',
    more: 'Date of the check (today by default)', asOf: 'Judge by the rules in force on', dataDate: 'Policy data as of ', offline: 'This page collects, uploads and stores nothing about you.', about: 'About this tool and its sources',
    choose: 'Choose', eligible: 'You can take part', notEligible: 'Not eligible for now', cannotTell: 'More information needed',
    why: 'Why', change: 'What would change the answer', gets: 'What an intern gets', apply: 'Where to apply', docs: 'Documents this answer rests on', missing: 'Still to answer: ',
    review: (n, d) => `The HR bureau must review an application within ${n} working days: apply today, answer by ${d}.`, reviewN: (n) => `The HR bureau must review an application within ${n} working days.`,
    si: 'Social-insurance subsidy (Ningxia)', siInput: 'What you pay each month as a flexible worker (yuan)', siEst: (m, t) => `Estimate: ${m} yuan a month, at most ${t} yuan.`,
    share: 'Copy a link to this result', print: 'Print / save as PDF', copied: 'Link copied', validFrom: 'from', until: 'to', cats: { met: 'met', notMet: 'not met', unknown: 'to confirm' },
    open: 'Open the service zone',
  },
};
const EDU = [
  ['doctorate', '博士研究生', 'Doctorate'], ['master', '硕士研究生', "Master's"], ['bachelor', '本科', "Bachelor's"], ['juniorCollege', '专科（高职）', 'Junior college'],
  ['technicianSenior', '技师学院高级工班', 'Technician college, senior class'], ['technicianPreparatory', '技师学院预备技师班', 'Technician college, preparatory class'],
  ['specialVocational', '特殊教育院校职业教育类', 'Special-school vocational'], ['secondaryVocational', '中职（中专、职高、技校）', 'Secondary vocational'], ['none', '以上都不是', 'None of these'],
];
const PROVINCES = [
  ['beijing', '北京'], ['tianjin', '天津'], ['hebei', '河北'], ['shanxi', '山西'], ['neimenggu', '内蒙古'], ['liaoning', '辽宁'], ['jilin', '吉林'], ['heilongjiang', '黑龙江'],
  ['shanghai', '上海'], ['jiangsu', '江苏'], ['zhejiang', '浙江'], ['anhui', '安徽'], ['fujian', '福建'], ['jiangxi', '江西'], ['shandong', '山东'], ['henan', '河南'], ['hubei', '湖北'],
  ['hunan', '湖南'], ['guangdong', '广东'], ['guangxi', '广西'], ['hainan', '海南'], ['chongqing', '重庆'], ['sichuan', '四川'], ['guizhou', '贵州'], ['yunnan', '云南'], ['xizang', '西藏'],
  ['shaanxi', '陕西'], ['gansu', '甘肃'], ['qinghai', '青海'], ['ningxia', '宁夏'], ['xinjiang', '新疆'], ['taiwan', '台湾'], ['xianggang', '香港'], ['aomen', '澳门'],
];
const t = (k) => T[state.lang][k] ?? T.zh[k];
let data;
let dataInfo; // which data is in force (built-in, or the host's ?data= file), and any notice about it

function translate() {
  translateTexts(T);
  document.title = t('title');
  options($('province'), jurisdictionsInOrder(data).map((j) => [j.id, txt(j.name)]), $('province').value || params.get('p'), t('choose'));
  options($('education'), EDU.map(([v, zh, en]) => [v, state.lang === 'en' ? en : zh]), $('education').value || params.get('e'), t('choose'));
  options($('hukouProvince'), PROVINCES.map(([v, zh]) => [v, state.lang === 'en' ? v[0].toUpperCase() + v.slice(1) : zh]), $('hukouProvince').value || params.get('h'), t('choose'));
}

const radio = (name) => document.querySelector(`input[name=${name}]:checked`)?.value;
const bool = (v) => (v === '1' ? true : v === '0' ? false : undefined);

function readForm() {
  const input = { province: $('province').value || 'national', asOf: $('asOf').value || today() };
  const set = (k, v) => { if (v !== undefined && v !== '') input[k] = v; };
  set('birthDate', $('birthDate').value);
  set('education', $('education').value);
  if (input.education !== 'none') set('leftSchoolOn', $('leftSchoolOn').value);
  set('employed', bool(radio('emp')));
  if (!$('registeredUnemployed-field').hidden) set('registeredUnemployed', bool(radio('reg')));
  if (!$('hukouProvince-field').hidden) set('hukouProvince', $('hukouProvince').value);
  if (!$('hardshipArea-field').hidden) set('hardshipArea', bool(radio('ha')));
  const si = $('si')?.value?.trim();
  if (si) set('socialInsuranceMonthly', si);
  return input;
}

function saveUrl(input) {
  const q = new URLSearchParams();
  const map = { province: 'p', birthDate: 'b', education: 'e', leftSchoolOn: 'l', hukouProvince: 'h', socialInsuranceMonthly: 'si' };
  for (const [k, short] of Object.entries(map)) if (input[k] !== undefined) q.set(short, input[k]);
  for (const [k, short] of [['employed', 'emp'], ['registeredUnemployed', 'reg'], ['hardshipArea', 'ha']]) if (input[k] !== undefined) q.set(short, input[k] ? '1' : '0');
  if ($('asOf').value) q.set('d', $('asOf').value);
  if (state.lang === 'en') q.set('lang', 'en');
  for (const k of ['embed', 'accent', 'data']) if (params.get(k)) q.set(k, params.get(k));
  history.replaceState(null, '', `${location.pathname}?${q}`);
}

/** Shows the questions the province's rules ask; true when that changed. */
function showAsked(r) {
  // A question is asked when some category still open or met depends on it.
  const kinds = new Set(r.categories.flatMap((c) => c.conditions.filter((x) => !c.conditions.some((o) => o !== x && o.status === 'failed')).map((x) => x.kind)));
  let changed = false;
  for (const [id, kind] of [['registeredUnemployed', 'registeredUnemployed'], ['hukouProvince', 'hukou'], ['hardshipArea', 'hardshipArea']]) {
    const hide = !kinds.has(kind);
    if ($(`${id}-field`).hidden !== hide) { $(`${id}-field`).hidden = hide; changed = true; }
  }
  return changed;
}

function render(r) {
  const out = $('result');
  const parts = [el('p', { class: `verdict ${r.verdict}`, id: 'verdict' }, t(r.verdict))];
  for (const w of r.basis.warnings) parts.push(el('p', { class: 'warn', role: 'note' }, txt(w)));
  if (r.missing.length) {
    const labels = r.missing.map((f) => t(f));
    parts.push(el('p', { class: 'note' }, t('missing') + labels.join(state.lang === 'en' ? '; ' : '；')));
  }
  parts.push(el('h2', {}, t('why')));
  for (const c of r.categories) {
    parts.push(el('div', { class: 'cat', 'data-category': c.id },
      el('h3', {}, `${txt(c.name)} — ${t('cats')[c.status]}`),
      el('ul', { class: 'cond' }, c.conditions.map((x) => el('li', { class: x.status }, txt(x.detail), cite(x.source)))),
      c.note ? el('p', { class: 'note' }, txt(c.note)) : null));
  }
  if (r.whatWouldChange.length) {
    parts.push(el('h2', {}, t('change')), el('ul', { class: 'plain' }, r.whatWouldChange.map((m) => el('li', {}, txt(m)))));
  }
  parts.push(el('h2', {}, t('gets')), el('ul', { class: 'plain' }, r.internGets.map((g) => el('li', {}, txt(g.text), cite(g.source)))));
  if (r.socialInsuranceSubsidy) {
    const s = r.socialInsuranceSubsidy;
    const input = el('input', { id: 'si', inputmode: 'decimal', autocomplete: 'off', value: params.get('si') ?? '' });
    parts.push(el('h2', {}, t('si')), el('p', {}, txt(s.conditions)), el('label', { for: 'si' }, t('siInput')), input,
      el('p', { class: 'error', id: 'socialInsuranceMonthly-error', hidden: '' }),
      s.monthlyEstimate ? el('p', { id: 'si-estimate' }, t('siEst')(s.monthlyEstimate, s.maxTotalEstimate)) : null, cite(s.source));
  }
  const a = r.apply;
  parts.push(el('h2', {}, t('apply')));
  if (a.zone) {
    parts.push(el('p', {}, txt(a.zone.name), a.zone.url ? el('span', {}, ' ', el('a', { href: a.zone.url, rel: 'noopener noreferrer' }, a.zone.url)) : null), cite(a.zone.source));
  }
  if (a.reviewWorkingDays) {
    parts.push(el('p', { id: 'review' }, a.reviewDeadline ? t('review')(a.reviewWorkingDays, a.reviewDeadline) : t('reviewN')(a.reviewWorkingDays)),
      a.reviewNote ? el('p', { class: 'note' }, txt(a.reviewNote)) : null, cite(a.reviewSource));
  }
  parts.push(el('h2', {}, t('docs')), el('ul', { class: 'plain' }, r.basis.documents.map((d) =>
    el('li', {}, `${d.number} ${d.title}（${d.issuedOn ?? d.validFrom.slice(0, 4)}；${t('validFrom') === '起施行' ? `${d.validFrom} 起施行${d.validUntil ? `，至 ${d.validUntil}` : ''}` : `in force from ${d.validFrom}${d.validUntil ? ` to ${d.validUntil}` : ''}`}）`))));
  const share = el('button', { type: 'button', class: 'link', id: 'share' }, t('share'));
  share.addEventListener('click', async () => {
    try { await navigator.clipboard.writeText(location.href); share.textContent = t('copied'); } catch { prompt('', location.href); }
  });
  const print = el('button', { type: 'button', class: 'link' }, t('print'));
  print.addEventListener('click', () => window.print());
  parts.push(el('div', { class: 'actions' }, share, print));
  out.replaceChildren(...parts.filter(Boolean));
  out.hidden = false;
  // The answer stays in sight while the questions are answered: a bar that jumps to it.
  const bar = $('verdict-bar');
  bar.className = r.verdict;
  bar.textContent = `${t(r.verdict)} · ${t('why')} ↓`;
  bar.hidden = false;
  $('si')?.addEventListener('change', update);
}

function showError(e) {
  showFieldError(e, 'asOf-error');
  $('result').hidden = true;
  $('verdict-bar').hidden = true;
}

function update() {
  clearErrors();
  $('leftSchoolOn-field').hidden = $('education').value === 'none';
  try {
    let input = readForm();
    let r = checkEligibility(input);
    // The rules decide which questions are asked; ask again once they are known.
    if (showAsked(r)) { input = readForm(); r = checkEligibility(input); }
    saveUrl(input);
    render(r);
    showPolicyData(dataInfo, data.dataDate, r.basis.documents);
    if (!performance.getEntriesByName('verdict').length) performance.mark('verdict'); // for scripts/bench-page.mjs
  } catch (e) {
    if (e && e.code) { showError(e); showPolicyData(dataInfo, data.dataDate); } else throw e;
  }
}

async function main() {
  dataInfo = await startEngine(init, { loadPolicies }, 'data/policies-youth.json');
  performance.mark('engine-ready'); // for scripts/bench-page.mjs
  data = policies();
  $('dataDate').textContent = data.dataDate;
  $('birthDate').value = params.get('b') ?? '';
  $('leftSchoolOn').value = params.get('l') ?? '';
  $('asOf').value = params.get('d') ?? '';
  for (const [name, key] of [['emp', 'emp'], ['reg', 'reg'], ['ha', 'ha']]) {
    const v = params.get(key);
    if (v) document.querySelector(`input[name=${name}][value="${v}"]`)?.setAttribute('checked', '');
  }
  translate();
  $('loading').hidden = true;
  $('form').hidden = false;
  $('form').addEventListener('change', update);
  $('lang').addEventListener('click', () => { state.lang = state.lang === 'en' ? 'zh' : 'en'; translate(); update(); });
  update();
}
main().catch((e) => { $('loading').textContent = `${t('loading')} ✗ ${e}`; });
