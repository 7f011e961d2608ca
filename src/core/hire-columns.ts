/**
 * Which columns the hires file has (SPEC §2.2). No single column is required, so a KPI whose
 * column is absent is not measured, and its reason names that column rather than blaming the rows.
 */
import type { Day, Hire } from './types.js';

/** The hires file's columns that KPIs read, by canonical name. */
export const HIRE_COLUMNS = [
  'vacancy_opened',
  'time_to_fill',
  'application_date',
  'offer_accepted',
  'start_date',
  'needed_by',
  'performance_rating',
  'probation_passed',
  'left_date',
  'manager_satisfaction',
  'candidate_satisfaction',
  'salary',
] as const;

export type HireColumn = (typeof HIRE_COLUMNS)[number];

/**
 * The columns a hires file has. `from: 'applications'`: there is no hires file, and the hires are
 * the applications file's hired applications (SPEC §2.6), with the columns it gives them.
 */
export type HireColumns = ReadonlySet<HireColumn> & { readonly from?: 'applications' };

/**
 * The columns of hires taken from the applications file, for want of a hires file.
 *
 * @example lackingAll(columnsFromApplications(['offer_accepted']), 'start_date')
 * // 'no hires file, and the applications file has no start_date column'
 */
export function columnsFromApplications(columns: Iterable<HireColumn>): HireColumns {
  return Object.assign(new Set(columns), { from: 'applications' as const });
}

/** A hires file with every column, as data built in memory has. */
export const EVERY_HIRE_COLUMN: HireColumns = new Set(HIRE_COLUMNS);

/**
 * The reason for a figure whose columns the file lacks: null when it has at least one of
 * `columns`, else "the hires file has no A, B or C column" (for hires taken from the applications
 * file: "no hires file, and the applications file has no …").
 *
 * @example lackingAll(new Set(['start_date']), 'vacancy_opened', 'time_to_fill')
 * // 'the hires file has no vacancy_opened or time_to_fill column'
 * @example lackingAll(new Set(['start_date']), 'start_date') // null
 */
export function lackingAll(has: HireColumns, ...columns: readonly HireColumn[]): string | null {
  if (columns.some((column) => has.has(column))) return null;
  const names = columns.length === 1 ? columns[0] : `${columns.slice(0, -1).join(', ')} or ${columns[columns.length - 1]}`;
  const file = has.from === 'applications' ? 'no hires file, and the applications file' : 'the hires file';
  return `${file} has no ${names} column`;
}

/**
 * The reason for a figure that needs every one of `columns`: null when the file has them all,
 * else "the hires file has no …" naming the ones it lacks.
 *
 * @example lackingAny(new Set(['start_date']), 'start_date', 'left_date') // 'the hires file has no left_date column'
 */
export function lackingAny(has: HireColumns, ...columns: readonly HireColumn[]): string | null {
  const missing = columns.filter((column) => !has.has(column));
  return missing.length === 0 ? null : lackingAll(has, ...missing);
}

/**
 * The day a row counts as a hire on: its offer_accepted, or its start_date in a file without an
 * offer_accepted column (an HRIS export has a hire date only). Null: not a hire (yet).
 *
 * @example hireDay({ offerAccepted: null, startDate: 20148, … }, new Set(['start_date'])) // 20148
 * @example hireDay({ offerAccepted: null, startDate: 20148, … }, EVERY_HIRE_COLUMN) // null: an open vacancy
 */
export function hireDay(hire: Hire, has: HireColumns): Day | null {
  return has.has('offer_accepted') ? hire.offerAccepted : hire.startDate;
}
