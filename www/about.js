// The list of documents from the policy data itself (the youth module carries it), in the
// engine's menu order (formSpec), so the page names exactly what the tools apply.
import { $, el, filesInMenuOrder } from './common.js';
import { loadPageEngine, showPolicyData } from './policy-data.js';

// A document whose number was not found is named by its title, the missing number said after it.
const unnumbered = (d) => d.number === '（文号未查到）';

try {
  const { engine: m, info } = await loadPageEngine('../pkg/jianxi_youth.js', 'data/policies-youth.json');
  const data = m.policies();
  showPolicyData(info, data.jurisdictions);
  $('documents').replaceChildren(...filesInMenuOrder(m.formSpec(), data).flatMap((j) => [el('h3', {}, j.name.zh),
    el('ul', { class: 'plain' }, j.documents.map((d) => el('li', {}, `${unnumbered(d) ? '' : `${d.number} `}${d.title}（${unnumbered(d) ? '未查到文号；' : ''}${d.issuer}${d.issuedOn ? `，${d.issuedOn}` : ''}${d.confidence === 'reported' ? '；据公开报道，待核实' : ''}）`, d.dateNote ? el('p', { class: 'hint' }, d.dateNote.zh) : null)))]));
} catch {
  $('documents').replaceChildren(el('p', { class: 'warn', role: 'alert' }, '文件清单未能读取（政策数据或计算程序没有加载成功），请刷新页面重试。'));
}
