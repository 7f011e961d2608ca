import { type Interval } from './interval.js';
import { studentTQuantile } from './t-quantile.js';

/** A sample summarised: its size, mean and standard deviation (with n − 1). */
export interface MeanSample {
  readonly n: number;
  readonly mean: number;
  /** The sample standard deviation; null for fewer than two values. */
  readonly sd: number | null;
}

/**
 * Welch's interval for the change of a mean, m₁ − m₀ (current minus baseline), which does not
 * assume equal variances (Welch 1947):
 *
 *   se = √(s₀²/n₀ + s₁²/n₁);  df = se⁴ / ((s₀²/n₀)² / (n₀ − 1) + (s₁²/n₁)² / (n₁ − 1))  (Welch–Satterthwaite)
 *   (m₁ − m₀) ± t_{(1 + level)/2, df} · se
 *
 * Null when a side has fewer than two values (no spread to judge by). When neither side varies
 * (se = 0) the interval is the change itself.
 *
 * @example
 * // NIST/SEMATECH e-Handbook 1.3.5.3: mpg of 249 US cars (20.14458, s 6.41470) and 79 Japanese
 * // cars (30.48101, s 6.10771): se = 0.79841, df = 136.875, t = 1.97745 at 95 %
 * welchDifference({ n: 79, mean: 30.48101, sd: 6.10771 }, { n: 249, mean: 20.14458, sd: 6.4147 }, 0.95)
 * // { low: −11.915, high: −8.757, df: 136.875… }
 */
export function welchDifference(baseline: MeanSample, current: MeanSample, level: number): (Interval & { readonly df: number }) | null {
  if (baseline.n < 2 || current.n < 2 || baseline.sd === null || current.sd === null) return null;
  const v0 = (baseline.sd * baseline.sd) / baseline.n;
  const v1 = (current.sd * current.sd) / current.n;
  const change = current.mean - baseline.mean;
  const variance = v0 + v1;
  if (variance === 0) return { low: change, high: change, df: baseline.n + current.n - 2 };
  const df = (variance * variance) / ((v0 * v0) / (baseline.n - 1) + (v1 * v1) / (current.n - 1));
  const margin = studentTQuantile((1 + level) / 2, df) * Math.sqrt(variance);
  return { low: change - margin, high: change + margin, df };
}
