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
const script = document.createElement('script');
script.src = loader;
document.head.append(script);
integrity = await sri();
update();
