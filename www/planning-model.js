// The planning page's model, without the DOM: the plan's state and its URL form, the
// seeded generation of individual interns from a quota and the user's assumptions
// (as the summary path's columns), and the what-if: the planner's changes to any standard,
// threshold, remaining-period term or minimum wage, as an overlay of policy files.
// Every assumption here is the user's; every standard comes from the policy data.
import { PARTS, describeStandard } from './rule-fields.js';

/** Defaults of the assumptions (labelled on the page as the user's, not the documents'). */
export const DEFAULTS = {
  from: 0, // first start month (0: the month the notice took effect in)
  to: 12, // last start month
  lengths: '3:20,6:50,12:30', // agreed lengths in months : share %
  size: 4, // interns per unit
  tiers: '1:34,2:33,3:33', // minimum-wage tier : share %
  retain: 50, // % of interns who complete and are retained
  early: 10, // % hired early
  earlyAt: 60, // … after this % of the agreed term
  contract: 12, // contract months of those hired early
  drop: 10, // % who leave early
  dropAt: 30, // … after this % of the agreed term
  seed: 1,
};

/** mulberry32: a small, fast, seeded generator (the same plan for the same seed). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "3:20,6:50,12:30" → [[3, 20], [6, 50], [12, 30]] (shares need not add to 100). */
export function parseMix(text, min, max) {
  const out = [];
  for (const part of String(text).split(',')) {
    const m = /^\s*(\d+)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    if (!m) return null;
    const [k, share] = [Number(m[1]), Number(m[2])];
    if (k < min || k > max || share < 0) return null;
    out.push([k, share]);
  }
  return out.length && out.some(([, s]) => s > 0) ? out : null;
}

const mixText = (mix) => mix.map(([k, s]) => `${k}:${s}`).join(',');

/** A pick from a mix by a uniform number in [0, 1). */
function pick(mix, total, u) {
  let x = u * total;
  for (const [k, s] of mix) { if (x < s) return k; x -= s; }
  return mix[mix.length - 1][0];
}

/** The month `k` months after a YYYYMMDD date, same day. */
function addMonths(ymd, k) {
  const y = Math.floor(ymd / 10000), m = Math.floor(ymd / 100) % 100 - 1 + k, d = ymd % 100;
  return (y + Math.floor(m / 12)) * 10000 + ((m % 12) + 1) * 100 + d;
}

/** The jurisdiction's rule set in force on a date (the last one that began by then). */
export function ruleSetOn(j, date) {
  return [...(j.ruleSets ?? [])].filter((r) => r.validFrom <= date && (!r.validUntil || r.validUntil >= date)).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1)).pop();
}

/** The plan year of a quota table: the year it names (its id, as "gansu-2022"), else the
 * year its document was issued or took effect. */
export function quotaYear(j, q) {
  const named = /(20\d\d)/.exec(q.id);
  if (named) return Number(named[1]);
  const d = (j.documents ?? []).find((x) => x.id === q.source.document);
  const rs = (j.ruleSets ?? []).find((r) => r.document === q.source.document);
  return Number((d?.issuedOn ?? rs?.validFrom ?? '2023').slice(0, 4));
}

/** The first month of `year` whose first day the province's rules are in force on. */
export function firstMonth(j, year) {
  for (let m = 1; m <= 12; m++) if (ruleSetOn(j, `${year}-${String(m).padStart(2, '0')}-01`)) return m;
  return 1;
}

/** The column of a quota table counted as interns: one naming people (人数, 人员) if any. */
export function internColumn(q) {
  const k = q.columns.findIndex((c) => /人数|人员/.test(c.zh));
  return k >= 0 ? k : 0;
}

/**
 * The plan's state from URL parameters. `rows` are [city, interns, tier] (tier 0: the
 * mix); absent, the quota table's rows.
 */
