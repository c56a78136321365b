// The rules studio: HR staff browse, edit, check and publish their jurisdiction's rules in
// the browser, on the same engine and validator the pages use, with no server. The policy
// files are input from outside: every text from them is set as text (textContent, never
// HTML), links in them are shown, not followed, and oversized or over-deep files are
// refused before they are parsed (studio-data.js).
import * as D from './studio-data.js';
import { h, bi, isObj, str, describeStandard, PART_LABELS, PARTS, field, val, num, partFields, readPart, wageFields, readWageAmounts, engineError, showErrors } from './rule-fields.js';

const $ = (id) => document.getElementById(id);

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// ------------------------------------------------------------------ state
const params = new URLSearchParams(location.search);
const S = {
  files: [], // { name, text (applied; null: not yet valid), draft, original }
  texts: new Map(), // notice key → text
  builtInNotices: new Set(),
  cases: [],
  userCases: [],
  j: params.get('j') || '', // empty: the first jurisdiction in the data's menu order
  asOf: /^\d{4}-\d\d-\d\d$/.test(params.get('d') ?? '') ? params.get('d') : todayIso(),
  sheet: null, // { name, interns, problems }
  engines: {}, // before, after, check (three instances of the whole module)
  values: [], // applied files, parsed: [{ name, value }]
  beforeValues: [],
  status: { errors: [], quotes: [] },
  log: [],
};

const applied = () => S.files.filter((f) => f.text != null);
const valueOf = (id, list = S.values) => list.find((e) => e.value?.id === id)?.value;
const fileOf = (id) => S.files.find((f) => f.text != null && S.values.find((e) => e.name === f.name)?.value?.id === id);
const docsOf = (file, list = S.values) => {
  const base = file?.baseline ? valueOf(file.baseline, list) : null;
  return [...(file?.documents ?? []), ...(base?.documents ?? [])];
};

// ------------------------------------------------------------------ validation
/** Reads and validates a set of files with the engine's own loader (on the `check`
 *  instance, so the data in use stays as it is) and checks quotes against the texts. */
function evaluate(files, texts = S.texts) {
  const errors = [];
  const entries = [];
  for (const f of files) {
    try {
      entries.push({ name: f.name, value: D.readToml(f.text, f.name) });
    } catch (e) {
      if (!(e instanceof D.StudioError)) throw e;
      errors.push({ file: f.name, field: e.field, zh: e.messageZh, en: e.messageEn, line: e.line, code: e.code });
    }
  }
  const quotes = [];
  if (!errors.length) {
    if (!entries.length) errors.push({ file: '', field: '', zh: '没有任何政策文件。', en: 'There are no policy files.' });
    else {
      try {
        S.engines.check.loadPolicies(entries.map((e) => e.value), { mode: 'replace' });
      } catch (e) {
        errors.push(engineError(e, entries));
      }
    }
    const all = entries.map((e) => e.value);
    for (const e of entries) {
      for (const q of D.checkQuotes(e.value, all, texts)) {
        quotes.push({ ...q, file: e.name, id: e.value.id });
        if (q.problem) {
          errors.push({ file: e.name, id: e.value.id, field: `${q.path}.quote`, code: 'QUOTE_NOT_FOUND',
            zh: `原文摘录与文件原文（${q.notice}）不符：${q.problem.zh}（只忽略空白字符；标点照原文；省略处用“……”，各部分须按原文顺序）。`,
            en: `The quote does not match the document's text (${q.notice}): ${q.problem.en} (only white space is ignored; punctuation as printed; mark omissions with “……”, parts in the text's order).` });
        }
      }
    }
  }
  return { errors, entries, quotes };
}

/** Loads the applied files into the `after` engine; called after every accepted change. */
function refreshData() {
  const ev = evaluate(applied());
  S.status = ev;
  if (!ev.errors.length) {
    S.values = ev.entries;
    S.engines.after.loadPolicies(S.values.map((e) => e.value), { mode: 'replace' });
  }
  render();
}

// ------------------------------------------------------------------ labels
// The education levels' names and the household-registration provinces are the engine's
// (formSpec), read once it has loaded: the studio keeps no list of its own.
let EDUCATION = {};
let HUKOU = [];
let HUKOU_NAMES = {};
const eduList = (xs) => (Array.isArray(xs) ? xs.map((x) => EDUCATION[x] ?? str(x)).join('、') : '');

function describeCondition(c) {
  switch (c?.kind) {
    case 'education': return `学历：${eduList(c.included)}${c.unsettled?.length ? `（文件未明确：${eduList(c.unsettled)}）` : ''}`;
    case 'leftSchoolWithin': return `离校 ${str(c.years)} 年内`;
    case 'ageBetween': return `年龄 ${str(c.min)}—${str(c.max)} 岁`;
    case 'notEmployed': return '未就业';
    case 'registeredUnemployed': return '已进行失业登记';
    case 'hukou': return `户籍：${Array.isArray(c.provinces) ? c.provinces.map((p) => HUKOU_NAMES[p] ?? str(p)).join('、') : ''}`;
    case 'hardshipArea': return `所在地属于文件所列地区（如艰苦边远地区、老工业基地、脱贫县）${Array.isArray(c.extendedIn) && c.extendedIn.length ? `；已扩大到：${c.extendedIn.map(str).join('、')}` : ''}`;
    case 'notInSchool': return '不是在校学生';
    default: return str(c?.kind);
  }
}

const FIELD_LABELS = {
  documents: '文件', ruleSets: '规则集', minimumWage: '最低工资标准', entries: '标准', tierNames: '档次名称', countyLists: '县区名单', quotas: '岗位任务表', reportForms: '报表',
  holidayCalendars: '节假日安排', categories: '类别', conditions: '条件', validFrom: '起始日期', validUntil: '有效期至', speaksUntil: '所针对的计划期限至', source: '出处', quote: '原文摘录',
  clause: '条款', document: '文件', kind: '方式', amount: '金额', percent: '百分比', note: '说明', amounts: '各档金额', from: '起始日期', number: '文号', title: '标题', issuer: '发文机关',
  issuedOn: '印发日期', dateNote: '日期说明', confidence: '可信度', fromFile: '原文文件', name: '名称', updated: '数据日期', baseline: '基准辖区', id: '标识', rows: '各地任务', total: '合计',
  columns: '列', workingDays: '工作日', windowUntil: '窗口期至', windowFrom: '窗口期自', minContractMonths: '最短合同月数', socialInsuranceRequired: '须缴纳社保', moreThanHalfServed: '须见习过半',
  min: '最短', max: '最长', inForceBy: '最迟生效日期', earliest: '最早生效日期', merged: '并档', text: '内容', key: '键', url: '网址', years: '年限', included: '包括', unsettled: '未明确',
  provinces: '省份', region: '地区', values: '数值', ...PART_LABELS,
};

/** A field path of a file in words: "规则集 2（湘人社规〔2026〕1号，2026-07-25 起）› 基础补贴标准 › 金额". */
function pathLabel(path, file) {
  const out = [];
  const re = /([A-Za-z0-9_-]+)(?:\[(\d+)\])?/g;
  let m;
  let cur = file;
  while ((m = re.exec(path))) {
    const [, key, index] = m;
    cur = cur?.[key];
    let label = FIELD_LABELS[key] ?? key;
    if (index !== undefined) {
      const item = cur?.[Number(index)];
      cur = item;
      if (key === 'ruleSets') label = `规则集 ${Number(index) + 1}（${docNumber(file, item?.document)}，${str(item?.validFrom)} 起）`;
      else if (key === 'documents') label = `文件 ${str(item?.number) || Number(index) + 1}`;
      else if (key === 'entries') label = `最低工资标准（${str(item?.from)} 起）`;
      else if (key === 'quotas') label = `岗位任务表 ${str(item?.id)}`;
      else if (key === 'categories') label = `类别 ${str(item?.name?.zh ?? item?.id)}`;
      else label = `${label} ${Number(index) + 1}`;
    }
    out.push(label);
  }
  return out.join(' › ');
}

function docNumber(file, id) {
  const d = docsOf(file).find((x) => x?.id === id) ?? docsOf(file, S.beforeValues).find((x) => x?.id === id);
  return d ? str(d.number) : str(id);
}

/** A source, expandable: document number and clause, then the quote. */
function cite(source, file, ruleSetDoc) {
  if (!isObj(source)) return null;
  const other = ruleSetDoc && source.document !== ruleSetDoc;
  return h('details', { class: 'src' },
    h('summary', {}, `${docNumber(file, source.document)} ${str(source.clause)}`, other ? h('span', { class: 'flag' }, '（出处为另一文件）') : null),
    h('blockquote', {}, str(source.quote)), isObj(source.note) ? h('p', {}, str(source.note.zh)) : null,
    // The product's ruling where the text reads two ways (issue 12), shown as the pages show it.
    isObj(source.reading) ? h('p', { class: 'reading' }, str(source.reading.zh)) : null);
}

// ------------------------------------------------------------------ browse
const statusOn = (rs, date) => (rs.validUntil && rs.validUntil < date ? ['expired', '已失效'] : rs.validFrom > date ? ['future', '尚未生效'] : ['current', '现行']);

function renderBrowse() {
  const file = valueOf(S.j);
  const out = $('jurisdiction-doc');
  if (!file) { out.replaceChildren(h('p', { class: 'note' }, '没有这个辖区的数据。')); return; }
  const name = fileOf(S.j)?.name ?? '';
  const base = file.baseline ? valueOf(file.baseline) : null;
  const parts = [
    h('h3', {}, str(file.name?.zh), ' ', h('span', { lang: 'en', class: 'en' }, str(file.name?.en))),
    h('dl', { class: 'facts' },
      h('dt', {}, '标识'), h('dd', {}, str(file.id)), h('dt', {}, '文件'), h('dd', {}, name),
      h('dt', {}, '基准'), h('dd', {}, base ? `${str(base.name?.zh)}（本辖区未规定的，按基准辖区的规则）` : '无'),
      h('dt', {}, '数据日期'), h('dd', {}, str(file.updated))),
  ];
  // Documents.
  parts.push(h('h3', {}, '文件'), h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': '文件列表' }, h('table', {},
    h('thead', {}, h('tr', {}, ['文号', '标题', '发文机关', '印发日期', '可信度', '原文'].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, (file.documents ?? []).map((d) => {
      const key = D.noticeKey(d.fromFile);
      return h('tr', {}, h('td', {}, str(d.number)), h('td', {}, str(d.title), isObj(d.dateNote) ? h('p', { class: 'hint' }, str(d.dateNote.zh)) : null), h('td', {}, str(d.issuer)),
        h('td', {}, str(d.issuedOn) || '—'), h('td', {}, { seed: '原文', confirmed: '已核实', reported: '据报道' }[d.confidence] ?? str(d.confidence)),
        h('td', {}, key ? (S.texts.has(key) ? `已添加（${key}），摘录逐字核对` : `未添加（${key}）`) : `${str(d.fromFile)}（不核对）`));
    })))));
  // Rule sets, oldest first.
  const sets = (file.ruleSets ?? []).map((rs, k) => ({ rs, k })).sort((a, b) => (str(a.rs.validFrom) < str(b.rs.validFrom) ? -1 : 1));
  parts.push(h('h3', {}, '规则集（按起始日期）'));
  if (!sets.length) parts.push(h('p', {}, '本辖区没有自己的规则集，全部按基准辖区的规则。'));
  for (const { rs, k } of sets) parts.push(ruleSetView(rs, k, file));
  if (file.minimumWage) parts.push(wageView(file.minimumWage, file));
  for (const q of file.quotas ?? []) parts.push(quotaView(q, file));
  for (const f of file.reportForms ?? []) parts.push(formView(f, file));
  if (file.holidayCalendars?.length) parts.push(holidayView(file.holidayCalendars, file));
  const known = ['id', 'name', 'baseline', 'updated', 'documents', 'ruleSets', 'minimumWage', 'quotas', 'reportForms', 'holidayCalendars'];
  const other = Object.keys(file).filter((k) => !known.includes(k));
  if (other.length) parts.push(h('h3', {}, '其他内容'), genericView(Object.fromEntries(other.map((k) => [k, file[k]])), file));
  out.replaceChildren(...parts);
}

