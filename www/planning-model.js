// The planning page's model, without the DOM: the plan's state and its URL form, the
// seeded generation of individual interns from a quota and the user's assumptions
// (as the summary path's columns), and the what-if overlay of policy files.
// Every assumption here is the user's; every standard comes from the policy data.

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
  const whatIf = {};
  for (const k of ['wb', 'wr', 'wt', 'ww']) {
    const v = params.get(k);
    if (v !== null && v !== '' && Number.isFinite(Number(v))) whatIf[k] = Number(v);
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
    whatIf,
  };
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
  for (const [k, v] of Object.entries(s.whatIf)) p.set(k, v);
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

/**
 * The what-if as policy files for `simulate({ policies })`: the jurisdiction's files
 * (and the national one where it supplies a standard) with the changed standard, threshold
 * or minimum wages in every rule set in force during the plan. Null when nothing changes.
 * wb / wr: the base / raised standard in the document's own unit (percent of the minimum
 * wage, or yuan); wt: the retention threshold (%); ww: minimum wages changed by this %.
 */
export function whatIfFiles(s, data) {
  const w = s.whatIf;
  if (!Object.keys(w).length) return null;
  const ids = [s.province, 'national'];
  const files = ids.map((id) => data.jurisdictions.find((j) => j.id === id)).filter(Boolean).map((j) => structuredClone(j));
  const first = `${s.year}-01-01`, last = `${s.year + 2}-12-31`;
  const during = (r) => r.validFrom <= last && (!r.validUntil || r.validUntil >= first);
  // The first file (the province's) that states each standard is the one changed.
  const set = (field, value, apply) => {
    if (value === undefined) return;
    for (const f of files) {
      const hits = (f.ruleSets ?? []).filter((r) => during(r) && r[field]);
      if (hits.length) { for (const r of hits) apply(r[field], value); return; }
    }
  };
  const standard = (st, v) => { if (st.kind === 'minimumWageShare') st.percent = v; else if (st.kind === 'fixed' || st.kind === 'increment') st.amount = v; };
  set('baseSubsidy', w.wb, standard);
  set('raisedSubsidy', w.wr, standard);
  set('retentionThreshold', w.wt, (t, v) => { t.percent = v; });
  if (w.ww !== undefined && files[0].minimumWage) {
    for (const e of files[0].minimumWage.entries) e.amounts = e.amounts.map((a) => Math.round(a * (1 + w.ww / 100)));
  }
  return files;
}

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
