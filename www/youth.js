// The youth self-check: a few questions, the answer up front with its key reasons and
// the next step, then why, with every clause cited (folded). All computing is done by
// the engine in pkg/ on this device; the state lives in the URL so a result can be
// shared or bookmarked, and nothing is stored. The form is plain HTML and usable at
// once; the page answers as soon as the engine has loaded.
import { $, el, params, state, txt, today, cite, options, jurisdictionsInOrder, translate as translateTexts, showError as showFieldError, clearErrors, plain, morph, sep as thousands } from './common.js';
import { loadPageEngine, showPolicyData } from './policy-data.js';

// The engine and the policy data file (both preloaded by the HTML) load at once, side by side.
const loading = loadPageEngine('../pkg/jianxi_youth.js', 'data/policies-youth.json', $('loading'));
let dataInfo; // which data is in force (built-in, or the host's ?data= file), and any notice about it
const T = {
  zh: {
    title: '就业见习资格自测', lead: '回答几个问题，一分钟了解你能否参加就业见习、依据哪条规定、到哪里申请。所有计算都在你的手机上完成，不上传任何信息。',
    loading: '正在加载……', province: '所在省份', birthDate: '出生日期', education: '最高学历（毕业的学校）', leftSchoolOn: '离校（毕业）日期',
    employed: '你现在有工作吗？', no: '没有', yes: '有', registeredUnemployed: '你已在公共就业服务机构办理失业登记吗？', yes2: '已登记', no2: '未登记',
    hukouProvince: '户籍所在省份', hardshipArea: '你所在的县（市、区）属于艰苦边远地区、老工业基地或脱贫县吗？', yes3: '是', no3: '不是',
    more: '查询日期（默认今天）', moreSet: (d) => `查询日期：${d}`, asOf: '按哪一天的规定判断', dataDate: '政策数据日期：', offline: '本页不收集、不上传、不保存你的任何信息。', about: '关于本工具与数据来源',
    noscript: '本自测需要浏览器开启 JavaScript 才能给出结果。请开启后刷新本页，或拨打人社服务热线 12333 咨询。',
    choose: '请选择', eligible: '可以参加就业见习', notEligible: '暂不符合条件', cannotTell: '需要补充信息',
    why: '为什么（逐条依据）', change: '怎样才能符合', gets: '见习期间你可以获得', apply: '去申请', next: '下一步', docs: '本结果依据的文件', missing: '还需要回答：',
    youMeet: '你符合：', review: (n, d) => `提交申请后，人社部门应在 ${n} 个工作日内提出审核意见：今天提交，最晚 ${d}。`, reviewN: (n) => `提交申请后，人社部门应在 ${n} 个工作日内提出审核意见。`,
    zoneApply: '在服务专区提交见习申请：', zoneAsk: '在服务专区查看见习岗位和当地政策：', open: '打开服务专区',
    hotline: '有疑问可拨打全国人社服务热线 12333，或到当地公共就业服务机构咨询。',
    siEst: (m, t) => `估算：每月可补贴 ${m} 元，最多 ${t} 元。`,
    share: '复制链接（含出生日期）', shareShort: '复制链接（不含出生日期）', print: '打印 / 存为 PDF', copied: '链接已复制', answers: '你的回答',
    validFrom: '起施行', cats: { met: '符合', notMet: '不符合', unknown: '待确认' }, items: (n) => `（${n} 项）`,
    pickProvince: (n) => `请先选择所在省份。列表中没有你的省份时，请选“${n}”。`, badProvince: (p) => `链接中的省份“${p}”不在本工具的数据中。`,
    halfTyped: (f) => `“${f}”没有填完整：请填写年、月、日，或清空。`,
    inSchool: '你现在还在读书（尚未离校）吗？', zoneInfo: '到哪里申请或咨询：', figures: '文件未写明、另据公布的数字', provisional: '暂定',
  },
  en: {
    title: 'Employment internship: am I eligible?', lead: 'Answer a few questions to learn in a minute whether you can take part, under which rule, and where to apply. Everything is computed on your phone; nothing is uploaded.',
    loading: 'Loading…', province: 'Province', birthDate: 'Date of birth', education: 'Highest education (school you graduated from)', leftSchoolOn: 'Date you left school',
    employed: 'Do you have a job now?', no: 'No', yes: 'Yes', registeredUnemployed: 'Are you registered as unemployed at the public employment service?', yes2: 'Registered', no2: 'Not registered',
    hukouProvince: 'Province of household registration (hukou)', hardshipArea: 'Is your county a hard/remote area, an old industrial base or a county lifted out of poverty?', yes3: 'Yes', no3: 'No',
    more: 'Date of the check (today by default)', moreSet: (d) => `Date of the check: ${d}`, asOf: 'Judge by the rules in force on', dataDate: 'Policy data as of ', offline: 'This page collects, uploads and stores nothing about you.', about: 'About this tool and its sources',
    noscript: 'This self-check needs JavaScript to give an answer. Turn it on and reload the page, or call the HR hotline 12333.',
    choose: 'Choose', eligible: 'You can take part', notEligible: 'Not eligible for now', cannotTell: 'More information needed',
    why: 'Why (each condition and its source)', change: 'What would change the answer', gets: 'What an intern gets', apply: 'Apply', next: 'What next', docs: 'Documents this answer rests on', missing: 'Still to answer: ',
    youMeet: 'You qualify as: ', review: (n, d) => `The HR bureau must review an application within ${n} working days: apply today, answer by ${d}.`, reviewN: (n) => `The HR bureau must review an application within ${n} working days.`,
    zoneApply: 'Apply in the service zone: ', zoneAsk: 'See internship posts and local rules in the service zone: ', open: 'Open the service zone',
    hotline: 'Questions: call the national HR hotline 12333, or ask the local public employment service.',
    siEst: (m, t) => `Estimate: ${m} yuan a month, at most ${t} yuan.`,
    share: 'Copy the link (with date of birth)', shareShort: 'Copy the link (without date of birth)', print: 'Print / save as PDF', copied: 'Link copied', answers: 'Your answers',
    validFrom: 'from', cats: { met: 'met', notMet: 'not met', unknown: 'to confirm' }, items: (n) => ` (${n})`,
    pickProvince: (n) => `Choose your province first. If it is not in the list, choose “${n}”.`, badProvince: (p) => `The province “${p}” in the link is not in this tool's data. `,
    halfTyped: (f) => `“${f}” is incomplete: fill in the day, month and year, or clear it.`,
    inSchool: 'Are you still in school (not yet left)?', zoneInfo: 'Where to apply or ask: ', figures: 'Figures the documents do not state, from the published sources', provisional: 'provisional',
  },
};
// The lists (jurisdictions, education levels, household-registration provinces) and the
// province's own wording come from the engine (formSpec): the page keeps no copy of them.
let spec; // formSpec of the chosen jurisdiction and date, once the engine is loaded
const t = (k) => T[state.lang][k] ?? T.zh[k];
/** Questions the engine may ask that the form does not have from the start: yes or no. */
const YES_NO = ['inSchool'];
/** A field path as the question that asks it ("socialInsuranceMonthly" → its box's label). */
const label = (f) => specLabel(f) ?? (typeof T.zh[f] === 'string' ? t(f) : null);
/** A question's label in the jurisdiction's own words, from its data (e.g. the hardship areas). */
const specLabel = (f) => { const q = spec?.questions.find((x) => x.id === f); return q && (f === 'hardshipArea' || f === 'socialInsuranceMonthly') ? txt(q.label) : null; };
let engine; // the youth module, once loaded
/** Ningxia's social-insurance amount: kept here, as its box is redrawn with the answer. */
let si = params.get('si') ?? '';
let siError = null;
/** Whether the last answer asks for that amount (its box is shown): only then is it in the link. */
let siAsked = false;

