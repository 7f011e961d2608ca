import type { DayCounter } from './business-days.js';
import { isoOfDay } from './day.js';
import type { Measured } from './measured.js';
import type { Listed } from './record-list.js';
import { durationStats } from './stats.js';
import type { Day, DurationStats, Hire } from './types.js';

export interface OpenVacancies {
  readonly count: number;
  readonly age: DurationStats;
}

/**
 * Whether a hires row is an open vacancy on a day: opened on or before it and not accepted by
 * then (offer_accepted empty or later).
 *
 * @example isOpenAt({ vacancyOpened: 10, offerAccepted: null, … }, 12) // true
 * @example isOpenAt({ vacancyOpened: 10, offerAccepted: 12, … }, 12) // false
 */
export function isOpenAt(row: Hire, day: Day): boolean {
  return row.vacancyOpened <= day && (row.offerAccepted === null || row.offerAccepted > day);
}

/**
 * The age in days, R − vacancy_opened, of every vacancy open on the reference day R, in the order
 * of the rows: the values behind `openVacancies.age`, for the ageing buckets.
 *
 * @example openVacancyAges([opened 2025-06-01, open], day of 2025-06-30, calendarDays) // [29]
 */
export function openVacancyAges(rows: Listed<Hire>, asOf: Day, days: DayCounter): number[] {
  const ages: number[] = [];
  for (const row of rows) if (isOpenAt(row, asOf)) ages.push(days(row.vacancyOpened, asOf));
  return ages;
}

/**
 * Vacancies open on the reference day R, over ALL hires rows (not only the period's hires):
 * count, and DurationStats of their ages R − vacancy_opened in days.
 *
 * @example
 * // R = 2025-06-30; opened 2025-06-01 (open), 2025-05-01 (accepted 2025-07-15, still open on R),
 * // 2025-04-01 (accepted 2025-05-01, filled): ages 29 and 60
 * openVacancies(rows, R, calendarDays).kpi // { count: 2, age: { n: 2, mean: 44.5, … } }
 */
export function openVacancies(rows: Listed<Hire>, asOf: Day, days: DayCounter): Measured<OpenVacancies> {
  const ages = openVacancyAges(rows, asOf, days);
  const age = durationStats(ages);
  return {
    kpi: { count: ages.length, age },
    reason: ages.length === 0 ? `no vacancy open on ${isoOfDay(asOf)}` : null,
  };
}
