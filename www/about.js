// The list of documents from the policy data itself (the youth module carries it), so the
// page names exactly what the tools apply. Without the engine the list in the HTML stays.
import { $, el } from './common.js';

try {
  const m = await import('../pkg/jianxi_youth.js');
  await m.default();
  const data = m.policies();
  $('dataDate').textContent = data.dataDate;
  const order = ['national', 'henan', 'hunan', 'yunnan', 'gansu', 'ningxia'];
  const rank = (id) => (order.includes(id) ? order.indexOf(id) : 99);
  $('documents').replaceChildren(...[...data.jurisdictions].sort((a, b) => rank(a.id) - rank(b.id)).flatMap((j) => [el('h3', {}, j.name.zh),
    el('ul', { class: 'plain' }, j.documents.map((d) => el('li', {}, `${d.number} ${d.title}（${d.issuer}${d.issuedOn ? `，${d.issuedOn}` : ''}${d.confidence === 'reported' ? '；据公开报道，待核实' : ''}）`)))]));
} catch { /* the static list stands */ }
