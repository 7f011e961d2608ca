/**
 * Kendall's coefficient of concordance W: how far the stakeholders agree on the order of the areas
 * (0 = no agreement, 1 = everyone gives the same order), with the correction for tied ranks.
 */
import { AREA_KEYS, type AreaRecord } from './areas.js';
import { midRanks, tieGroups } from './ordering.js';

export type AgreementLevel = 'none' | 'very-weak' | 'weak' | 'moderate' | 'strong' | 'unusually-strong';

/**
 * The lowest W of each level. Schmidt (1997, "Managing Delphi surveys using nonparametric
 * statistical techniques", Decision Sciences 28(3)) names W = 0.1 very weak, 0.3 weak, 0.5
 * moderate, 0.7 strong and 0.9 unusually strong agreement. We read his values as thresholds a W
 * must reach to earn the word (0.45 is "weak", not "moderate"): the conservative reading, so a
 * split management team is never told it agrees. Below 0.1 there is no agreement to speak of.
 */
export const AGREEMENT_THRESHOLDS: readonly { readonly level: AgreementLevel; readonly from: number }[] = [
  { level: 'unusually-strong', from: 0.9 },
  { level: 'strong', from: 0.7 },
  { level: 'moderate', from: 0.5 },
  { level: 'weak', from: 0.3 },
  { level: 'very-weak', from: 0.1 },
  { level: 'none', from: 0 },
];

export interface Concordance {
  readonly w: number;
  readonly level: AgreementLevel;
  readonly raters: number;
  readonly items: number;
  /** S = Σ_i (R_i − m(n+1)/2)², R_i the sum of item i's (mid-)ranks. */
  readonly s: number;
  /** Σ_j T_j, T_j = Σ (t³ − t) over the tie groups of rater j. */
  readonly ties: number;
  /** Friedman's statistic m(n − 1)W, chi-square with n − 1 degrees of freedom for large m. */
  readonly chiSquare: number;
}

export interface NoConcordance {
  readonly w: null;
  readonly level: null;
  readonly raters: number;
  readonly items: number;
  readonly reason: 'fewer-than-two-raters' | 'everything-tied';
}

/**
 * The plain-words level of a W (see AGREEMENT_THRESHOLDS).
 *
 * @example agreementLevel(0.45) // 'weak'
 * @example agreementLevel(0.7) // 'strong'
 */
export function agreementLevel(w: number): AgreementLevel {
  const rounded = Math.round(w * 1e12) / 1e12;
  return AGREEMENT_THRESHOLDS.find((t) => rounded >= t.from)?.level ?? 'none';
}

/**
 * Kendall's W with tie correction for m raters, each giving ranks to the same n items (same item
 * order in every array). Ties get their mid-rank (ranks are read as an ordering, see ordering.ts).
 *
 * W = 12 S / (m² (n³ − n) − m Σ_j T_j)
 *
 * @example kendallsW([[1, 2, 3], [1, 2, 3]]).w // 1
 * @example kendallsW([[1, 2, 3], [3, 2, 1]]).w // 0
 */
export function kendallsW(rankings: readonly (readonly number[])[]): Concordance | NoConcordance {
  const m = rankings.length;
  const n = rankings[0]?.length ?? AREA_KEYS.length;
  if (rankings.some((ranks) => ranks.length !== n)) throw new RangeError('every rater must rank the same items');
  if (m < 2) return { w: null, level: null, raters: m, items: n, reason: 'fewer-than-two-raters' };
  const sums = new Array<number>(n).fill(0);
  let ties = 0;
  for (const ranks of rankings) {
    midRanks(ranks).forEach((rank, item) => {
      sums[item] = (sums[item] ?? 0) + rank;
    });
    for (const group of tieGroups(ranks)) ties += group.items.length ** 3 - group.items.length;
  }
  const mean = (m * (n + 1)) / 2;
  const s = sums.reduce((total, sum) => total + (sum - mean) ** 2, 0);
  const denominator = m * m * (n ** 3 - n) - m * ties;
  if (denominator <= 0) return { w: null, level: null, raters: m, items: n, reason: 'everything-tied' };
  const w = (12 * s) / denominator;
  return { w, level: agreementLevel(w), raters: m, items: n, s, ties, chiSquare: m * (n - 1) * w };
}

/**
 * Kendall's W over stakeholders' rankings of the six areas.
 *
 * @example areaAgreement(stakeholders.map((row) => row.ranks)).level // e.g. 'moderate'
 */
export function areaAgreement(rankings: readonly AreaRecord<number>[]): Concordance | NoConcordance {
  return kendallsW(rankings.map((ranks) => AREA_KEYS.map((key) => ranks[key])));
}
