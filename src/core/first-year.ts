import { isoOfDay } from './day.js';
import { type HireColumns, lackingAny } from './hire-columns.js';
import { divideOrNull, type Measured } from './measured.js';
import type { Listed } from './record-list.js';
import { countOutcomes } from './stats/count-outcomes.js';
import type { Proportion } from './stats/wilson.js';
import type { Day, Hire, Share } from './types.js';

/** The first year of employment, in calendar days whatever the day count of durations. */
export const FIRST_YEAR_DAYS = 365;

/**
 * How a hire's first year ended, as known on day R: null while it is not over (or the start date is
 * unknown), i.e. unless start_date + 365 ≤ R; 'left' when left_date − start_date < 365; else 'stayed'.
 *
 * @example firstYearOutcome({ startDate: 0, leftDate: 364, … }, 400) // 'left'
 * @example firstYearOutcome({ startDate: 0, leftDate: 365, … }, 400) // 'stayed'
 */
export function firstYearOutcome(hire: Hire, asOf: Day): 'left' | 'stayed' | null {
  if (hire.startDate === null || hire.startDate + FIRST_YEAR_DAYS > asOf) return null;
  if (hire.leftDate !== null && hire.leftDate - hire.startDate < FIRST_YEAR_DAYS) return 'left';
  return 'stayed';
}

/**
 * Whether a file tells how first years end: it needs start_date and left_date (without a
 * left_date column every hire would seem to stay).
 *
 * @example firstYearsKnown(new Set(['start_date'])) // false
 */
export function firstYearsKnown(columns: HireColumns): boolean {
  return lackingAny(columns, 'start_date', 'left_date') === null;
}

/**
 * Whether a hire left within its first year, as known on day R; null while that year is not over.
 *
 * @example leftInFirstYear({ startDate: 0, leftDate: 364, … }, 400) // true
 */
export function leftInFirstYear(hire: Hire, asOf: Day): boolean | null {
  const outcome = firstYearOutcome(hire, asOf);
  return outcome === null ? null : outcome === 'left';
}

/**
 * First-year attrition: hires that left within 365 days of their start / hires whose first
 * year is over by R (start_date + 365 ≤ R). Not measured without a start_date or left_date column.
 *
 * @example
 * // three first years over, one hire left after 200 days: 1 / 3
 * firstYearAttrition(hires, R, columns) // { kpi: { n: 3, value: 0.333… }, reason: null }
 */
export function firstYearAttrition(hires: Listed<Hire>, asOf: Day, columns: HireColumns): Measured<Share> {
  const missing = lackingAny(columns, 'start_date', 'left_date');
  return firstYearAttritionFrom(missing === null ? countOutcomes(hires, (hire) => leftInFirstYear(hire, asOf)) : { successes: 0, n: 0 }, asOf, columns);
}

/**
 * First-year attrition from the hires that left in their first year (successes) out of those
 * whose first year is over by R (n): successes / n.
 *
 * @example firstYearAttritionFrom({ successes: 1, n: 3 }, R, columns).kpi // { n: 3, value: 1 / 3 = 0.333… }
 */
export function firstYearAttritionFrom({ successes: left, n }: Proportion, asOf: Day, columns: HireColumns): Measured<Share> {
  const missing = lackingAny(columns, 'start_date', 'left_date');
  if (missing !== null) return { kpi: { n: 0, value: null }, reason: missing };
  const value = divideOrNull(left, n);
  return {
    kpi: { n, value },
    reason: value === null ? `no hire has completed a first year by ${isoOfDay(asOf)}` : null,
  };
}
