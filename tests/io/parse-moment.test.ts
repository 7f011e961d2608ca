import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBefore, momentText, packMoment, quickMoment, readMoment, unpackMoment } from '../../src/io/parse-moment.js';
import { day } from '../builders.js';

/** The moment a token stands for, when it is exact. */
function exactMoment(text: string) {
  const token = readMoment(text);
  if (token.kind !== 'exact') throw new Error(`${text} is ${token.kind}`);
  return { ...unpackMoment(token.value), proves: token.proves };
}

describe('packMoment and unpackMoment', () => {
  it('keep a day and a minute in one whole number, and tell a date without a time apart from midnight', () => {
    // 2025-03-04 is day 20151; 20151 × 1441 = 29037591, + 14:30 (870 minutes) = 29038461.
    expect(packMoment(day('2025-03-04'), 870)).toBe(29_038_461);
    expect(unpackMoment(29_038_461)).toEqual({ day: day('2025-03-04'), minute: 870 });
    expect(unpackMoment(packMoment(day('2025-03-04'), 0))).toEqual({ day: day('2025-03-04'), minute: 0 });
    expect(unpackMoment(packMoment(day('2025-03-04'), null))).toEqual({ day: day('2025-03-04'), minute: null });
  });

  it('work for days before 1970', () => {
    expect(unpackMoment(packMoment(day('1955-06-30'), 1439))).toEqual({ day: day('1955-06-30'), minute: 1439 });
    expect(unpackMoment(packMoment(day('1955-06-30'), null))).toEqual({ day: day('1955-06-30'), minute: null });
  });
});

describe('readMoment', () => {
  it('reads a plain ISO date without a time', () => {
    expect(exactMoment('2025-03-04')).toEqual({ day: day('2025-03-04'), minute: null, proves: null });
  });

  it('keeps the time of the forms exports write', () => {
    expect(exactMoment('2025-03-04T14:30')).toMatchObject({ day: day('2025-03-04'), minute: 870 });
    expect(exactMoment('2025-03-04 14:30:59')).toMatchObject({ day: day('2025-03-04'), minute: 870 });
    expect(exactMoment('2025-03-04T14:30:00.000Z')).toMatchObject({ day: day('2025-03-04'), minute: 870 });
    expect(exactMoment('2025-03-04 14:30:00 UTC')).toMatchObject({ day: day('2025-03-04'), minute: 870 });
    expect(exactMoment('2025-03-04T14:30:00+01:00')).toMatchObject({ day: day('2025-03-04'), minute: 870 });
    expect(exactMoment('24-03-2025 8:06')).toEqual({ day: day('2025-03-24'), minute: 486, proves: 'dmy' });
    expect(exactMoment('3/24/2025 8:06 PM')).toEqual({ day: day('2025-03-24'), minute: 20 * 60 + 6, proves: 'mdy' });
  });

  it('reads 12 AM as midnight and 12 PM as noon', () => {
    expect(exactMoment('2025-03-04 12:15 AM').minute).toBe(15);
    expect(exactMoment('2025-03-04 12:15 p.m.').minute).toBe(12 * 60 + 15);
  });

  it('leaves an ambiguous date ambiguous, with the time on both readings', () => {
    const token = readMoment('04-03-2025 14:30');
    expect(token).toEqual({
      kind: 'ambiguous',
      byOrder: { dmy: packMoment(day('2025-03-04'), 870), mdy: packMoment(day('2025-04-03'), 870) },
    });
  });

  it('refuses a time that does not exist rather than rolling over', () => {
    expect(readMoment('2025-03-04 25:00')).toEqual({ kind: 'error', reason: 'not a time of day: 25:00' });
    expect(readMoment('2025-03-04 14:61')).toEqual({ kind: 'error', reason: 'not a time of day: 14:61' });
    expect(readMoment('2025-03-04 13:00 PM')).toEqual({ kind: 'error', reason: 'not a time of day: 13:00 PM' });
  });

  it('gives the date reading its own reasons', () => {
    expect(readMoment('31-02-2025 10:00')).toEqual({ kind: 'error', reason: 'not a date that exists' });
    expect(readMoment('soon')).toEqual({ kind: 'error', reason: 'not a date' });
  });
});

describe('isBefore', () => {
  const at = (iso: string, minute: number | null) => packMoment(day(iso), minute);

  it('compares days first', () => {
    expect(isBefore(at('2025-03-03', 1000), at('2025-03-04', 10))).toBe(true);
    expect(isBefore(at('2025-03-04', 10), at('2025-03-03', 1000))).toBe(false);
  });

  it('compares times on the same day only when both have one', () => {
    expect(isBefore(at('2025-03-04', 540), at('2025-03-04', 600))).toBe(true);
    expect(isBefore(at('2025-03-04', 600), at('2025-03-04', 540))).toBe(false);
    expect(isBefore(at('2025-03-04', 600), at('2025-03-04', null))).toBe(false);
    expect(isBefore(at('2025-03-04', null), at('2025-03-04', 600))).toBe(false);
    expect(isBefore(at('2025-03-04', 600), at('2025-03-04', 600))).toBe(false);
  });
});

describe('momentText', () => {
  it('writes the date, and the time where there is one', () => {
    expect(momentText(packMoment(day('2025-03-04'), 870))).toBe('2025-03-04 14:30');
    expect(momentText(packMoment(day('2025-03-04'), 5))).toBe('2025-03-04 00:05');
    expect(momentText(packMoment(day('2025-03-04'), null))).toBe('2025-03-04');
  });
});

describe('quickMoment', () => {
  it('reads an ISO date with a time to the minute or the second, and leaves other forms to readMoment', () => {
    // 2025-03-04 is day 20151; 14:30 is minute 870
    expect(quickMoment('2025-03-04 14:30')).toBe(packMoment(day('2025-03-04'), 870));
    expect(quickMoment('2025-03-04T14:30:59')).toBe(packMoment(day('2025-03-04'), 870));
    expect(quickMoment('2025-03-04')).toBe(packMoment(day('2025-03-04'), null));
    expect(quickMoment('04-03-2025 14:30')).toBeNull();
    expect(quickMoment('2025-03-04 24:00')).toBeNull();
    expect(quickMoment('2025-02-29 10:00')).toBeNull();
  });

  it('gives what readMoment gives wherever it reads a cell: an exact moment that proves no order', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const text = fc
      .tuple(
        fc.constantFrom('2024', '2025', '1949', '2101'),
        two(13),
        two(32),
        fc.constantFrom(' ', 'T', '_', ''),
        two(25),
        fc.constantFrom(':', '.'),
        two(61),
        fc.constantFrom('', ':00', ':59', ':60', '.5', 'Z'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (cell) => {
        const quick = quickMoment(cell);
        if (quick === null) return;
        expect(readMoment(cell)).toEqual({ kind: 'exact', value: quick, proves: null });
      }),
      { numRuns: 3000 },
    );
  });
});
