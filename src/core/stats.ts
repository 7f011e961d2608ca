import { greatestIn, selectInPlace, smallestIn } from './stats/select.js';
import { valueAtRank, type WholeCounts, wholeCounts } from './stats/whole-counts.js';
import type { DurationStats } from './types.js';

const EMPTY: DurationStats = { n: 0, mean: null, median: null, p90: null, min: null, max: null };

/**
 * Excel's PERCENTILE.INC of ascending values: rank h = (n − 1) · p, then linear interpolation
 * between sorted[⌊h⌋] and sorted[⌊h⌋ + 1].
 *
 * @example percentileInc(Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.9) // 9.1
 */
export function percentileInc(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = (n - 1) * p;
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, n - 1);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (rank - lower) * (high - low);
}

/**
 * Summary of durations in days: n, mean, median, p90, min and max; every figure null when n = 0.
 *
 * mean = Σ v / n; median = the middle value, or the mean of the middle two for an even n;
 * p90 = PERCENTILE.INC(values, 0.9). The caller's values are copied, never rearranged in place.
 * Whole values (days) are summed in their own order, exactly, and their median and p90 are read
 * off their counts (see wholeCounts) or, over a wide range, selected (see selectInPlace) instead
 * of sorting all of them; other values are sorted and
 * summed in ascending order, as they always were, so no figure changes by a rounding.
 *
 * @example durationStats([10, 2, 4]) // { n: 3, mean: 5.333…, median: 4, p90: 8.8, min: 2, max: 10 }
 * @example durationStats([]) // { n: 0, mean: null, median: null, p90: null, min: null, max: null }
 */
export function durationStats(values: ArrayLike<number>): DurationStats {
  const n = values.length;
  if (n === 0) return EMPTY;
  const counted = wholeCounts(values);
  if (counted !== null) return countedStats(counted);
  const copy = Float64Array.from(values);
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let whole = true;
  for (const value of copy) {
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
    if (!Number.isInteger(value) || Object.is(value, -0)) whole = false;
  }
  // Sums of whole numbers below 2^53 do not depend on their order.
  if (!whole || Math.abs(sum) >= Number.MAX_SAFE_INTEGER) return sortedStats(copy.sort());
  const middle = Math.floor(n / 2);
  const upperMiddle = selectInPlace(copy, middle);
  const median = n % 2 === 1 ? upperMiddle : (greatestIn(copy, 0, middle - 1) + upperMiddle) / 2;
  const rank = (n - 1) * 0.9;
  const lower = Math.floor(rank);
  if (lower > middle) selectInPlace(copy, lower, middle + 1, n - 1);
  else if (lower < middle) selectInPlace(copy, lower, 0, middle - 1);
  const low = copy[lower] as number;
  const high = lower + 1 < n ? smallestIn(copy, lower + 1, n - 1) : low;
  return { n, mean: sum / n, median, p90: low + (rank - lower) * (high - low), min, max };
}

/**
 * durationStats of whole numbers counted by value (see wholeCounts): the median and p90 are the
 * values at their ranks, as selecting them gives, and the sum is exact in any order.
 */
function countedStats(counted: WholeCounts): DurationStats {
  const { n, sum, min, max } = counted;
  const middle = Math.floor(n / 2);
  const upperMiddle = valueAtRank(counted, middle);
  const median = n % 2 === 1 ? upperMiddle : (valueAtRank(counted, middle - 1) + upperMiddle) / 2;
  const rank = (n - 1) * 0.9;
  const lower = Math.floor(rank);
  const low = valueAtRank(counted, lower);
  const high = lower + 1 < n ? valueAtRank(counted, lower + 1) : low;
  return { n, mean: sum / n, median, p90: low + (rank - lower) * (high - low), min, max };
}

/** durationStats of ascending values, summed in that order. */
function sortedStats(sorted: Float64Array): DurationStats {
  const n = sorted.length;
  let sum = 0;
  for (const value of sorted) sum += value;
  const middle = Math.floor(n / 2);
  const median =
    n % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    n,
    mean: sum / n,
    median,
    p90: percentileInc(sorted, 0.9),
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
  };
}
