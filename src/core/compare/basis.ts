import type { Samples } from '../samples.js';
import { proportionDifference } from '../stats/newcombe.js';
import { quantileDifference, type ValuesSample } from '../stats/quantile-bootstrap.js';
import { welchDifference, type MeanSample } from '../stats/welch.js';
import type { Proportion } from '../stats/wilson.js';

/**
 * What a figure rests on, which decides how sure a change of it is:
 * - `proportion`: a share of hires (successes of n): Newcombe's hybrid score interval;
 * - `mean`: a mean over hires (n, mean, sd): Welch's interval;
 * - `quantile`: a median (p 0.5) or p90 (p 0.9) of durations (sorted values): a percentile bootstrap;
 * - `accounting`: a sum of money or hours per hire, which is bookkeeping, not a sample: a change
 *   under the materiality threshold is no change;
 * - `none`: a count or a composite, judged by its direction alone.
 * `sample` is null when the snapshot does not carry it (a snapshot of an older rkpi).
 */
export type Basis =
  | { readonly kind: 'proportion'; readonly sample: Proportion | null }
  | { readonly kind: 'mean'; readonly sample: MeanSample | null }
  | { readonly kind: 'quantile'; readonly p: number; readonly sample: ValuesSample | null }
  | { readonly kind: 'accounting' }
  | { readonly kind: 'none' };

export type BasisKind = Basis['kind'];

export type IntervalMethod = 'newcombe' | 'welch' | 'bootstrap';

/** A confidence interval of a change (current − baseline), with its level and how it was found. */
export interface ChangeInterval {
  readonly low: number;
  readonly high: number;
  /** 0.9 for 90 %. */
  readonly level: number;
  readonly method: IntervalMethod;
}

export const ACCOUNTING: Basis = { kind: 'accounting' };
export const NO_BASIS: Basis = { kind: 'none' };

/**
 * The bases a snapshot's samples give its figures, by sample name: `bases.proportion('onTimeRate')`,
 * `bases.mean('timeToFill')`, `bases.median('timeToFill')`, `bases.p90('timeToFill')`. A figure
 * whose sample the snapshot lacks gets its kind with a null sample.
 *
 * @example basesOf(snapshot.samples).median('timeToFill') // { kind: 'quantile', p: 0.5, sample: { n: 70, sorted: [...] } }
 */
export function basesOf(samples: Samples | null) {
  return {
    proportion: (name: string): Basis => ({ kind: 'proportion', sample: samples?.proportions[name] ?? null }),
    mean: (name: string): Basis => ({ kind: 'mean', sample: samples?.means[name] ?? null }),
    median: (name: string): Basis => ({ kind: 'quantile', p: 0.5, sample: samples?.values[name] ?? null }),
    p90: (name: string): Basis => ({ kind: 'quantile', p: 0.9, sample: samples?.values[name] ?? null }),
  };
}

/**
 * The size of a basis's sample; null when it has none.
 *
 * @example sampleSize({ kind: 'proportion', sample: { successes: 24, n: 54 } }) // 54
 * @example sampleSize(ACCOUNTING) // null
 */
export function sampleSize(basis: Basis): number | null {
  if (basis.kind === 'accounting' || basis.kind === 'none' || basis.sample === null) return null;
  return basis.sample.n;
}

/**
 * The interval of the change from one basis to the other at `level`, by the method of their kind
 * (see Basis); null when the kind has no sampling interval, a sample is missing, the kinds differ,
 * or a side is too small for its method (see proportionDifference, welchDifference and
 * quantileDifference).
 *
 * @example changeInterval(proportion 24/54, proportion 36/81, 0.9) // { low: −0.14, high: 0.14, level: 0.9, method: 'newcombe' }
 */
export function changeInterval(baseline: Basis, current: Basis, level: number): ChangeInterval | null {
  const interval = (found: { low: number; high: number } | null, method: IntervalMethod): ChangeInterval | null =>
    found === null ? null : { low: found.low, high: found.high, level, method };
  if (baseline.kind === 'proportion' && current.kind === 'proportion' && baseline.sample && current.sample) {
    return interval(proportionDifference(baseline.sample, current.sample, level), 'newcombe');
  }
  if (baseline.kind === 'mean' && current.kind === 'mean' && baseline.sample && current.sample) {
    return interval(welchDifference(baseline.sample, current.sample, level), 'welch');
  }
  if (baseline.kind === 'quantile' && current.kind === 'quantile' && baseline.sample && current.sample && baseline.p === current.p) {
    return interval(quantileDifference(baseline.sample, current.sample, baseline.p, level), 'bootstrap');
  }
  return null;
}