function translate() {
  translateTexts(T);
  asOfLine();
  if (document.title !== t('title')) document.title = t('title');
  if (!spec) {
    // Before the engine: the menus the data step wrote into the HTML from the built-in
    // data (scripts/build-data.mjs), with the answers from the link.
    for (const s of ['province', 'education']) for (const o of $(s).options) if (!o.value && o.textContent !== t('choose')) o.textContent = t('choose');
    if (!$('education').value) $('education').value = params.get('e') ?? '';
    return;
  }
  // A jurisdiction only the loaded data has (a host's ?data= file) is chosen once it is there.
  options($('province'), spec.jurisdictions.map((j) => [j.id, txt(j.name)]), $('province').value || params.get('p'), t('choose'));
  options($('education'), spec.educationLevels.map((e) => [e.id, txt(e.label)]), $('education').value || params.get('e'), t('choose'));
  hukouMenu();
  legend('hardshipArea', specLabel('hardshipArea'));
}

/** The folded date of the check, on its line: "today by default", or the day set (a shared
 *  link's answer is judged on that day, and the line says so without opening the fold). */
function asOfLine() {
  const line = $('asOf').value ? t('moreSet')($('asOf').value) : t('more');
  const summary = $('asOf').closest('details').querySelector('summary');
  if (summary.textContent !== line) summary.textContent = line;
}

