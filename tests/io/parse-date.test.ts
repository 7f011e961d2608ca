import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/day.js';
import { daysFromCivil, EARLIEST_YEAR, LATEST_YEAR, readDate, readIsoDay, TWO_DIGIT_YEAR_NOTE } from '../../src/io/parse-date.js';
import { day } from '../builders.js';

describe('readDate', () => {
  describe('ISO dates', () => {
    it('reads YYYY-MM-DD as an exact date that proves no order', () => {
      expect(readDate('2025-03-01')).toEqual({ kind: 'exact', value: day('2025-03-01'), proves: null });
    });

    it('counts days from 1970-01-01', () => {
      // 2025-03-01 is day 20148 (see dayFromIso)
      expect(readDate('2025-03-01')).toEqual({ kind: 'exact', value: 20148, proves: null });
    });

    it('ignores a time after the date, with a T or a space, seconds and a zone', () => {
      expect(readDate('2025-03-04T14:30')).toEqual({ kind: 'exact', value: day('2025-03-04'), proves: null });
      expect(readDate('2025-03-01T14:30:00Z')).toEqual({ kind: 'exact', value: day('2025-03-01'), proves: null });
      expect(readDate('2025-03-01 09:15')).toEqual({ kind: 'exact', value: day('2025-03-01'), proves: null });
      expect(readDate('2025-03-01T09:15:30.250+01:00')).toEqual({ kind: 'exact', value: day('2025-03-01'), proves: null });
    });

    it('accepts slashes, points and one-digit months and days', () => {
      expect(readDate('2025/3/1')).toEqual({ kind: 'exact', value: day('2025-03-01'), proves: null });
      expect(readDate('2025.12.31')).toEqual({ kind: 'exact', value: day('2025-12-31'), proves: null });
    });

    it('rejects an ISO date that does not exist', () => {
      expect(readDate('2025-02-29')).toEqual({ kind: 'error', reason: 'not a date that exists' });
      expect(readDate('2025-13-01')).toEqual({ kind: 'error', reason: 'not a date that exists' });
    });
  });

  describe('dates with the year last', () => {
    it('reads D-M-YYYY, D/M/YYYY and D.M.YYYY', () => {
      expect(readDate('25-3-2025')).toEqual({ kind: 'exact', value: day('2025-03-25'), proves: 'dmy' });
      expect(readDate('25/03/2025')).toEqual({ kind: 'exact', value: day('2025-03-25'), proves: 'dmy' });
      expect(readDate('25.03.2025')).toEqual({ kind: 'exact', value: day('2025-03-25'), proves: 'dmy' });
    });

    it('proves day-first when the first part is above 12', () => {
      expect(readDate('13-01-2025')).toEqual({ kind: 'exact', value: day('2025-01-13'), proves: 'dmy' });
    });

    it('proves month-first when the second part is above 12', () => {
      expect(readDate('03/25/2025')).toEqual({ kind: 'exact', value: day('2025-03-25'), proves: 'mdy' });
      expect(readDate('1/13/2025')).toEqual({ kind: 'exact', value: day('2025-01-13'), proves: 'mdy' });
    });

    it('carries both readings of an ambiguous date', () => {
      // 03-04-2025: 3 April day-first, 4 March month-first
      expect(readDate('03-04-2025')).toEqual({
        kind: 'ambiguous',
        byOrder: { dmy: day('2025-04-03'), mdy: day('2025-03-04') },
      });
    });

    it('reads equal parts as exact without proving an order', () => {
      expect(readDate('05-05-2025')).toEqual({ kind: 'exact', value: day('2025-05-05'), proves: null });
      expect(readDate('12/12/2025')).toEqual({ kind: 'exact', value: day('2025-12-12'), proves: null });
    });

    it('ignores a time after the date, also with AM or PM', () => {
      expect(readDate('25-03-2025 17:45:00')).toEqual({ kind: 'exact', value: day('2025-03-25'), proves: 'dmy' });
      expect(readDate('04-03-2025 14:30:00')).toEqual({ kind: 'ambiguous', byOrder: { dmy: day('2025-03-04'), mdy: day('2025-04-03') } });
      expect(readDate('3/25/2025 8:06 PM')).toEqual({ kind: 'exact', value: day('2025-03-25'), proves: 'mdy' });
      expect(readDate('3/25/2025 12:00:59am')).toEqual({ kind: 'exact', value: day('2025-03-25'), proves: 'mdy' });
    });

    it('rejects a time after the date that is no time of day', () => {
      const reason = 'the time after the date is not a time of day';
      expect(readDate('25-03-2025 24:00')).toEqual({ kind: 'error', reason });
      expect(readDate('25-03-2025 8:60')).toEqual({ kind: 'error', reason });
      expect(readDate('25-03-2025 13:00 PM')).toEqual({ kind: 'error', reason });
      expect(readDate('2025-03-25T10:00:61')).toEqual({ kind: 'error', reason });
    });

    it('rejects 31-02-2025 and 02-31-2025 as impossible instead of rolling over', () => {
      expect(readDate('31-02-2025')).toEqual({ kind: 'error', reason: 'not a date that exists' });
      expect(readDate('02-31-2025')).toEqual({ kind: 'error', reason: 'not a date that exists' });
    });

    it('accepts 29 February in a leap year and rejects it in another', () => {
      expect(readDate('29-02-2024')).toEqual({ kind: 'exact', value: day('2024-02-29'), proves: 'dmy' });
      expect(readDate('29-02-2025')).toEqual({ kind: 'error', reason: 'not a date that exists' });
    });

    it('rejects a value where neither part can be the month', () => {
      expect(readDate('13-13-2025')).toEqual({ kind: 'error', reason: 'not a date: neither part can be the month' });
    });

    it('reads a two-digit year as Excel does, 00–29 as 2000–2029, never as the year 0025', () => {
      const note = TWO_DIGIT_YEAR_NOTE;
      expect(readDate('25-03-25')).toEqual({ kind: 'exact', value: day('2025-03-25'), proves: 'dmy', note });
      expect(readDate('2/15/20 8:06')).toEqual({ kind: 'exact', value: day('2020-02-15'), proves: 'mdy', note });
      expect(readDate('1/1/00')).toEqual({ kind: 'exact', value: day('2000-01-01'), proves: null, note });
      expect(readDate('31/12/29')).toEqual({ kind: 'exact', value: day('2029-12-31'), proves: 'dmy', note });
    });

    it('reads 30–99 as 1930–1999, so 30–49 are years before 1950 and rejected as such', () => {
      expect(readDate('31-12-99')).toEqual({ kind: 'exact', value: day('1999-12-31'), proves: 'dmy', note: TWO_DIGIT_YEAR_NOTE });
      expect(readDate('13-01-50')).toEqual({ kind: 'exact', value: day('1950-01-13'), proves: 'dmy', note: TWO_DIGIT_YEAR_NOTE });
      expect(readDate('13-01-30')).toEqual({
        kind: 'error',
        reason: 'year 1930 (the two-digit year 30, read as Excel does) is implausible (expected 1950–2100)',
      });
    });

    it('keeps both readings of an ambiguous date with a two-digit year, and the note', () => {
      // 2/5/20: 2 May day-first, 5 February month-first (US Excel)
      expect(readDate('2/5/20 8:06')).toEqual({
        kind: 'ambiguous',
        byOrder: { dmy: day('2020-05-02'), mdy: day('2020-02-05') },
        note: TWO_DIGIT_YEAR_NOTE,
      });
    });

    it('rejects a year of three or five digits', () => {
      expect(readDate('25-03-202')).toEqual({ kind: 'error', reason: 'not a date with a four-digit year' });
      expect(readDate('25-03-20255')).toEqual({ kind: 'error', reason: 'not a date with a four-digit year' });
    });
  });

  describe('plausible years', () => {
    it('accepts 1950 and 2100, the edges of the range', () => {
      expect(readDate('1950-01-01')).toEqual({ kind: 'exact', value: day('1950-01-01'), proves: null });
      expect(readDate('31-12-2100')).toEqual({ kind: 'exact', value: day('2100-12-31'), proves: 'dmy' });
    });

    it('rejects 1949 and 2101', () => {
      expect(readDate('1949-12-31')).toEqual({ kind: 'error', reason: 'year 1949 is implausible (expected 1950–2100)' });
      expect(readDate('01-01-2101')).toEqual({ kind: 'error', reason: 'year 2101 is implausible (expected 1950–2100)' });
    });
  });

  describe('what is not a date', () => {
    it('names an Excel serial number as such', () => {
      expect(readDate('45678')).toEqual({ kind: 'error', reason: 'a number, not a date (an Excel date serial?)' });
      expect(readDate('45678,25')).toEqual({ kind: 'error', reason: 'a number, not a date (an Excel date serial?)' });
    });

    it('rejects garbage', () => {
      expect(readDate('morgen')).toEqual({ kind: 'error', reason: 'not a date' });
      expect(readDate('2025-03')).toEqual({ kind: 'error', reason: 'not a date' });
      expect(readDate('1 maart 2025')).toEqual({ kind: 'error', reason: 'not a date' });
    });
  });
});

