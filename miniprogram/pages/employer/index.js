// The employer estimate for a number of interns, the same engine and sources as
// www/employer.html (the list of interns with outcomes is on the web page). It starts preset
// from the web page's own parameters, whichever way they come (?p=, a mini-program code's
// scene, or an ordinary link QR code of employer.html): p province, t tier, s start date,
// m months, n interns, r retained, ba/bp/ra/rp the local standard (common.js).
// The menus, the tiers with their wages and the month range come from the engine (formSpec):
// the page keeps no list of provinces.
const { DISCLAIMER, presets, failureView, promptUpdate, callHotline, today, cite } = require('../../common.js');

const LOCAL = { baseAmount: 'ba', basePercent: 'bp', raisedAmount: 'ra', raisedPercent: 'rp' };
const isDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s || '');
const isCount = (s) => /^\d{1,6}$/.test(s || '');
const isAmount = (s) => /^\d{1,9}(\.\d{1,2})?$/.test(s || '');

// A page built with Component(), as WeChat allows, so that miniprogram-simulate can render it.
Component({
  data: {
    loading: true, failure: null, disclaimer: DISCLAIMER,
    provinces: [], provinceIndex: 0, tiers: [], tierIndex: -1, startDate: today(), monthOptions: [], monthIndex: 3,
    interns: '1', retained: '0', baseAmount: '', basePercent: '', raisedAmount: '', raisedPercent: '', askLocal: false, result: null, error: null,
  },

  methods: {
    onLoad(query) {
      this.preset = presets(query);
      return this.start();
    },

    /** Waits for the engine; if it cannot load, says why and what to do instead of an empty form. */
    async start() {
      const app = getApp();
      try {
        this.jianxi = await app.engine();
      } catch (error) {
        const failure = failureView(error);
        this.setData({ loading: false, failure });
        if (failure.kind === 'update') promptUpdate(app);
        return;
      }
      // Presets that do not make sense are ignored: the page keeps its defaults.
      const p = this.preset || {};
      let spec;
      try {
        spec = this.jianxi.formSpec();
      } catch (error) {
        this.setData({ loading: false, failure: failureView(error) });
        return;
      }
      // Jurisdictions in the data's menu order; a preset naming none of them opens the default.
      this.ids = spec.jurisdictions.map((j) => j.id);
      const chosen = this.ids.indexOf(p.p);
      // The usual lengths the notices name ("一般为3—12个月").
      const months = [];
      for (let m = spec.months.usualMin; m <= spec.months.usualMax; m++) months.push(String(m));
      const patch = { loading: false, failure: null, provinces: spec.jurisdictions.map((j) => j.name.zh), provinceIndex: chosen >= 0 ? chosen : this.ids.indexOf(spec.defaultJurisdiction), monthOptions: months, monthIndex: Math.max(0, months.indexOf('6')) };
      if (isDate(p.s)) patch.startDate = p.s;
      if (months.indexOf(p.m) >= 0) patch.monthIndex = months.indexOf(p.m);
      if (isCount(p.n)) patch.interns = String(Number(p.n));
      if (isCount(p.r)) patch.retained = String(Number(p.r));
      for (const key of Object.keys(LOCAL)) if (isAmount(p[LOCAL[key]])) patch[key] = p[LOCAL[key]];
      if (/^[1-9]$/.test(p.t || '')) patch.tierIndex = Number(p.t) - 1;
      this.setData(patch);
      this.fillTiers();
      this.update();
    },

    onRetry() {
      this.setData({ loading: true, failure: null });
      getApp().retry();
      return this.start();
    },
    onCall() { callHotline(); },

    fillTiers() {
      // The tiers with the minimum wage in force on the start date, from the engine.
      let spec = null;
      try {
        spec = this.jianxi.formSpec({ province: this.ids[this.data.provinceIndex], asOf: this.data.startDate });
      } catch (e) {
        spec = null; // a date before any rule: the estimate says why
      }
      const tiers = spec ? spec.tiers.map((t) => (t.minimumWage ? `${t.name.zh} · ${t.minimumWage} 元/月` : t.name.zh)) : [];
      this.setData({ tiers, tierIndex: tiers.length ? Math.min(Math.max(this.data.tierIndex, 0), tiers.length - 1) : -1 });
    },

    onProvince(e) { this.setData({ provinceIndex: Number(e.detail.value), tierIndex: 0 }); this.fillTiers(); this.update(); },
    onTier(e) { this.setData({ tierIndex: Number(e.detail.value) }); this.update(); },
    onStart(e) { this.setData({ startDate: e.detail.value }); this.fillTiers(); this.update(); },
    onMonths(e) { this.setData({ monthIndex: Number(e.detail.value) }); this.update(); },
    onInput(e) { this.setData({ [e.currentTarget.dataset.key]: e.detail.value }); this.update(); },

    update() {
      if (!this.jianxi) return;
      const d = this.data;
      // A count left blank is asked for, as on the web calculator: never read as 0, which
      // would give a 未达标 verdict on a number nobody entered.
      const blank = [['interns', '见习人数'], ['retained', '见习期满留用人数']].find(([k]) => String(d[k]).trim() === '');
      if (blank) return this.setData({ result: null, error: `还需要填写：${blank[1]}` });
      const input = { province: this.ids[d.provinceIndex], startDate: d.startDate, months: Number(d.monthOptions[d.monthIndex]), interns: Number(d.interns), retained: Number(d.retained) };
      if (d.tierIndex >= 0) input.tier = d.tierIndex + 1;
      const local = {};
      for (const k of ['baseAmount', 'basePercent', 'raisedAmount', 'raisedPercent']) if (d[k]) local[k] = d[k];
      if (d.askLocal && Object.keys(local).length) input.localStandard = local;
      try {
        const r = this.jianxi.estimateSubsidy(input);
        const open = (s) => s.required || s.supplied;
        const askLocal = open(r.baseStandard) || open(r.raisedStandard);
        if (askLocal !== d.askLocal) { this.setData({ askLocal }); if (askLocal && Object.keys(local).length) return this.update(); }
        const rate = r.retentionRate;
        // Each distinct minimum-wage source once, under the month table.
        const wageSources = [];
        for (const m of r.months) {
          const c = cite(m.minimumWageSource);
          if (c && !wageSources.some((w) => w.label === c.label)) wageSources.push(c);
        }
        this.setData({
          error: null,
          result: {
            warnings: r.warnings.concat(r.required).map((w) => w.zh),
            baseTotal: r.baseTotal || '待定', difference: r.retentionDifference || (r.potentialDifference ? `${r.potentialDifference}（如留用率达标）` : '待定'),
            remaining: r.remainingPeriodTotal || '待定', total: r.total || '待定',
            rate: `${r.retentionRate.numerator} / ${r.retentionRate.denominator} = ${r.retentionRate.percent}%${r.retentionRate.thresholdPercent ? `（门槛 ${r.retentionRate.thresholdPercent}%）` : ''}`,
            rateSource: cite(rate.source),
            // The notice may not say how the rate is counted: its definition and each reading.
            rateDefinition: rate.definition ? rate.definition.zh : '',
            readings: (rate.readings || []).map((x) => ({
              id: x.id, text: x.text.zh, source: cite(x.source),
              value: `${x.numerator} / ${x.denominator} = ${x.percent}%${x.meetsThreshold == null ? '' : x.meetsThreshold ? '，达到门槛' : '，未达到门槛'}`,
            })),
            baseSource: cite(r.baseStandard.source), raisedSource: cite(r.raisedStandard.source),
            wageSources,
            months: r.months.map((m) => ({ month: m.month, wage: m.minimumWage || '—', per: m.perInternBase || '—', amount: m.amount || '—', difference: m.difference || '—' })),
            notes: r.employerNotes.map((n) => ({ text: n.text.zh, source: cite(n.source) || { label: '' } })),
            rules: r.rules.map((m) => m.zh),
          },
        });
      } catch (e) {
        this.setData({ result: null, error: e.message });
      }
    },
  },
});