/** The 34 household-registration provinces, written into their menu once the question is
 *  asked (most provinces never ask it: the first answer does not wait for the menu). */
function hukouMenu() {
  if (!spec || $('hukouProvince-field').hidden) return;
  options($('hukouProvince'), spec.hukouProvinces.map((h) => [h.id, txt(h.label)]), $('hukouProvince').value || params.get('h'), t('choose'));
}

/** A question's legend in the data's words, set only when it differs. */
function legend(id, text) {
  const l = document.querySelector(`#${id}-field legend`);
  if (text && l.textContent !== text) l.textContent = text;
}

/** The form's date boxes. */
const DATES = ['birthDate', 'leftSchoolOn', 'asOf'];
const radio = (name) => document.querySelector(`input[name=${name}]:checked`)?.value;
const bool = (v) => (v === '1' ? true : v === '0' ? false : undefined);

function readForm() {
  const input = { province: $('province').value, asOf: $('asOf').value || today() };
  const set = (k, v) => { if (v !== undefined && v !== '') input[k] = v; };
  set('birthDate', $('birthDate').value);
  set('education', $('education').value);
  if (input.education !== 'none') set('leftSchoolOn', $('leftSchoolOn').value);
  set('employed', bool(radio('emp')));
  if (!$('registeredUnemployed-field').hidden) set('registeredUnemployed', bool(radio('reg')));
  if (!$('hukouProvince-field').hidden) set('hukouProvince', $('hukouProvince').value);
  if (!$('hardshipArea-field').hidden) set('hardshipArea', bool(radio('ha')));
  // Full-width digits (１２３) as a phone keyboard may type them.
  set('socialInsuranceMonthly', si.normalize('NFKC').trim());
  for (const f of $('extra').children) set(f.dataset.field, bool(radio(`x-${f.dataset.field}`)));
  return input;
}

/** The yes/no questions the rules ask that this form does not have from the start (the
 *  engine names the field in `missing`): asked while the answers without them leave the
 *  question open, in the page's words, and kept in the link. True when that changed. */
function extraQuestions(needed, r) {
  let changed = false;
  for (const f of [...$('extra').children]) if (!needed.includes(f.dataset.field)) { f.remove(); changed = true; }
  for (const field of needed) {
    if ($(`x-${field}`)) continue;
    const pick = (v, text) => el('label', {}, el('input', { type: 'radio', name: `x-${field}`, value: v, checked: params.get(`x-${field}`) === v }), ` ${text}`);
    $('extra').append(el('fieldset', { class: 'field', id: `x-${field}`, 'data-field': field }, el('legend', {}, T.zh[field] ? t(field) : question(r, field)), pick('1', t('yes3')), pick('0', t('no3'))));
    changed = true;
  }
  return changed;
}