describe('readIsoDay', () => {
  it('gives the day of every existing ISO date in 1950–2100 and null for every other one', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const parts = fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(parts, ([year, month, day]) => {
        const plausible = year >= EARLIEST_YEAR && year <= LATEST_YEAR;
        const expected = plausible ? dayFromYmd(year, month, day) : null;
        expect(readIsoDay(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(expected);
      }),
    );
  });

  it('leaves every other form to readDate', () => {
    expect(['2025/03/01', '2025-3-01', '01-03-2025', '2025-03-01T10:00', '2O25-03-01'].map(readIsoDay)).toEqual([null, null, null, null, null]);
  });
});

describe('daysFromCivil', () => {
  it('counts 2025-03-01 as day 20,148 since 1970-01-01', () => {
    // 55 years of 365 days, 14 leap days (1972 … 2024), then Jan 31 + Feb 28: 20,075 + 14 + 59 = 20,148
    expect(daysFromCivil(2025, 3, 1)).toBe(20148);
  });

  it('gives the day Date.UTC gives for every day from 1950 to 2100', () => {
    for (let day = Date.UTC(1950, 0, 1) / 86_400_000; day <= Date.UTC(2100, 11, 31) / 86_400_000; day += 1) {
      const date = new Date(day * 86_400_000);
      if (daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) !== day) expect.fail(`${date.toISOString()}`);
    }
  });
});
