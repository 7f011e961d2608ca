import { durationStats } from '../stats.js';
import type { Share } from '../types.js';
import type { AgreedDurations } from './process-types.js';

/**
 * The share of durations at or under the agreed time: #{ v ≤ agreement } / n, with n the durations;
 * value null for none.
 *
 * @example withinAgreement([2, 5, 6, 9], 5) // { n: 4, value: 0.5 }
 */
export function withinAgreement(values: readonly number[], agreement: number): Share {
  let within = 0;
  for (const value of values) if (value <= agreement) within += 1;
  return { n: values.length, value: values.length === 0 ? null : within / values.length };
}

/**
 * Durations summarised (see durationStats) with the agreed time and the share within it.
 *
 * @example agreedDurations([2, 5, 6, 9], 5) // { n: 4, mean: 5.5, median: 5.5, …, agreement: 5, withinAgreement: { n: 4, value: 0.5 } }
 */
export function agreedDurations(values: readonly number[], agreement: number): AgreedDurations {
  return { ...durationStats(values), agreement, withinAgreement: withinAgreement(values, agreement) };
}
