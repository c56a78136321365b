// A straightforward plain-JavaScript implementation of the Henan and Yunnan subsidy
// rules (the same stated estimating rules as the engine: whole internship months,
// minimum wage on the first day of each month, rounding to the fen), used only by
// the benchmark for a side-by-side speed ratio, and checked there to agree.
const HENAN_WAGES = [['2018-10-01', [1900, 1700, 1500]], ['2022-01-01', [2000, 1800, 1600]], ['2024-01-01', [2100, 2000, 1800]], ['2025-12-01', [2350, 2150, 2000]]];

const addMonths = (iso, n) => {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};
const wage = (date, tier) => HENAN_WAGES.filter(([from]) => from <= date).pop()[1][tier - 1];
const fen = (x) => Math.round(x * 100); // integer fen: exact for these sums

/** interns: [{ startDate, months, outcome, tier }] (completed / retained / inProgress only). */
export function estimate(province, interns, tier = 1) {
  let base = 0;
  let raised = 0;
  let retained = 0;
  for (const it of interns) {
    if (it.outcome === 'retained') retained++;
    for (let k = 0; k < it.months; k++) {
      const month = addMonths(it.startDate, k);
      if (province === 'henan') {
        const w = wage(month, it.tier ?? tier);
        base += fen((w * 70) / 100);
        raised += fen((w * 110) / 100) - fen((w * 70) / 100);
      } else {
        base += 150000;
        raised += 50000;
      }
    }
  }
  const meets = retained * 100 >= 50 * interns.length;
  return { baseTotal: (base / 100).toFixed(2), retentionDifference: ((meets ? raised : 0) / 100).toFixed(2) };
}
