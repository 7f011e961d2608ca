import { describe, expect, it } from 'vitest';
import { monthsIn } from '../../../src/core/compare/period-length.js';
import { day } from '../../builders.js';

describe('monthsIn', () => {
  it('counts whole calendar months', () => {
    expect(monthsIn(day('2025-01-01'), day('2025-12-31'))).toBe(12);
    expect(monthsIn(day('2024-01-01'), day('2024-03-31'))).toBe(3); // a leap-year quarter is still 3 months
    expect(monthsIn(day('2025-02-01'), day('2025-02-28'))).toBe(1);
    expect(monthsIn(day('2024-11-01'), day('2025-02-28'))).toBe(4);
  });

  it('counts other ranges in mean months of 30.436875 days', () => {
    // 2025-01-01..2025-01-15 is 15 days: 15 / 30.436875
    expect(monthsIn(day('2025-01-01'), day('2025-01-15'))).toBeCloseTo(0.492823, 6);
  });
});
