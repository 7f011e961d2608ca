import { describe, expect, it } from 'vitest';
import { dayCounter } from '../../../src/core/business-days.js';
import { filledInTime } from '../../../src/core/value/filled-in-time.js';
import { makeHire } from '../../builders.js';

const calendar = dayCounter('calendar', []);

describe('filledInTime', () => {
  it('is the share of hires filled within the target days, the target day itself included', () => {
    // opened 01-01; accepted 01-31 (30 days), 02-15 (31 + 14 = 45 days), 02-16 (46 days) → 2 of 3
    const hires = [
      makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-01-31' }),
      makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-02-15' }),
      makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-02-16' }),
    ];
    const { kpi, reason } = filledInTime(hires, 45, calendar);
    expect(kpi.n).toBe(3);
    expect(kpi.value).toBeCloseTo(2 / 3, 12);
    expect(reason).toBeNull();
  });

  it('counts working days when the report does', () => {
    // Fri 2025-03-07 → Mon 2025-03-17: 10 calendar days, but 6 working days (Mon 10 … Fri 14, Mon 17)
    const hires = [makeHire({ vacancyOpened: '2025-03-07', offerAccepted: '2025-03-17' })];
    expect(filledInTime(hires, 6, dayCounter('business', [])).kpi.value).toBe(1);
    expect(filledInTime(hires, 6, calendar).kpi.value).toBe(0);
  });

  it('leaves open vacancies out and is null with a reason without hires', () => {
    expect(filledInTime([makeHire({ offerAccepted: null })], 45, calendar)).toEqual({
      kpi: { n: 0, value: null },
      reason: 'no hires in the period',
    });
  });
});