function ruleSetView(rs, k, file) {
  const [cls, label] = statusOn(rs, todayIso());
  const doc = rs.document;
  const known = new Set(['document', 'validFrom', 'validUntil', 'speaksUntil', 'validFromNote']);
  const body = [];
  const elig = rs.eligibility;
  if (elig) {
    known.add('eligibility');
    body.push(h('h5', {}, PART_LABELS.eligibility), ...(elig.categories ?? []).map((c) => h('div', { class: 'cat' },
      h('p', { class: 'catname' }, str(c.name?.zh), ' ', h('span', { lang: 'en', class: 'en' }, str(c.name?.en))),
      c.note ? h('p', { class: 'hint' }, str(c.note.zh)) : null,
      h('ul', { class: 'plain' }, (c.conditions ?? []).map((x) => h('li', {}, describeCondition(x), cite(x.source, file, doc)))))));
  }
  for (const key of ['baseSubsidy', 'raisedSubsidy']) {
    if (!rs[key]) continue;
    known.add(key);
    body.push(h('h5', {}, PART_LABELS[key]), h('p', {}, describeStandard(rs[key])), rs[key].note ? h('p', { class: 'hint' }, str(rs[key].note.zh)) : null, cite(rs[key].source, file, doc));
  }
  const simple = {
    retentionThreshold: (x) => `见习期满留用率达到 ${str(x.percent)}% 以上`,
    remainingPeriod: (x) => {
      const terms = [x.minContractMonths ? `劳动合同 ${str(x.minContractMonths)} 个月以上` : null, x.socialInsuranceRequired ? '缴纳社会保险' : null, x.moreThanHalfServed ? '见习已过半' : null].filter(Boolean);
      return `见习期未满提前签订劳动合同的${terms.length ? `（${terms.join('、')}）` : ''}，按剩余期限给予补贴；签订劳动合同的时间${x.windowFrom ? `自 ${str(x.windowFrom)} ` : ''}至 ${str(x.windowUntil)}`;
    },
    internshipMonths: (x) => `${str(x.min)}—${str(x.max)} 个月`,
    review: (x) => `${str(x.workingDays)} 个工作日内审核`,
    serviceZone: (x) => `${str(x.name?.zh)}${x.url ? `（网址：${str(x.url)}）` : ''}`,
    reportDeadline: (x) => (x.kind === 'dayOfNextMonth' ? `次月 ${str(x.day)} 日前报送（报表 ${str(x.form)}）` : `次月前 ${str(x.days)} 个工作日内报送（报表 ${str(x.form)}）`),
    internSocialInsurance: (x) => `见习满 ${str(x.minInternshipMonths)} 个月并以灵活就业人员身份缴纳社保的，补贴 ${str(x.shareNumerator)}/${str(x.shareDenominator)}，最长 ${str(x.maxMonths)} 个月`,
  };
  for (const [key, fn] of Object.entries(simple)) {
    if (!isObj(rs[key])) continue;
    known.add(key);
    const x = rs[key];
    body.push(h('h5', {}, PART_LABELS[key]), h('p', {}, fn(x)),
      isObj(x.definition) ? h('p', { class: 'hint' }, str(x.definition.zh)) : null,
      Array.isArray(x.readings) ? h('ul', { class: 'plain' }, x.readings.map((r) => h('li', { class: 'reading' }, str(r?.text?.zh), r?.source ? cite(r.source, file, doc) : null))) : null,
      cite(x.source, file, doc));
  }
  for (const key of ['internBenefits', 'employerNotes']) {
    if (!Array.isArray(rs[key])) continue;
    known.add(key);
    body.push(h('h5', {}, PART_LABELS[key]), h('ul', { class: 'plain' }, rs[key].map((it) => h('li', {}, str(it.text?.zh), cite(it.source, file, doc)))));
  }
  const other = Object.keys(rs).filter((x) => !known.has(x));
  if (other.length) body.push(h('h5', {}, '其他规则'), genericView(Object.fromEntries(other.map((x) => [x, rs[x]])), file));
  return h('article', { class: `ruleset ${cls}`, 'aria-labelledby': `rs-${k}` },
    h('h4', { id: `rs-${k}` }, `${docNumber(file, doc)} · ${str(rs.validFrom)} 起 `, h('span', { class: `tag ${cls}` }, label)),
    h('dl', { class: 'facts' }, h('dt', {}, '起始日期'), h('dd', {}, str(rs.validFrom)), h('dt', {}, '有效期至'), h('dd', {}, str(rs.validUntil) || '未规定'),
      h('dt', {}, '所针对的计划期限至'), h('dd', {}, str(rs.speaksUntil)), rs.validFromNote ? [h('dt', {}, '日期说明'), h('dd', {}, str(rs.validFromNote.zh))] : null),
    ...body);
}

function wageView(t, file) {
  const names = (t.tierNames ?? []).map((n) => str(n?.zh));
  return h('section', { class: 'part' }, h('h3', {}, '最低工资标准（月）'), t.note ? h('p', { class: 'hint' }, str(t.note.zh)) : null,
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': '最低工资标准' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '起始日期'), names.map((n) => h('th', { scope: 'col', class: 'num' }, n)), h('th', { scope: 'col' }, '出处'))),
      h('tbody', {}, (t.entries ?? []).map((e) => h('tr', {},
        h('td', {}, str(e.from), e.inForceBy ? h('p', { class: 'hint' }, `最迟此日已生效${e.earliest ? `，最早 ${str(e.earliest)}` : ''}`) : null),
        names.map((_, k) => {
          const merged = (e.merged ?? []).find((m) => m?.[0] === k + 1);
          return h('td', { class: 'num' }, merged ? `并入第 ${str(merged[1])} 档` : str(e.amounts?.[k]));
        }),
        h('td', {}, cite(e.source, file))))))),
    (t.countyLists ?? []).map((c) => h('details', { class: 'counties' }, h('summary', {}, `县区名单（${str(c.from)} 起）`),
      h('ul', { class: 'plain' }, (c.tiers ?? []).map((names2, k) => h('li', {}, `${names[k] ?? `第 ${k + 1} 档`}：${Array.isArray(names2) ? names2.map(str).join('、') : ''}`))),
      c.othersTier ? h('p', {}, `其余县区：${names[c.othersTier - 1] ?? c.othersTier}`) : null, cite(c.source, file))));
}

function quotaView(q, file) {
  const cols = (q.columns ?? []).map((c) => str(c?.zh));
  return h('section', { class: 'part' }, h('h3', {}, `岗位募集任务：${str(q.title?.zh)}`),
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': str(q.title?.zh) }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '地区'), cols.map((c) => h('th', { scope: 'col', class: 'num' }, c)))),
      h('tbody', {}, (q.rows ?? []).map((r) => h('tr', {}, h('td', {}, str(r.region)), cols.map((_, k) => h('td', { class: 'num' }, str(r.values?.[k])))))),
      q.total ? h('tfoot', {}, h('tr', {}, h('th', { scope: 'row' }, '合计'), cols.map((_, k) => h('td', { class: 'num' }, str(q.total[k]))))) : null)),
    cite(q.source, file));
}

function formView(f, file) {
  return h('section', { class: 'part' }, h('h3', {}, `报表：${str(f.name?.zh)}`),
    h('ol', {}, (f.indicators ?? []).map((i) => h('li', {}, `${str(i.name)}（${str(i.unit)}）`))),
    h('p', {}, '逻辑关系：', (f.checks ?? []).map((c) => str(c.name)).join('，')), cite(f.source, file));
}

function holidayView(list, file) {
  return h('section', { class: 'part' }, h('h3', {}, '节假日安排（计算工作日）'), list.map((c) => h('details', {},
    h('summary', {}, `${str(c.year)} 年`),
    h('p', {}, '放假：', (c.daysOff ?? []).map((r) => (Array.isArray(r) ? `${str(r[0])}—${str(r[1])}` : str(r))).join('，')),
    h('p', {}, '调休上班：', (c.makeupWorkdays ?? []).map(str).join('，')), cite(c.source, file))));
}

/** Anything the studio has no special view for, shown as text (fields added to the format later). */
function genericView(value, file) {
  const node = (v, depth) => {
    if (!v || typeof v !== 'object') return h('span', {}, str(v));
    if (depth > 6) return h('span', {}, JSON.stringify(v));
    if (isObj(v) && typeof v.document === 'string' && typeof v.quote === 'string') return cite(v, file);
    if (Array.isArray(v)) return h('ol', {}, v.map((x) => h('li', {}, node(x, depth + 1))));
    return h('dl', { class: 'generic' }, Object.entries(v).map(([k, x]) => [h('dt', {}, FIELD_LABELS[k] ?? k), h('dd', {}, node(x, depth + 1))]));
  };
  return node(value, 0);
}

// ------------------------------------------------------------------ comparison
function callSafe(engine, api, ...args) {
  try { return { result: engine[api](...args) }; } catch (e) { return { error: e }; }
}

