/**
 * The fallback indicator of Tijdige levering (timely delivery) for data without start_date and
 * needed_by: how many hires were filled within the agreed time to fill.
 */
import type { DayCounter } from '../business-days.js';
import { divideOrNull, NO_HIRES, type Measured } from '../measured.js';
import type { Listed } from '../record-list.js';
import type { Hire, Share } from '../types.js';

/**
 * The share of the period's hires whose time to fill is at most `maxDays` days (in the days of
 * `days`: calendar or working days, as the rest of the report). Open vacancies are not counted.
 *
 * share = |{ h : days(vacancy_opened, offer_accepted) ≤ maxDays }| / hires
 *
 * @example
 * // filled in 30, 45 and 46 days against 45 days: 2 of 3
 * filledInTime(hires, 45, calendarDays) // { kpi: { n: 3, value: 0.666… }, reason: null }
 */
export function filledInTime(hires: Listed<Hire>, maxDays: number, days: DayCounter): Measured<Share> {
  let n = 0;
  let inTime = 0;
  for (const hire of hires) {
    if (hire.offerAccepted === null) continue;
    n += 1;
    if (days(hire.vacancyOpened, hire.offerAccepted) <= maxDays) inTime += 1;
  }
  const value = divideOrNull(inTime, n);
  return { kpi: { n, value }, reason: value === null ? NO_HIRES : null };
}
