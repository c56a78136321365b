// The list of documents from the policy data itself (the youth module carries it), so the
// page names exactly what the tools apply. Without the engine the list in the HTML stays.
import { $, el, jurisdictionsInOrder } from './common.js';
import { loadPageEngine, showPolicyData } from './policy-data.js';

try {
  const { engine: m, info } = await loadPageEngine('../pkg/jianxi_youth.js', 'data/policies-youth.json');
  const data = m.policies();
  $('dataDate').textContent = data.dataDate;
  showPolicyData(info, data.dataDate);
  $('documents').replaceChildren(...jurisdictionsInOrder(data).flatMap((j) => [el('h3', {}, j.name.zh),
    el('ul', { class: 'plain' }, j.documents.map((d) => el('li', {}, `${d.number} ${d.title}（${d.issuer}${d.issuedOn ? `，${d.issuedOn}` : ''}${d.confidence === 'reported' ? '；据公开报道，待核实' : ''}）`)))]));
} catch { /* the static list stands */ }
