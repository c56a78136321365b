// The embedding guide: snippets regenerated as options change, the script's SRI hash
// computed from the very file served, and a live preview using the element itself.
const $ = (id) => document.getElementById(id);
const origin = new URL('./', location.href);
const loader = new URL('embed.js', origin).toString();
let integrity = '';

async function sri() {
  const bytes = await (await fetch(loader)).arrayBuffer();
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...hash))}`;
}

// The menus come from the data the tools answer from (the built-in file, plus the host's
// own file named below): jurisdictions in their menu order, tiers from each one's table.
let jurisdictions = [];
async function readData(path) {
  try { const r = await fetch(new URL(path, origin)); return r.ok ? await r.json() : []; } catch { return []; }
}
async function loadMenus() {
  const own = $('policies').value.trim();
  const files = [...(await readData('data/policies.json')), ...(/\.json$/i.test(own) ? await readData(own) : [])];
  const byId = new Map(files.map((f) => [f.id, f]));
  const key = (j) => (Number.isFinite(j.menuOrder) ? j.menuOrder : Number.MAX_SAFE_INTEGER);
  jurisdictions = [...byId.values()].sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : 1));
  const keep = $('province').value;
  $('province').replaceChildren(...jurisdictions.map((j) => Object.assign(document.createElement('option'), { value: j.id, textContent: j.name.zh })));
  $('province').value = jurisdictions.some((j) => j.id === keep) ? keep : jurisdictions[0]?.id ?? '';
  fillTiers();
}
function fillTiers() {
  const j = jurisdictions.find((x) => x.id === $('province').value);
  const keep = $('tier').value;
  const names = j?.minimumWage?.tierNames ?? [];
  $('tier').replaceChildren(Object.assign(document.createElement('option'), { value: '', textContent: '不预设' }),
    ...names.map((n, i) => Object.assign(document.createElement('option'), { value: String(i + 1), textContent: n.zh })));
  $('tier').value = names.length >= Number(keep) ? keep : '';
}

function attrs(prefix) {
  const out = [];
  const add = (k, v) => { if (v) out.push(`${prefix}${k}="${v}"`); };
  add('province', $('province').value);
  add('tier', $('tool').value === 'calculator' ? $('tier').value : '');
  add('lang', $('lang').value);
  add('accent', $('accent').value !== '#b42318' ? $('accent').value : '');
  // A host's own data file on the tool's site; the tool takes only a same-origin .json path.
  add('policies', $('policies').value.trim().replace(/["<>&\s]/g, ''));
  return out;
}

function update() {
  const tool = $('tool').value;
  const element = tool === 'calculator' ? 'jianxi-calculator' : 'jianxi-check';
  $('s-script').textContent = `<script src="${loader}"\n  integrity="${integrity}" crossorigin="anonymous"\n  data-tool="${tool}" ${attrs('data-').join(' ')}></script>`;
  $('s-element').textContent = `<script src="${loader}" integrity="${integrity}" crossorigin="anonymous"></script>\n<${element} ${attrs('').join(' ')}></${element}>`;
  const page = new URL(tool === 'calculator' ? 'employer.html' : 'index.html', origin);
  page.searchParams.set('p', $('province').value);
  if (tool === 'calculator' && $('tier').value) page.searchParams.set('t', $('tier').value);
  if ($('lang').value) page.searchParams.set('lang', 'en');
  const policies = $('policies').value.trim().replace(/["<>&\s]/g, '');
  if (policies) page.searchParams.set('data', policies);
  $('s-iframe').textContent = `<iframe src="${page}" title="${tool === 'calculator' ? '就业见习补贴测算' : '就业见习资格自测'}"\n  width="100%" height="1400" frameborder="0" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
  $('s-csp').textContent = `script-src ${origin.origin};\nframe-src ${origin.origin};`;
  const el = document.createElement(element);
  for (const a of attrs('')) { const [k, v] = a.split('='); el.setAttribute(k, v.slice(1, -1)); }
  $('preview').replaceChildren(el);
}

for (const b of document.querySelectorAll('[data-copy]')) {
  b.addEventListener('click', async () => {
    try { await navigator.clipboard.writeText($(b.dataset.copy).textContent); b.textContent = '已复制'; } catch { /* the text can still be selected */ }
  });
}
$('form').addEventListener('input', update);
$('province').addEventListener('change', () => { fillTiers(); update(); });
$('policies').addEventListener('change', async () => { await loadMenus(); update(); });
const script = document.createElement('script');
script.src = loader;
document.head.append(script);
await loadMenus();
integrity = await sri();
update();
