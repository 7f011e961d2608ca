/**
 * Where a report's time to fill comes from (SPEC §2.2, §4): the dates in the file, else the file's
 * own time_to_fill column, else nowhere, with the reason naming the missing column.
 */
import type { DayCounter } from './business-days.js';
import { type HireColumns, lackingAll } from './hire-columns.js';
import { NO_HIRES } from './measured.js';
import type { DayCount, Hire } from './types.js';

/**
 * The time_to_fill column holds the days as the ATS counted them (calendar days, mostly, but the
 * file does not say); rkpi cannot recount them as working days, so with the business day count
 * time to fill is not measured rather than mixed.
 */
export const STATED_DAYS_NOT_WORKING_DAYS = 'the time_to_fill column holds days as the ATS counted them, which cannot be recounted as working days';

/** How each hire's time to fill is measured in a report, or why it is not. */
export type FillMeasure =
  | { readonly from: 'dates'; readonly days: DayCounter }
  | { readonly from: 'stated' }
  | { readonly from: null; readonly reason: string };

/**
 * The measure of time to fill for a hires file: offer_accepted − vacancy_opened in the report's
 * days when the file has both columns; else its time_to_fill column, in calendar-day reports only
 * (STATED_DAYS_NOT_WORKING_DAYS); else not measured, the reason naming the missing column.
 *
 * @example fillMeasure(new Set(['offer_accepted', 'time_to_fill']), 'calendar', days) // { from: 'stated' }
 * @example fillMeasure(new Set(['start_date']), 'calendar', days)
 * // { from: null, reason: 'the hires file has no vacancy_opened or time_to_fill column' }
 */
export function fillMeasure(columns: HireColumns, dayCount: DayCount, days: DayCounter): FillMeasure {
  if (columns.has('vacancy_opened') && columns.has('offer_accepted')) return { from: 'dates', days };
  if (columns.has('time_to_fill')) return dayCount === 'business' ? { from: null, reason: STATED_DAYS_NOT_WORKING_DAYS } : { from: 'stated' };
  const missing = columns.has('vacancy_opened') ? 'offer_accepted' : 'vacancy_opened';
  return { from: null, reason: lackingAll(columns, missing, 'time_to_fill') as string };
}

/**
 * One hire's time to fill in days by the measure: offer_accepted − vacancy_opened, or its
 * time_to_fill; null where the hire lacks it.
 *
 * @example hireTimeToFill({ vacancyOpened: day of 2025-01-01, offerAccepted: day of 2025-01-31, … }, { from: 'dates', days: calendarDays }) // 30
 * @example hireTimeToFill({ statedTimeToFill: 42, … }, { from: 'stated' }) // 42
 */
export function hireTimeToFill(hire: Hire, measure: FillMeasure): number | null {
  if (measure.from === 'stated') return hire.statedTimeToFill;
  if (measure.from === null || hire.vacancyOpened === null || hire.offerAccepted === null) return null;
  return measure.days(hire.vacancyOpened, hire.offerAccepted);
}

/**
 * Why no hire of the period has a time to fill: the measure's reason, no hires, or the column
 * that the hires leave empty.
 *
 * @example noFillReason(3, { from: 'stated' }) // 'no hire in the period has a time_to_fill'
 */
export function noFillReason(hires: number, measure: FillMeasure): string {
  if (measure.from === null) return measure.reason;
  if (hires === 0) return NO_HIRES;
  return `no hire in the period has a ${measure.from === 'stated' ? 'time_to_fill' : 'vacancy_opened'}`;
}
