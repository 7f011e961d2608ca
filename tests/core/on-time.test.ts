import { EVERY_HIRE_COLUMN as ALL } from '../../src/core/hire-columns.js';
import { describe, expect, it } from 'vitest';
import { onTimeRate } from '../../src/core/on-time.js';
import { makeHire } from '../builders.js';

describe('onTimeRate', () => {
  it('is the share of hires that started on or before the day they were needed', () => {
    // on the day, a day early, a day late → 2 / 3; the hire without needed_by is left out
    const hires = [
      makeHire({ startDate: '2025-04-01', neededBy: '2025-04-01' }),
      makeHire({ startDate: '2025-04-01', neededBy: '2025-04-02' }),
      makeHire({ startDate: '2025-04-02', neededBy: '2025-04-01' }),
      makeHire({ startDate: '2025-04-01' }),
    ];
    const { kpi } = onTimeRate(hires, ALL);
    expect(kpi.n).toBe(3);
    expect(kpi.value).toBeCloseTo(2 / 3, 12);
  });

  it('is null with a reason when no hire has both dates', () => {
    expect(onTimeRate([makeHire({ neededBy: '2025-04-01' })], ALL)).toEqual({
      kpi: { n: 0, value: null },
      reason: 'no hire has both start_date and needed_by',
    });
  });
});
