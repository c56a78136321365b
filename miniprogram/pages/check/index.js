// The youth self-check, the same questions and answers as www/index.html.
// Opened with ?p=henan, a mini-program code with scene "p=henan&ha=1", or an ordinary link QR
// code for the web page (…/index.html?p=henan&e=bachelor), it starts preset (common.js).
const { DISCLAIMER, ORDER, presets, failureView, promptUpdate, copy, callHotline, today } = require('../../common.js');

const EDU = [['doctorate', '博士研究生'], ['master', '硕士研究生'], ['bachelor', '本科'], ['juniorCollege', '专科（高职）'], ['technicianSenior', '技师学院高级工班'],
  ['technicianPreparatory', '技师学院预备技师班'], ['specialVocational', '特殊教育院校职业教育类'], ['secondaryVocational', '中职（中专、职高、技校）'], ['none', '以上都不是']];
const HUKOU = [['beijing', '北京'], ['tianjin', '天津'], ['hebei', '河北'], ['shanxi', '山西'], ['neimenggu', '内蒙古'], ['liaoning', '辽宁'], ['jilin', '吉林'], ['heilongjiang', '黑龙江'],
  ['shanghai', '上海'], ['jiangsu', '江苏'], ['zhejiang', '浙江'], ['anhui', '安徽'], ['fujian', '福建'], ['jiangxi', '江西'], ['shandong', '山东'], ['henan', '河南'], ['hubei', '湖北'],
  ['hunan', '湖南'], ['guangdong', '广东'], ['guangxi', '广西'], ['hainan', '海南'], ['chongqing', '重庆'], ['sichuan', '四川'], ['guizhou', '贵州'], ['yunnan', '云南'], ['xizang', '西藏'],
  ['shaanxi', '陕西'], ['gansu', '甘肃'], ['qinghai', '青海'], ['ningxia', '宁夏'], ['xinjiang', '新疆'], ['taiwan', '台湾'], ['xianggang', '香港'], ['aomen', '澳门']];
const VERDICT = { eligible: '可以参加就业见习', notEligible: '暂不符合条件', cannotTell: '需要补充信息' };
const STATUS = { met: '符合', notMet: '不符合', unknown: '待确认', passed: '✓', failed: '✗' };

// A page built with Component(), as WeChat allows, so that miniprogram-simulate can render it.
Component({
  data: {
    loading: true, failure: null, disclaimer: DISCLAIMER,
    provinces: [], provinceIndex: 0, eduLabels: EDU.map((e) => e[1]), eduIndex: -1, hukouLabels: HUKOU.map((h) => h[1]), hukouIndex: -1,
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
      const jurisdictions = this.jianxi.policies().jurisdictions;
      this.ids = jurisdictions.map((j) => j.id).sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
      const names = jurisdictions.reduce((m, j) => Object.assign(m, { [j.id]: j.name.zh }), {});
      this.setData({
        loading: false, failure: null,
        provinces: this.ids.map((id) => names[id]), provinceIndex: Math.max(0, this.ids.indexOf(preset.p)),
        eduIndex: EDU.findIndex((e) => e[0] === preset.e), hukouIndex: HUKOU.findIndex((h) => h[0] === preset.h),
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
      if (d.eduIndex >= 0) input.education = EDU[d.eduIndex][0];
      if (d.leftSchoolOn && input.education !== 'none') input.leftSchoolOn = d.leftSchoolOn;
      if (d.employed) input.employed = d.employed === '1';
      if (d.ask.registeredUnemployed && d.registered) input.registeredUnemployed = d.registered === '1';
      if (d.ask.hukou && d.hukouIndex >= 0) input.hukouProvince = HUKOU[d.hukouIndex][0];
      if (d.ask.hardshipArea && d.hardship) input.hardshipArea = d.hardship === '1';
      return input;
    },

    update() {
      if (!this.jianxi) return;
      try {
        let r = this.jianxi.checkEligibility(this.input());
        // The rules decide which questions are asked, as on the web page.
        const ask = { registeredUnemployed: false, hukou: false, hardshipArea: false };
        for (const c of r.categories) for (const x of c.conditions) if (x.kind in ask && !c.conditions.some((o) => o !== x && o.status === 'failed')) ask[x.kind] = true;
        if (JSON.stringify(ask) !== JSON.stringify(this.data.ask)) {
          this.setData({ ask });
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
  const cite = (s) => (s ? { label: `${s.number} ${s.clause}`, quote: s.quote } : null);
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