function renderCompare() {
  const a = $('compare-a').value;
  const b = $('compare-b').value;
  const date = $('compare-date').value || S.asOf;
  const eng = S.engines.after;
  const answer = (id) => {
    const file = valueOf(id);
    const tier = file?.minimumWage ? { tier: 1 } : {};
    return {
      file,
      person: callSafe(eng, 'checkEligibility', { province: id, asOf: date }),
      employer: callSafe(eng, 'estimateSubsidy', { province: id, ...tier, startDate: date, months: 6, interns: 10, retained: 6 }),
      hired: callSafe(eng, 'estimateSubsidy', { province: id, ...tier, startDate: date, months: 6, internList: [{ outcome: 'hiredEarly', outcomeDate: addMonths(date, 2), contractMonths: 12, socialInsurance: true }] }),
      report: callSafe(eng, 'reportDeadline', { province: id, month: date.slice(0, 7) }),
    };
  };
  const A = answer(a);
  const B = answer(b);
  const err = (x) => (x.error ? h('p', { class: 'error' }, ...bi(str(x.error.message), str(x.error.messageEn))) : null);
  const citeOut = (s, file) => (s ? h('details', { class: 'src' }, h('summary', {}, `${str(s.number)} ${str(s.clause)}`), h('blockquote', {}, str(s.quote))) : null);
  const rows = [
    ['依据的文件', (x) => x.person.error ? err(x.person) : h('ul', { class: 'plain' }, x.person.result.basis.documents.map((d) => h('li', {}, `${str(d.number)}（${str(d.validFrom)} 起${d.validUntil ? `，至 ${str(d.validUntil)}` : ''}）`)),
      x.person.result.basis.warnings.map((w) => h('li', { class: 'warn-inline' }, str(w.zh))))],
    ['谁可以参加', (x) => x.person.error ? err(x.person) : h('ul', { class: 'plain' }, x.person.result.categories.map((c) => h('li', {}, h('strong', {}, str(c.name.zh)),
      h('ul', {}, c.conditions.map((k) => h('li', {}, describeCondition(rawCondition(x.file, c.id, k)), citeOut(k.source))))))) ],
    ['基础补贴标准', (x) => x.employer.error ? err(x.employer) : [h('p', {}, describeStd(x.employer.result.baseStandard)), citeOut(x.employer.result.baseStandard.source)]],
    ['留用率达标后', (x) => x.employer.error ? err(x.employer) : [h('p', {}, describeStd(x.employer.result.raisedStandard)), citeOut(x.employer.result.raisedStandard.source)]],
    ['留用率怎么算', (x) => x.employer.error ? err(x.employer) : [h('p', {}, `门槛：${x.employer.result.retentionRate.thresholdPercent ? `${x.employer.result.retentionRate.thresholdPercent}%` : '文件未规定'}`),
      h('p', {}, str(x.employer.result.retentionRate.definition?.zh)), citeOut(x.employer.result.retentionRate.source)]],
    ['提前留用（剩余期限补贴）', (x) => x.hired.error ? err(x.hired) : (x.hired.result.remainingPeriod[0] ? [h('ul', { class: 'plain' }, x.hired.result.remainingPeriod[0].conditions.map((c) => h('li', { class: c.status }, str(c.detail?.zh)))),
      citeOut(x.hired.result.remainingPeriod[0].source)] : '—')],
    ['申请审核时限', (x) => x.person.error ? err(x.person) : [h('p', {}, x.person.result.apply.reviewWorkingDays ? `${x.person.result.apply.reviewWorkingDays} 个工作日` : '文件未规定'), citeOut(x.person.result.apply.reviewSource)]],
    ['月报报送时限', (x) => x.report.error ? err(x.report) : [h('p', {}, str(x.report.result.rule?.zh), `（${date.slice(0, 7)} 月报：${str(x.report.result.deadline)} 前）`), citeOut(x.report.result.source)]],
    ['见习人员待遇', (x) => x.person.error ? err(x.person) : h('ul', { class: 'plain' }, x.person.result.internGets.map((it) => h('li', {}, str(it.text?.zh))))],
  ];
  $('compare').replaceChildren(
    h('caption', { class: 'sr' }, `${str(A.file?.name?.zh)}与${str(B.file?.name?.zh)}的规则对比（${date}）`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '项目'), h('th', { scope: 'col' }, str(A.file?.name?.zh) || a), h('th', { scope: 'col' }, str(B.file?.name?.zh) || b))),
    h('tbody', {}, rows.map(([label, fn]) => h('tr', {}, h('th', { scope: 'row' }, label),
      h('td', { 'data-label': str(A.file?.name?.zh) || a }, fn(A)), h('td', { 'data-label': str(B.file?.name?.zh) || b }, fn(B))))));
}
/** The condition as written in the data (its figures), found by the category, kind and
 *  source the engine's answer names: the engine chooses the rule set, the data gives the words. */
