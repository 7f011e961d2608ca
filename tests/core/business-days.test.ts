import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDaysBetween, durationDays } from '../../src/core/business-days.js';
import { weekdayOfDay } from '../../src/core/day.js';
import { day } from '../builders.js';

function bruteForce(from: number, to: number, holidays: ReadonlySet<number>): number {
  const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = low + 1; d <= high; d++) {
    const weekday = weekdayOfDay(d);
    if (weekday >= 1 && weekday <= 5 && !holidays.has(d)) count++;
  }
  return count === 0 ? 0 : sign * count;
}

describe('businessDaysBetween', () => {
  it('skips the weekend from a Friday to the next Monday', () => {
    // Fri 2025-03-07 → Mon 2025-03-10: Sat, Sun, Mon → 1
    expect(businessDaysBetween(day('2025-03-07'), day('2025-03-10'), [])).toBe(1);
  });

  it('counts two whole weeks as ten days', () => {
    expect(businessDaysBetween(day('2025-03-03'), day('2025-03-17'), [])).toBe(10);
  });

  it('leaves out a holiday on a weekday', () => {
    // Thu 2025-04-17 → Thu 2025-04-24: Fri 18, Mon 21 (Easter Monday), Tue 22, Wed 23, Thu 24 → 5 − 1 = 4
    expect(businessDaysBetween(day('2025-04-17'), day('2025-04-24'), [day('2025-04-21')])).toBe(4);
  });

  it('does not subtract a holiday that falls on a weekend or outside the range', () => {
    const holidays = [day('2025-04-19'), day('2025-04-17'), day('2025-04-25')];
    expect(businessDaysBetween(day('2025-04-17'), day('2025-04-24'), holidays)).toBe(5);
  });

  it('takes holidays as a set or an unsorted array with duplicates', () => {
    const easter = day('2025-04-21');
    const from = day('2025-04-17');
    const to = day('2025-04-24');
    expect(businessDaysBetween(from, to, new Set([easter]))).toBe(4);
    expect(businessDaysBetween(from, to, [day('2025-12-25'), easter, easter])).toBe(4);
  });

  it('is negative and mirrored when to is before from', () => {
    expect(businessDaysBetween(day('2025-04-24'), day('2025-04-17'), [day('2025-04-21')])).toBe(-4);
  });

  it('is 0 for the same day and over a weekend alone', () => {
    expect(businessDaysBetween(day('2025-03-05'), day('2025-03-05'), [])).toBe(0);
    expect(businessDaysBetween(day('2025-03-07'), day('2025-03-09'), [])).toBe(0);
  });

  it('works before 1970', () => {
    // Fri 1969-12-26 → Mon 1970-01-05: Mon 29, Tue 30, Wed 31, Thu 1, Fri 2, Mon 5 → 6
    expect(businessDaysBetween(day('1969-12-26'), day('1970-01-05'), [])).toBe(6);
  });

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -800, max: 800 }),
        fc.integer({ min: -800, max: 800 }),
        fc.array(fc.integer({ min: -800, max: 800 }), { maxLength: 20 }),
        (from, to, holidays) => {
          expect(businessDaysBetween(from, to, holidays)).toBe(bruteForce(from, to, new Set(holidays)));
        },
      ),
    );
  });
});

describe('durationDays', () => {
  it('counts calendar days as to − from', () => {
    expect(durationDays(day('2025-03-07'), day('2025-03-10'), 'calendar', [])).toBe(3);
  });

  it('counts working days with the business day count', () => {
    // 1970-01-01 was a Thursday: Fri 2, Mon 5 … Fri 9 January → 6
    expect(durationDays(0, 10, 'business', [])).toBe(6);
  });
});
