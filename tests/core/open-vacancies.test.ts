import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../src/core/kpis.js';
import { buildReport } from '../../src/core/report.js';
import type { Hire } from '../../src/core/types.js';
import { makeContext, makeHire, makeOptions } from '../builders.js';

const openOn = (rows: Hire[], asOf: string, dayCount: 'calendar' | 'business' = 'calendar') =>
  computeKpis({ hires: [], costs: [], hours: [], vacancies: rows }, makeContext({ asOf, dayCount }));

describe('openVacancies', () => {
  const rows = [
    makeHire({ vacancyOpened: '2025-06-01', offerAccepted: null }), // open, 29 days
    makeHire({ vacancyOpened: '2025-05-01', offerAccepted: '2025-07-15' }), // accepted after R: open, 60 days
    makeHire({ vacancyOpened: '2025-06-30', offerAccepted: null }), // opened on R: open, 0 days
    makeHire({ vacancyOpened: '2025-04-01', offerAccepted: '2025-06-30' }), // accepted on R: filled
    makeHire({ vacancyOpened: '2025-07-01', offerAccepted: null }), // not yet opened on R
  ];

  it('counts vacancies opened by R and not accepted by then, aged to R', () => {
    // ages [29, 60, 0]: mean 89 / 3, median 29, p90: h = 2 × 0.9 = 1.8 → 29 + 0.8 × (60 − 29) = 53.8
    const { openVacancies } = openOn(rows, '2025-06-30').kpis;
    expect(openVacancies.count).toBe(3);
    expect(openVacancies.age).toMatchObject({ n: 3, median: 29, min: 0, max: 60 });
    expect(openVacancies.age.mean).toBeCloseTo(89 / 3, 10);
    expect(openVacancies.age.p90).toBeCloseTo(53.8, 10);
  });

  it('ages in working days with the business day count', () => {
    // Mon 2025-06-02 → Mon 2025-06-30: four whole weeks = 20 working days
    const rows = [makeHire({ vacancyOpened: '2025-06-02', offerAccepted: null })];
    const { age } = openOn(rows, '2025-06-30', 'business').kpis.openVacancies;
    expect(age.mean).toBe(20);
  });

  it('gives a reason when nothing is open', () => {
    const { kpis, reasons } = openOn([], '2025-06-30');
    expect(kpis.openVacancies.count).toBe(0);
    expect(reasons.openVacancies).toBe('no vacancy open on 2025-06-30');
  });

  it('looks at every hires row, not only the hires of the period', () => {
    // opened 2024-11-01, still open at the end of 2025-Q2: 30 + 31 + 31 + 28 + 31 + 30 + 31 + 29 = 241 days
    const report = buildReport(
      { hires: [makeHire({ vacancyOpened: '2024-11-01', offerAccepted: null })], costs: [], hours: [] },
      makeOptions({ period: '2025-Q2', today: '2026-01-15' }),
    );
    expect(report.kpis.openVacancies).toMatchObject({ count: 1, age: { mean: 241 } });
  });
});