function rawCondition(file, categoryId, answer) {
  const base = file?.baseline ? valueOf(file.baseline) : null;
  for (const f of [file, base]) {
    for (const rs of f?.ruleSets ?? []) {
      const cat = rs?.eligibility?.categories?.find((c) => c?.id === categoryId);
      const hit = cat?.conditions?.find((x) => x?.kind === answer.kind && x?.source?.document === answer.source?.document && x?.source?.quote === answer.source?.quote);
      if (hit) return hit;
    }
  }
  return { kind: answer.kind };
}
const describeStd = (s) => `${describeStandard(s)}${s.kind === 'local' && s.note ? `：${str(s.note.zh)}` : ''}`;
function addMonths(date, n) {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + n;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}${date.slice(7)}`;
}

// ------------------------------------------------------------------ edit: form parts

/** Document, clause, quote (and note) for a value, with the word-for-word check as you type. */
function sourceFields(prefix, source, file, defaultDoc) {
  const docs = docsOf(file);
  const box = h('fieldset', { class: 'source' }, h('legend', {}, '出处（每一项数值都必须注明）'));
  const docField = field({ label: '文件', type: 'select', path: `${prefix}.document`, required: true, options: [['', '请选择'], ...docs.map((d) => [str(d.id), `${str(d.number)} ${str(d.title)}`])] });
  docField.querySelector('select').value = str(source?.document ?? defaultDoc ?? '');
  const quoteField = field({ label: '原文摘录（逐字；省略处用“……”）', type: 'textarea', path: `${prefix}.quote`, value: source?.quote, required: true });
  const status = h('p', { class: 'quote-status', 'aria-live': 'polite' });
  const check = () => {
    const docId = docField.querySelector('select').value;
    const doc = docs.find((d) => d.id === docId);
    const key = D.noticeKey(doc?.fromFile);
    const q = quoteField.querySelector('textarea').value;
    status.className = 'quote-status';
    if (!doc) status.textContent = '';
    else if (!key) status.textContent = '该文件不是 seeds/ 中的原文，摘录不逐字核对。';
    else if (!S.texts.has(key)) status.textContent = `尚未添加该文件的原文（${key}），摘录暂不核对；可在“新增或修改文件”中添加。`;
    else if (!q.trim()) status.textContent = '';
    else {
      const r = D.quoteIn(q, S.texts.get(key), doc.seedParts);
      status.classList.add(r.found ? 'ok' : 'bad');
      status.textContent = r.found ? `✓ 已在 ${key} 中逐字找到。` : `✗ 与 ${key} 不符：${r.problem.zh}`;
    }
  };
  docField.querySelector('select').addEventListener('change', check);
  quoteField.querySelector('textarea').addEventListener('input', check);
  box.append(docField, field({ label: '条款（如“三（一）补贴支持”）', path: `${prefix}.clause`, value: source?.clause, required: true }), quoteField, status,
    // A remark shown beside the quote on the pages (a misprint, a date known only roughly): plain words, both languages.
    field({ label: '备注（可不填，写给公众看的说明）', path: `${prefix}.note.zh`, value: source?.note?.zh }),
    field({ label: '备注（英文，可不填：不填则与中文相同）', path: `${prefix}.note.en`, value: source?.note?.en }));
  queueMicrotask(check);
  return box;
}
const readSource = (form, prefix) => {
  const s = { document: val(form, `${prefix}.document`), clause: val(form, `${prefix}.clause`), quote: val(form, `${prefix}.quote`) };
  const note = { zh: val(form, `${prefix}.note.zh`), en: val(form, `${prefix}.note.en`) };
  if (note.zh || note.en) s.note = { zh: note.zh || note.en, en: note.en || note.zh };
  return s;
};

/** Applies `ops` to the selected file if the result is valid; otherwise shows why, next to the fields. */
function commit(form, ops, { base = '', notice = null, file = fileOf(S.j), what } = {}) {
  if (!file) return false;
  let res;
  try {
    res = D.editText(file.text, [...ops, { op: 'set', key: 'updated', value: todayIso() }], file.name);
  } catch (e) {
    showErrors(form, [{ file: file.name, field: '', zh: `无法写入：${e.messageZh ?? e.message}`, en: `Cannot write: ${e.messageEn ?? e.message}` }], base);
    return false;
  }
  const texts = notice ? new Map([...S.texts, notice]) : S.texts;
  const ev = evaluate(S.files.filter((f) => f.text != null).map((f) => (f === file ? { ...f, text: res.text } : f)), texts);
  const id = valueOf(S.j)?.id ?? S.j;
  if (ev.errors.length) {
    showErrors(form, ev.errors.map((e) => ({ ...e, field: e.id === id ? e.field : `${e.file} › ${e.field}` })), base);
    return false;
  }
  file.text = res.text;
  file.draft = null;
  if (notice) S.texts.set(...notice);
  S.log.push({ at: new Date().toLocaleTimeString('zh-CN'), file: file.name, what, rewritten: res.rewritten });
  refreshData();
  announce(`已应用：${what}${res.rewritten ? '（该文件的版式与标准不同，已按标准版式重写）' : ''}`);
  return true;
}

function announce(text) {
  $('file-message').replaceChildren(h('p', { class: 'ok-note' }, text));
}

const formShell = (title, fields, submitLabel, onSubmit, extra = []) => {
  const form = h('form', { novalidate: true, class: 'edit-form' }, h('h3', {}, title), h('div', { class: 'form-errors', role: 'alert' }), ...fields,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, submitLabel), ...extra));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const missing = [...form.querySelectorAll('[required]')].filter((n) => !n.value.trim());
    if (missing.length) {
      showErrors(form, missing.map((n) => ({ field: '', zh: `请填写“${n.labels?.[0]?.firstChild?.textContent ?? n.dataset.path}”。`, en: `Fill in “${n.dataset.path}”.`, path: n.dataset.path })).map((e) => ({ ...e, field: e.path })), '');
      return;
    }
    onSubmit(form);
  });
  return form;
};

// ------------------------------------------------------------------ edit: the forms
function documentForm() {
  const file = valueOf(S.j);
  const docs = file.documents ?? [];
  const pick = field({ label: '文件', type: 'select', path: '_pick', options: [['new', '新增一个文件'], ...docs.map((d, k) => [String(k), `${str(d.number)} ${str(d.title)}`])] });
  const body = h('div');
  const year = S.asOf.slice(0, 4);
  const fill = () => {
    const k = pick.querySelector('select').value;
    const d = k === 'new' ? { id: `${file.id}-${year}`, confidence: 'seed', fromFile: `seeds/${file.id}-${year}.txt` } : docs[Number(k)];
    const key = D.noticeKey(d.fromFile);
    const textArea = field({ label: '文件原文（粘贴全文，或选择 .txt 文件）', type: 'textarea', path: '_text', rows: 6, value: key ? S.texts.get(key) ?? '' : '',
      hint: '添加原文后，引用此文件的摘录都会逐字核对（与项目测试相同：空白不计，省略处用“……”）。原文文件名取“原文文件”一项（seeds/ 下）。' });
    const upload = h('input', { type: 'file', accept: '.txt,text/plain', id: 'doc-text-file', 'aria-label': '选择原文 .txt 文件' });
    upload.addEventListener('change', async () => {
      const f = upload.files[0];
      if (!f) return;
      try {
        D.checkSize(f.name, f.size);
        textArea.querySelector('textarea').value = await f.text();
      } catch (e) {
        showErrors(upload.form, [{ field: '_text', zh: e.messageZh ?? String(e), en: e.messageEn ?? String(e) }], '');
      }
    });
    body.replaceChildren(
      field({ label: '标识（小写字母、数字、连字符）', path: 'id', value: d.id, required: true }),
      field({ label: '文号', path: 'number', value: d.number, required: true, hint: '如 湘人社规〔2026〕1号；没有文号的写“（文号未查到）”。' }),
      field({ label: '标题', path: 'title', value: d.title, required: true }),
      field({ label: '发文机关', path: 'issuer', value: d.issuer, required: true }),
      field({ label: '印发日期', type: 'date', path: 'issuedOn', value: d.issuedOn }),
      field({ label: '日期说明（可不填，如“通知未写日期，按……起适用”）', path: 'dateNote.zh', value: d.dateNote?.zh }),
      field({ label: '日期说明（英文，可不填：不填则与中文相同）', path: 'dateNote.en', value: d.dateNote?.en }),
      field({ label: '可信度', type: 'select', path: 'confidence', options: [['seed', '有原文'], ['confirmed', '已核实'], ['reported', '据报道']], value: d.confidence }),
      field({ label: '原文文件', path: 'fromFile', value: d.fromFile, required: true, hint: '原文放在项目的 notices/seeds/ 下时写 seeds/文件名.txt；只有 seeds/ 中的原文会逐字核对。' }),
      textArea, h('div', { class: 'field' }, upload));
    body.querySelector('[data-path="confidence"]').value = d.confidence ?? 'seed';
  };
  pick.querySelector('select').addEventListener('change', fill);
  fill();
  return formShell('新增或修改文件', [pick, body], '保存文件', (form) => {
    const k = val(form, '_pick');
    const d = { id: val(form, 'id'), number: val(form, 'number'), title: val(form, 'title'), issuer: val(form, 'issuer') };
    if (val(form, 'issuedOn')) d.issuedOn = val(form, 'issuedOn');
    const dateNote = { zh: val(form, 'dateNote.zh'), en: val(form, 'dateNote.en') };
    if (dateNote.zh || dateNote.en) d.dateNote = { zh: dateNote.zh || dateNote.en, en: dateNote.en || dateNote.zh };
    d.confidence = val(form, 'confidence');
    d.fromFile = val(form, 'fromFile');
    const text = form.querySelector('[data-path="_text"]').value;
    const key = D.noticeKey(d.fromFile);
    if (text.trim() && !key) {
      showErrors(form, [{ field: 'fromFile', zh: '要核对摘录，原文文件须写成 seeds/文件名.txt。', en: 'To check quotes, name the text seeds/<name>.txt.' }], '');
      return;
    }
    const index = k === 'new' ? docs.length : Number(k);
    const ops = k === 'new' ? [{ op: 'append', key: 'documents', value: d }] : [{ op: 'replace', key: 'documents', index, value: d }];
    if (commit(form, ops, { base: `documents[${index}]`, notice: text.trim() && key ? [key, text] : null, what: `${k === 'new' ? '新增' : '修改'}文件 ${d.number}` })) renderEdit();
  });
}

function ruleSetForm() {
  const file = valueOf(S.j);
  const sets = file.ruleSets ?? [];
  const docs = docsOf(file);
  const newest = [...(file.documents ?? [])].pop();
  const latest = sets.map((rs, k) => [rs, k]).sort((a, b) => (a[0].validFrom < b[0].validFrom ? 1 : -1))[0];
  return formShell('新增规则集（自某日起适用）', [
    h('p', { class: 'hint' }, '新的通知自某日起适用时，新增一个规则集。可以复制现行规则集作为起点，再逐项改成新文件的规定；复制来的各项仍注明原文件的出处，浏览时会标出“出处为另一文件”，请逐项核对。本辖区未规定的内容按基准辖区的规则。'),
    field({ label: '依据的文件', type: 'select', path: 'document', required: true, options: [['', '请选择（先在“新增或修改文件”中添加新文件）'], ...docs.map((d) => [str(d.id), `${str(d.number)} ${str(d.title)}`])], value: newest?.id }),
    field({ label: '起始日期（自此日起适用）', type: 'date', path: 'validFrom', required: true }),
    field({ label: '有效期至（文件规定了有效期时填写）', type: 'date', path: 'validUntil' }),
    field({ label: '所针对的计划期限至', type: 'date', path: 'speaksUntil', required: true, hint: '文件所说的计划年度或政策截止日；此日之后的答案会提示“可能已有新规定”。' }),
    field({ label: '起始日期说明（文件未写明施行日期时，说明为何取此日；可不填）', path: 'validFromNote.zh' }),
    field({ label: '起始日期说明（英文，可不填）', path: 'validFromNote.en' }),
    field({ label: '起点', type: 'select', path: '_copy', options: [['', '空白（全部按基准辖区，之后逐项添加）'], ...sets.map((rs, k) => [String(k), `复制规则集 ${k + 1}：${docNumber(file, rs.document)}，${str(rs.validFrom)} 起`])], value: latest ? String(latest[1]) : '' }),
  ], '新增规则集', (form) => {
    const copy = val(form, '_copy');
    const rs = copy === '' ? {} : structuredClone(sets[Number(copy)]);
    for (const k of ['document', 'validFrom', 'validUntil', 'speaksUntil', 'validFromNote']) delete rs[k];
    const head = { document: val(form, 'document'), validFrom: val(form, 'validFrom') };
    if (val(form, 'validUntil')) head.validUntil = val(form, 'validUntil');
    head.speaksUntil = val(form, 'speaksUntil');
    if (val(form, 'validFromNote.zh')) head.validFromNote = { zh: val(form, 'validFromNote.zh'), en: val(form, 'validFromNote.en') || val(form, 'validFromNote.zh') };
    const value = { ...head, ...rs };
    if (commit(form, [{ op: 'append', key: 'ruleSets', value }], { base: `ruleSets[${sets.length}]`, what: `新增规则集：${docNumber(file, head.document)}，${head.validFrom} 起` })) {
      editState.kind = 'part';
      editState.ruleSet = sets.length;
      renderEdit();
    }
  });
}

const editState = { kind: 'document', ruleSet: null, part: 'baseSubsidy' };

function partForm() {
  const file = valueOf(S.j);
  const sets = file.ruleSets ?? [];
  if (!sets.length) return h('p', { class: 'note' }, '本辖区还没有规则集：先“新增规则集”。');
  const k = editState.ruleSet != null && sets[editState.ruleSet] ? editState.ruleSet : sets.map((rs, i) => [rs, i]).sort((a, b) => (a[0].validFrom < b[0].validFrom ? 1 : -1))[0][1];
  const rs = sets[k];
  const pickSet = field({ label: '规则集', type: 'select', path: '_set', options: sets.map((x, i) => [String(i), `规则集 ${i + 1}：${docNumber(file, x.document)}，${str(x.validFrom)} 起`]), value: String(k) });
  const pickPart = field({ label: '要修改的规则', type: 'select', path: '_part', options: Object.entries(PARTS).map(([key, p]) => [key, `${p.label}${rs[key] ? '' : '（本规则集未规定）'}`]), value: editState.part });
  pickSet.querySelector('select').addEventListener('change', (e) => { editState.ruleSet = Number(e.target.value); renderEdit(); });
  pickPart.querySelector('select').addEventListener('change', (e) => { editState.part = e.target.value; renderEdit(); });
  const part = PARTS[editState.part];
  const cur = rs[editState.part];
  const fields = partFields(editState.part, cur);
  // A threshold needs its definition (how the rate is counted): the engine refuses one without.
  const defined = editState.part === 'retentionThreshold';
  if (defined) fields.push(field({ label: '留用率怎么算（中文）', type: 'textarea', path: 'definition.zh', value: cur?.definition?.zh, required: true, hint: '写明分子、分母；文件没有写明的，照实说明。' }),
    field({ label: '留用率怎么算（英文，可不填）', type: 'textarea', path: 'definition.en', value: cur?.definition?.en }));
  fields.push(sourceFields('source', cur?.source, file, rs.document));
  const remove = cur ? h('button', { type: 'button', class: 'link', on: { click: () => {
    const next = structuredClone(rs);
    delete next[editState.part];
    if (commit(remove.form, [{ op: 'replace', key: 'ruleSets', index: k, value: next }], { base: `ruleSets[${k}]`, what: `删除规则集 ${k + 1} 的${part.label}（改按基准辖区）` })) renderEdit();
  } } }, '删除此项（改按基准辖区的规则）') : null;
  return formShell('修改补贴标准或其他规则', [pickSet, pickPart, ...fields], '保存', (form) => {
    const read = readPart(form, editState.part, readSource(form, 'source'));
    const { value } = read;
    const missing = read.missing ?? (defined && !val(form, 'definition.zh') ? 'definition.zh' : null);
    if (missing) { showErrors(form, [{ field: missing, zh: '请填写此项。', en: 'This is required.' }], ''); return; }
    if (defined) value.definition = { zh: val(form, 'definition.zh'), en: val(form, 'definition.en') || val(form, 'definition.zh') };
    const next = structuredClone(rs);
    const had = editState.part in next;
    next[editState.part] = part.standard ? value : keepUnshown(cur, value, part);
    if (!had) { // keep the usual order of parts in the file
      const order = ['document', 'validFrom', 'validUntil', 'validFromNote', 'speaksUntil', 'eligibility', 'baseSubsidy', 'raisedSubsidy', 'retentionThreshold', 'remainingPeriod', 'internshipMonths', 'review', 'serviceZone', 'reportDeadline', 'internBenefits', 'employerNotes', 'internSocialInsurance'];
      const sorted = Object.fromEntries(Object.keys(next).sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99)).map((x) => [x, next[x]]));
      Object.keys(next).forEach((x) => delete next[x]);
      Object.assign(next, sorted);
    }
    if (commit(form, [{ op: 'replace', key: 'ruleSets', index: k, value: next }], { base: `ruleSets[${k}].${editState.part}`, what: `规则集 ${k + 1}（${docNumber(file, rs.document)}）的${part.label}：${part.standard ? describeStandard(value) : Object.entries(value).filter(([x]) => x !== 'source' && x !== 'definition').map(([x, v]) => `${FIELD_LABELS[x] ?? x} ${v}`).join('，')}` })) renderEdit();
  }, remove ? [remove] : []);
}

/**
 * A part as saved: the form's figures, in the file's order, with what the form does not show
 * (a threshold's readings, say) kept from the current value rather than dropped.
 */
function keepUnshown(cur, value, part) {
  if (!isObj(cur)) return value;
  const shown = new Set([...part.fields.map(([k]) => k), 'source', 'definition']);
  const out = {};
  for (const k of Object.keys(cur)) if (k in value) out[k] = value[k]; else if (!shown.has(k)) out[k] = cur[k];
  return Object.assign(out, value);
}

function wageForm() {
  const file = valueOf(S.j);
  const t = file.minimumWage;
  const tierNames = t?.tierNames ?? [];
  const fields = [];
  if (!t) fields.push(h('p', { class: 'hint' }, '本辖区还没有最低工资表：写出各档名称即可新建。'), field({ label: '各档名称（用顿号或逗号分隔，如 第一档、第二档、第三档）', path: 'tierNames', required: true }));
  fields.push(field({ label: '起始日期（新标准自此日起执行）', type: 'date', path: 'from', required: true }));
  if (t) fields.push(...wageFields(tierNames, null, { withDate: false }));
  else fields.push(field({ label: '各档金额（元/月，与各档名称顺序相同，用逗号分隔）', path: 'amounts', required: true }));
  fields.push(field({ label: '只知道最迟此日已执行（确切日期不详）', type: 'checkbox', path: 'inForceBy' }),
    field({ label: '最早可能的执行日期（可不填）', type: 'date', path: 'earliest' }),
    sourceFields('source', null, file, [...(file.documents ?? [])].pop()?.id));
  return formShell('新增最低工资标准', fields, '新增标准', (form) => {
    const entry = { from: val(form, 'from') };
    if (val(form, 'inForceBy')) { entry.inForceBy = true; if (val(form, 'earliest')) entry.earliest = val(form, 'earliest'); }
    entry.amounts = t ? readWageAmounts(form, tierNames) : val(form, 'amounts').split(/[,，、\s]+/).filter(Boolean).map(num);
    entry.source = readSource(form, 'source');
    const table = t ? structuredClone(t) : { tierNames: val(form, 'tierNames').split(/[,，、]+/).map((s) => s.trim()).filter(Boolean).map((zh, k) => ({ zh, en: `Tier ${k + 1}` })), entries: [] };
    const at = table.entries.filter((e) => e.from < entry.from).length;
    table.entries.splice(at, 0, entry);
    if (commit(form, [{ op: 'set', key: 'minimumWage', value: table }], { base: `minimumWage.entries[${at}]`, what: `新增最低工资标准（${entry.from} 起：${entry.amounts.join('、')}）` })) renderEdit();
  });
}

function quotaForm() {
  const file = valueOf(S.j);
  const list = file.quotas ?? [];
  const pick = field({ label: '任务表', type: 'select', path: '_pick', options: [['new', '新增一个任务表'], ...list.map((q, k) => [String(k), `${str(q.title?.zh)}（${str(q.id)}）`])] });
  const body = h('div');
  const fill = () => {
    const k = pick.querySelector('select').value;
    const q = k === 'new' ? { id: `${file.id}-${S.asOf.slice(0, 4)}`, columns: [{ zh: '募集岗位数', en: 'Posts to raise' }] } : list[Number(k)];
    body.replaceChildren(
      field({ label: '标识', path: 'id', value: q.id, required: true }),
      field({ label: '标题', path: 'title.zh', value: q.title?.zh, required: true }),
      field({ label: '标题（英文）', path: 'title.en', value: q.title?.en }),
      field({ label: '各列（每行一列：中文 | 英文）', type: 'textarea', path: 'columns', rows: 2, required: true, value: (q.columns ?? []).map((c) => `${str(c.zh)} | ${str(c.en)}`).join('\n') }),
      field({ label: '各地任务（每行一个地区：地区, 数值1, 数值2…；可从表格中复制）', type: 'textarea', path: 'rows', rows: 8, required: true, value: (q.rows ?? []).map((r) => [r.region, ...(r.values ?? [])].join(', ')).join('\n') }),
      field({ label: '文件所列合计（各列，用逗号分隔；可不填）', path: 'total', value: (q.total ?? []).join(', '), hint: '填写后会核对各地之和。' }),
      sourceFields('source', q.source, file, [...(file.documents ?? [])].pop()?.id));
  };
  pick.querySelector('select').addEventListener('change', fill);
  fill();
  return formShell('岗位募集任务表', [pick, body], '保存任务表', (form) => {
    const k = val(form, '_pick');
    const cells = (line) => line.split(/[,，\t]/).map((s) => s.trim()).filter((s) => s !== '');
    const q = { id: val(form, 'id'), title: { zh: val(form, 'title.zh'), en: val(form, 'title.en') || val(form, 'title.zh') } };
    q.columns = val(form, 'columns').split('\n').filter((l) => l.trim()).map((l) => { const [zh, en] = l.split('|').map((s) => s.trim()); return { zh, en: en || zh }; });
    const total = cells(val(form, 'total')).map(num);
    if (total.length) q.total = total;
    q.source = readSource(form, 'source');
    q.rows = val(form, 'rows').split('\n').filter((l) => l.trim()).map((l) => { const [region, ...values] = cells(l); return { region, values: values.map((v) => num(v.replace(/[^\d.-]/g, '')) ?? v) }; });
    const index = k === 'new' ? list.length : Number(k);
    const ops = k === 'new' ? [{ op: 'append', key: 'quotas', value: q }] : [{ op: 'replace', key: 'quotas', index, value: q }];
    if (commit(form, ops, { base: `quotas[${index}]`, what: `${k === 'new' ? '新增' : '修改'}岗位任务表 ${q.title.zh}` })) renderEdit();
  });
}

function jurisdictionForm() {
  const list = S.values.map((e) => e.value);
  const form = formShell('新建辖区', [
    h('p', { class: 'hint' }, '地市或新的省份：复制一个现有辖区后修改，或从模板开始（只含第一份文件和一个规则集，其余全部按基准辖区）。'),
    field({ label: '起点', type: 'select', path: '_from', options: [['template', '模板（空白）'], ...list.map((f) => [str(f.id), `复制 ${str(f.name?.zh)}`])] }),
    field({ label: '标识（小写字母、数字、连字符，如 zhengzhou）', path: 'id', required: true }),
    field({ label: '名称', path: 'name.zh', required: true }),
    field({ label: '名称（英文）', path: 'name.en', required: true }),
    field({ label: '基准辖区', type: 'select', path: 'baseline', options: [['', '无'], ...list.filter((f) => !f.baseline).map((f) => [str(f.id), str(f.name?.zh)])], value: 'national' }),
    h('fieldset', { class: 'template-only' }, h('legend', {}, '模板：第一份文件和规则集'),
      field({ label: '文号', path: 'doc.number' }), field({ label: '标题', path: 'doc.title' }), field({ label: '发文机关', path: 'doc.issuer' }),
      field({ label: '印发日期', type: 'date', path: 'doc.issuedOn' }), field({ label: '起始日期', type: 'date', path: 'rs.validFrom' }), field({ label: '所针对的计划期限至', type: 'date', path: 'rs.speaksUntil' })),
  ], '新建辖区', (f) => {
    const id = val(f, 'id');
    const from = val(f, '_from');
    const name = `${id}.toml`;
    if (S.files.some((x) => x.name === name)) { showErrors(f, [{ field: 'id', zh: `已有文件 ${name}。`, en: `${name} exists already.` }], ''); return; }
    let text;
    const head = `# ${val(f, 'name.zh')}：${from === 'template' ? '由模板新建' : `复制自 ${from}`}（${todayIso()}，政策规则工作室）。\n`;
    const ops = [{ op: 'set', key: 'id', value: id }, { op: 'set', key: 'name', value: { zh: val(f, 'name.zh'), en: val(f, 'name.en') } }, { op: 'set', key: 'updated', value: todayIso() }];
    const baseline = val(f, 'baseline');
    try {
      if (from === 'template') {
        const docId = `${id}-${(val(f, 'rs.validFrom') || todayIso()).slice(0, 4)}`;
        const value = { id, name: { zh: val(f, 'name.zh'), en: val(f, 'name.en') }, ...(baseline ? { baseline } : {}), updated: todayIso(),
          documents: [{ id: docId, number: val(f, 'doc.number'), title: val(f, 'doc.title'), issuer: val(f, 'doc.issuer'), ...(val(f, 'doc.issuedOn') ? { issuedOn: val(f, 'doc.issuedOn') } : {}), confidence: 'seed', fromFile: `seeds/${docId}.txt` }],
          ruleSets: [{ document: docId, validFrom: val(f, 'rs.validFrom'), speaksUntil: val(f, 'rs.speaksUntil') }] };
        text = D.writeToml(value, head);
      } else {
        const src = S.files.find((x) => x.name === S.values.find((e) => e.value.id === from)?.name);
        text = D.editText(src.text.replace(/^(?:[ \t]*#[^\n]*\n)+/, head), [...ops, baseline ? { op: 'set', key: 'baseline', value: baseline } : { op: 'delete', key: 'baseline' }], name).text;
      }
    } catch (e) {
      showErrors(f, [{ field: '', zh: str(e.messageZh ?? e.message), en: str(e.messageEn ?? e.message) }], '');
      return;
    }
    const ev = evaluate([...applied(), { name, text }]);
    if (ev.errors.length) { showErrors(f, ev.errors.map((e) => ({ ...e, field: e.id === id ? e.field.replace(/^documents\[0\]\./, 'doc.').replace(/^ruleSets\[0\]\./, 'rs.') : e.field })), ''); return; }
    S.files.push({ name, text, draft: null, original: null });
    S.log.push({ at: new Date().toLocaleTimeString('zh-CN'), file: name, what: `新建辖区 ${val(f, 'name.zh')}` });
    S.j = id;
    refreshData();
    announce(`已新建辖区 ${val(f, 'name.zh')}（${name}）。`);
  });
  const tmpl = form.querySelector('.template-only');
  const sync = () => { tmpl.hidden = val(form, '_from') !== 'template'; };
  form.querySelector('[data-path="_from"]').addEventListener('change', sync);
  sync();
  return form;
}

