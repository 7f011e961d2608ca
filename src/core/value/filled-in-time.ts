/**
 * The fallback indicator of Tijdige levering (timely delivery) for data without start_date and
 * needed_by: how many hires were filled within the agreed time to fill.
 */
import { divideOrNull, type Measured } from '../measured.js';
import type { Listed } from '../record-list.js';
import { type FillMeasure, hireTimeToFill, noFillReason } from '../time-to-fill.js';
import type { Hire, Share } from '../types.js';

/**
 * The share of the period's hires with a time to fill (by the report's measure: calendar or
 * working days between the dates, or the file's own time_to_fill) that is at most `maxDays`.
 * Open vacancies, and hires without a time to fill, are not counted.
 *
 * share = |{ h : timeToFill(h) ≤ maxDays }| / |{ h : timeToFill(h) known }|
 *
 * @example
 * // filled in 30, 45 and 46 days against 45 days: 2 of 3
 * filledInTime(hires, 45, { from: 'dates', days: calendarDays }) // { kpi: { n: 3, value: 0.666… }, reason: null }
 */
export function filledInTime(hires: Listed<Hire>, maxDays: number, measure: FillMeasure): Measured<Share> {
  let n = 0;
  let inTime = 0;
  for (const hire of hires) {
    const days = hireTimeToFill(hire, measure);
    if (days === null) continue;
    n += 1;
    if (days <= maxDays) inTime += 1;
  }
  const value = divideOrNull(inTime, n);
  return { kpi: { n, value }, reason: value === null ? noFillReason(hires.length, measure) : null };
}
