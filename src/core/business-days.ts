import { weekdayOfDay } from './day.js';
import type { Day, DayCount } from './types.js';

/** Non-working days: a set, or an array (sorted or not; duplicates and weekend days are ignored). */
export type Holidays = ReadonlySet<Day> | readonly Day[];

/**
 * Holidays that fall on Monday–Friday, sorted and unique, prepared once per holidays object.
 * The holidays object is treated as immutable, as every input of the core is.
 */
const prepared = new WeakMap<Holidays, Float64Array>();

function weekdayHolidays(holidays: Holidays): Float64Array {
  let days = prepared.get(holidays);
  if (days === undefined) {
    const unique = new Set<Day>();
    for (const day of holidays) if (isWorkingWeekday(day)) unique.add(day);
    days = Float64Array.from(unique).sort();
    prepared.set(holidays, days);
  }
  return days;
}

function isWorkingWeekday(day: Day): boolean {
  const weekday = weekdayOfDay(day);
  return weekday >= 1 && weekday <= 5;
}

/**
 * Monday–Friday days from Monday 1969-12-29 (day −3) up to and including `day`, counted for whole
 * weeks plus the remainder of the last one, so the cost does not grow with the distance.
 */
function weekdaysThrough(day: Day): number {
  const sinceMonday = (weekdayOfDay(day) + 6) % 7; // 0 = Monday … 6 = Sunday
  const wholeWeeks = (day - sinceMonday + 3) / 7;
  return 5 * wholeWeeks + Math.min(sinceMonday + 1, 5);
}

/** Number of entries ≤ day in an ascending array (binary search). */
function countThrough(sorted: Float64Array, day: Day): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) <= day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Working days after `from` up to and including `to`: days d with from < d ≤ to that are
 * Monday–Friday and not a holiday. Negative, mirrored, when to < from:
 * businessDaysBetween(a, b) = −businessDaysBetween(b, a).
 *
 * = W(to) − W(from) − (H(to) − H(from)), with W(x) the weekdays and H(x) the weekday holidays
 * through x.
 *
 * @example
 * // Friday 2025-03-07 → Monday 2025-03-10: only the Monday counts
 * businessDaysBetween(dayFromIso('2025-03-07')!, dayFromIso('2025-03-10')!, []) // 1
 */
export function businessDaysBetween(from: Day, to: Day, holidays: Holidays): number {
  const weekdays = weekdaysThrough(to) - weekdaysThrough(from);
  const days = weekdayHolidays(holidays);
  if (days.length === 0) return weekdays;
  return weekdays - (countThrough(days, to) - countThrough(days, from));
}

/**
 * A duration in days: calendar days (to − from) or working days (businessDaysBetween).
 *
 * @example durationDays(0, 10, 'calendar', []) // 10
 * @example durationDays(0, 10, 'business', []) // 6 (Fri 2nd, Mon 5th … Fri 9th January 1970)
 */
export function durationDays(from: Day, to: Day, dayCount: DayCount, holidays: Holidays): number {
  return dayCount === 'calendar' ? to - from : businessDaysBetween(from, to, holidays);
}

/** A function that measures durations one way, for code that measures many. */
export type DayCounter = (from: Day, to: Day) => number;

/**
 * The duration function for a day count and holiday list.
 *
 * @example dayCounter('calendar', [])(3, 10) // 7
 */
export function dayCounter(dayCount: DayCount, holidays: Holidays): DayCounter {
  if (dayCount === 'calendar') return (from, to) => to - from;
  return (from, to) => businessDaysBetween(from, to, holidays);
}