export function readState(params, data) {
  const num = (k, d, min, max) => {
    const v = params.get(k);
    const n = v === null || v === '' ? NaN : Number(v);
    return Number.isFinite(n) && n >= min && n <= max ? n : d;
  };
  const quotas = data.jurisdictions.flatMap((j) => (j.quotas ?? []).map((q) => ({ q, j })));
  // `data.jurisdictions` in menu order: the first quota table is the default.
  const chosen = quotas.find((x) => x.q.id === params.get('q')) ?? quotas[0];
  const j = data.jurisdictions.find((x) => x.id === (params.get('p') ?? chosen.j.id)) ?? chosen.j;
  const q = chosen.j === j ? chosen.q : (j.quotas ?? [])[0] ?? null;
  const year = num('y', q ? quotaYear(j, q) : 2023, 2000, 2100);
  let rows = null;
  if (params.get('rows')) {
    rows = params.get('rows').split('|').map((r) => r.split('~')).filter((r) => r.length === 3 && r[0] && /^\d+$/.test(r[1]) && /^\d$/.test(r[2])).map(([c, n, t]) => [c, Number(n), Number(t)]);
    if (!rows.length) rows = null;
  }
  const col = q ? num('col', internColumn(q), 0, q.columns.length - 1) : 0;
  rows ??= q ? q.rows.map((r) => [r.region, r.values[col], 0]) : [['', 0, 0]];
  const mix = (k, d, min, max) => mixText(parseMix(params.get(k) ?? d, min, max) ?? parseMix(d, min, max));
  const local = {};
  for (const k of ['baseAmount', 'basePercent', 'raisedAmount', 'raisedPercent']) {
    const v = params.get(k);
    if (v !== null && v !== '' && Number.isFinite(Number(v)) && Number(v) > 0) local[k] = Number(v);
  }
  return {
    province: j.id,
    quota: q && !params.get('rows') ? q.id : (q?.id ?? ''),
    column: col,
    year,
    rows,
    from: num('from', firstMonth(j, year), 1, 12),
    to: num('to', DEFAULTS.to, 1, 12),
    lengths: mix('len', DEFAULTS.lengths, 1, 24),
    size: num('size', DEFAULTS.size, 1, 500),
    tiers: mix('tiers', DEFAULTS.tiers, 1, 9),
    retain: num('retain', DEFAULTS.retain, 0, 100),
    early: num('early', DEFAULTS.early, 0, 100),
    earlyAt: num('earlyAt', DEFAULTS.earlyAt, 1, 99),
    contract: num('contract', DEFAULTS.contract, 1, 120),
    drop: num('drop', DEFAULTS.drop, 0, 100),
    dropAt: num('dropAt', DEFAULTS.dropAt, 1, 99),
    seed: num('seed', DEFAULTS.seed, 0, 2 ** 32 - 1),
    local,
    changes: [],
  };
}

/** The plan's state from URL parameters, its what-if included: each `x` is one change
 *  (see encodeChange); the older quick parameters wb, wr, wt, ww become changes too. */
export function readPlanState(params, data) {
  const s = readState(params, data);
  const changes = params.getAll('x').map((t) => decodeChange(t, s, data)).filter(Boolean);
  for (const k of ['wb', 'wr', 'wt', 'ww']) {
    const v = params.get(k);
    if (v !== null && v !== '' && Number.isFinite(Number(v))) changes.push(...quickChanges(k, Number(v), s, data));
  }
  s.changes = [...new Map(changes.map((c) => [c.key, c])).values()];
  return s;
}

/** The state as URL parameters: only what differs from the defaults. */
export function writeState(s, data) {
  const p = new URLSearchParams();
  const j = data.jurisdictions.find((x) => x.id === s.province);
  const q = (j.quotas ?? []).find((x) => x.id === s.quota);
  p.set('p', s.province);
  if (q) p.set('q', q.id);
  if (q && s.column !== internColumn(q)) p.set('col', s.column);
  if (!q || s.year !== quotaYear(j, q)) p.set('y', s.year);
  const fromQuota = q && s.rows.length === q.rows.length && s.rows.every(([c, n, t], k) => c === q.rows[k].region && n === q.rows[k].values[s.column] && t === 0);
  if (!fromQuota) p.set('rows', s.rows.map((r) => r.join('~')).join('|'));
  const d = { ...DEFAULTS, from: firstMonth(j, s.year) };
  for (const [k, key] of [['from', 'from'], ['to', 'to'], ['lengths', 'len'], ['size', 'size'], ['tiers', 'tiers'], ['retain', 'retain'], ['early', 'early'], ['earlyAt', 'earlyAt'], ['contract', 'contract'], ['drop', 'drop'], ['dropAt', 'dropAt'], ['seed', 'seed']]) {
    if (String(s[k]) !== String(d[k])) p.set(key, s[k]);
  }
  for (const [k, v] of Object.entries(s.local)) p.set(k, v);
  for (const c of s.changes ?? []) p.append('x', encodeChange(c));
  return p;
}

