// What both pages share: presets from the way the page was opened, the base-library check,
// the message when the engine cannot load, the disclaimer, copying and calling.
// WeChat references relied on (checked 2026-11):
// - WXWebAssembly: base library 2.13.0, .wasm.br paths from 2.14.0; "export 支持函数、Memory、
//   Table，iOS 平台暂不支持 Global" — developers.weixin.qq.com/miniprogram/dev/framework/performance/wasm.html
// - compatibility: compare SDKVersion (wx.getAppBaseInfo from 2.20.1, wx.getSystemInfoSync
//   before), check that an API exists, and otherwise tell the user to update with wx.showModal —
//   developers.weixin.qq.com/miniprogram/dev/framework/compatibility.html
// - 小程序码 (wxacode.getUnlimited): the page gets `scene`, to decodeURIComponent once;
//   扫普通链接二维码: the page gets the scanned link URL-encoded in `q` (plus scancode_time) —
//   developers.weixin.qq.com/miniprogram/introduction/qrcode.html
// - wx.setClipboardData (1.1.0) shows the toast "内容已复制" itself.

/** The lowest base library the package runs on: WXWebAssembly reads .wasm.br from 2.14.0. */
const MIN_BASE_LIBRARY = '2.14.0';
const DISCLAIMER = '仅供参考，以当地人社部门审核为准';
const HOTLINE = '12333';

/** decodeURIComponent that returns null instead of throwing on a malformed % sequence. */
function decode(text) {
  try {
    return decodeURIComponent(String(text).replace(/\+/g, ' '));
  } catch (e) {
    return null;
  }
}

/** "a=1&b=2" into { a: '1', b: '2' }; malformed pairs are skipped. */
function pairs(text, into) {
  for (const pair of String(text).split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = decode(pair.slice(0, at));
    const value = decode(pair.slice(at + 1));
    if (key && value !== null) into[key] = value;
  }
  return into;
}

/**
 * The presets a page was opened with, as strings, whichever way it came: a path query
 * (?p=hunan), a mini-program code's scene ("p=hunan&ha=1", URL-encoded once), or an ordinary
 * link QR code (q = the URL-encoded link, e.g. https://host/index.html?p=hunan). Never throws:
 * whatever cannot be read is left out, and the page starts with its defaults.
 */
function presets(query) {
  const out = {};
  if (!query || typeof query !== 'object') return out;
  for (const key of Object.keys(query)) {
    if (key === 'scene' || key === 'q' || typeof query[key] !== 'string') continue;
    const value = decode(query[key]);
    out[key] = value === null ? query[key] : value;
  }
  if (query.scene !== undefined) {
    const scene = decode(query.scene);
    if (scene !== null) pairs(scene, out);
  }
  if (query.q !== undefined) {
    const link = decode(query.q);
    const at = link === null ? -1 : link.indexOf('?');
    if (at >= 0) pairs(link.slice(at + 1).split('#')[0], out);
  }
  return out;
}

/** -1, 0 or 1, comparing "2.13.0" and "2.14.0" part by part (not as strings). */
function compareVersion(a, b) {
  const x = String(a).split('.');
  const y = String(b).split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (parseInt(x[i], 10) || 0) - (parseInt(y[i], 10) || 0);
    if (d) return d > 0 ? 1 : -1;
  }
  return 0;
}

/** The base library version this client runs, or '' when it cannot be told. */
function baseLibraryVersion() {
  try {
    if (typeof wx === 'undefined') return '';
    if (typeof wx.getAppBaseInfo === 'function') return wx.getAppBaseInfo().SDKVersion || '';
    if (typeof wx.getSystemInfoSync === 'function') return wx.getSystemInfoSync().SDKVersion || '';
  } catch (e) {
    // An API that throws tells nothing: try the engine anyway.
  }
  return '';
}

/** Why the engine cannot run here before trying it: { code, have } or null. */
function unsupported() {
  const have = baseLibraryVersion();
  if (typeof WXWebAssembly === 'undefined') return { code: 'WECHAT_TOO_OLD', have };
  if (have && compareVersion(have, MIN_BASE_LIBRARY) < 0) return { code: 'WECHAT_TOO_OLD', have };
  return null;
}

/** What a page shows when the engine did not load. */
function failureView(error) {
  if (error && error.code === 'WECHAT_TOO_OLD') {
    return {
      kind: 'update',
      title: '微信版本过低',
      text: `本工具在手机上计算，需要较新的微信（小程序基础库 ${MIN_BASE_LIBRARY} 或以上${error.have ? `，当前为 ${error.have}` : ''}）。请在应用商店把微信升级到最新版本后重新打开。`,
      detail: '',
    };
  }
  return {
    kind: 'retry',
    title: '计算引擎未能加载',
    text: `请点“重试”。如仍不行，可退出微信后重新打开本小程序，或拨打 ${HOTLINE} 人社服务热线咨询。`,
    // A refused data file (data/policies.js) names the field: show it with the reason.
    detail: error && error.message ? `${error.code === 'POLICY_INVALID' && error.field ? `${error.field}：` : ''}${error.message}`.slice(0, 300) : String(error),
  };
}

/** The update prompt WeChat's compatibility guide suggests, shown once per launch. */
function promptUpdate(app) {
  if (app.updatePrompted || typeof wx === 'undefined' || typeof wx.showModal !== 'function') return;
  app.updatePrompted = true;
  wx.showModal({ title: '提示', content: '当前微信版本过低，无法使用该功能，请升级到最新微信版本后重试。', showCancel: false });
}

/**
 * A mini-program cannot open outside links: copy them (WeChat confirms with "内容已复制").
 * setClipboardData is a privacy API (剪切板, declared in 用户隐私保护指引); if it fails, e.g.
 * because the user declined the privacy prompt, the link text itself stays selectable.
 */
function copy(text) {
  if (!text || typeof wx === 'undefined' || typeof wx.setClipboardData !== 'function') return;
  wx.setClipboardData({
    data: String(text),
    fail() {
      if (typeof wx.showToast === 'function') wx.showToast({ title: '未能复制：请长按链接文字复制', icon: 'none' });
    },
  });
}

function callHotline() {
  if (typeof wx !== 'undefined' && typeof wx.makePhoneCall === 'function') wx.makePhoneCall({ phoneNumber: HOTLINE, fail() {} });
}

/**
 * A source as the templates show it: document number and clause, the quote, and in Chinese
 * the product's reading of the clause and any note beside the quote (what the web pages'
 * cite() shows). Null stays null.
 */
function cite(s) {
  return s ? { label: `${s.number} ${s.clause}`, quote: s.quote || '', reading: s.reading ? s.reading.zh : '', note: s.note ? s.note.zh : '' } : null;
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

module.exports = { MIN_BASE_LIBRARY, DISCLAIMER, HOTLINE, presets, compareVersion, baseLibraryVersion, unsupported, failureView, promptUpdate, copy, callHotline, today, cite };
