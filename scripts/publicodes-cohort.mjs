// The Henan and Yunnan 2023 cohort rules written in publicodes (npm `publicodes`), for the
// benchmark only: a unit of `effectif` interns starting on the 1st of a month of 2023 for
// `durée` months, `retenus` of them retained at the end. Henan: 70 % of the tier's minimum
// wage of each month (2,000/1,800/1,600 in 2023, 2,100/2,000/1,800 from 2024-01-01),
// raised to 110 % when ≥ 50 % are retained; Yunnan: 1,500 元, +500 元 at ≥ 50 %. Months
// rounded to the fen as the engine does (豫人社函〔2023〕138号 三（一）; 云南 2023 通知).
import Engine from 'publicodes';

const tiered = (a, b, c) => ({ variations: [{ si: 'situation . catégorie = 1', alors: a }, { si: 'situation . catégorie = 2', alors: b }, { sinon: c }] });
const fen = (expr) => ({ valeur: expr, arrondi: '2 décimales' });

export const rules = {
  situation: null,
  'situation . province': { 'par défaut': "'henan'" },
  'situation . catégorie': { 'par défaut': 1 },
  'situation . mois de début': { 'par défaut': 7 },
  'situation . durée': { 'par défaut': 6 },
  'situation . effectif': { 'par défaut': 1 },
  'situation . retenus': { 'par défaut': 0 },
  'mois 2023': { valeur: 'situation . durée', plafond: '13 - situation . mois de début' },
  'mois 2024': 'situation . durée - mois 2023',
  'salaire minimum 2023': tiered(2000, 1800, 1600),
  'salaire minimum 2024': tiered(2100, 2000, 1800),
  'henan': null,
  'henan . base 2023': fen('salaire minimum 2023 * 70 / 100'),
  'henan . base 2024': fen('salaire minimum 2024 * 70 / 100'),
  'henan . relevé 2023': fen('salaire minimum 2023 * 110 / 100'),
  'henan . relevé 2024': fen('salaire minimum 2024 * 110 / 100'),
  'base par personne': { variations: [{ si: "situation . province = 'yunnan'", alors: '1500 * situation . durée' }, { sinon: 'mois 2023 * henan . base 2023 + mois 2024 * henan . base 2024' }] },
  'différence par personne': { variations: [{ si: "situation . province = 'yunnan'", alors: '500 * situation . durée' }, { sinon: 'mois 2023 * (henan . relevé 2023 - henan . base 2023) + mois 2024 * (henan . relevé 2024 - henan . base 2024)' }] },
  'seuil atteint': 'situation . retenus * 100 >= 50 * situation . effectif',
  'base totale': 'base par personne * situation . effectif',
  'différence': { 'applicable si': 'seuil atteint', valeur: 'différence par personne * situation . effectif' },
  total: { somme: ['base totale', 'différence'] },
};

export function engine() {
  return new Engine(rules);
}

/** One cohort through publicodes: the total in fen. */
export function total(e, s) {
  e.setSituation({
    'situation . province': `'${s.province}'`,
    'situation . catégorie': s.tier ?? 1,
    'situation . mois de début': Number(s.startDate.slice(5, 7)),
    'situation . durée': s.months,
    'situation . effectif': s.interns,
    'situation . retenus': s.retained,
  });
  return Math.round(e.evaluate('total').nodeValue * 100);
}
