import { isoOfDay } from './day.js';
import { firstYearOutcome, firstYearsKnown } from './first-year.js';
import { EVERY_HIRE_COLUMN, type HireColumns, lackingAll } from './hire-columns.js';
import { divideOrNull, meanOrNull, type Measured } from './measured.js';
import type { Listed } from './record-list.js';
import { normaliseOnScale } from './scale.js';
import type { Day, Hire, Scale, Share } from './types.js';

/**
 * The quality of one hire: the mean of its available signals, each in 0..1 —
 * performance (rating − min) / (max − min) on the performance scale; probation passed 1 / failed 0;
 * retained 1 / left 0, only once its first year is over by R and only from a file with start_date
 * and left_date columns (see firstYearsKnown). Null without any signal.
 *
 * @example
 * // rating 4 on 1–5 → 0.75; probation passed → 1; first year not over → no signal
 * hireQuality(hire, R, { min: 1, max: 5 }) // (0.75 + 1) / 2 = 0.875
 */
export function hireQuality(hire: Hire, asOf: Day, performance: Scale, columns: HireColumns = EVERY_HIRE_COLUMN): number | null {
  return qualityFromSignals(hire, performance, firstYearsKnown(columns) ? firstYearOutcome(hire, asOf) : null);
}

/**
 * hireQuality of a hire whose first-year outcome (see firstYearOutcome) the caller has: null when
 * it gives no retention signal. The signals are summed in the order performance, probation,
 * retention, as meanOrNull sums them, without a list made for every hire.
 *
 * @example qualityFromSignals(hire rated 4 on 1–5, probation passed, { min: 1, max: 5 }, null) // (0.75 + 1) / 2
 */
export function qualityFromSignals(hire: Hire, performance: Scale, outcome: 'left' | 'stayed' | null): number | null {
  let sum = 0;
  let signals = 0;
  const rated = hire.performanceRating;
  const rating = rated === null ? null : normaliseOnScale(rated, performance);
  if (rating !== null) {
    sum += rating;
    signals += 1;
  }
  const probation = hire.probationPassed;
  if (probation !== null) {
    sum += probation ? 1 : 0;
    signals += 1;
  }
  if (outcome !== null) {
    sum += outcome === 'stayed' ? 1 : 0;
    signals += 1;
  }
  return divideOrNull(sum, signals);
}

/** Why a file gives no quality signal at all: the signal columns it lacks; null when it has one. */
function noSignalColumn(columns: HireColumns): string | null {
  if (firstYearsKnown(columns)) return null;
  const retention = (['start_date', 'left_date'] as const).filter((column) => !columns.has(column));
  return lackingAll(columns, 'performance_rating', 'probation_passed', ...retention);
}

/**
 * Quality of hire: the mean of hireQuality over the hires that have at least one signal;
 * n = those hires.
 *
 * @example
 * // hire A: 0.875 (see hireQuality); hire B: probation failed → 0; hire C: no signal
 * qualityOfHire([A, B, C], R, scale, columns) // { kpi: { n: 2, value: 0.4375 }, reason: null }
 */
export function qualityOfHire(hires: Listed<Hire>, asOf: Day, performance: Scale, columns: HireColumns): Measured<Share> {
  const qualities: number[] = [];
  if (noSignalColumn(columns) === null) {
    for (const hire of hires) {
      const quality = hireQuality(hire, asOf, performance, columns);
      if (quality !== null) qualities.push(quality);
    }
  }
  return qualityOfHireFrom(qualities, asOf, columns);
}

/**
 * Quality of hire from the hireQuality of each hire that has one: their mean, summed in their
 * order; n = how many.
 *
 * @example
 * // hires of quality 0.875 and 0: (0.875 + 0) / 2
 * qualityOfHireFrom([0.875, 0], R, columns) // { kpi: { n: 2, value: 0.4375 }, reason: null }
 */
export function qualityOfHireFrom(qualities: ArrayLike<number>, asOf: Day, columns: HireColumns): Measured<Share> {
  const missing = noSignalColumn(columns);
  if (missing !== null) return { kpi: { n: 0, value: null }, reason: missing };
  let sum = 0;
  for (let i = 0; i < qualities.length; i += 1) sum += qualities[i] as number;
  const n = qualities.length;
  const value = divideOrNull(sum, n);
  const reason =
    value === null
      ? `no hire has a performance_rating, probation_passed or a first year completed by ${isoOfDay(asOf)}`
      : null;
  return { kpi: { n, value }, reason };
}
