import { dayFromYmd, isoOfDay, ymdOfDay } from '../day.js';
import type { Day, Period } from '../types.js';

/**
 * The twelve months up to and including a day: from the day after the same date a year earlier
 * through the day itself (29 February a year earlier is read as 1 March), labelled as a range.
 * The default period of `rkpi urgency` (SPEC §11.5).
 *
 * start = (the date one year before `end`) + 1 day
 *
 * @example twelveMonthsTo(day('2025-12-31')) // { label: '2025-01-01..2025-12-31', start: day('2025-01-01'), end: day('2025-12-31') }
 * @example twelveMonthsTo(day('2025-06-15')) // { label: '2024-06-16..2025-06-15', … }
 */
export function twelveMonthsTo(end: Day): Period {
  const { year, month, day } = ymdOfDay(end);
  // 29 February of a leap year: a year earlier has no such date, so the year starts on 1 March.
  const yearBefore = dayFromYmd(year - 1, month, day) ?? (dayFromYmd(year - 1, 3, 1) as Day) - 1;
  const start = yearBefore + 1;
  return { label: `${isoOfDay(start)}..${isoOfDay(end)}`, start, end };
}