function tomlForm() {
  const entry = fileOf(S.j) ?? S.files.find((f) => f.text == null);
  const files = S.files;
  const pick = field({ label: '文件', type: 'select', path: '_file', options: files.map((f) => [f.name, `${f.name}${f.text == null ? '（尚未生效）' : f.draft != null ? '（有未应用的修改）' : f.text !== f.original ? '（已修改）' : ''}`]), value: editState.tomlFile ?? entry?.name });
  const file = files.find((f) => f.name === (editState.tomlFile ?? entry?.name)) ?? files[0];
  pick.querySelector('select').addEventListener('change', (e) => { editState.tomlFile = e.target.value; renderEdit(); });
  const area = field({ label: `${file.name} 的 TOML 文本`, type: 'textarea', path: '_toml', rows: 24, value: file.draft ?? file.text ?? '' });
  const ta = area.querySelector('textarea');
  ta.classList.add('code');
  ta.addEventListener('input', () => { file.draft = ta.value; });
  const errorsBox = h('div', { class: 'toml-errors', role: 'alert' });
  const apply = () => {
    const text = ta.value;
    const ev = evaluate([...S.files.filter((f) => f.text != null && f !== file), { name: file.name, text }]);
    if (ev.errors.length) {
      errorsBox.replaceChildren(h('p', {}, `未应用：${ev.errors.length} 处错误`), h('ul', {}, ev.errors.map((e) => {
        const line = e.line ?? (e.file === file.name && e.field ? D.lineOf(text, e.field) : null);
        return h('li', { class: 'error' }, `${e.file}${e.field ? ` › ${e.field}` : ''}${line ? `（第 ${line} 行附近）` : ''}：`, h('span', {}, str(e.zh)), ' ', h('span', { lang: 'en', class: 'en' }, str(e.en)));
      })));
      ta.setAttribute('aria-invalid', 'true');
      return;
    }
    ta.removeAttribute('aria-invalid');
    file.text = text;
    file.draft = null;
    S.log.push({ at: new Date().toLocaleTimeString('zh-CN'), file: file.name, what: `编辑 TOML 文本` });
    errorsBox.replaceChildren();
    const id = ev.entries.find((e) => e.name === file.name)?.value?.id;
    if (id) S.j = id;
    refreshData();
    announce(`已应用 ${file.name} 的修改。`);
  };
  const buttons = [
    h('button', { type: 'button', class: 'primary', on: { click: apply } }, '检查并应用'),
    h('button', { type: 'button', class: 'link', on: { click: () => { file.draft = null; renderEdit(); } } }, '放弃未应用的修改'),
    file.original != null && file.text !== file.original ? h('button', { type: 'button', class: 'link', on: { click: () => { file.text = file.original; file.draft = null; S.log.push({ at: new Date().toLocaleTimeString('zh-CN'), file: file.name, what: '恢复为原来的版本' }); refreshData(); } } }, '恢复为原来的版本') : null,
    file.original == null ? h('button', { type: 'button', class: 'link', on: { click: () => { S.files.splice(S.files.indexOf(file), 1); editState.tomlFile = null; S.j = S.values[0]?.value?.id ?? S.j; refreshData(); } } }, '删除此文件') : null,
  ];
  return h('div', { class: 'edit-form' }, h('h3', {}, '编辑 TOML 文本'), h('p', { class: 'hint' }, '格式见项目的 policies/*.toml：每一项数值都带 source = { document, clause, quote }，日期写成带引号的字符串。应用前先由引擎的校验器检查。'),
    pick, area, errorsBox, h('div', { class: 'actions' }, buttons));
}

