import type { DayCounter } from './business-days.js';
import { isoOfDay } from './day.js';
import { type HireColumns, hireDay, lackingAll } from './hire-columns.js';
import type { Measured } from './measured.js';
import type { Listed } from './record-list.js';
import { durationStats } from './stats.js';
import type { Day, DurationStats, Hire } from './types.js';

export interface OpenVacancies {
  /** null: not measured, the file has no vacancy_opened column. */
  readonly count: number | null;
  readonly age: DurationStats;
}

/**
 * Whether a hires row is an open vacancy on a day: opened on or before it and not hired by then
 * (its hire day, see hireDay, empty or later).
 *
 * @example isOpenAt({ vacancyOpened: 10, offerAccepted: null, … }, 12, columns) // true
 * @example isOpenAt({ vacancyOpened: 10, offerAccepted: 12, … }, 12, columns) // false
 */
export function isOpenAt(row: Hire, day: Day, columns: HireColumns): boolean {
  if (row.vacancyOpened === null || row.vacancyOpened > day) return false;
  const hired = hireDay(row, columns);
  return hired === null || hired > day;
}

/**
 * The age in days, R − vacancy_opened, of every vacancy open on the day R, in the order of the
 * rows: the values behind `openVacancies.age`, for the ageing buckets.
 *
 * @example openVacancyAges([opened 2025-06-01, open], day of 2025-06-30, calendarDays, columns) // [29]
 */
export function openVacancyAges(rows: Listed<Hire>, on: Day, days: DayCounter, columns: HireColumns): number[] {
  const ages: number[] = [];
  for (const row of rows) if (isOpenAt(row, on, columns)) ages.push(days(row.vacancyOpened as Day, on));
  return ages;
}

/**
 * Vacancies open on the day R, over ALL hires rows (not only the period's hires): count, and
 * DurationStats of their ages R − vacancy_opened in days. Not measured (count null) in a file
 * without a vacancy_opened column.
 *
 * @example
 * // R = 2025-06-30; opened 2025-06-01 (open), 2025-05-01 (accepted 2025-07-15, still open on R),
 * // 2025-04-01 (accepted 2025-05-01, filled): ages 29 and 60
 * openVacancies(rows, R, calendarDays, columns).kpi // { count: 2, age: { n: 2, mean: 44.5, … } }
 */
export function openVacancies(rows: Listed<Hire>, on: Day, days: DayCounter, columns: HireColumns): Measured<OpenVacancies> {
  const missing = lackingAll(columns, 'vacancy_opened');
  if (missing !== null) return { kpi: { count: null, age: durationStats([]) }, reason: missing };
  const ages = openVacancyAges(rows, on, days, columns);
  return {
    kpi: { count: ages.length, age: durationStats(ages) },
    reason: ages.length === 0 ? `no vacancy open on ${isoOfDay(on)}` : null,
  };
}
