/**
 * Rank → weight tables and one stakeholder's ranking of the six areas turned into weights.
 *
 * The three standard surrogate-weight formulas (Barron & Barrett 1996, "Decision quality using
 * ranked attribute weights"): rank-order-centroid (the default, the centroid of all weight vectors
 * consistent with the ranking), rank-sum and reciprocal-of-ranks.
 */
import { AREA_KEYS, type AreaKey, type AreaRecord } from './areas.js';
import { tieGroups } from './ordering.js';
import type { WeightMethod } from './weight-methods.js';

export { WEIGHT_METHODS, type WeightMethod } from './weight-methods.js';

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`the number of items must be a positive integer, got ${n}`);
}

/**
 * Rank-order-centroid weights for positions 1..n.
 *
 * w_i = (1/n) Σ_{k=i..n} 1/k
 *
 * @example rankOrderCentroid(6) // [0.4083, 0.2417, 0.1583, 0.1028, 0.0611, 0.0278] (rounded)
 */
export function rankOrderCentroid(n: number): number[] {
  assertCount(n);
  const out = new Array<number>(n).fill(0);
  let tail = 0;
  for (let i = n; i >= 1; i -= 1) {
    tail += 1 / i;
    out[i - 1] = tail / n;
  }
  return out;
}

/**
 * Rank-sum weights for positions 1..n.
 *
 * w_i = 2 (n + 1 − i) / (n (n + 1))
 *
 * @example rankSum(6) // [0.2857, 0.2381, 0.1905, 0.1429, 0.0952, 0.0476] (rounded)
 */
export function rankSum(n: number): number[] {
  assertCount(n);
  return Array.from({ length: n }, (_, index) => (2 * (n - index)) / (n * (n + 1)));
}

/**
 * Reciprocal-of-ranks weights for positions 1..n.
 *
 * w_i = (1/i) / Σ_{k=1..n} 1/k
 *
 * @example reciprocalRank(6) // [0.4082, 0.2041, 0.1361, 0.1020, 0.0816, 0.0680] (rounded)
 */
export function reciprocalRank(n: number): number[] {
  assertCount(n);
  let harmonic = 0;
  for (let k = 1; k <= n; k += 1) harmonic += 1 / k;
  return Array.from({ length: n }, (_, index) => 1 / (index + 1) / harmonic);
}

const TABLES: Readonly<Record<WeightMethod, (n: number) => number[]>> = {
  roc: rankOrderCentroid,
  'rank-sum': rankSum,
  reciprocal: reciprocalRank,
};

/**
 * The weight table of a method for positions 1..n.
 *
 * @example rankWeights(2, 'rank-sum') // [2/3, 1/3]
 */
export function rankWeights(n: number, method: WeightMethod): number[] {
  return TABLES[method](n);
}

/**
 * One ranking of the six areas as weights summing to 1.
 *
 * The ranks are read as an ordering (see `ordering.ts`): sorted, with each tie group occupying
 * consecutive positions, so (1,2,2,4,5,6) and (1,2,2,3,4,5) give the same weights. A tie group
 * spanning positions p..p+t−1 gives each member the mean of those positions' weights:
 *
 * w_a = (1/t) Σ_{i=p..p+t−1} table_i
 *
 * @example weightsFromRanking({ bestFit: 1, timelyDelivery: 2, serviceQuality: 3, candidateExperience: 4, rightCosts: 5, rightEffort: 6 }).bestFit // 0.4083
 * @example weightsFromRanking({ bestFit: 1, timelyDelivery: 2, serviceQuality: 2, candidateExperience: 4, rightCosts: 5, rightEffort: 6 }).timelyDelivery // (0.2417 + 0.1583) / 2 = 0.2
 */
export function weightsFromRanking(ranks: AreaRecord<number>, method: WeightMethod = 'roc'): AreaRecord<number> {
  const table = rankWeights(AREA_KEYS.length, method);
  const out = {} as Record<AreaKey, number>;
  for (const group of tieGroups(AREA_KEYS.map((key) => ranks[key]))) {
    const shared = table.slice(group.first - 1, group.first - 1 + group.items.length);
    const mean = shared.reduce((sum, w) => sum + w, 0) / shared.length;
    for (const item of group.items) {
      const key = AREA_KEYS[item];
      if (key !== undefined) out[key] = mean;
    }
  }
  return out;
}
