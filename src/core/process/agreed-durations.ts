import { durationStats } from '../stats.js';
import type { Share } from '../types.js';
import type { AgreedDurations } from './process-types.js';

/**
 * The share of durations at or under the agreed time: #{ v ≤ agreement } / n, with n the durations;
 * value null for none.
 *
 * @example withinAgreement([2, 5, 6, 9], 5) // { n: 4, value: 0.5 }
 */
export function withinAgreement(values: ArrayLike<number>, agreement: number): Share {
  return { n: values.length, value: values.length === 0 ? null : countWithin(values, agreement) / values.length };
}

/**
 * The number of durations at or under the agreed time: #{ v ≤ agreement }.
 *
 * @example countWithin([2, 5, 6, 9], 5) // 2
 */
export function countWithin(values: ArrayLike<number>, agreement: number): number {
  let within = 0;
  // By index, counted: an iterator over a million durations made a result object per value, and
  // a filtered copy an array as long as the values within.
  for (let i = 0; i < values.length; i += 1) if ((values[i] as number) <= agreement) within += 1;
  return within;
}

/**
 * Durations summarised (see durationStats) with the agreed time and the share within it.
 *
 * @example agreedDurations([2, 5, 6, 9], 5) // { n: 4, mean: 5.5, median: 5.5, …, agreement: 5, withinAgreement: { n: 4, value: 0.5 } }
 */
export function agreedDurations(values: ArrayLike<number>, agreement: number): AgreedDurations {
  return { ...durationStats(values), agreement, withinAgreement: withinAgreement(values, agreement) };
}
