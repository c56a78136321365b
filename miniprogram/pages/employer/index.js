// The employer estimate for a number of interns, the same engine and sources as
// www/employer.html (the list of interns with outcomes is on the web page).
const app = getApp();

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// A page built with Component(), as WeChat allows, so that miniprogram-simulate can render it.
Component({
  data: {
    provinces: [], provinceIndex: 0, tiers: [], tierIndex: -1, startDate: today(), monthOptions: ['3', '4', '5', '6', '7', '8', '9', '10', '11', '12'], monthIndex: 3,
    interns: '1', retained: '0', baseAmount: '', basePercent: '', raisedAmount: '', raisedPercent: '', askLocal: false, result: null, error: null,
  },

  methods: {
    async onLoad(query) {
      this.jianxi = await app.engine();
      this.policies = this.jianxi.policies().jurisdictions;
      const order = ['henan', 'hunan', 'yunnan', 'gansu', 'ningxia', 'national'];
      this.ids = this.policies.map((j) => j.id).sort((a, b) => order.indexOf(a) - order.indexOf(b));
      this.setData({ provinces: this.ids.map((id) => this.policies.find((j) => j.id === id).name.zh), provinceIndex: Math.max(0, this.ids.indexOf(query && query.p)) });
      this.fillTiers();
      this.update();
    },

    fillTiers() {
      const j = this.policies.find((x) => x.id === this.ids[this.data.provinceIndex]);
      const table = j && j.minimumWage;
      const entry = table ? table.entries.filter((e) => e.from <= this.data.startDate).pop() : null;
      const tiers = table ? table.tierNames.map((n, i) => (entry && entry.amounts[i] ? `${n.zh} · ${entry.amounts[i]} 元/月` : n.zh)) : [];
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
      const input = { province: this.ids[d.provinceIndex], startDate: d.startDate, months: Number(d.monthOptions[d.monthIndex]), interns: Number(d.interns), retained: Number(d.retained || 0) };
      if (d.tierIndex >= 0) input.tier = d.tierIndex + 1;
      const local = {};
      for (const k of ['baseAmount', 'basePercent', 'raisedAmount', 'raisedPercent']) if (d[k]) local[k] = d[k];
      if (d.askLocal && Object.keys(local).length) input.localStandard = local;
      try {
        const r = this.jianxi.estimateSubsidy(input);
        const open = (s) => s.required || s.supplied;
        const askLocal = open(r.baseStandard) || open(r.raisedStandard);
        if (askLocal !== d.askLocal) { this.setData({ askLocal }); if (askLocal && Object.keys(local).length) return this.update(); }
        const cite = (s) => (s ? `${s.number} ${s.clause}` : '');
        this.setData({
          error: null,
          result: {
            warnings: r.warnings.concat(r.required).map((w) => w.zh),
            baseTotal: r.baseTotal || '待定', difference: r.retentionDifference || (r.potentialDifference ? `${r.potentialDifference}（如留用率达标）` : '待定'),
            remaining: r.remainingPeriodTotal || '待定', total: r.total || '待定',
            rate: `${r.retentionRate.numerator} / ${r.retentionRate.denominator} = ${r.retentionRate.percent}%${r.retentionRate.thresholdPercent ? `（门槛 ${r.retentionRate.thresholdPercent}%）` : ''}`,
            rateSource: cite(r.retentionRate.source),
            baseSource: cite(r.baseStandard.source), raisedSource: cite(r.raisedStandard.source),
            months: r.months.map((m) => ({ month: m.month, wage: m.minimumWage || '—', per: m.perInternBase || '—', amount: m.amount || '—', difference: m.difference || '—' })),
            notes: r.employerNotes.map((n) => ({ text: n.text.zh, source: cite(n.source) })),
            rules: r.rules.map((m) => m.zh),
          },
        });
      } catch (e) {
        this.setData({ result: null, error: e.message });
      }
    },
  },
});
