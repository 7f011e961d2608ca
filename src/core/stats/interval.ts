import { normalQuantile } from './normal-quantile.js';

/** A two-sided confidence interval: the plausible values of a figure (or of a change) at some level. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * The z of a two-sided interval at `level` (0.9 for 90 %): the (1 + level) / 2 quantile of the
 * standard normal.
 *
 * @example twoSidedZ(0.9) // 1.6448536…
 * @example twoSidedZ(0.95) // 1.9599640…
 */
export function twoSidedZ(level: number): number {
  return normalQuantile((1 + level) / 2);
}