/** The state in the URL; `withBirth` false leaves the birth date out (a link to pass on). */
function link(input, withBirth = true) {
  const q = new URLSearchParams();
  const map = { province: 'p', birthDate: 'b', education: 'e', leftSchoolOn: 'l', hukouProvince: 'h', socialInsuranceMonthly: 'si' };
  for (const [k, short] of Object.entries(map)) if (input[k] !== undefined && input[k] !== '' && (withBirth || k !== 'birthDate') && (siAsked || k !== 'socialInsuranceMonthly')) q.set(short, input[k]);
  for (const [k, short] of [['employed', 'emp'], ['registeredUnemployed', 'reg'], ['hardshipArea', 'ha'], ...[...$('extra').children].map((f) => [f.dataset.field, `x-${f.dataset.field}`])]) if (input[k] !== undefined) q.set(short, input[k] ? '1' : '0');
  if ($('asOf').value) q.set('d', $('asOf').value);
  if (state.lang === 'en') q.set('lang', 'en');
  for (const k of ['embed', 'accent', 'data']) if (params.get(k)) q.set(k, params.get(k));
  return `${location.pathname}?${q}`;
}

/** Shows the questions the province's rules ask; true when that changed. */
function showAsked(r, ask) {
  // A question is asked when some category still open or met depends on it.
  // The engine says which (`ask`); the wording of a province's own question is its data's.
  let changed = false;
  for (const id of ['registeredUnemployed', 'hukouProvince', 'hardshipArea']) {
    const hide = !r.ask.includes(id);
    if ($(`${id}-field`).hidden !== hide) { $(`${id}-field`).hidden = hide; changed = true; }
  }
  hukouMenu();
  // Asked as yes/no ("still in school?", [1/7] ruling 8) while the rest leaves it open.
  const extras = Object.fromEntries([...$('extra').children].map((f) => [f.dataset.field, true]));
  const without = Object.keys(extras).length ? ask(Object.fromEntries(Object.entries(readForm()).filter(([k]) => !extras[k]))) : r;
  if (extraQuestions(without.missing.filter((f) => YES_NO.includes(f)), without)) changed = true;
  return changed;
}

/** What the engine says it needs to know for `field`, in its words. */
const question = (r, field) => txt(r.categories.flatMap((c) => c.conditions).find((x) => x.missing === field)?.detail) || field;

const fold = (summary, ...kids) => el('details', { class: 'fold' }, el('summary', {}, summary), ...kids);
const list = (items) => el('ul', { class: 'plain' }, items);
const sep = () => (state.lang === 'en' ? '; ' : '；');

/** What the answer rests on, for the printout (the form is not printed). */
function answers(input) {
  const name = (id) => { const s = $(id); return s.selectedOptions[0]?.textContent; };
  const rows = [[t('province'), name('province')], [t('birthDate'), input.birthDate], [t('education'), input.education && name('education')], [t('leftSchoolOn'), input.leftSchoolOn],
    [t('employed'), input.employed === undefined ? null : input.employed ? t('yes') : t('no')], [t('registeredUnemployed'), input.registeredUnemployed === undefined ? null : input.registeredUnemployed ? t('yes2') : t('no2')],
    [t('hukouProvince'), input.hukouProvince && name('hukouProvince')], [t('hardshipArea'), input.hardshipArea === undefined ? null : input.hardshipArea ? t('yes3') : t('no3')],
    // The questions asked on the way ("still in school?"), in the words they were asked in.
    ...[...$('extra').children].map((f) => [f.querySelector('legend').textContent, input[f.dataset.field] === undefined ? null : input[f.dataset.field] ? t('yes3') : t('no3')]),
    [t('asOf'), input.asOf]];
  return el('section', { class: 'inputs-summary' }, el('h2', {}, t('answers')), el('p', {}, rows.filter((x) => x[1]).map(([k, v]) => `${k} ${v}`).join(sep())));
}

