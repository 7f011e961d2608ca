import { easter } from 'date-easter';
import { dayFromYmd, weekdayOfDay } from '../day.js';
import type { Day } from '../types.js';

/**
 * Whether a day off is given on Bevrijdingsdag: a national holiday every year since 1990, but a
 * day off only as the CAO says; most give it in lustrum years (2025, 2030, …).
 */
export type LiberationDay = 'never' | 'lustrum' | 'always';

/** The CAO's choices for the two holidays that not every employer gives off. */
export interface DutchHolidayOptions {
  readonly goodFriday: boolean;
  readonly liberationDay: LiberationDay;
}

export const DEFAULT_DUTCH_HOLIDAY_OPTIONS: DutchHolidayOptions = { goodFriday: true, liberationDay: 'lustrum' };

export type DutchHolidayName =
  | 'Nieuwjaarsdag'
  | 'Goede Vrijdag'
  | 'Eerste Paasdag'
  | 'Tweede Paasdag'
  | 'Koningsdag'
  | 'Koninginnedag'
  | 'Bevrijdingsdag'
  | 'Hemelvaartsdag'
  | 'Eerste Pinksterdag'
  | 'Tweede Pinksterdag'
  | 'Eerste Kerstdag'
  | 'Tweede Kerstdag';

export interface Holiday {
  readonly day: Day;
  readonly name: DutchHolidayName;
}

const SUNDAY = 0;

function dayOf(year: number, month: number, dayOfMonth: number): Day {
  const day = dayFromYmd(year, month, dayOfMonth);
  if (day === null) throw new RangeError(`no such date: ${year}-${month}-${dayOfMonth}`);
  return day;
}

/**
 * The king's or queen's day of a year. Since 2014 Koningsdag, 27 April, the 26th when the 27th is
 * a Sunday; 1980–2013 Koninginnedag, 30 April, the 29th when the 30th is a Sunday; 1949–1979
 * Koninginnedag, 30 April, moved to Monday 1 May when the 30th is a Sunday.
 */
function monarchsDay(year: number): Holiday {
  if (year >= 2014) {
    const day = dayOf(year, 4, 27);
    return { day: weekdayOfDay(day) === SUNDAY ? day - 1 : day, name: 'Koningsdag' };
  }
  const day = dayOf(year, 4, 30);
  if (weekdayOfDay(day) !== SUNDAY) return { day, name: 'Koninginnedag' };
  return { day: year >= 1980 ? day - 1 : day + 1, name: 'Koninginnedag' };
}

function givesLiberationDay(year: number, rule: LiberationDay): boolean {
  return rule === 'always' || (rule === 'lustrum' && year % 5 === 0);
}

/**
 * The Dutch public holidays of one year that are days off, in date order: Nieuwjaarsdag (1 Jan),
 * Goede Vrijdag (Easter − 2, when options.goodFriday), Eerste and Tweede Paasdag (Easter, + 1),
 * Koningsdag (27 Apr, the 26th when the 27th is a Sunday; Koninginnedag on 30 Apr before 2014),
 * Bevrijdingsdag (5 May: every year with 'always', in years divisible by 5 with 'lustrum', never
 * with 'never'), Hemelvaartsdag (Easter + 39), Eerste and Tweede Pinksterdag (Easter + 49, + 50),
 * Eerste and Tweede Kerstdag (25, 26 Dec). Easter Sunday is the Gregorian one, from date-easter.
 *
 * @example
 * dutchHolidays(2025).map((h) => isoOfDay(h.day))
 * // ['2025-01-01', '2025-04-18', '2025-04-20', '2025-04-21', '2025-04-26', '2025-05-05',
 * //  '2025-05-29', '2025-06-08', '2025-06-09', '2025-12-25', '2025-12-26']
 */
export function dutchHolidays(year: number, options: DutchHolidayOptions = DEFAULT_DUTCH_HOLIDAY_OPTIONS): Holiday[] {
  // date-easter takes a falsy year for "this year": never let a clock in through it.
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`no Gregorian Easter for year ${year}`);
  const sunday = easter(year);
  const easterDay = dayOf(year, sunday.month, sunday.day);
  const holidays: (Holiday | null)[] = [
    { day: dayOf(year, 1, 1), name: 'Nieuwjaarsdag' },
    options.goodFriday ? { day: easterDay - 2, name: 'Goede Vrijdag' } : null,
    { day: easterDay, name: 'Eerste Paasdag' },
    { day: easterDay + 1, name: 'Tweede Paasdag' },
    monarchsDay(year),
    givesLiberationDay(year, options.liberationDay) ? { day: dayOf(year, 5, 5), name: 'Bevrijdingsdag' } : null,
    { day: easterDay + 39, name: 'Hemelvaartsdag' },
    { day: easterDay + 49, name: 'Eerste Pinksterdag' },
    { day: easterDay + 50, name: 'Tweede Pinksterdag' },
    { day: dayOf(year, 12, 25), name: 'Eerste Kerstdag' },
    { day: dayOf(year, 12, 26), name: 'Tweede Kerstdag' },
  ];
  return holidays.filter((holiday): holiday is Holiday => holiday !== null).sort((a, b) => a.day - b.day);
}
