import type { Unit } from '../core/compare/metric.js';
import { round } from './rounding.js';

/**
 * How a unit is shown: its usual decimals, the most it may take (the JSON's own precision), and
 * the power of ten between the figure and the shown number (a share of 0.391 shows as 39.1%).
 */
const SHOWN: Readonly<Record<Unit, { readonly decimals: number; readonly most: number; readonly shift: number }>> = {
  money: { decimals: 2, most: 2, shift: 0 },
  days: { decimals: 1, most: 2, shift: 0 },
  hours: { decimals: 1, most: 2, shift: 0 },
  score: { decimals: 2, most: 2, shift: 0 },
  index: { decimals: 2, most: 4, shift: 0 },
  count: { decimals: 0, most: 2, shift: 0 },
  share: { decimals: 1, most: 2, shift: 2 },
  percent: { decimals: 1, most: 2, shift: 0 },
};

/** A comparison's figures as the reader sees them: rounded once, the change their difference. */
export interface ShownChange {
  /** Decimals of the shown numbers (of the percentage, for a share). */
  readonly decimals: number;
  /** Powers of ten between a figure and its shown number (2 for a share shown in %). */
  readonly shift: number;
  readonly baseline: number | null;
  readonly current: number | null;
  /** shown current − shown baseline: the change a reader can check. */
  readonly change: number | null;
  /** change / |shown baseline|; null when the shown baseline is 0. */
  readonly relativeChange: number | null;
}

/**
 * Baseline and current rounded as they are shown, and the change and relative change computed
 * from those rounded values, so the row adds up (0.86 → 0.89 reads +0.03, never +0.04). When the
 * usual decimals would show two different values as the same, decimals are added (up to the
 * JSON's precision) until they differ, so a change is never shown as +0.00 beside a verdict.
 * `exact` shows the JSON's precision outright: for a figure judged by its relative change
 * (materiality), whose shown percentage must be the one the verdict was given on. A count that
 * is not whole (hires per month) is shown with two decimals.
 *
 * @example shownChange('index', 0.8550, 0.8915) // { decimals: 2, baseline: 0.86, current: 0.89, change: 0.03, relativeChange: 0.0349 }
 * @example shownChange('hours', 5.43, 5.7, true) // { decimals: 2, baseline: 5.43, current: 5.7, change: 0.27, … }
 */
export function shownChange(unit: Unit, baseline: number | null, current: number | null, exact = false): ShownChange {
  const spec = SHOWN[unit];
  const whole = (value: number | null) => value === null || Number.isInteger(value);
  let decimals = exact || (unit === 'count' && !(whole(baseline) && whole(current))) ? spec.most : spec.decimals;
  const at = (value: number | null) => round(decimals + spec.shift)(value);
  while (baseline !== null && current !== null && baseline !== current && at(baseline) === at(current) && decimals < spec.most) decimals += 1;
  const [before, after] = [at(baseline), at(current)];
  const change = before === null || after === null ? null : at(after - before);
  const relativeChange = change === null || before === null || before === 0 ? null : change / Math.abs(before);
  return { decimals, shift: spec.shift, baseline: before, current: after, change, relativeChange };
}

/** A compared figure as shown; one judged on its relative change (materiality) at the JSON's precision. */
export function shownMetric(metric: { readonly unit: Unit; readonly baseline: number | null; readonly current: number | null; readonly basis: string }): ShownChange {
  return shownChange(metric.unit, metric.baseline, metric.current, metric.basis === 'accounting');
}
