import { isoOfDay } from './day.js';
import { firstYearOutcome } from './first-year.js';
import { divideOrNull, meanOrNull, type Measured } from './measured.js';
import type { Listed } from './record-list.js';
import { normaliseOnScale } from './scale.js';
import type { Day, Hire, Scale, Share } from './types.js';

/**
 * The quality of one hire: the mean of its available signals, each in 0..1 —
 * performance (rating − min) / (max − min) on the performance scale; probation passed 1 / failed 0;
 * retained 1 / left 0, only once its first year is over by R. Null without any signal.
 *
 * @example
 * // rating 4 on 1–5 → 0.75; probation passed → 1; first year not over → no signal
 * hireQuality(hire, R, { min: 1, max: 5 }) // (0.75 + 1) / 2 = 0.875
 */
export function hireQuality(hire: Hire, asOf: Day, performance: Scale): number | null {
  const signals: number[] = [];
  if (hire.performanceRating !== null) {
    const rating = normaliseOnScale(hire.performanceRating, performance);
    if (rating !== null) signals.push(rating);
  }
  if (hire.probationPassed !== null) signals.push(hire.probationPassed ? 1 : 0);
  const outcome = firstYearOutcome(hire, asOf);
  if (outcome !== null) signals.push(outcome === 'stayed' ? 1 : 0);
  return meanOrNull(signals);
}

/**
 * Quality of hire: the mean of hireQuality over the hires that have at least one signal;
 * n = those hires.
 *
 * @example
 * // hire A: 0.875 (see hireQuality); hire B: probation failed → 0; hire C: no signal
 * qualityOfHire([A, B, C], R, scale) // { kpi: { n: 2, value: 0.4375 }, reason: null }
 */
export function qualityOfHire(hires: Listed<Hire>, asOf: Day, performance: Scale): Measured<Share> {
  let n = 0;
  let sum = 0;
  for (const hire of hires) {
    const quality = hireQuality(hire, asOf, performance);
    if (quality === null) continue;
    n += 1;
    sum += quality;
  }
  const value = divideOrNull(sum, n);
  const reason =
    value === null
      ? `no hire has a performance_rating, probation_passed or a first year completed by ${isoOfDay(asOf)}`
      : null;
  return { kpi: { n, value }, reason };
}
