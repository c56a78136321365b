// QR codes of preset self-check links for campus events. The QR encoder
// (qrcode-generator, MIT, www/vendor/) loads on this page only, never on the youth page.
// The menu and the province's own questions come from the engine (formSpec): the youth
// module has them and is the smaller engine. The page keeps no list of provinces.
import qrcode from './vendor/qrcode.mjs';
import { $, params, state, txt, options, translate, today } from './common.js';
import { loadPageEngine, showPolicyData } from './policy-data.js';

// The policy data is a file beside the page (preloaded with the .wasm): fetched at once.
const DATA_FILE = 'data/policies-youth.json';
const loading = loadPageEngine('../pkg/jianxi_youth.js', DATA_FILE, $('loading')); // the engine and its data, side by side
let dataInfo; // which data is in force (built-in, or the host's ?data= file), and any notice about it

const T = {
  zh: { title: '见习自测二维码（招聘会组织者）', lead: '为每场活动生成一个预设省份的自测链接二维码：学生扫码后直接打开本省的见习资格自测。可下载 SVG、PNG，或打印 A4 海报。',
    province: '省份', qrlang: '自测页面语言', hardship: '为学生预先回答：', ask: '不预设（由学生回答）', yes: '是（活动所在县属于）', event: '活动名称（印在海报上，可不填）',
    base: '自测页面地址', baseHint: '默认是本站的自测页；如果贵单位把页面放在自己的网站上，请填那个地址。', posterTitle: '扫码一分钟，看看你能否参加就业见习',
    posterNote: '在手机上完成，不上传任何个人信息。', svg: '下载 SVG', png: '下载 PNG', print: '打印 A4 海报', qr: '自测链接二维码：',
    badBase: '请填写以 https:// 或 http:// 开头的完整网址，例如 https://www.example.gov.cn/jianxi/。', noscript: '本页需要浏览器开启 JavaScript 才能生成二维码。' },
  en: { title: 'Self-check QR codes (event organisers)', lead: 'Make a QR code of a self-check link preset to your province for each event: students scan it and the check opens ready. Download SVG or PNG, or print an A4 poster.',
    province: 'Province', qrlang: 'Language of the self-check', hardship: 'Answer for the students: ', ask: 'Do not preset (students answer)', yes: 'Yes (the event’s county is one)',
    event: 'Event name (printed on the poster, optional)', base: 'Address of the self-check page', baseHint: 'This site’s self-check by default; if your bureau hosts the page, enter that address.',
    posterTitle: 'Scan: one minute to see if you can take part in an employment internship', posterNote: 'Done on your phone; no personal data is uploaded.', svg: 'Download SVG', png: 'Download PNG', print: 'Print an A4 poster', qr: 'QR code of the self-check link: ',
    badBase: 'Enter a full address starting with https:// or http://, e.g. https://www.example.gov.cn/jianxi/.', noscript: 'This page needs JavaScript to make QR codes.' },
};
let engine;
let spec; // formSpec(): the jurisdictions in menu order
let urls = [];

/** The preset self-check link; only a web address (http or https) is taken as the base. */
export function presetLink(base, province, lang, hardship, dataFile) {
  const u = new URL(base.trim());
  if (!/^https?:$/.test(u.protocol) || !u.hostname) throw new Error('not a web address');
  u.search = '';
  u.searchParams.set('p', province);
  if (lang === 'en') u.searchParams.set('lang', 'en');
  if (hardship) u.searchParams.set('ha', '1');
  // A host's own data file (?data= on this page) travels with the code: its provinces answer there too.
  if (dataFile) u.searchParams.set('data', dataFile);
  return u.toString();
}

function svgOf(qr, size) {
  const n = qr.getModuleCount();
  const quiet = 4;
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + quiet} ${r + quiet}h1v1h-1z`;
  const dim = n + 2 * quiet;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${dim} ${dim}" width="${size}" height="${size}" shape-rendering="crispEdges"><rect width="${dim}" height="${dim}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

function pngOf(qr, scale) {
  const n = qr.getModuleCount();
  const dim = (n + 8) * scale;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = dim;
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, dim, dim);
  g.fillStyle = '#000';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) g.fillRect((c + 4) * scale, (r + 4) * scale, scale, scale);
  return new Promise((ok) => canvas.toBlob(ok, 'image/png'));
}

/** No code on show: nothing stale can be seen, downloaded or printed. */
function clearCode() {
  $('qr').replaceChildren();
  $('qr').removeAttribute('aria-label');
  $('link').textContent = '';
  for (const id of ['svg', 'png']) { $(id).removeAttribute('href'); $(id).setAttribute('aria-disabled', 'true'); delete $(id).dataset.link; }
  $('print').disabled = true;
  for (const u of urls) URL.revokeObjectURL(u);
  urls = [];
}

async function update() {
  const j = spec.jurisdictions.find((x) => x.id === $('province').value);
  // The hardship question is preset only where the self-check asks it today, in the
  // province's own words (its file's, through formSpec).
  let question = null;
  try { question = engine.formSpec({ province: $('province').value, asOf: today() }).questions.find((q) => q.id === 'hardshipArea') ?? null; } catch { /* no rule: nothing to ask */ }
  const asksHardship = Boolean(question);
  $('hardship-field').hidden = !asksHardship;
  $('hardship-label').textContent = question ? `${T[state.lang].hardship}${txt(question.label)}` : '';
  let link;
  $('base-error').hidden = true;
  $('base').removeAttribute('aria-invalid');
  try {
    link = presetLink($('base').value, $('province').value, $('qrlang').value, asksHardship && $('hardship').value === '1', dataInfo?.host);
  } catch {
    clearCode();
    $('base-error').textContent = T[state.lang].badBase;
    $('base-error').hidden = false;
    $('base').setAttribute('aria-invalid', 'true');
    return;
  }
  $('print').disabled = false;
  for (const id of ['svg', 'png']) $(id).removeAttribute('aria-disabled');
  const qr = qrcode(0, 'M');
  qr.addData(link);
  qr.make();
  const svg = svgOf(qr, 320);
  $('qr').innerHTML = svg;
  $('qr').setAttribute('aria-label', T[state.lang].qr + link);
  $('link').textContent = link;
  $('posterEvent').textContent = [$('event').value.trim(), txt(j?.name)].filter(Boolean).join(' · ');
  for (const u of urls) URL.revokeObjectURL(u);
  urls = [URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), URL.createObjectURL(await pngOf(qr, 16))];
  $('svg').href = urls[0];
  $('png').href = urls[1];
  $('png').dataset.link = link; // which link the files encode (updates may overlap)
  $('svg').download = `jianxi-${$('province').value}.svg`;
  $('png').download = `jianxi-${$('province').value}.png`;
}

async function main() {
  $('loading').hidden = false;
  ({ engine, info: dataInfo } = await loading);
  $('loading').hidden = true;
  spec = engine.formSpec();
  showPolicyData(dataInfo, spec.jurisdictions);
  translate(T);
  options($('province'), spec.jurisdictions.map((j) => [j.id, txt(j.name)]), params.get('p') && spec.jurisdictions.some((j) => j.id === params.get('p')) ? params.get('p') : spec.defaultJurisdiction);
  $('base').value = new URL('index.html', location.href).toString().replace(/index\.html$/, '');
  $('form').addEventListener('input', update);
  $('print').addEventListener('click', () => window.print());
  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'en' ? 'zh' : 'en';
    const keep = $('province').value;
    translate(T);
    options($('province'), spec.jurisdictions.map((j) => [j.id, txt(j.name)]), keep);
    update();
  });
  await update();
}
main();