function render(r, input) {
  const v = r.verdict;
  // The engine's verdict line where it gives one (past the documents' horizon it names their year).
  const line = txt(r.verdictLine) || t(v);
  const parts = [answers(input), el('p', { class: `verdict ${v}`, id: 'verdict' }, line)];
  // The key reasons, in a line or two: what is met, or what fails, or what is still to answer.
  if (r.missing.length) parts.push(el('p', { class: 'note', id: 'missing' }, t('missing') + r.missing.map((f) => label(f) ?? question(r, f)).join(sep())));
  if (v === 'eligible') parts.push(el('p', { id: 'reasons' }, t('youMeet') + r.categories.filter((c) => c.status === 'met').map((c) => txt(c.name)).join(sep())));
  else {
    const failed = r.categories.flatMap((c) => c.conditions.filter((x) => x.status === 'failed').map((x) => `${txt(c.name)}${state.lang === 'en' ? ': ' : '：'}${txt(x.detail)}`));
    if (failed.length) parts.push(el('ul', { class: 'cond', id: 'reasons' }, failed.map((d) => el('li', { class: 'failed' }, d))));
  }
  if (r.basis.warnings.length) parts.push(el('div', { class: 'warn', role: 'note' }, r.basis.warnings.map((w) => el('p', {}, txt(w)))));
  if (r.whatWouldChange.length && v !== 'eligible') parts.push(el('h2', {}, t('change')), list(r.whatWouldChange.map((m) => el('li', {}, txt(m)))));
  // The next step: apply where the person qualifies; otherwise where to ask. Only what applies.
  const a = r.apply;
  const zone = a.zone && el('p', { id: 'zone' }, t(a.zone.takesApplications === false ? 'zoneInfo' : v === 'eligible' ? 'zoneApply' : 'zoneAsk'), txt(a.zone.name), a.zone.url ? el('span', {}, ' ', el('a', { href: a.zone.url, class: 'link', rel: 'noopener noreferrer' }, t('open'))) : null, cite(a.zone.source));
  parts.push(el('h2', {}, t(v === 'eligible' ? 'apply' : 'next')), zone);
  if (v === 'eligible' && a.reviewWorkingDays) {
    // Only where the text sets a time for a young person's own application ([1/7] ruling 2);
    // a date in a year whose holidays are not published is counted on weekdays and marked.
    parts.push(el('p', { id: 'review' }, a.reviewDeadline ? t('review')(a.reviewWorkingDays, a.reviewDeadline) : t('reviewN')(a.reviewWorkingDays), a.reviewProvisional ? el('span', { class: 'tag' }, t('provisional')) : null),
      a.reviewNote ? el('p', { class: 'note' }, txt(a.reviewNote)) : null, cite(a.reviewSource));
  }
  parts.push(el('p', { id: 'hotline' }, t('hotline')));
  // The rest, folded: what an intern gets (not for someone who does not qualify), why, the documents.
  if (v !== 'notEligible' && r.internGets.length) parts.push(fold(t('gets') + t('items')(r.internGets.length), list(r.internGets.map((g) => el('li', {}, txt(g.text), cite(g.source))))));
  siAsked = Boolean(r.socialInsuranceSubsidy && v !== 'notEligible');
  if (siAsked) {
    const s = r.socialInsuranceSubsidy;
    const box = el('input', { id: 'si', inputmode: 'decimal', autocomplete: 'off', value: si });
    box.addEventListener('input', () => { si = box.value; update(); });
    const d = fold(txt(s.title), el('p', {}, txt(s.conditions)), el('label', { for: 'si' }, txt(s.question)), box,
      el('p', { class: 'error', id: 'socialInsuranceMonthly-error', hidden: !siError }, siError),
      s.monthlyEstimate ? el('p', { id: 'si-estimate' }, t('siEst')(thousands(s.monthlyEstimate), thousands(s.maxTotalEstimate))) : null, cite(s.source),
      s.periodNote ? el('p', { class: 'note' }, txt(s.periodNote), cite(s.periodSource)) : null);
    d.open = si !== '';
    if (siError) box.setAttribute('aria-invalid', 'true');
    parts.push(d);
  }
  parts.push(fold(t('why'), r.categories.map((c) => el('div', { class: 'cat', 'data-category': c.id },
    el('h3', {}, `${txt(c.name)} — ${t('cats')[c.status]}`),
    el('ul', { class: 'cond' }, c.conditions.map((x) => el('li', { class: x.status }, txt(x.detail), cite(x.source)))),
    c.note ? el('p', { class: 'note' }, txt(c.note)) : null))));
  parts.push(fold(t('docs'), list(r.basis.documents.map((d) =>
    el('li', {}, `${d.number} ${d.title}${state.lang === 'en' ? ` (${d.issuedOn ?? d.validFrom.slice(0, 4)}; in force from ${d.validFrom}${d.validUntil ? ` to ${d.validUntil}` : ''})` : `（${d.issuedOn ?? d.validFrom.slice(0, 4)}；${d.validFrom} 起施行${d.validUntil ? `，至 ${d.validUntil}` : ''}）`}`))),
    r.basis.figures?.length ? [el('h3', {}, t('figures')), list(r.basis.figures.map((f) => el('li', {}, cite(f))))] : null));
  const copy = (id, withBirth) => {
    const b = el('button', { type: 'button', class: 'link', id }, t(withBirth ? 'share' : 'shareShort'));
    b.addEventListener('click', async () => {
      const url = new URL(link(readForm(), withBirth), location.href).href;
      try { await navigator.clipboard.writeText(url); b.textContent = t('copied'); } catch { prompt('', url); }
    });
    return b;
  };
  const print = el('button', { type: 'button', class: 'link', id: 'print' }, t('print'));
  print.addEventListener('click', () => window.print());
  parts.push(el('div', { class: 'actions' }, copy('share', true), input.birthDate ? copy('share-short', false) : null, print));
  morph($('result'), parts.filter(Boolean));
  $('result').hidden = false;
  // The answer stays in sight while the questions are answered: a bar that jumps to it,
  // shown while the verdict is out of view (hidden in its place: nothing moves).
  const bar = $('verdict-bar');
  if (bar.hidden) bar.setAttribute('data-seen', '');
  seen.disconnect();
  seen.observe($('verdict'));
  bar.className = v;
  // One line on a phone: the verdict as the answer says it, and an arrow to it.
  bar.textContent = `${line} ↓`;
  bar.setAttribute('aria-label', `${line} · ${state.lang === 'en' ? 'Why' : '为什么'}`);
  bar.hidden = false;
}