/**
 * Individual interns, drawn with the seed: for each city its interns in units of
 * `size`, each unit starting on the 1st of a month in [from, to] with an agreed length
 * and a tier from the mixes; each intern leaves early, is hired early, or completes and
 * is retained or not. Returned as the columns `simulate` takes.
 */
export function buildPlan(s) {
  const r = random(s.seed);
  const lengths = parseMix(s.lengths, 1, 24);
  const tiers = parseMix(s.tiers, 1, 9);
  const lengthTotal = lengths.reduce((a, [, x]) => a + x, 0);
  const tierTotal = tiers.reduce((a, [, x]) => a + x, 0);
  const from = Math.min(s.from, s.to), to = Math.max(s.from, s.to);
  let unitCount = 0, internCount = 0;
  for (const [, n] of s.rows) { unitCount += Math.ceil(n / s.size); internCount += n; }
  const units = { startDate: new Int32Array(unitCount), months: new Int32Array(unitCount), size: new Int32Array(unitCount), tier: new Int32Array(unitCount), group: new Int32Array(unitCount) };
  const interns = { outcome: new Int32Array(internCount), outcomeDate: new Int32Array(internCount), contractMonths: new Int32Array(internCount).fill(-1), socialInsurance: new Int32Array(internCount).fill(-1) };
  const drop = s.drop / 100, early = s.early / 100, retain = s.retain / 100;
  let u = 0, k = 0;
  s.rows.forEach(([, n, tier], g) => {
    for (let left = n; left > 0; left -= s.size, u++) {
      const size = Math.min(s.size, left);
      const month = from + Math.floor(r() * (to - from + 1));
      const start = s.year * 10000 + month * 100 + 1;
      const months = pick(lengths, lengthTotal, r());
      units.startDate[u] = start;
      units.months[u] = months;
      units.size[u] = size;
      units.tier[u] = tier || pick(tiers, tierTotal, r());
      units.group[u] = g;
      // A date inside the internship: whole months after the start, at least one, before the end.
      const inside = (share) => addMonths(start, Math.max(1, Math.min(months - 1, Math.round(months * share))));
      for (let i = 0; i < size; i++, k++) {
        const x = r();
        if (months > 1 && x < drop) {
          interns.outcome[k] = 3;
          interns.outcomeDate[k] = inside(s.dropAt / 100);
        } else if (months > 1 && x < drop + early) {
          interns.outcome[k] = 4;
          interns.outcomeDate[k] = inside(s.earlyAt / 100);
          interns.contractMonths[k] = s.contract;
          interns.socialInsurance[k] = 1;
        } else {
          interns.outcome[k] = r() < retain ? 2 : 1;
        }
      }
    }
  });
  return { province: s.province, groups: s.rows.map(([c]) => c), units, interns, ...(Object.keys(s.local).length ? { localStandard: s.local } : {}) };
}

/** The columns of the units (and their interns) of one group: a plan of one city. */
export function groupPlan(plan, g) {
  const keep = [];
  let k = 0;
  const internRows = [];
  for (let u = 0; u < plan.units.size.length; u++) {
    const size = plan.units.size[u];
    if (plan.units.group[u] === g) { keep.push(u); for (let i = 0; i < size; i++) internRows.push(k + i); }
    k += size;
  }
  const take = (col, rows) => Int32Array.from(rows, (x) => col[x]);
  return {
    ...plan,
    groups: [plan.groups[g]],
    units: { ...Object.fromEntries(Object.entries(plan.units).map(([n, c]) => [n, take(c, keep)])), group: new Int32Array(keep.length) },
    interns: Object.fromEntries(Object.entries(plan.interns).map(([n, c]) => [n, take(c, internRows)])),
  };
}

/** The clause a what-if figure cites. The engine wants a source on every figure; this one
 *  says the figure is the planner's assumption, not a document's (the page shows it so). */
export const ASSUMPTION_CLAUSE = '测算假设（使用者设定，不是文件规定）';
const assumption = (document) => ({ document, clause: ASSUMPTION_CLAUSE, quote: '使用者为本次测算设定的假设值，仅用于测算，不是文件规定。' });