function renderEdit() {
  $('edit-kind').value = editState.kind;
  const file = valueOf(S.j);
  const forms = { document: documentForm, ruleSet: ruleSetForm, part: partForm, wage: wageForm, quota: quotaForm, jurisdiction: jurisdictionForm, toml: tomlForm };
  const needsFile = !['jurisdiction', 'toml'].includes(editState.kind);
  $('edit-form').replaceChildren(needsFile && !file ? h('p', { class: 'note' }, '请先选择一个辖区。') : forms[editState.kind]());
  renderLog();
}

function renderLog() {
  const changed = S.files.filter((f) => f.text !== f.original);
  $('edit-log').replaceChildren(changed.length ? h('ul', { class: 'plain' }, changed.map((f) => h('li', {}, h('strong', {}, f.name), f.original == null ? '（新文件）' : f.text == null ? '（尚未生效）' : '',
    h('ul', {}, changesOf(f).slice(0, 40).map((c) => h('li', {}, c))),
    f.original != null ? h('button', { type: 'button', class: 'link', on: { click: () => { f.text = f.original; f.draft = null; refreshData(); } } }, `撤销 ${f.name} 的全部修改`) : null))) : h('p', {}, '还没有修改。'));
}

/** What changed in a file, in words. */
function changesOf(f) {
  const before = f.original != null ? safeRead(f.original, f.name) : null;
  const after = f.text != null ? safeRead(f.text, f.name) : null;
  if (!after) return ['（尚未生效）'];
  if (!before) return [`新辖区：${str(after.name?.zh)}`];
  const show = (v) => (v === undefined ? '—' : typeof v === 'object' ? summarizeValue(v) : str(v));
  return D.diff(before, after).filter((c) => c.path !== 'updated').flatMap((c) => {
    const where = pathLabel(c.path, c.kind === 'removed' ? before : after);
    const m = /^ruleSets\[(\d+)\]$/.exec(c.path);
    if (c.kind === 'added' && m) {
      // A new rule set: what it changes from the one in force before it.
      const rs = c.after;
      const prev = (before.ruleSets ?? []).filter((x) => str(x?.validFrom) < str(rs?.validFrom)).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
      const head = `新增 ${where}：${show(c.after)}`;
      if (!prev) return [head];
      const dates = new Set(['document', 'validFrom', 'validUntil', 'speaksUntil', 'validFromNote']);
      const strip = (x) => Object.fromEntries(Object.entries(x).filter(([k]) => !dates.has(k)));
      // A changed source is one line (its document, clause and quote together).
      const seen = new Set();
      const inner = D.diff(strip(prev), strip(rs)).map((d) => {
        const at = /^(baseSubsidy|raisedSubsidy)\./.exec(d.path)?.[1] ?? /^(.*\.source)\./.exec(d.path)?.[1];
        if (!at) return d;
        const get = (o) => at.split(/\.|\[|\]/).filter(Boolean).reduce((x, k) => x?.[k], o);
        return { path: at, kind: 'changed', before: get(prev), after: get(rs) };
      }).filter((d) => !seen.has(d.path) && seen.add(d.path));
      const label = `与此前的规则集（${docNumber(before, prev.document)}，${str(prev.validFrom)} 起）相比`;
      if (!inner.length) return [head, `　${label}：规则内容相同（仅文件和日期不同）`];
      const sourceOf = (d) => (isObj(d.after?.source) ? `（出处：${docNumber(after, d.after.source.document)} ${str(d.after.source.clause)}）` : '');
      return [head, ...inner.map((d) => `　${label}：${pathLabel(d.path, d.kind === 'removed' ? prev : rs) || d.path}：${show(d.before)} → ${show(d.after)}${sourceOf(d)}`)];
    }
    if (c.kind === 'added') return `新增 ${where}：${show(c.after)}`;
    if (c.kind === 'removed') return `删除 ${where}：${show(c.before)}`;
    return `${where}：${show(c.before)} → ${show(c.after)}`;
  });
}
function summarizeValue(v) {
  if (Array.isArray(v)) return v.every((x) => x === null || typeof x !== 'object') ? v.map(str).join('、') : `${v.length} 项`;
  if (v.kind && (v.amount !== undefined || v.percent !== undefined || v.kind === 'local')) return describeStandard(v);
  if (v.number && v.title) return `${str(v.number)} ${str(v.title)}`;
  if (v.validFrom) return `${str(v.validFrom)} 起${v.validUntil ? `，至 ${str(v.validUntil)}` : ''}`;
  if (v.from && v.amounts) return `${str(v.from)} 起 ${v.amounts.map(str).join('、')}`;
  if (v.quote !== undefined) return `${str(v.clause)}：“${str(v.quote)}”`;
  if (v.zh !== undefined) return str(v.zh);
  return `${Object.keys(v).length} 项内容`;
}
function safeRead(text, name) {
  try { return D.readToml(text, name); } catch { return null; }
}

// ------------------------------------------------------------------ check
function sampleAnswers(file, asOf) {
  const list = D.samples(file, asOf, HUKOU);
  if (S.sheet?.interns?.length) {
    const starts = S.sheet.interns.map((i) => i.startDate).filter((d) => /^\d{4}-\d\d-\d\d$/.test(d ?? '')).sort();
    list.push({ id: 'sheet', api: 'estimateSubsidy', zh: `导入的名单：${S.sheet.name}（${S.sheet.interns.length} 人）`, en: 'Imported list',
      input: { province: file.id, ...(file.minimumWage ? { tier: 1 } : {}), startDate: starts[0] ?? asOf, months: 6, internList: S.sheet.interns, skipInvalidRows: true } });
  }
  return list.map((s) => {
    const b = callSafe(S.engines.before, s.api, structuredClone(s.input));
    const a = callSafe(S.engines.after, s.api, structuredClone(s.input));
    const sb = D.summary(s.api, b.result, b.error);
    const sa = D.summary(s.api, a.result, a.error);
    const shown = (x) => str(x.display ?? x.value ?? '—');
    const keys = [...new Set([...sb.map((x) => x.key), ...sa.map((x) => x.key)])];
    const lines = keys.map((key) => {
      const x = sb.find((y) => y.key === key);
      const y = sa.find((z) => z.key === key);
      return { key, label: (y ?? x).label, before: x ? shown(x) : '—', after: y ? shown(y) : '—', changed: (x ? shown(x) : '—') !== (y ? shown(y) : '—') };
    });
    return { ...s, before: b, after: a, lines, changed: lines.some((l) => l.changed) };
  });
}

function renderCheck() {
  const file = valueOf(S.j);
  $('as-of').value = S.asOf;
  if (!file || S.status.errors.length) {
    $('samples').replaceChildren(h('caption', {}, S.status.errors.length ? '数据有错误，请先改正（见页首）。' : '请选择辖区。'));
    $('cases').replaceChildren();
    return;
  }
  const rows = sampleAnswers(file, S.asOf);
  S.lastSamples = rows;
  const only = $('only-changed').checked;
  $('samples').replaceChildren(
    h('caption', { class: 'sr' }, `${str(file.name?.zh)}：修改前后的答案（${S.asOf}）`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '示例'), h('th', { scope: 'col' }, '修改前'), h('th', { scope: 'col' }, '修改后'), h('th', { scope: 'col' }, h('span', { class: 'sr' }, '操作')))),
    h('tbody', {}, rows.filter((r) => !only || r.changed).map((r) => h('tr', { class: r.changed ? 'changed' : '', 'data-sample': r.id },
      h('th', { scope: 'row' }, r.zh, r.changed ? h('span', { class: 'tag changed' }, '变化') : null),
      ['before', 'after'].map((side) => h('td', {}, h('ul', { class: 'plain lines' }, r.lines.map((l) => h('li', { class: l.changed ? 'diff' : '' }, `${l.label}：`, h('span', { class: 'v' }, l[side]), l.changed ? h('span', { class: 'sr' }, '（有变化）') : null))))),
      h('td', {}, h('button', { type: 'button', class: 'link', on: { click: () => addCaseFrom(r) } }, '存为用例'))))));
  renderCases(file);
}

function addCaseFrom(r) {
  const c = D.caseFrom({ name: `${r.zh}（${S.asOf}）`, api: r.api, input: r.input, result: r.after.result, error: r.after.error });
  S.userCases.push(c);
  renderCheck();
  announce(`已添加用例“${c.name}”（期望值取修改后的答案）。`);
}

