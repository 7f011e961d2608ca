import { percentileInc } from '../stats.js';
import type { Interval } from './interval.js';
import { beta, seededUniform, type Uniform } from './random.js';

/** Durations (or other values) of one side, as a snapshot keeps them. */
export interface ValuesSample {
  /** How many values the sample has. */
  readonly n: number;
  /**
   * The values in ascending order: all n, or, for a sample larger than a snapshot keeps, that many
   * evenly spaced order statistics of it (which trace the same distribution).
   */
  readonly sorted: ArrayLike<number>;
}

export interface BootstrapOptions {
  /** How many bootstrap samples of each side. */
  readonly resamples: number;
  /** The seed of the random numbers: the same inputs give the same interval. */
  readonly seed: number;
}

/** 2,000 resamples with a fixed seed. Their cost does not grow with the sample (see resampledQuantile). */
export const BOOTSTRAP: BootstrapOptions = { resamples: 2000, seed: 15 };

/** The value at a point u of (0, 1) of the sample's distribution function: the ⌈u·m⌉-th of its m sorted values. */
function valueAt(sample: ValuesSample, u: number): number {
  const m = sample.sorted.length;
  return sample.sorted[Math.min(m - 1, Math.max(0, Math.ceil(u * m) - 1))] as number;
}

/**
 * The p-quantile (PERCENTILE.INC) of one bootstrap sample: n values drawn with replacement from
 * the sample. Drawing them one by one costs n draws per resample; this draws only the one or two
 * order statistics the quantile needs, with exactly the distribution they have. n draws are
 * x(⌈n·U⌉) of n uniforms U, and the k-th smallest of n uniforms is Beta(k, n − k + 1); given it is
 * u, the next one is u + (1 − u)·(1 − V^(1/(n − k))), the smallest of n − k uniforms above u.
 * PERCENTILE.INC at rank h = (n − 1)·p interpolates between order statistics ⌊h⌋ + 1 and ⌊h⌋ + 2.
 */
function resampledQuantile(sample: ValuesSample, p: number, uniform: Uniform): number {
  const { n } = sample;
  const rank = (n - 1) * p;
  const k = Math.floor(rank) + 1;
  const fraction = rank - (k - 1);
  const u = beta(uniform, k, n - k + 1);
  const lower = valueAt(sample, u);
  if (fraction === 0) return lower;
  const next = u + (1 - u) * (1 - uniform() ** (1 / (n - k)));
  return lower + fraction * (valueAt(sample, next) - lower);
}

/**
 * A percentile bootstrap interval for the change of a quantile, q₁ − q₀ (current minus baseline;
 * p = 0.5 the median, 0.9 the p90, both as PERCENTILE.INC): each side is resampled on its own,
 * `resamples` times, and the interval runs between the (1 − level)/2 and (1 + level)/2 percentiles
 * of the resampled changes (Efron and Tibshirani 1993, §13.3). Seeded, so the same inputs give the
 * same interval. Null when a side has fewer than two values: one value has no spread to resample.
 *
 * @example
 * // a side of 3 values resamples to its middle value with chance 13/27, to either end with 7/27
 * quantileDifference({ n: 3, sorted: [0, 0, 0] }, { n: 3, sorted: [10, 20, 30] }, 0.5, 0.9) // { low: 10, high: 30 }
 */
export function quantileDifference(
  baseline: ValuesSample,
  current: ValuesSample,
  p: number,
  level: number,
  options: BootstrapOptions = BOOTSTRAP,
): Interval | null {
  if (baseline.n < 2 || current.n < 2 || baseline.sorted.length === 0 || current.sorted.length === 0) return null;
  const uniform = seededUniform(options.seed);
  const changes = new Float64Array(options.resamples);
  for (let i = 0; i < options.resamples; i++) {
    changes[i] = resampledQuantile(current, p, uniform) - resampledQuantile(baseline, p, uniform);
  }
  changes.sort();
  return { low: percentileInc(changes, (1 - level) / 2) as number, high: percentileInc(changes, (1 + level) / 2) as number };
}
