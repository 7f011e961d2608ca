import { describe, expect, it } from 'vitest';
import { isoOfDay } from '../../src/core/day.js';
import { dataSpan, inPeriod, parsePeriod } from '../../src/core/period.js';
import type { Period } from '../../src/core/types.js';
import { day, makeCost, makeHire, makeHours } from '../builders.js';

function periodOf(text: string): Period {
  const reading = parsePeriod(text);
  if (!reading.ok) throw new Error(`parsePeriod("${text}") found no period`);
  return reading.period;
}

function range(text: string): [string, string] {
  const period = periodOf(text);
  expect(period.label).toBe(text);
  return [isoOfDay(period.start), isoOfDay(period.end)];
}

/** Why a text is no period: null when it is in none of the forms. */
function whyNot(text: string): string | null {
  const reading = parsePeriod(text);
  if (reading.ok) throw new Error(`parsePeriod("${text}") read ${reading.period.label}`);
  return reading.why;
}

describe('parsePeriod', () => {
  it('reads a year', () => {
    expect(range('2025')).toEqual(['2025-01-01', '2025-12-31']);
  });

  it('reads both halves', () => {
    expect(range('2025-H1')).toEqual(['2025-01-01', '2025-06-30']);
    expect(range('2025-H2')).toEqual(['2025-07-01', '2025-12-31']);
  });

  it('reads every quarter', () => {
    expect(range('2025-Q1')).toEqual(['2025-01-01', '2025-03-31']);
    expect(range('2025-Q2')).toEqual(['2025-04-01', '2025-06-30']);
    expect(range('2025-Q3')).toEqual(['2025-07-01', '2025-09-30']);
    expect(range('2025-Q4')).toEqual(['2025-10-01', '2025-12-31']);
  });

  it('reads a month, February of a leap year included', () => {
    expect(range('2025-07')).toEqual(['2025-07-01', '2025-07-31']);
    expect(range('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(range('2025-12')).toEqual(['2025-12-01', '2025-12-31']);
  });

  it('reads an inclusive range of days, a single day included', () => {
    expect(range('2025-01-01..2025-06-30')).toEqual(['2025-01-01', '2025-06-30']);
    expect(range('2025-03-05..2025-03-05')).toEqual(['2025-03-05', '2025-03-05']);
  });

  it('accepts lower-case h and q and keeps the label as given', () => {
    expect(range('2025-q3')).toEqual(['2025-07-01', '2025-09-30']);
    expect(range('2025-h2')).toEqual(['2025-07-01', '2025-12-31']);
  });

  it('finds no period in a fifth quarter', () => {
    expect(whyNot('2025-Q5')).toBeNull();
  });

  it.each(['2025-13', '2025-00', '25', '2025-H3', '', ' 2025', '2025-7', '2025-01-01..', 'Q1-2025', '0025'])(
    'finds no period in %j',
    (text) => {
      expect(whyNot(text)).toBeNull();
    },
  );

  it('says which date of a range is impossible', () => {
    expect(whyNot('2025-02-30..2025-03-01')).toBe('2025-02-30 is not a date');
  });

  it('says when a range ends before it starts', () => {
    expect(whyNot('2025-06-30..2025-01-01')).toBe('2025-06-30 is after 2025-01-01');
  });
});

describe('inPeriod', () => {
  it('includes both ends', () => {
    const q1 = periodOf('2025-Q1');
    expect(inPeriod(q1, day('2025-01-01'))).toBe(true);
    expect(inPeriod(q1, day('2025-03-31'))).toBe(true);
    expect(inPeriod(q1, day('2024-12-31'))).toBe(false);
    expect(inPeriod(q1, day('2025-04-01'))).toBe(false);
  });
});

describe('dataSpan', () => {
  it('spans vacancy openings, acceptances and the costs and hours dates', () => {
    const span = dataSpan({
      hires: [
        makeHire({ vacancyOpened: '2024-11-15', offerAccepted: '2025-02-01' }),
        makeHire({ vacancyOpened: '2025-01-10', offerAccepted: null }),
      ],
      costs: [makeCost({ date: '2025-04-30' })],
      hours: [makeHours({ date: '2025-03-01' })],
    });
    expect(span).toEqual({ label: '2024-11-15..2025-04-30', start: day('2024-11-15'), end: day('2025-04-30') });
  });

  it('is null without records', () => {
    expect(dataSpan({ hires: [], costs: [], hours: [] })).toBeNull();
  });
});