// The verdict in view, above the bar's strip. The root reaches 2 px above the screen: the
// verdict the bar jumps to lands at the top, a fraction of a pixel out at some layouts.
const seen = new IntersectionObserver(([e]) => $('verdict-bar').toggleAttribute('data-seen', e.isIntersecting), { rootMargin: '2px 0px -48px', threshold: 1 });

/** No answer to show: the verdict and its bar go, so nothing stale stays on screen. */
function clearResult(note) {
  $('result').replaceChildren(...(note ? [el('p', { class: 'note', id: 'ask-province' }, note)] : []));
  $('result').hidden = !note;
  $('verdict-bar').hidden = true;
  siAsked = false;
}

/** The engine's description of the form for a jurisdiction and date (the generic one for a
 *  province the data does not know); null where it has none (the answer says why). Asked
 *  once per province and date: each answer typed asks again. */
let specFor;
function formSpec(province, asOf) {
  const key = `${province}|${asOf}`;
  if (spec && specFor === key) return spec;
  const ask = (input) => { try { return engine.formSpec(input); } catch (e) { return e; } };
  let got = province ? ask({ province, asOf }) : ask({ asOf });
  if (got instanceof Error && got.field === 'province') got = ask({ asOf });
  if (got instanceof Error || !got) return null;
  specFor = key;
  return got;
}

