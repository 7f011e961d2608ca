import type { Day } from '../types.js';
import { type DutchHolidayOptions, dutchHolidays } from './dutch-holidays.js';

/** Which days are not working days: the Dutch public holidays (with the CAO's options) or none, plus dates of one's own. */
export interface HolidayCalendar {
  /** null: no public holidays, only `dates`. */
  readonly dutch: DutchHolidayOptions | null;
  readonly dates: readonly Day[];
}

/**
 * Every holiday of a calendar in the years first..last (inclusive), sorted and unique:
 * the Dutch public holidays of each year (see dutchHolidays) when the calendar has them, and
 * its own dates, whatever their year.
 *
 * @example
 * holidayDays({ dutch: null, dates: [day('2025-12-24')] }, 2025, 2025) // [day of 2025-12-24]
 * @example
 * holidayDays({ dutch: DEFAULT_DUTCH_HOLIDAY_OPTIONS, dates: [] }, 2024, 2026).length // 10 + 11 + 10 = 31 (Bevrijdingsdag in 2025 only)
 */
export function holidayDays(calendar: HolidayCalendar, first: number, last: number): Day[] {
  const days = new Set<Day>(calendar.dates);
  if (calendar.dutch !== null) {
    for (let year = first; year <= last; year += 1) {
      for (const holiday of dutchHolidays(year, calendar.dutch)) days.add(holiday.day);
    }
  }
  return [...days].sort((a, b) => a - b);
}
