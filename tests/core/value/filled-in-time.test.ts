import { describe, expect, it } from 'vitest';
import { dayCounter } from '../../../src/core/business-days.js';
import { filledInTime } from '../../../src/core/value/filled-in-time.js';
import { makeHire } from '../../builders.js';

const calendar = { from: 'dates', days: dayCounter('calendar', []) } as const;
const business = { from: 'dates', days: dayCounter('business', []) } as const;

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
    expect(filledInTime(hires, 6, business).kpi.value).toBe(1);
    expect(filledInTime(hires, 6, calendar).kpi.value).toBe(0);
  });

  it('is null with a reason without hires, or without a time to fill of any', () => {
    expect(filledInTime([], 45, calendar)).toEqual({ kpi: { n: 0, value: null }, reason: 'no hires in the period' });
    expect(filledInTime([makeHire({ vacancyOpened: null })], 45, calendar)).toEqual({
      kpi: { n: 0, value: null },
      reason: 'no hire in the period has a vacancy_opened',
    });
  });

  it("takes the file's own time to fill when that is the report's measure, leaving out hires without one", () => {
    // stated 45 (in time) and 46 days; the third hire has none: 1 of 2
    const hires = [makeHire({ statedTimeToFill: 45 }), makeHire({ statedTimeToFill: 46 }), makeHire()];
    expect(filledInTime(hires, 45, { from: 'stated' })).toEqual({ kpi: { n: 2, value: 0.5 }, reason: null });
    const reason = 'the hires file has no vacancy_opened or time_to_fill column';
    expect(filledInTime(hires, 45, { from: null, reason })).toEqual({ kpi: { n: 0, value: null }, reason });
  });
});
