import { isExists } from 'date-fns/isExists';
import type { Day } from './types.js';

const MS_PER_DAY = 86_400_000;

/**
 * The Day of a calendar date, or null when the date does not exist (31 February).
 *
 * day = (Date.UTC(year, month − 1, day) / 86 400 000)
 *
 * @example dayFromYmd(1970, 1, 2) // 1
 * @example dayFromYmd(2025, 2, 31) // null
 */
export function dayFromYmd(year: number, month: number, day: number): Day | null {
  if (!isExists(year, month - 1, day)) return null;
  // Rounded, though the quotient is whole already: V8 keeps a quotient as a boxed double, and the
  // as-of date's day as a double made the process figures' `day` fields doubles, after which every
  // Moment read from a file was migrated to a new shape when touched (the process figures of each
  // group after the first ran five to ten times slower; measured). Math.round gives the small
  // integer V8 keeps unboxed.
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The Day of an ISO `YYYY-MM-DD` string, or null when it is not one or does not exist.
 *
 * @example dayFromIso('2025-03-01') // 20148
 */
export function dayFromIso(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return dayFromYmd(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Year, month (1–12) and day of month of a Day. */
export function ymdOfDay(day: Day): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The ISO `YYYY-MM-DD` form of a Day.
 *
 * @example isoOfDay(20148) // '2025-03-01'
 */
export function isoOfDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday:
 * weekday = (day + 4) mod 7.
 */
export function weekdayOfDay(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}
