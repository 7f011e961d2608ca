import { describe, expect, it } from 'vitest';
import { dayCounter } from '../../src/core/business-days.js';
import { EVERY_HIRE_COLUMN as columns } from '../../src/core/hire-columns.js';
import { distributions } from '../../src/core/distributions.js';
import { buildReport } from '../../src/core/report.js';
import { day, makeHire, makeOptions } from '../builders.js';

const calendarDays = dayCounter('calendar', []);

describe('distributions', () => {
  // fills: 01-01 → 01-19 = 18, 01-01 → 01-24 = 23, 01-01 → 02-05 = 35 (31 + 4)
  const hires = [
    makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-01-19' }),
    makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-01-24' }),
    makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-02-05' }),
  ];
  // on R = 2025-03-31: open for 2025-03-19 → 12 days, 2024-12-26 → 5 + 31 + 28 + 31 = 95 days
  const open = [makeHire({ vacancyOpened: '2025-03-19', offerAccepted: null }), makeHire({ vacancyOpened: '2024-12-26', offerAccepted: null })];

  it('bins the fills in 5-day bins up to the longest (35 days: 8 bins) and the ages in four buckets', () => {
    const result = distributions({ hires, vacancies: [...hires, ...open], openOn: day('2025-03-31'), days: calendarDays, fill: { from: 'dates', days: calendarDays }, columns });
    expect(result.timeToFill.map((bin) => bin.count)).toEqual([0, 0, 0, 1, 1, 0, 0, 1]);
    expect(result.timeToFill[3]).toEqual({ from: 15, to: 19, count: 1 });
    expect(result.timeToFill[7]).toEqual({ from: 35, to: 39, count: 1 });
    expect(result.openVacancyAge).toEqual([
      { from: 0, to: 30, count: 1 },
      { from: 31, to: 60, count: 0 },
      { from: 61, to: 90, count: 0 },
      { from: 91, to: null, count: 1 },
    ]);
  });

  it('counts in working days with the business day count', () => {
    // Wed 2025-01-01 → Fri 2025-01-24: 17 working days (the 2nd, 3rd, 6th–10th, 13th–17th, 20th–24th)
    const one = [makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-01-24' })];
    const result = distributions({ hires: one, vacancies: one, openOn: day('2025-03-31'), days: dayCounter('business', []), fill: { from: 'dates', days: dayCounter('business', []) }, columns });
    expect(result.timeToFill.at(-1)).toEqual({ from: 15, to: 19, count: 1 });
  });

  it('is part of the report: counts that add up to the KPIs', () => {
    const report = buildReport({ hires: [...hires, ...open], costs: [], hours: [] }, makeOptions({ period: '2025-Q1' }));
    const total = (bins: readonly { count: number }[]) => bins.reduce((sum, bin) => sum + bin.count, 0);
    expect(total(report.distributions.timeToFill)).toBe(report.kpis.timeToFill.n);
    expect(total(report.distributions.openVacancyAge)).toBe(report.kpis.openVacancies.count);
  });
});
