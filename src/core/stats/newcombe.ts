import { type Interval, twoSidedZ } from './interval.js';
import { type Proportion, wilsonInterval } from './wilson.js';

/**
 * Newcombe's hybrid score interval for the change of a proportion, p₁ − p₀ (current minus
 * baseline): method 10 of Newcombe (1998), built on each side's Wilson interval (l, u):
 *
 *   low  = (p₁ − p₀) − √((p₁ − l₁)² + (u₀ − p₀)²)
 *   high = (p₁ − p₀) + √((u₁ − p₁)² + (p₀ − l₀)²)
 *
 * It behaves at small n and at shares of 0 or 1, where the textbook (Wald) interval collapses.
 * Null when a side has no trials.
 *
 * @example
 * // Newcombe 1998, Table II, example (a), at 95 %: 56/70 − 48/80 = 0.2
 * proportionDifference({ successes: 48, n: 80 }, { successes: 56, n: 70 }, 0.95) // { low: 0.0524…, high: 0.3339… }
 */
export function proportionDifference(baseline: Proportion, current: Proportion, level: number): Interval | null {
  const z = twoSidedZ(level);
  const before = wilsonInterval(baseline, z);
  const after = wilsonInterval(current, z);
  if (before === null || after === null) return null;
  const p0 = baseline.successes / baseline.n;
  const p1 = current.successes / current.n;
  const change = p1 - p0;
  return {
    low: change - Math.hypot(p1 - after.low, before.high - p0),
    high: change + Math.hypot(after.high - p1, p0 - before.low),
  };
}