/** The parts of a rule set a what-if can change. */
export const WHATIF_PARTS = ['baseSubsidy', 'raisedSubsidy', 'retentionThreshold', 'remainingPeriod'];

const sourceOf = (f, src) => (src ? { ...src, number: (f.documents ?? []).find((d) => d.id === src.document)?.number ?? src.document } : null);

/**
 * What a planner can change: each part (WHATIF_PARTS) that a rule set of the province or of
 * its baseline states, for the rule sets in force in the plan's year or the two after (when
 * the last payments fall); each minimum-wage entry of the province in force then; and a
 * new minimum-wage entry. Each with its `key`, a `label`, the document's figure `doc` and
 * its `source` (with the document's number).
 */
export function whatIfTargets(s, data) {
  const j = data.jurisdictions.find((x) => x.id === s.province);
  if (!j) return [];
  const first = `${s.year}-01-01`, last = `${s.year + 2}-12-31`;
  const out = [];
  const files = [j, data.jurisdictions.find((x) => x.id === (j.baseline ?? 'national'))].filter((x, k, a) => x && a.indexOf(x) === k);
  const during = (rs) => rs.validFrom <= last && (!rs.validUntil || rs.validUntil >= first);
  // A baseline's standard or threshold matters only where the province's own rule sets leave
  // a start month without one; its remaining-period window always can (any layer's window covers).
  const startFirst = `${s.year}-${String(Math.min(s.from, s.to)).padStart(2, '0')}-01`, startLast = `${s.year}-${String(Math.max(s.from, s.to)).padStart(2, '0')}-28`;
  const own = (j.ruleSets ?? []).filter(during);
  const ownCovers = (part) => own.length > 0 && own.every((rs) => rs[part]) && own.some((rs) => rs.validFrom <= startFirst) && own.some((rs) => !rs.validUntil || rs.validUntil >= startLast);
  for (const f of files) {
    (f.ruleSets ?? []).forEach((rs, k) => {
      if (!during(rs)) return;
      const number = (f.documents ?? []).find((d) => d.id === rs.document)?.number ?? rs.document;
      for (const part of WHATIF_PARTS) {
        if (f !== j && part !== 'remainingPeriod' && ownCovers(part)) continue;
        if (rs[part]) out.push({ key: `${f.id}.${k}.${part}`, j: f.id, rs: k, part, label: `${f.name.zh} ${number}（${rs.validFrom} 起）› ${PARTS[part].label}`, doc: rs[part], source: sourceOf(f, rs[part].source) });
      }
    });
  }
  const entries = j.minimumWage?.entries ?? [];
  entries.forEach((e, k) => {
    if (e.from > last || (entries[k + 1] && entries[k + 1].from <= first)) return;
    out.push({ key: `${j.id}.wage.${k}`, j: j.id, wage: k, label: `${j.name.zh}最低工资标准（${e.from} 起）`, doc: e, source: sourceOf(j, e.source), tierNames: j.minimumWage.tierNames });
  });
  if (entries.length) out.push({ key: `${j.id}.wage.new`, j: j.id, wage: 'new', label: `${j.name.zh}最低工资标准：新增一个日期的标准`, doc: null, source: null, tierNames: j.minimumWage.tierNames, last: entries[entries.length - 1] });
  return out;
}

/** The figures of a target (its part's fields, or a wage entry's date and amounts) as words. */
export function describeFigure(t, v) {
  if (!v) return '—';
  if (t.wage !== undefined) return `${v.from || '?'} 起 ${(v.amounts ?? []).join(' / ')} 元/月`;
  if (PARTS[t.part].standard) return describeStandard(v);
  if (t.part === 'retentionThreshold') return `见习期满留用率达到 ${v.percent}% 以上`;
  const terms = [`签订劳动合同的时间${v.windowFrom ? `自 ${v.windowFrom} ` : ''}至 ${v.windowUntil ?? '?'}`, v.minContractMonths !== undefined ? `劳动合同 ${v.minContractMonths} 个月以上` : null,
    v.socialInsuranceRequired ? '缴纳社会保险' : null, v.moreThanHalfServed ? '见习已过半' : null];
  return terms.filter(Boolean).join('，');
}

