// The bad-input suite again, in Chromium's WebAssembly: every field of every entry
// point, every kind of bad value; each gives a documented error, the module keeps answering.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watchedPage } from './browser.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.browser.close(); env?.server.close(); });

test('bad input in Chromium', async () => {
  const { page, problems, context } = await watchedPage(env.browser, env.origin);
  await page.goto(`${env.origin}/www/`);
  const out = await page.evaluate(async () => {
    const m = await import('/pkg/jianxi.js');
    await m.default();
    m.loadPolicies(await (await fetch('/www/data/policies.json')).json(), { mode: 'replace' });
    const documented = new Set(['NOT_AN_OBJECT', 'MISSING_FIELD', 'WRONG_TYPE', 'INVALID_DATE', 'INVALID_NUMBER', 'OUT_OF_RANGE', 'UNKNOWN_VALUE', 'UNKNOWN_FIELD', 'TOO_LONG', 'INCONSISTENT', 'UNKNOWN_PROVINCE', 'NO_RULE_FOR_DATE', 'NO_CALENDAR', 'NO_MINIMUM_WAGE', 'TIER_REQUIRED', 'POLICY_INVALID', 'NO_POLICY_DATA']);
    const bad = [42, NaN, Infinity, -Infinity, 1e308, -1, 2.5, true, '', 'x'.repeat(1_000_000), { a: 1 }, [1, 2], '2023-02-30', '9999-01-01', () => 1, Symbol('s'), 10n, null, undefined];
    const good = {
      checkEligibility: { province: 'hunan', asOf: '2024-05-01', birthDate: '2004-01-01', education: 'bachelor', leftSchoolOn: '2023-07-01', employed: false, registeredUnemployed: true, hukouProvince: 'hunan', hardshipArea: false, socialInsuranceMonthly: '600' },
      estimateSubsidy: { province: 'hunan', tier: 1, startDate: '2023-08-01', months: 6, interns: 2, retained: 1, localStandard: { baseAmount: '1500' } },
      validateMonthlyReport: { indicators: [10, 2, 40, 5, 30, 25, 20, 12, 6, 5, 4, 1, 20, 12.5] },
      reportDeadline: { province: 'national', month: '2023-09' },
    };
    let errors = 0;
    const undocumented = [];
    const crashes = [];
    for (const [api, input] of Object.entries(good)) {
      for (const field of Object.keys(input)) {
        for (const v of bad) {
          try { m[api]({ ...input, [field]: v }); } catch (e) {
            if (e && documented.has(e.code) && e.message && e.messageEn) errors += 1;
            else if (e && e.code) undocumented.push(`${api}.${field}: ${e.code}`);
            else crashes.push(`${api}.${field}: ${e}`);
          }
        }
      }
    }
    const still = m.estimateSubsidy({ province: 'henan', tier: 1, startDate: '2023-07-01', months: 6, interns: 10, retained: 6 }).total;
    return { errors, undocumented, crashes, still };
  });
  assert.deepEqual(out.crashes, [], 'no trap or non-API error crossed the boundary');
  assert.deepEqual(out.undocumented, []);
  assert.ok(out.errors > 200, `${out.errors} documented errors`);
  assert.equal(out.still, '132000.00');
  assert.deepEqual(problems, []);
  await context.close();
});
