import { EVERY_HIRE_COLUMN as ALL } from '../../src/core/hire-columns.js';
import { describe, expect, it } from 'vitest';
import { firstYearAttrition } from '../../src/core/first-year.js';
import { day, makeHire } from '../builders.js';

describe('firstYearAttrition', () => {
  it('counts a hire who left after 364 days as leaving and after 365 days as staying', () => {
    // started 2022-01-01; 2022-12-31 is day 364, 2023-01-01 day 365. R = 2025-01-01.
    // Over: the 364-day leaver, the 365-day leaver and the stayer → n = 3, left 1 → 1 / 3.
    // Not over: started 2024-06-01 (2025-06-01 > R); no start date.
    const hires = [
      makeHire({ startDate: '2022-01-01', leftDate: '2022-12-31' }),
      makeHire({ startDate: '2022-01-01', leftDate: '2023-01-01' }),
      makeHire({ startDate: '2022-01-01' }),
      makeHire({ startDate: '2024-06-01', leftDate: '2024-07-01' }),
      makeHire(),
    ];
    const { kpi, reason } = firstYearAttrition(hires, day('2025-01-01'), ALL);
    expect(kpi.n).toBe(3);
    expect(kpi.value).toBeCloseTo(1 / 3, 12);
    expect(reason).toBeNull();
  });

  it('counts a first year as over exactly 365 days after the start', () => {
    // start + 365 = R is over; one day later it is not yet
    const R = day('2023-01-01');
    expect(firstYearAttrition([makeHire({ startDate: '2022-01-01' })], R, ALL).kpi).toEqual({ n: 1, value: 0 });
    expect(firstYearAttrition([makeHire({ startDate: '2022-01-02' })], R, ALL).kpi).toEqual({ n: 0, value: null });
  });

  it('is null with a reason naming R when no first year is over', () => {
    const { kpi, reason } = firstYearAttrition([makeHire({ startDate: '2025-03-01' })], day('2025-12-31'), ALL);
    expect(kpi).toEqual({ n: 0, value: null });
    expect(reason).toBe('no hire has completed a first year by 2025-12-31');
  });
});
