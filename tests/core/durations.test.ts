import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../src/core/kpis.js';
import type { Hire } from '../../src/core/types.js';
import { makeContext, makeHire } from '../builders.js';

const kpisOf = (hires: Hire[], dayCount: 'calendar' | 'business' = 'calendar', holidays: string[] = []) =>
  computeKpis({ hires, costs: [], hours: [], vacancies: [] }, makeContext({ dayCount, holidays }));

describe('timeToFill', () => {
  const hires = [
    makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-01-31' }),
    makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-02-10' }),
  ];

  it('measures offer_accepted − vacancy_opened in calendar days', () => {
    // 30 and 40 days: mean 35, median 35, p90 = 30 + 0.9 × (40 − 30) = 39
    expect(kpisOf(hires).kpis.timeToFill).toEqual({ n: 2, mean: 35, median: 35, p90: 39, min: 30, max: 40 });
  });

  it('counts working days with the business day count', () => {
    // Wed 2025-01-01 → Fri 2025-01-31: Thu 2, Fri 3, then four whole weeks = 2 + 20 = 22 working days;
    // a holiday on Mon 2025-01-06 makes it 21
    expect(kpisOf(hires.slice(0, 1), 'business').kpis.timeToFill.mean).toBe(22);
    expect(kpisOf(hires.slice(0, 1), 'business', ['2025-01-06']).kpis.timeToFill.mean).toBe(21);
  });
});

describe('timeToHire', () => {
  it('measures offer_accepted − application_date over hires with an application date', () => {
    // 2025-03-01 → 2025-03-15 = 14 days; the hire without application_date is left out
    const hires = [makeHire({ applicationDate: '2025-03-01', offerAccepted: '2025-03-15' }), makeHire()];
    expect(kpisOf(hires).kpis.timeToHire).toMatchObject({ n: 1, mean: 14 });
  });

  it('is empty with a reason when no hire has an application date', () => {
    const { kpis, reasons } = kpisOf([makeHire()]);
    expect(kpis.timeToHire.mean).toBeNull();
    expect(reasons.timeToHire).toBe('no hire in the period has an application_date');
  });
});

describe('timeToStart', () => {
  it('measures start_date − offer_accepted over hires with a start date', () => {
    // 2025-03-01 → 2025-04-01 = 31 days
    const hires = [makeHire({ offerAccepted: '2025-03-01', startDate: '2025-04-01' }), makeHire()];
    expect(kpisOf(hires).kpis.timeToStart).toMatchObject({ n: 1, mean: 31 });
    expect(kpisOf([makeHire()]).reasons.timeToStart).toBe('no hire in the period has a start_date');
  });
});