function renderCases(file) {
  const all = $('all-cases').checked;
  const list = [...S.cases.map((c) => ({ c, own: false })), ...S.userCases.map((c) => ({ c, own: true }))]
    .filter(({ c, own }) => own || all || D.caseJurisdiction(c, S.values.map((e) => e.value)) === file.id);
  const results = list.map(({ c, own }) => ({ c, own, before: D.runCase(S.engines.before, c), after: D.runCase(S.engines.after, c) }));
  const passB = results.filter((r) => !r.before.problems.length).length;
  const passA = results.filter((r) => !r.after.problems.length).length;
  $('cases-summary').textContent = `${results.length} 个用例：修改前通过 ${passB} 个，修改后通过 ${passA} 个${passA < results.length ? `；${results.length - passA} 个在修改后不成立（规则改变时这是预期的：核对后可按修改后的答案更新）` : ''}。`;
  $('cases').replaceChildren(
    h('caption', { class: 'sr' }, '用例结果'),
    h('thead', {}, h('tr', {}, ['用例', '依据条款', '修改前', '修改后', ''].map((x) => h('th', { scope: 'col' }, x || h('span', { class: 'sr' }, '操作'))))),
    h('tbody', {}, results.map((r) => h('tr', { class: r.after.problems.length ? 'failing' : '' },
      h('td', {}, str(r.c.name), h('p', { class: 'hint' }, r.own ? '我的用例' : str(r.c.file))),
      h('td', {}, str(r.c.cite)),
      h('td', {}, r.before.problems.length ? h('span', { class: 'no' }, '✗ 不成立') : h('span', { class: 'yes' }, '✓ 成立')),
      h('td', {}, r.after.problems.length ? [h('span', { class: 'no' }, '✗ 不成立'), h('ul', { class: 'plain hint' }, r.after.problems.map((p) => h('li', {}, p)))] : h('span', { class: 'yes' }, '✓ 成立')),
      h('td', {}, r.after.problems.length ? h('button', { type: 'button', class: 'link', on: { click: () => updateCase(r) } }, '按修改后的答案更新') : null)))));
  $('user-cases').replaceChildren(S.userCases.length ? h('ul', { class: 'plain' }, S.userCases.map((c, k) => h('li', {}, `${c.name}（${c.api}）`,
    h('button', { type: 'button', class: 'link', 'aria-label': `删除用例 ${c.name}`, on: { click: () => { S.userCases.splice(k, 1); renderCheck(); } } }, '删除')))) : h('p', { class: 'hint' }, '还没有。在上表中点“存为用例”，或导入用例文件。'));
}

function updateCase(r) {
  const c = structuredClone(r.c);
  delete c.file;
  const { result, error } = r.after;
  if (error) { delete c.expect; c.error = error.code; c.errorField = error.field; } else {
    delete c.error; delete c.errorField;
    c.expect = Object.fromEntries(Object.keys(r.c.expect ?? {}).map((p) => { const v = D.lookup(result, p); return [p, v === null ? 'null' : v ?? 'null']; }));
  }
  c.name = `${c.name}（按 ${S.asOf} 修改后的规则）`;
  if (r.own) S.userCases[S.userCases.indexOf(r.c)] = c; else S.userCases.push(c);
  renderCheck();
  announce(`已把用例“${r.c.name}”的期望值更新为修改后的答案（在“我的用例”中）。`);
}

async function importSheet(file) {
  const status = $('sheet-status');
  try {
    D.checkSize(file.name, file.size);
    const b = await import('./batch.js');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const rows = bytes[0] === 0x50 && bytes[1] === 0x4b ? b.parseXlsx(bytes) : b.parseCsv(b.decodeText(bytes));
    const { interns, problems } = b.toInterns(rows);
    S.sheet = { name: file.name, interns, problems };
    status.textContent = `已导入 ${interns.length} 名见习人员${problems.length ? `；${problems.length} 处问题：${problems.map((p) => p.reason).join('；')}` : ''}。`;
  } catch (e) {
    S.sheet = null;
    status.textContent = e instanceof D.StudioError ? e.messageZh : '文件无法按 .xlsx 或 .csv 读取。';
  }
  renderCheck();
}

// ------------------------------------------------------------------ publish
function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function renderPublish() {
  const ok = !S.status.errors.length && S.files.every((f) => f.text != null && f.draft == null);
  const changed = S.files.filter((f) => f.text !== f.original);
  $('publish-status').replaceChildren(ok
    ? h('p', { class: 'ok-note' }, `数据有效：${S.values.length} 个政策文件通过引擎校验，${S.status.quotes.length} 条摘录已与原文逐字核对。${changed.length ? `已修改 ${changed.length} 个文件。` : '尚未修改。'}`)
    : h('p', { class: 'error' }, S.status.errors.length ? '数据有错误，改正后才能下载（见页首）。' : '有尚未应用或尚未生效的修改：请在“编辑 TOML 文本”中应用或放弃。'));
  const out = ok ? D.outputs(S.values) : null;
  const btn = (label, name, text, type, id) => h('button', { type: 'button', class: 'link', id, disabled: !ok || text == null, on: { click: () => download(name, text, type) } }, label);
  $('downloads').replaceChildren(
    btn('policies.json（全部数据，网页使用）', 'policies.json', out?.['policies.json'], 'application/json', 'dl-policies'),
    btn('policies-youth.json（资格自测页使用）', 'policies-youth.json', out?.['policies-youth.json'], 'application/json', 'dl-youth'),
    btn('policies.js（微信小程序 miniprogram/data/）', 'policies.js', out?.['policies.js'], 'text/javascript', 'dl-miniprogram'));
  const notices = [...S.texts].filter(([k]) => !S.builtInNotices.has(k));
  $('source-downloads').replaceChildren(
    ...S.files.filter((f) => f.text != null).map((f) => btn(`${f.name}${f.text !== f.original ? '（已修改）' : ''}`, f.name, f.text, 'text/plain', `dl-src-${f.name.replace(/\W/g, '-')}`)),
    ...notices.map(([k, t]) => btn(`${k}（新文件原文，放入 notices/）`, k.split('/').pop(), t, 'text/plain')),
    h('button', { type: 'button', class: 'link', id: 'dl-project', on: { click: () => download('jianxi-studio-project.json', projectJson(), 'application/json') } }, '保存工作进度（项目文件，可再打开）'));
  renderSummary();
}

function renderSummary() {
  const changed = S.files.filter((f) => f.text !== f.original);
  const parts = [h('h2', { id: 'summary-h' }, '政策数据修改说明'), h('p', {}, `生成日期：${todayIso()}　　答案对比日期：${S.asOf}`)];
  if (!changed.length) parts.push(h('p', {}, '没有修改。'));
  for (const f of changed) {
    const after = f.text != null ? safeRead(f.text, f.name) : null;
    const before = f.original != null ? safeRead(f.original, f.name) : null;
    const file = after ?? before;
    parts.push(h('h3', {}, `${str(file?.name?.zh)}（${f.name}）`));
    const newDocs = (after?.documents ?? []).filter((d) => !(before?.documents ?? []).some((x) => x.id === d.id));
    if (newDocs.length) parts.push(h('h4', {}, '新增文件'), h('ul', {}, newDocs.map((d) => h('li', {}, `${str(d.number)}《${str(d.title)}》，${str(d.issuer)}${d.issuedOn ? `，${str(d.issuedOn)} 印发` : ''}`))));
    const newSets = (after?.ruleSets ?? []).filter((rs, k) => !before?.ruleSets?.[k] || !D.sameData(before.ruleSets[k], rs));
    if (newSets.length) {
      parts.push(h('h4', {}, '生效日期'), h('ul', {}, newSets.map((rs) => h('li', {}, `${docNumber(after, rs.document)}：自 ${str(rs.validFrom)} 起${rs.validUntil ? `，有效期至 ${str(rs.validUntil)}` : ''}；所针对的计划期限至 ${str(rs.speaksUntil)}`))));
    }
    parts.push(h('h4', {}, '修改内容'), h('ul', {}, changesOf(f).map((c) => h('li', {}, c))));
    if (after && S.engines.after && !S.status.errors.length) {
      const rows = sampleAnswers(after, S.asOf).filter((r) => r.changed);
      parts.push(h('h4', {}, `答案的变化（${S.asOf}）`), rows.length ? h('table', { class: 'beforeafter' },
        h('thead', {}, h('tr', {}, ['示例', '项目', '修改前', '修改后'].map((x) => h('th', { scope: 'col' }, x)))),
        h('tbody', {}, rows.flatMap((r) => r.lines.filter((l) => l.changed).map((l) => h('tr', {}, h('td', {}, r.zh), h('td', {}, l.label), h('td', {}, l.before), h('td', {}, l.after))))))
        : h('p', {}, '示例答案没有变化。'));
    }
  }
  const all = [...S.cases, ...S.userCases];
  if (S.engines.after && !S.status.errors.length) {
    const failing = all.filter((c) => D.runCase(S.engines.after, c).problems.length);
    parts.push(h('h3', {}, '检查用例'), h('p', {}, `${all.length} 个用例中 ${all.length - failing.length} 个在修改后的数据上成立。`),
      failing.length ? h('ul', {}, failing.map((c) => h('li', {}, `不成立：${str(c.name)}（${str(c.cite)}）`))) : null);
  }
  parts.push(h('div', { class: 'signoff' }, h('p', {}, '修改人：＿＿＿＿＿＿　　审核人：＿＿＿＿＿＿　　日期：＿＿＿＿＿＿')));
  $('summary').replaceChildren(...parts);
}

function projectJson() {
  return `${JSON.stringify({ jianxiStudioProject: 1, savedAt: todayIso(), files: S.files.map(({ name, text, draft, original }) => ({ name, text, draft, original })),
    notices: [...S.texts].filter(([k]) => !S.builtInNotices.has(k)).map(([path, text]) => ({ path, text })), userCases: S.userCases }, null, 1)}\n`;
}

// ------------------------------------------------------------------ opening files
function fileProblem(zh, en) {
  $('file-message').replaceChildren(h('div', { class: 'error-box' }, h('p', {}, zh), h('p', { lang: 'en' }, en)));
}

async function openFile(f) {
  $('file-message').replaceChildren();
  try {
    D.checkSize(f.name, f.size);
    const text = await f.text();
    if (/\.toml$/i.test(f.name) || !/^\s*[[{]/.test(text)) return openToml(f.name, text);
    const value = D.readJson(text, f.name);
    if (isObj(value) && value.jianxiStudioProject === 1) return openProject(value, f.name);
    if (Array.isArray(value)) return openDataFile(value, f.name);
    if (isObj(value)) return openToml(`${str(value.id) || 'imported'}.toml`, D.writeToml(stripNulls(value), `# 由 ${f.name} 转换（${todayIso()}）。\n`));
    throw new D.StudioError(f.name, '', '不是政策文件、数据文件或项目文件。', 'Not a policy file, a data file or a studio project.');
  } catch (e) {
    if (e instanceof D.StudioError) fileProblem(`${e.file}${e.field ? ` › ${e.field}` : ''}：${e.messageZh}`, e.messageEn);
    else fileProblem(`无法打开 ${f.name}：${str(e.message)}`, `Cannot open ${f.name}: ${str(e.message)}`);
  }
}

function stripNulls(v) {
  if (Array.isArray(v)) return v.filter((x) => x !== null).map(stripNulls);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null).map(([k, x]) => [k, stripNulls(x)]));
  return v;
}

