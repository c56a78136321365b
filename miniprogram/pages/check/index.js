// The youth self-check, the same questions and answers as www/index.html.
// Opened with ?p=henan, a mini-program code with scene "p=henan&ha=1", or an ordinary link QR
// code for the web page (…/index.html?p=henan&e=bachelor), it starts preset (common.js).
// The menus, the lists and which questions to ask come from the engine (formSpec, and
// checkEligibility's `ask`): the page keeps no list of provinces or education levels.
const { DISCLAIMER, presets, failureView, promptUpdate, copy, callHotline, today, cite } = require('../../common.js');

const VERDICT = { eligible: '可以参加就业见习', notEligible: '暂不符合条件', cannotTell: '需要补充信息' };
const STATUS = { met: '符合', notMet: '不符合', unknown: '待确认', passed: '✓', failed: '✗' };

// A page built with Component(), as WeChat allows, so that miniprogram-simulate can render it.
Component({
  data: {
    loading: true, failure: null, disclaimer: DISCLAIMER,
    provinces: [], provinceIndex: 0, eduLabels: [], eduIndex: -1, noneIndex: -1, hukouLabels: [], hukouIndex: -1, hardshipLabel: '',
    birthDate: '', leftSchoolOn: '', asOf: today(), employed: '', registered: '', hardship: '',
    ask: { registeredUnemployed: false, hukou: false, hardshipArea: false }, result: null, error: null, errorField: '',
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
      const preset = this.preset || {};
      let spec;
      try {
        spec = this.jianxi.formSpec({ asOf: this.data.asOf });
      } catch (error) {
        this.setData({ loading: false, failure: failureView(error) });
        return;
      }
      // Jurisdictions in the data's menu order; a preset naming none of them opens the default.
      this.ids = spec.jurisdictions.map((j) => j.id);
      this.edu = spec.educationLevels.map((e) => e.id);
      this.hukou = spec.hukouProvinces.map((h) => h.id);
      const chosen = this.ids.indexOf(preset.p);
      this.setData({
        loading: false, failure: null,
        provinces: spec.jurisdictions.map((j) => j.name.zh), provinceIndex: chosen >= 0 ? chosen : this.ids.indexOf(spec.defaultJurisdiction),
        eduLabels: spec.educationLevels.map((e) => e.label.zh), noneIndex: this.edu.indexOf('none'), eduIndex: this.edu.indexOf(preset.e),
        hukouLabels: spec.hukouProvinces.map((h) => h.label.zh), hukouIndex: this.hukou.indexOf(preset.h),
        hardship: preset.ha === '1' ? '1' : '',
      });
      this.update();
    },

    onRetry() {
      this.setData({ loading: true, failure: null });
      getApp().retry();
      return this.start();
    },
    onCall() { callHotline(); },
    onCopyZone() { if (this.data.result && this.data.result.zone) copy(this.data.result.zone.url); },

    onProvince(e) { this.setData({ provinceIndex: Number(e.detail.value) }); this.update(); },
    onBirth(e) { this.setData({ birthDate: e.detail.value }); this.update(); },
    onEducation(e) { this.setData({ eduIndex: Number(e.detail.value) }); this.update(); },
    onLeft(e) { this.setData({ leftSchoolOn: e.detail.value }); this.update(); },
    onEmployed(e) { this.setData({ employed: e.detail.value }); this.update(); },
    onRegistered(e) { this.setData({ registered: e.detail.value }); this.update(); },
    onHukou(e) { this.setData({ hukouIndex: Number(e.detail.value) }); this.update(); },
    onHardship(e) { this.setData({ hardship: e.detail.value }); this.update(); },
    onAsOf(e) { this.setData({ asOf: e.detail.value }); this.update(); },

    input() {
      const d = this.data;
      const input = { province: this.ids[d.provinceIndex], asOf: d.asOf };
      if (d.birthDate) input.birthDate = d.birthDate;
      if (d.eduIndex >= 0) input.education = this.edu[d.eduIndex];
      if (d.leftSchoolOn && input.education !== 'none') input.leftSchoolOn = d.leftSchoolOn;
      if (d.employed) input.employed = d.employed === '1';
      if (d.ask.registeredUnemployed && d.registered) input.registeredUnemployed = d.registered === '1';
      if (d.ask.hukou && d.hukouIndex >= 0) input.hukouProvince = this.hukou[d.hukouIndex];
      if (d.ask.hardshipArea && d.hardship) input.hardshipArea = d.hardship === '1';
      return input;
    },

    update() {
      if (!this.jianxi) return;
      try {
        const input = this.input();
        let r = this.jianxi.checkEligibility(input);
        // The rules decide which questions are asked (the engine's `ask`), as on the web page;
        // their wording is the province's, from its data (formSpec).
        const ask = { registeredUnemployed: r.ask.indexOf('registeredUnemployed') >= 0, hukou: r.ask.indexOf('hukouProvince') >= 0, hardshipArea: r.ask.indexOf('hardshipArea') >= 0 };
        const question = this.jianxi.formSpec({ province: input.province, asOf: input.asOf }).questions.filter((q) => q.id === 'hardshipArea')[0];
        const hardshipLabel = question ? question.label.zh : '';
        if (JSON.stringify(ask) !== JSON.stringify(this.data.ask) || hardshipLabel !== this.data.hardshipLabel) {
          this.setData({ ask, hardshipLabel });
          r = this.jianxi.checkEligibility(this.input());
        }
        this.setData({ result: view(r), error: null, errorField: '' });
      } catch (e) {
        this.setData({ result: null, error: e.message, errorField: e.field || '' });
      }
    },
  },
});

/** What the template shows: plain strings, statuses in words, every source cited. */
function view(r) {
  return {
    verdict: r.verdict,
    verdictText: VERDICT[r.verdict],
    warnings: r.basis.warnings.map((w) => w.zh),
    categories: r.categories.map((c) => ({
      id: c.id, name: c.name.zh, status: STATUS[c.status], note: c.note ? c.note.zh : '',
      conditions: c.conditions.map((x) => ({ mark: STATUS[x.status] || '?', text: x.detail.zh, source: cite(x.source) })),
    })),
    change: r.whatWouldChange.map((m) => m.zh),
    gets: r.internGets.map((g) => ({ text: g.text.zh, source: cite(g.source) })),
    zone: r.apply.zone ? { name: r.apply.zone.name.zh, url: r.apply.zone.url || '', source: cite(r.apply.zone.source) } : null,
    review: r.apply.reviewWorkingDays ? (r.apply.reviewDeadline ? `提交申请后，人社部门应在 ${r.apply.reviewWorkingDays} 个工作日内提出审核意见：今天提交，最晚 ${r.apply.reviewDeadline}。` : `提交申请后，人社部门应在 ${r.apply.reviewWorkingDays} 个工作日内提出审核意见。`) : '',
    documents: r.basis.documents.map((d) => `${d.number} ${d.title}`),
  };
}