function update() {
  if (!engine) { $('loading').hidden = false; return; } // answered once the engine is ready
  clearErrors();
  asOfLine();
  $('leftSchoolOn-field').hidden = $('education').value === 'none';
  let input = readForm();
  spec = formSpec(input.province, input.asOf) ?? spec;
  legend('hardshipArea', specLabel('hardshipArea'));
  // A date typed in part (the day deleted): the browser gives it as blank; said, not answered as
  // blank. A year being typed on a keyboard (the box holds 0002-01-05 after the first digit)
  // is as incomplete while the box has the focus; left so, the box says what it holds.
  const halfTyped = DATES.filter((id) => !$(id).closest('[hidden]') && ($(id).validity.badInput || (document.activeElement === $(id) && /^0/.test($(id).value))));
  if (halfTyped.length) {
    for (const id of halfTyped) { $(`${id}-error`).textContent = t('halfTyped')(label(id)); $(`${id}-error`).hidden = false; $(id).setAttribute('aria-invalid', 'true'); }
    if (halfTyped.includes('asOf')) $('asOf').closest('details').open = true;
    clearResult();
    history.replaceState(null, '', link(input));
    return showPolicyData(dataInfo, spec.jurisdictions);
  }
  if (!input.province) {
    const p = params.get('p');
    const national = spec.jurisdictions.find((j) => j.id === 'national');
    const unknown = p && !spec.jurisdictions.some((j) => j.id === p);
    clearResult((unknown ? t('badProvince')(p) : '') + t('pickProvince')(txt(national?.name)));
    // The link's province not in the data (a host file that could not be read) stays in the
    // address, so that a reload once the file is back answers for it.
    history.replaceState(null, '', unknown ? link({ ...input, province: p }) : link(input));
    return showPolicyData(dataInfo, spec.jurisdictions); // a host file's notice does not wait for a province
  }
  try {
    const ask = (i) => {
      // A bad amount in the social-insurance box is shown in that box; the answer stays.
      try { siError = null; return engine.checkEligibility(i); } catch (e) {
        if (e?.field !== 'socialInsuranceMonthly') throw e;
        siError = plain(e, label);
        const { socialInsuranceMonthly, ...rest } = i;
        return engine.checkEligibility(rest);
      }
    };
    let r = ask(input);
    // The rules decide which questions are asked; ask again once they are known.
    if (showAsked(r, ask)) { input = readForm(); r = ask(input); }
    render(r, input);
    history.replaceState(null, '', link(input)); // after render: the amount's box is known
    showPolicyData(dataInfo, spec.jurisdictions, r.basis.documents);
    if (!performance.getEntriesByName('verdict').length) performance.mark('verdict'); // for scripts/bench-page.mjs
  } catch (e) {
    if (!e?.code) throw e;
    showFieldError(e, 'asOf-error', label);
    if (!$('asOf-error').hidden) $('asOf').closest('details').open = true; // not hidden in its closed fold
    clearResult();
    history.replaceState(null, '', link(input)); // the link holds what is on screen, not the last answer
    showPolicyData(dataInfo, spec.jurisdictions);
  }
}

// The form works before the engine has loaded: answers from the link, languages, events.
$('birthDate').value = params.get('b') ?? '';
$('leftSchoolOn').value = params.get('l') ?? '';
$('asOf').value = params.get('d') ?? '';
$('province').value = params.get('p') ?? '';
for (const key of ['emp', 'reg', 'ha']) {
  const v = params.get(key);
  if (v) document.querySelector(`input[name=${key}][value="${v}"]`)?.setAttribute('checked', '');
}
translate();
$('form').addEventListener('change', update);
$('form').addEventListener('input', update); // answered as it is typed, so leaving a field changes nothing
$('form').addEventListener('focusout', (e) => { if (DATES.includes(e.target.id) && /^0/.test(e.target.value)) update(); }); // but a year left half typed
$('lang').addEventListener('click', () => { state.lang = state.lang === 'en' ? 'zh' : 'en'; translate(); update(); });
({ engine, info: dataInfo } = await loading);
performance.mark('engine-ready'); // for scripts/bench-page.mjs
$('loading').hidden = true;
// The province and date of the link; without a rule known on that date, the data as a whole.
spec = formSpec(params.get('p'), $('asOf').value || today()) ?? engine.formSpec();
$('dataDate').textContent = spec.dataDate;
$('dataDate-line').hidden = false;
translate();
update();
// Offline use from the next visit on: the service worker is registered once the page has
// answered, so that its copies of the files never compete with this visit's downloads.
import('./offline.js');