function openToml(name, text) {
  const value = D.readToml(text, name); // size, depth, syntax
  const id = isObj(value) ? str(value.id) : '';
  const existing = S.files.find((f) => f.text != null && S.values.find((e) => e.name === f.name)?.value?.id === id) ?? S.files.find((f) => f.name === name);
  const fname = existing?.name ?? (/^[a-z0-9-]+$/.test(id) ? `${id}.toml` : name.replace(/[^\w.-]/g, '_'));
  const ev = evaluate([...applied().filter((f) => f !== existing), { name: fname, text }]);
  const target = existing ?? { name: fname, text: null, draft: null, original: null };
  if (!existing) S.files.push(target);
  if (ev.errors.length) {
    target.draft = text;
    editState.kind = 'toml';
    editState.tomlFile = fname;
    fileProblem(`${name} 有 ${ev.errors.length} 处错误，未生效：${ev.errors.slice(0, 3).map((e) => `${e.field ? `${e.field}：` : ''}${e.zh}`).join('；')}。已放入“编辑 TOML 文本”，改正后应用。`,
      `${name} has ${ev.errors.length} error(s) and was not applied: ${ev.errors.slice(0, 3).map((e) => `${e.field ? `${e.field}: ` : ''}${e.en}`).join('; ')}.`);
    render();
    return;
  }
  target.text = text;
  target.draft = null;
  S.log.push({ at: new Date().toLocaleTimeString('zh-CN'), file: fname, what: `打开 ${name}` });
  if (id) S.j = id;
  refreshData();
  announce(`已打开 ${name}${existing ? `，替换 ${existing.name}` : ''}。`);
}

function openDataFile(list, name) {
  const dropped = D.nulls(list);
  const files = list.map((v, k) => ({ name: `${/^[a-z0-9-]+$/.test(str(v?.id)) ? v.id : `file-${k}`}.toml`, text: D.writeToml(stripNulls(v), `# 由 ${name} 转换（${todayIso()}）。\n`) }));
  const ev = evaluate(files);
  if (ev.errors.length) throw new D.StudioError(name, ev.errors[0].field, `数据文件无效：${ev.errors[0].zh}`, `The data file is invalid: ${ev.errors[0].en}`);
  S.files = files.map((f) => ({ ...f, draft: null, original: f.text }));
  S.beforeValues = ev.entries;
  S.engines.before.loadPolicies(ev.entries.map((e) => e.value), { mode: 'replace' });
  S.log.push({ at: new Date().toLocaleTimeString('zh-CN'), file: name, what: '打开数据文件作为起点' });
  refreshData();
  announce(`已打开数据文件 ${name}（${files.length} 个辖区），以它作为修改前的数据。${dropped.length ? `TOML 没有空值，已略去 ${dropped.length} 个为 null 的字段。` : ''}`);
}

function openProject(p, name) {
  const textOk = (x) => typeof x === 'string' || x === null;
  if (!Array.isArray(p.files) || !p.files.every((f) => isObj(f) && typeof f.name === 'string' && /^[\w.-]+\.toml$/.test(f.name) && textOk(f.text) && textOk(f.original) && (f.draft === undefined || textOk(f.draft)))) {
    throw new D.StudioError(name, 'files', '项目文件格式不对。', 'The project file is malformed.');
  }
  const originals = p.files.filter((f) => f.original != null).map((f) => ({ name: f.name, text: f.original }));
  const evB = evaluate(originals);
  if (evB.errors.length) throw new D.StudioError(name, evB.errors[0].field, `项目中的原始数据无效：${evB.errors[0].zh}`, `The project's starting data is invalid: ${evB.errors[0].en}`);
  const notices = Array.isArray(p.notices) ? p.notices.filter((n) => isObj(n) && typeof n.path === 'string' && n.path.startsWith('seeds/') && typeof n.text === 'string') : [];
  const texts = new Map([...S.texts, ...notices.map((n) => [n.path, n.text])]);
  const ev = evaluate(p.files.filter((f) => f.text != null).map((f) => ({ name: f.name, text: f.text })), texts);
  if (ev.errors.length) throw new D.StudioError(name, ev.errors[0].field, `项目中的数据无效：${ev.errors[0].zh}`, `The project's data is invalid: ${ev.errors[0].en}`);
  S.files = p.files.map((f) => ({ name: f.name, text: f.text, draft: f.draft ?? null, original: f.original }));
  S.texts = texts;
  S.userCases = Array.isArray(p.userCases) ? p.userCases.filter((c) => !D.caseShape(c).length) : [];
  S.beforeValues = evB.entries;
  S.engines.before.loadPolicies(evB.entries.map((e) => e.value), { mode: 'replace' });
  refreshData();
  announce(`已打开项目 ${name}。`);
}

async function importCases(f) {
  try {
    D.checkSize(f.name, f.size);
    const doc = D.readToml(await f.text(), f.name);
    const list = Array.isArray(doc.case) ? doc.case : [];
    const bad = list.map((c, k) => [k, D.caseShape(c)]).filter(([, p]) => p.length);
    if (!list.length || bad.length) throw new D.StudioError(f.name, bad.length ? `case[${bad[0][0]}].${bad[0][1][0]}` : 'case', '不是有效的用例文件（每个 [[case]] 需要 name、api、cite、input 以及 expect 或 error）。', 'Not a case file: each [[case]] needs name, api, cite, input and expect or error.');
    S.userCases.push(...list);
    renderCheck();
    announce(`已导入 ${list.length} 个用例。`);
  } catch (e) {
    if (e instanceof D.StudioError) fileProblem(`${e.file}${e.field ? ` › ${e.field}` : ''}：${e.messageZh}`, e.messageEn);
    else throw e;
  }
}

// ------------------------------------------------------------------ page
function tab() {
  const t = location.hash.slice(1);
  return ['browse', 'edit', 'check', 'publish'].includes(t) ? t : 'browse';
}

function render() {
  // In the data's own menu order (menuOrder), so no jurisdiction is named in the code.
  const ids = S.values.map((e) => e.value).sort((a, b) => (a.menuOrder ?? Infinity) - (b.menuOrder ?? Infinity));
  if (!ids.some((f) => f.id === S.j) && ids.length) S.j = ids[0].id;
  const opts = (sel, chosen) => { sel.replaceChildren(...ids.map((f) => h('option', { value: f.id }, `${str(f.name?.zh)}（${f.id}）`))); sel.value = chosen; };
  opts($('jurisdiction'), S.j);
  const keep = (sel, fallback) => opts(sel, ids.some((f) => f.id === sel.value) ? sel.value : ids.find((f) => f.id === fallback)?.id ?? ids[0]?.id);
  keep($('compare-a'), params.get('a') ?? ids[0]?.id);
  keep($('compare-b'), params.get('b') ?? ids[1]?.id);
  const bad = S.status.errors;
  const changed = S.files.filter((f) => f.text !== f.original).length;
  $('validity').textContent = bad.length ? `✗ 数据有 ${bad.length} 处错误` : `✓ 数据有效${changed ? ` · 已修改 ${changed} 个文件` : ''}`;
  $('validity').className = `badge ${bad.length ? 'bad' : 'good'}`;
  $('problems').replaceChildren(bad.length ? h('div', { class: 'error-box' }, h('p', {}, '数据有错误：'), h('ul', {}, bad.map((e) => h('li', {}, `${e.file}${e.field ? ` › ${e.field}` : ''}：`, h('span', {}, str(e.zh)), ' ', h('span', { lang: 'en' }, str(e.en)))))) : '');
  const t = tab();
  for (const s of ['browse', 'edit', 'check', 'publish']) $(s).hidden = s !== t;
  for (const a of document.querySelectorAll('.steps a')) { if (a.dataset.tab === t) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current'); }
  const q = new URLSearchParams(location.search);
  q.set('j', S.j);
  q.set('d', S.asOf);
  history.replaceState(null, '', `?${q}${location.hash}`);
  if (t === 'browse') { renderBrowse(); renderCompare(); }
  if (t === 'edit') renderEdit();
  if (t === 'check') renderCheck();
  if (t === 'publish') renderPublish();
}

async function start() {
  const [data, module] = await Promise.all([
    fetch('data/studio.json').then((r) => { if (!r.ok) throw new Error(`data/studio.json: ${r.status}`); return r.json(); }),
    WebAssembly.compileStreaming(fetch('../pkg/jianxi_bg.wasm')).catch(async () => WebAssembly.compile(await (await fetch('../pkg/jianxi_bg.wasm')).arrayBuffer())),
  ]);
  // Three instances of the engine: the data before the change, the data as changed, and one to try edits on.
  const [after, before, check] = await Promise.all([import('../pkg/jianxi.js'), import('../pkg/jianxi.js?before'), import('../pkg/jianxi.js?check')]);
  await Promise.all([after, before, check].map((m) => m.default({ module_or_path: module })));
  S.engines = { after, before, check };
  S.files = data.policies.map(({ name, text }) => ({ name, text, draft: null, original: text }));
  S.texts = new Map(data.notices.map((n) => [n.path, n.text]));
  S.builtInNotices = new Set(S.texts.keys());
  S.cases = data.cases;
  const ev = evaluate(applied());
  if (ev.errors.length) throw new Error(`built-in data: ${ev.errors[0].zh}`);
  S.beforeValues = ev.entries;
  before.loadPolicies(ev.entries.map((e) => e.value), { mode: 'replace' });
  const spec = before.formSpec();
  EDUCATION = Object.fromEntries(spec.educationLevels.map((e) => [e.id, e.label.zh]));
  HUKOU = spec.hukouProvinces.map((h) => h.id);
  HUKOU_NAMES = Object.fromEntries(spec.hukouProvinces.map((h) => [h.id, h.label.zh]));
  refreshData();

  $('jurisdiction').addEventListener('change', (e) => { S.j = e.target.value; editState.ruleSet = null; editState.tomlFile = null; render(); });
  for (const id of ['compare-a', 'compare-b', 'compare-date']) $(id).addEventListener('change', renderCompare);
  $('compare-date').value = S.asOf;
  $('edit-kind').addEventListener('change', (e) => { editState.kind = e.target.value; renderEdit(); });
  $('as-of').addEventListener('change', (e) => { if (/^\d{4}-\d\d-\d\d$/.test(e.target.value)) { S.asOf = e.target.value; render(); } });
  $('only-changed').addEventListener('change', renderCheck);
  $('all-cases').addEventListener('change', renderCheck);
  $('open-file').addEventListener('change', (e) => { const f = e.target.files[0]; e.target.value = ''; if (f) openFile(f); });
  $('sheet-file').addEventListener('change', (e) => { const f = e.target.files[0]; if (f) importSheet(f); });
  $('cases-file').addEventListener('change', (e) => { const f = e.target.files[0]; e.target.value = ''; if (f) importCases(f); });
  $('download-cases').addEventListener('click', () => download(`cases-${S.j}.toml`, D.casesToml(S.userCases, `# Cases added in the rules studio on ${todayIso()}: input, expected output, the clause they check.`), 'text/plain'));
  $('print-summary').addEventListener('click', () => { renderSummary(); window.print(); });
  addEventListener('hashchange', render);
  $('loading').hidden = true;
  $('workspace').hidden = false;
  render();
}

start().catch((e) => {
  $('loading').replaceChildren(h('span', {}, `无法加载：${str(e.message)}`));
  $('loading').className = 'error-box';
});
