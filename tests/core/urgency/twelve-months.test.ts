import { describe, expect, it } from 'vitest';
import { twelveMonthsTo } from '../../../src/core/urgency/twelve-months.js';
import { day } from '../../builders.js';

describe('twelveMonthsTo', () => {
  it('runs from the day after the same date a year earlier through the day itself', () => {
    expect(twelveMonthsTo(day('2025-12-31'))).toEqual({ label: '2025-01-01..2025-12-31', start: day('2025-01-01'), end: day('2025-12-31') });
    expect(twelveMonthsTo(day('2025-06-15'))).toEqual({ label: '2024-06-16..2025-06-15', start: day('2024-06-16'), end: day('2025-06-15') });
  });

  it('starts a year that ends on 29 February on 1 March, as 2023 has no 29 February', () => {
    // 2023-02-28 is the last day before it that exists; the year starts the day after
    expect(twelveMonthsTo(day('2024-02-29')).label).toBe('2023-03-01..2024-02-29');
  });

  it('holds 365 days, or 366 across a 29 February', () => {
    const span = (iso: string) => {
      const period = twelveMonthsTo(day(iso));
      return period.end - period.start + 1;
    };
    expect(span('2025-12-31')).toBe(365);
    expect(span('2024-12-31')).toBe(366);
  });
});
