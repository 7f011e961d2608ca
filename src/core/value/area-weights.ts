/**
 * Operations on a set of area weights: normalising hand-set numbers, averaging, and reading the
 * order and the top areas off the weights.
 */
import { AREA_KEYS, mapAreas, type AreaKey, type AreaRecord } from './areas.js';

/** Weights closer than this are equal: averaging the same fractions in another order drifts. */
const SAME_WEIGHT = 1e-12;

/**
 * Weights scaled to sum 1. A missing area counts as 0. Null when all weights are 0.
 * Throws a RangeError on a negative or non-finite weight (the config schema rejects those).
 *
 * w'_a = w_a / Σ w
 *
 * @example normaliseWeights({ bestFit: 30, timelyDelivery: 10 })
 * // { bestFit: 0.75, timelyDelivery: 0.25, serviceQuality: 0, candidateExperience: 0, rightCosts: 0, rightEffort: 0 }
 */
export function normaliseWeights(weights: Partial<AreaRecord<number>>): AreaRecord<number> | null {
  const raw = mapAreas((key) => weights[key] ?? 0);
  for (const key of AREA_KEYS) {
    const w = raw[key];
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`weight of ${key} must be a non-negative number, got ${w}`);
  }
  const total = AREA_KEYS.reduce((sum, key) => sum + raw[key], 0);
  if (total === 0) return null;
  return mapAreas((key) => raw[key] / total);
}

/**
 * The per-area mean of several weight records (not normalised; a mean of normalised records
 * already sums to 1 up to rounding). Throws a RangeError on an empty list.
 *
 * mean_a = (1/m) Σ_j w_{j,a}
 *
 * @example meanWeights([weightsFromRanking(annRanks), weightsFromRanking(bobRanks)]).bestFit
 * // (0.4083 + 0.2417) / 2 = 0.325 when Ann ranks bestFit first and Bob second
 */
export function meanWeights(records: readonly AreaRecord<number>[]): AreaRecord<number> {
  if (records.length === 0) throw new RangeError('cannot average zero weight records');
  return mapAreas((key) => records.reduce((sum, record) => sum + record[key], 0) / records.length);
}

/**
 * The areas from the highest weight to the lowest; equal weights keep the canonical area order
 * (bestFit, timelyDelivery, serviceQuality, candidateExperience, rightCosts, rightEffort).
 *
 * @example consensusOrder({ bestFit: 0.1, timelyDelivery: 0.3, serviceQuality: 0.3, candidateExperience: 0.1, rightCosts: 0.1, rightEffort: 0.1 })
 * // ['timelyDelivery', 'serviceQuality', 'bestFit', 'candidateExperience', 'rightCosts', 'rightEffort']
 */
export function consensusOrder(weights: AreaRecord<number>): AreaKey[] {
  return AREA_KEYS.map((key, index) => ({ key, index, w: weights[key] }))
    .sort((a, b) => (Math.abs(a.w - b.w) <= SAME_WEIGHT ? a.index - b.index : b.w - a.w))
    .map((entry) => entry.key);
}

/**
 * The first `count` areas of the consensus order (default 3): at most `count` areas, ties at the
 * cut broken by area order. An area with weight 0 is never a top area. When every weighted area
 * weighs the same (no weights configured yet) there is no ranking, so no top areas either.
 *
 * @example topAreas({ bestFit: 0.1, timelyDelivery: 0.4, serviceQuality: 0.2, candidateExperience: 0.1, rightCosts: 0.2, rightEffort: 0 })
 * // ['timelyDelivery', 'serviceQuality', 'rightCosts']
 * @example topAreas({ bestFit: 1, timelyDelivery: 1, serviceQuality: 1, candidateExperience: 1, rightCosts: 1, rightEffort: 1 })
 * // []
 */
export function topAreas(weights: AreaRecord<number>, count = 3): AreaKey[] {
  const order = consensusOrder(weights).filter((key) => weights[key] > 0);
  const first = order[0];
  const allEqual = first !== undefined && order.every((key) => Math.abs(weights[key] - weights[first]) <= SAME_WEIGHT);
  return allEqual && order.length > count ? [] : order.slice(0, count);
}
