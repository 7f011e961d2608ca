import { thinRank } from './thin-sorted.js';

/**
 * Whole numbers in a narrow range (durations in days) counted by value: the order statistics of a
 * million of them are then read off the counts, in one pass and without a copy of the values to
 * sort or select in (a copy of 8 MB each time, and a sort that took as long as measuring them).
 * The values at any ranks are those a sort would put there, so every figure is the one the sorted
 * values give.
 */

/** How many times each value occurs, from `min` up. */
export interface WholeCounts {
  readonly n: number;
  /** Σ values, exact: whole numbers whose sum stays below 2^53. */
  readonly sum: number;
  readonly min: number;
  readonly max: number;
  /** counts[v − min]: how many values are v. */
  readonly counts: Int32Array;
}

/** The widest range counted: a span wider than this (eleven years of days), and than twice the number of values, is sorted instead. */
const MAX_SPAN = 4096;

/**
 * The values counted by value; null when one is not a whole number (or is −0), when their sum
 * leaves the exact integers, when there are none, or when their range is wider than MAX_SPAN and
 * than twice their number (a counts array larger than the values).
 *
 * @example wholeCounts([3, 1, 3]) // { n: 3, sum: 7, min: 1, max: 3, counts: Int32Array [1, 0, 2] }
 * @example wholeCounts([1.5]) // null
 */
export function wholeCounts(values: ArrayLike<number>): WholeCounts | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const value = values[i] as number;
    if (!Number.isInteger(value) || Object.is(value, -0)) return null;
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (Math.abs(sum) >= Number.MAX_SAFE_INTEGER || max - min >= Math.max(MAX_SPAN, 2 * n)) return null;
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < n; i += 1) {
    const at = (values[i] as number) - min;
    counts[at] = (counts[at] as number) + 1;
  }
  return { n, sum, min, max, counts };
}

/**
 * The values at ascending ranks (0-based) of the sorted values, read in one walk over the counts.
 *
 * @example valuesAtRanks(wholeCounts([3, 1, 3])!, [0, 1, 2]) // [1, 3, 3]
 */
export function valuesAtRanks(counted: WholeCounts, ranks: ArrayLike<number>): number[] {
  const { counts, min } = counted;
  const values: number[] = [];
  let value = 0;
  /** Values below counts[value] in the sorted order: the ranks of `value` are below `through`. */
  let through = counts[0] as number;
  for (let i = 0; i < ranks.length; i += 1) {
    const rank = ranks[i] as number;
    while (rank >= through) {
      value += 1;
      through += counts[value] as number;
    }
    values.push(min + value);
  }
  return values;
}

/**
 * The values thinSorted keeps of the sorted values (those at thinRanks(n, cap)), read off the
 * counts in one walk, without an array of the ranks: all n of them in order when n ≤ cap.
 *
 * @example thinnedValues(wholeCounts([7, 1, 3, 5, 2, 6, 4])!, 4) // [1, 3, 5, 7]: ranks 0, 2, 4, 6
 */
export function thinnedValues(counted: WholeCounts, cap: number): number[] {
  const { n, counts, min } = counted;
  // Made at its length, not grown by push: growing copies the array each time it is full, and
  // every copy is fresh memory (the samples of a grouped report over a million rows are 3 million values).
  const values = new Array<number>(Math.min(n, cap));
  if (n <= cap) {
    let at = 0;
    for (let value = 0; value < counts.length; value += 1) {
      for (let times = counts[value] as number; times > 0; times -= 1) values[at++] = min + value;
    }
    return values;
  }
  const kept = values.length;
  let value = 0;
  /** Values below counts[value] in the sorted order: the ranks of `value` are below `through`. */
  let through = counts[0] as number;
  for (let i = 0; i < kept; i += 1) {
    // The rank thinRanks gives; rank 0 alone for a cap of 1.
    const rank = kept === 1 ? 0 : thinRank(i, n, cap);
    while (rank >= through) {
      value += 1;
      through += counts[value] as number;
    }
    values[i] = min + value;
  }
  return values;
}

/**
 * The value at one rank (0-based) of the sorted values.
 *
 * @example valueAtRank(wholeCounts([3, 1, 3])!, 1) // 3
 */
export function valueAtRank(counted: WholeCounts, rank: number): number {
  return valuesAtRanks(counted, [rank])[0] as number;
}
