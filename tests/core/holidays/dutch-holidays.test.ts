import { describe, expect, it } from 'vitest';
import { isoOfDay, weekdayOfDay } from '../../../src/core/day.js';
import { DEFAULT_DUTCH_HOLIDAY_OPTIONS, dutchHolidays } from '../../../src/core/holidays/dutch-holidays.js';

const WEEKDAY = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** The holidays of a year as Rijksoverheid lists them: `name: weekday YYYY-MM-DD`. */
function listed(year: number, options = DEFAULT_DUTCH_HOLIDAY_OPTIONS): string[] {
  return dutchHolidays(year, options).map((h) => `${h.name}: ${WEEKDAY[weekdayOfDay(h.day)]} ${isoOfDay(h.day)}`);
}

// The published list: Rijksoverheid, "Wanneer zijn de officiële feestdagen in Nederland?",
// https://www.rijksoverheid.nl/onderwerpen/arbeidsovereenkomst-en-cao/vraag-en-antwoord/officiele-feestdagen
// (the page gives the current year's list; these are its 2024, 2025 and 2026 lists). Bevrijdingsdag
// is on it every year; here it is a day off in the lustrum year 2025 only, the default.
describe('dutchHolidays', () => {
  it('gives the official holidays of 2024 (Bevrijdingsdag is no day off: not a lustrum year)', () => {
    expect(listed(2024)).toEqual([
      'Nieuwjaarsdag: maandag 2024-01-01',
      'Goede Vrijdag: vrijdag 2024-03-29',
      'Eerste Paasdag: zondag 2024-03-31',
      'Tweede Paasdag: maandag 2024-04-01',
      'Koningsdag: zaterdag 2024-04-27',
      'Hemelvaartsdag: donderdag 2024-05-09',
      'Eerste Pinksterdag: zondag 2024-05-19',
      'Tweede Pinksterdag: maandag 2024-05-20',
      'Eerste Kerstdag: woensdag 2024-12-25',
      'Tweede Kerstdag: donderdag 2024-12-26',
    ]);
  });

  it('gives the official holidays of 2025, Koningsdag on Saturday the 26th because the 27th is a Sunday', () => {
    expect(listed(2025)).toEqual([
      'Nieuwjaarsdag: woensdag 2025-01-01',
      'Goede Vrijdag: vrijdag 2025-04-18',
      'Eerste Paasdag: zondag 2025-04-20',
      'Tweede Paasdag: maandag 2025-04-21',
      'Koningsdag: zaterdag 2025-04-26',
      'Bevrijdingsdag: maandag 2025-05-05',
      'Hemelvaartsdag: donderdag 2025-05-29',
      'Eerste Pinksterdag: zondag 2025-06-08',
      'Tweede Pinksterdag: maandag 2025-06-09',
      'Eerste Kerstdag: donderdag 2025-12-25',
      'Tweede Kerstdag: vrijdag 2025-12-26',
    ]);
  });

  it('gives the official holidays of 2026', () => {
    expect(listed(2026)).toEqual([
      'Nieuwjaarsdag: donderdag 2026-01-01',
      'Goede Vrijdag: vrijdag 2026-04-03',
      'Eerste Paasdag: zondag 2026-04-05',
      'Tweede Paasdag: maandag 2026-04-06',
      'Koningsdag: maandag 2026-04-27',
      'Hemelvaartsdag: donderdag 2026-05-14',
      'Eerste Pinksterdag: zondag 2026-05-24',
      'Tweede Pinksterdag: maandag 2026-05-25',
      'Eerste Kerstdag: vrijdag 2026-12-25',
      'Tweede Kerstdag: zaterdag 2026-12-26',
    ]);
  });

  it('moves Koningsdag to the 26th only when the 27th is a Sunday (2014, 2025, 2031)', () => {
    const koningsdag = (year: number) => isoOfDay(dutchHolidays(year).find((h) => h.name === 'Koningsdag')?.day ?? NaN);
    expect(koningsdag(2014)).toBe('2014-04-26');
    expect(koningsdag(2025)).toBe('2025-04-26');
    expect(koningsdag(2031)).toBe('2031-04-26');
    expect(koningsdag(2026)).toBe('2026-04-27'); // a Monday
    expect(koningsdag(2030)).toBe('2030-04-27'); // a Saturday: stays
  });

  it('keeps Koninginnedag on 30 April before 2014: the 29th from 1980 when the 30th is a Sunday, 1 May before 1980', () => {
    const queensDay = (year: number) => isoOfDay(dutchHolidays(year).find((h) => h.name === 'Koninginnedag')?.day ?? NaN);
    expect(queensDay(2013)).toBe('2013-04-30');
    expect(queensDay(2006)).toBe('2006-04-29'); // 30 April 2006 was a Sunday
    expect(queensDay(1978)).toBe('1978-05-01'); // 30 April 1978 was a Sunday
    expect(dutchHolidays(2013).some((h) => h.name === 'Koningsdag')).toBe(false);
  });

  it('gives Bevrijdingsdag off in lustrum years by default, always or never as the CAO says', () => {
    const liberation = (year: number, liberationDay: 'never' | 'lustrum' | 'always') =>
      dutchHolidays(year, { goodFriday: true, liberationDay }).some((h) => h.name === 'Bevrijdingsdag');
    expect([2024, 2025, 2026, 2029, 2030].map((year) => liberation(year, 'lustrum'))).toEqual([false, true, false, false, true]);
    expect([2024, 2025, 2026].map((year) => liberation(year, 'always'))).toEqual([true, true, true]);
    expect([2024, 2025, 2030].map((year) => liberation(year, 'never'))).toEqual([false, false, false]);
  });

  it('leaves Goede Vrijdag out when the CAO gives no day off for it', () => {
    const names = dutchHolidays(2025, { goodFriday: false, liberationDay: 'lustrum' }).map((h) => h.name);
    expect(names).not.toContain('Goede Vrijdag');
    expect(names).toHaveLength(10);
  });

  it('keeps two holidays on one day, in date order (2016: Hemelvaartsdag on 5 May)', () => {
    // Easter 2016 was 27 March: Hemelvaartsdag is 27 March + 39 days = 5 May, Bevrijdingsdag too.
    const may = listed(2016, { goodFriday: true, liberationDay: 'always' }).filter((line) => line.includes('-05-'));
    expect(may).toEqual([
      'Bevrijdingsdag: donderdag 2016-05-05',
      'Hemelvaartsdag: donderdag 2016-05-05',
      'Eerste Pinksterdag: zondag 2016-05-15',
      'Tweede Pinksterdag: maandag 2016-05-16',
    ]);
  });

  it('refuses a year without a Gregorian Easter instead of falling back on this year', () => {
    expect(() => dutchHolidays(0)).toThrow(RangeError);
    expect(() => dutchHolidays(2025.5)).toThrow(RangeError);
  });
});
