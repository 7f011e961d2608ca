import { ymdOfDay } from '../day.js';
import type { Day } from '../types.js';

/** The mean Gregorian month: 365.2425 / 12 days. */
export const MEAN_MONTH_DAYS = 30.436875;

/**
 * The length of a period in months: whole calendar months when it runs from the first of a month
 * to the last day of a month (2025-Q1 is 3), otherwise its days / 30.436875.
 *
 * @example monthsIn(dayOf('2025-01-01'), dayOf('2025-03-31')) // 3
 * @example monthsIn(dayOf('2025-01-01'), dayOf('2025-01-15')) // 15 / 30.436875 ≈ 0.4928
 */
export function monthsIn(start: Day, end: Day): number {
  const first = ymdOfDay(start);
  const last = ymdOfDay(end);
  const endsAMonth = ymdOfDay(end + 1).day === 1;
  if (first.day === 1 && endsAMonth) return (last.year - first.year) * 12 + (last.month - first.month) + 1;
  return (end - start + 1) / MEAN_MONTH_DAYS;
}