/** The figures a new change starts from: the document's (a new wage entry: the latest
 *  entry's amounts, from 1 July of the plan year). A standard left to the locality starts as a fixed sum. */
export function startValue(t, s) {
  if (t.wage === 'new') return { from: `${s.year}-07-01`, amounts: [...t.last.amounts] };
  if (t.wage !== undefined) return { from: t.doc.from, amounts: [...t.doc.amounts] };
  const keys = PARTS[t.part].standard ? ['kind', 'amount', 'percent'] : PARTS[t.part].fields.map(([k]) => k);
  if (t.doc.kind === 'local') return { kind: 'fixed' };
  return Object.fromEntries(keys.filter((k) => t.doc[k] !== undefined).map((k) => [k, t.doc[k]]));
}

/** A change in the URL: "henan.0.baseSubsidy:kind=minimumWageShare;percent=80",
 *  "henan.wage.new:from=2024-07-01;amounts=2200,2100,2000". */
export function encodeChange(c) {
  const text = (v) => String(v).replace(/[;]/g, '');
  return `${c.key}:${Object.entries(c.value).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${Array.isArray(v) ? v.map(text).join(',') : text(v)}`).join(';')}`;
}

const numOrText = (v) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);

/** A change from the URL, or null when it names nothing the plan can change. A figure
 *  that is not a number stays text: the engine's loader names it next to the field. */
export function decodeChange(text, s, data) {
  const m = /^([a-z0-9-]+\.(?:\d+\.[A-Za-z]+|wage\.(?:\d+|new))):(.*)$/s.exec(text);
  if (!m) return null;
  const t = whatIfTargets(s, data).find((x) => x.key === m[1]);
  if (!t) return null;
  const fields = t.wage !== undefined ? [['from'], ['amounts']] : PARTS[t.part].standard ? [['kind'], ['amount'], ['percent']] : PARTS[t.part].fields;
  const value = {};
  for (const pair of m[2].split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const [k, v] = [pair.slice(0, at), pair.slice(at + 1).slice(0, 40)];
    const f = fields.find(([x]) => x === k);
    if (!f) continue;
    if (k === 'amounts') value.amounts = v.split(',').slice(0, 20).map(numOrText);
    else if (f[2] === 'checkbox') { if (v === 'true') value[k] = true; } else value[k] = f[2] === 'date' || k === 'from' || k === 'kind' ? v : numOrText(v);
  }
  return { key: t.key, value };
}

/** The quick what-ifs of one figure, as changes: wb / wr the base / raised standard in the
 *  document's own unit (percent of the minimum wage, or yuan) in every rule set of the plan's
 *  years of the first file (the province's, else its baseline's) that states it; wt the
 *  retention threshold (%); ww every minimum wage of the plan's years changed by this %. */
export function quickChanges(k, v, s, data) {
  const targets = whatIfTargets(s, data);
  if (k === 'ww') return targets.filter((t) => typeof t.wage === 'number').map((t) => ({ key: t.key, value: { from: t.doc.from, amounts: t.doc.amounts.map((a) => Math.round(a * (1 + v / 100))) } }));
  const part = { wb: 'baseSubsidy', wr: 'raisedSubsidy', wt: 'retentionThreshold' }[k];
  const hits = targets.filter((t) => t.part === part && (part === 'retentionThreshold' || t.doc.kind !== 'local'));
  return hits.filter((t) => t.j === hits[0].j).map((t) => ({ key: t.key, value: part === 'retentionThreshold' ? { percent: v } : t.doc.kind === 'minimumWageShare' ? { kind: t.doc.kind, percent: v } : { kind: t.doc.kind, amount: v } }));
}

/** One-step what-ifs for the plan's standards (the issue's 70 % → 80 %, 1,500 → 1,800 元,
 *  a 40 % threshold), each as the changes it fills the editor with. */
export function presets(s, data) {
  const d = documentStandards(s, data);
  const out = [];
  const n = (x) => Number(x).toLocaleString('en-US');
  if (d.base?.kind === 'minimumWageShare') out.push({ id: 'base-share', label: `见习补贴：最低工资的 ${d.base.percent}% → ${Number(d.base.percent) + 10}%`, changes: quickChanges('wb', Number(d.base.percent) + 10, s, data) });
  if (d.base?.kind === 'fixed') out.push({ id: 'base-fixed', label: `见习补贴：${n(d.base.amount)} → ${n(Number(d.base.amount) + 300)} 元`, changes: quickChanges('wb', Number(d.base.amount) + 300, s, data) });
  if (d.threshold && Number(d.threshold.percent) !== 40) out.push({ id: 'threshold-40', label: `留用率门槛：${d.threshold.percent}% → 40%`, changes: quickChanges('wt', 40, s, data) });
  return out.filter((p) => p.changes.length);
}

/**
 * The what-if as policy files for `simulate({ policies })`: the files the changes touch,
 * each changed figure citing the planner's assumption (ASSUMPTION_CLAUSE), the other
 * figures of a part (a threshold's definition, readings) kept; and `places`: each change's
 * file and path there (where the engine's errors about it point). Null when nothing changes.
 */
export function whatIfOverlay(s, data) {
  if (!s.changes?.length) return null;
  const targets = new Map(whatIfTargets(s, data).map((t) => [t.key, t]));
  const files = new Map();
  const fileOf = (id) => { if (!files.has(id)) files.set(id, structuredClone(data.jurisdictions.find((x) => x.id === id))); return files.get(id); };
  const places = new Map();
  const wages = new Map(); // file id → its entries, changed, with the change that made each
  for (const c of s.changes) {
    const t = targets.get(c.key);
    if (!t) continue;
    const f = fileOf(t.j);
    if (t.wage !== undefined) {
      if (!wages.has(t.j)) wages.set(t.j, f.minimumWage.entries.map((entry) => ({ entry, key: null })));
      const list = wages.get(t.j);
      const orig = t.wage === 'new' ? null : f.minimumWage.entries[t.wage];
      const entry = { ...(orig ?? {}), ...c.value, source: assumption((orig ?? t.last).source.document) };
      if (orig) list[t.wage] = { entry, key: c.key }; else list.push({ entry, key: c.key });
      continue;
    }
    const rs = f.ruleSets[t.rs];
    const own = PARTS[t.part].standard ? ['kind', 'amount', 'percent', 'note'] : PARTS[t.part].fields.map(([k]) => k);
    const kept = Object.fromEntries(Object.entries(rs[t.part]).filter(([k]) => !own.includes(k) && k !== 'source'));
    rs[t.part] = { ...c.value, ...kept, source: assumption(rs.document) };
    places.set(c.key, [t.j, `ruleSets[${t.rs}].${t.part}`]);
  }
  for (const [id, list] of wages) {
    const order = list.map((x, k) => ({ ...x, k })).sort((a, b) => (String(a.entry.from) < String(b.entry.from) ? -1 : String(a.entry.from) > String(b.entry.from) ? 1 : a.k - b.k));
    fileOf(id).minimumWage.entries = order.map((x) => x.entry);
    order.forEach((x, k) => { if (x.key) places.set(x.key, [id, `minimumWage.entries[${k}]`]); });
  }
  return { files: [...files.values()], places };
}

/** The overlay's files alone (null when the plan has no what-if). */
export const whatIfFiles = (s, data) => whatIfOverlay(s, data)?.files ?? null;

/** The standards a what-if can change, as the documents state them for the plan's year. */
export function documentStandards(s, data) {
  const j = data.jurisdictions.find((x) => x.id === s.province);
  const nat = data.jurisdictions.find((x) => x.id === 'national');
  const on = `${s.year}-${String(Math.min(s.from, s.to)).padStart(2, '0')}-01`;
  const layers = [ruleSetOn(j, on), nat && ruleSetOn(nat, on)].filter(Boolean);
  const get = (field) => layers.map((r) => r[field]).find(Boolean) ?? null;
  return { base: get('baseSubsidy'), raised: get('raisedSubsidy'), threshold: get('retentionThreshold'), minimumWage: j.minimumWage ?? null };
}

/** Money strings to fen (exact: the engine's amounts have at most two decimals). */
export function fen(s) {
  if (s === null || s === undefined) return null;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const v = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -v : v;
}

/** Fen as yuan text with two decimals and thousands separators. */
export function yuan(f) {
  if (f === null || f === undefined) return '—';
  const neg = f < 0, a = Math.abs(f);
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '−' : ''}${whole}.${String(a % 100).padStart(2, '0')}`;
}
