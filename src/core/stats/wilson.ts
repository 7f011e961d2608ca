import type { Interval } from './interval.js';

/** Successes out of n trials: on time out of hires with both dates, left out of first years over, … */
export interface Proportion {
  readonly successes: number;
  readonly n: number;
}

/**
 * Wilson's score interval for a proportion p = x / n at the normal quantile z (Wilson 1927;
 * Newcombe 1998's method 3): the p whose score test does not reject,
 *
 *   (2np + z² ± z √(z² + 4np(1 − p))) / (2(n + z²))
 *
 * It stays inside 0..1 and is not degenerate at p = 0 or 1. Null without trials (n = 0).
 *
 * @example wilsonInterval({ successes: 81, n: 263 }, 1.959964) // { low: 0.2553…, high: 0.3662… }
 * @example wilsonInterval({ successes: 0, n: 10 }, 1.959964) // { low: 0, high: 0.2775… }
 */
export function wilsonInterval({ successes, n }: Proportion, z: number): Interval | null {
  if (n === 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = 2 * n * p + z2;
  const spread = z * Math.sqrt(z2 + 4 * n * p * (1 - p));
  const denominator = 2 * (n + z2);
  // p = 0 and p = 1 give a bound of exactly 0 and 1, not 1e-17 beside it
  return { low: p === 0 ? 0 : (centre - spread) / denominator, high: p === 1 ? 1 : (centre + spread) / denominator };
}
