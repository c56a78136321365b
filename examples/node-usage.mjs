// Using jianxi from Node (the same API the pages and the mini-program use).
// Run: node examples/node-usage.mjs
import { readFileSync } from 'node:fs';
import { initSync, loadPolicies, checkEligibility, estimateSubsidy, reviewDeadline } from '../pkg/jianxi.js';

initSync({ module: readFileSync(new URL('../pkg/jianxi_bg.wasm', import.meta.url)) });
// The engine carries no policy data: load the data file the data step writes
// (scripts/build-data.mjs, from policies/*.toml), or a bureau's own.
loadPolicies(JSON.parse(readFileSync(new URL('../www/data/policies.json', import.meta.url), 'utf8')), { mode: 'replace' });

const check = checkEligibility({
  province: 'henan',
  asOf: '2024-03-01',
  birthDate: '2001-05-10',
  education: 'bachelor',
  leftSchoolOn: '2023-06-30',
  employed: false,
});
console.log(`${check.verdictLine.zh} (eligible: ${check.eligible})`); // 按2023年的规定：可以参加就业见习 (eligible: true)
for (const c of check.categories) console.log(`  ${c.name.zh}: ${c.status}`);
// Henan sets no review time for a young person's own application; the national one is for employers.
console.log(check.apply.reviewNote.zh);
const review = reviewDeadline({ province: 'henan', submittedOn: '2024-03-01', applicant: 'employer' });
console.log(`an employer's application is reviewed by ${review.deadline} (${review.workingDays} working days)`);

const estimate = estimateSubsidy({ province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, interns: 10, retained: 6 });
console.log(`base: ${estimate.baseTotal}, difference: ${estimate.retentionDifference}, total: ${estimate.total}`);

try {
  checkEligibility({ province: 'henan', asOf: '2023-02-30' });
} catch (e) {
  console.log(`error ${e.code} on ${e.field}: ${e.message} / ${e.messageEn}`);
}
