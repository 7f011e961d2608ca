import { type HireColumns, lackingAny } from './hire-columns.js';
import { divideOrNull, type Measured } from './measured.js';
import { countOutcomes } from './stats/count-outcomes.js';
import type { Listed } from './record-list.js';
import type { Proportion } from './stats/wilson.js';
import type { Hire, Share } from './types.js';

/**
 * Whether a hire started on time, start_date ≤ needed_by; null without both dates.
 *
 * @example startedOnTime({ startDate: 10, neededBy: 10, … }) // true
 */
export function startedOnTime(hire: Hire): boolean | null {
  if (hire.startDate === null || hire.neededBy === null) return null;
  return hire.startDate <= hire.neededBy;
}

/**
 * On-time rate: over hires with both start_date and needed_by, the share whose
 * start_date ≤ needed_by. Not measured without a start_date or needed_by column.
 *
 * @example
 * // started on the day needed, one day early, one day late; a fourth without needed_by is left out
 * onTimeRate(hires, columns) // { kpi: { n: 3, value: 0.666… }, reason: null }
 */
export function onTimeRate(hires: Listed<Hire>, columns: HireColumns): Measured<Share> {
  const missing = lackingAny(columns, 'start_date', 'needed_by');
  return onTimeRateFrom(missing === null ? countOutcomes(hires, startedOnTime) : { successes: 0, n: 0 }, columns);
}

/**
 * On-time rate from the hires started on time (successes) out of those with both dates (n):
 * successes / n.
 *
 * @example onTimeRateFrom({ successes: 2, n: 3 }, columns) // { kpi: { n: 3, value: 2 / 3 = 0.666… }, reason: null }
 */
export function onTimeRateFrom({ successes, n }: Proportion, columns: HireColumns): Measured<Share> {
  const missing = lackingAny(columns, 'start_date', 'needed_by');
  if (missing !== null) return { kpi: { n: 0, value: null }, reason: missing };
  const value = divideOrNull(successes, n);
  return { kpi: { n, value }, reason: value === null ? 'no hire has both start_date and needed_by' : null };
}
