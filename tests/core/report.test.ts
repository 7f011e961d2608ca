import { describe, expect, it } from 'vitest';
import { buildReport, formatCentsPlain } from '../../src/core/report.js';
import type { Records } from '../../src/core/types.js';
import { day, makeCost, makeHire, makeHours, makeOptions } from '../builders.js';

const empty: Records = { hires: [], costs: [], hours: [] };

describe('buildReport', () => {
  it('counts hires by offer_accepted and costs and hours by date within the period, both ends included', () => {
    const records: Records = {
      hires: [
        makeHire({ offerAccepted: '2025-01-01' }),
        makeHire({ offerAccepted: '2025-03-31' }),
        makeHire({ offerAccepted: '2025-04-01' }),
        makeHire({ offerAccepted: null }),
      ],
      costs: [makeCost({ date: '2025-03-31', amountEuros: 1200 }), makeCost({ date: '2025-04-01', amountEuros: 999 })],
      hours: [makeHours({ date: '2025-01-01', hours: 2, rateEuros: 50 }), makeHours({ date: '2024-12-31', hours: 9 })],
    };
    const report = buildReport(records, makeOptions({ period: '2025-Q1' }));
    // (120000 + 2 h × 5000) / 2 hires = 130000 / 2 = 65000 cents
    expect(report.kpis.hires).toBe(2);
    expect(report.kpis.costs.total).toBe(130_000);
    expect(report.kpis.costPerHire).toBe(65_000);
  });

  it('reports the data span when no period is asked for', () => {
    const records = { ...empty, hires: [makeHire({ vacancyOpened: '2024-12-01', offerAccepted: '2025-02-14' })] };
    const report = buildReport(records, makeOptions());
    expect(report.period).toEqual({ label: '2024-12-01..2025-02-14', start: day('2024-12-01'), end: day('2025-02-14') });
    expect(report.kpis.hires).toBe(1);
  });

  it('reports the single day today when there are no records at all', () => {
    const report = buildReport(empty, makeOptions({ today: '2026-01-15' }));
    expect(report.period).toEqual({ label: '2026-01-15', start: day('2026-01-15'), end: day('2026-01-15') });
    expect(report.asOf).toBe(day('2026-01-15'));
  });

  it('takes the period end as R, capped at today, unless asOf is given', () => {
    expect(buildReport(empty, makeOptions({ period: '2025-Q1', today: '2026-01-15' })).asOf).toBe(day('2025-03-31'));
    expect(buildReport(empty, makeOptions({ period: '2025', today: '2025-06-15' })).asOf).toBe(day('2025-06-15'));
    expect(buildReport(empty, makeOptions({ period: '2025', asOf: '2025-02-01' })).asOf).toBe(day('2025-02-01'));
  });

  it('warns once per negative cost of the period', () => {
    const records = {
      ...empty,
      costs: [
        makeCost({ line: 12, amountEuros: -250 }),
        makeCost({ line: 13, amountCents: -5 }),
        makeCost({ line: 14, amountEuros: 100 }),
        makeCost({ line: 15, date: '2024-06-01', amountEuros: -80 }),
      ],
    };
    expect(buildReport(records, makeOptions({ period: '2025' })).warnings).toEqual([
      { input: 'costs', line: 12, message: 'negative amount (credit note) of -250.00 included' },
      { input: 'costs', line: 13, message: 'negative amount (credit note) of -0.05 included' },
    ]);
  });

  it('never gives NaN or Infinity, only null with a reason', () => {
    const report = buildReport({ ...empty, costs: [makeCost({ amountEuros: 100 })] }, makeOptions({ period: '2025' }));
    const numbers: number[] = [];
    JSON.stringify(report.kpis, (_, value: unknown) => (typeof value === 'number' && numbers.push(value), value));
    expect(numbers.every(Number.isFinite)).toBe(true);
    const nullKpis = [
      'costPerHire',
      'recruitingCostRatio',
      'timeToFill',
      'onTimeRate',
      'qualityOfHire',
      'firstYearAttrition',
      'managerSatisfaction',
      'candidateSatisfaction',
      'effortHoursPerHire',
    ] as const;
    for (const key of nullKpis) expect(report.reasons[key], key).toBeTypeOf('string');
  });

  it('does not change its inputs', () => {
    const deepFreeze = <T>(value: T): T => {
      if (value !== null && typeof value === 'object' && !(value instanceof Map)) {
        Object.values(value).forEach(deepFreeze);
        Object.freeze(value);
      }
      return value;
    };
    const records: Records = deepFreeze({
      hires: [
        makeHire({ offerAccepted: '2025-03-01', vacancyOpened: '2025-01-20', dims: { department: 'IT' } }),
        makeHire({ offerAccepted: '2025-02-01', vacancyOpened: '2025-01-01' }),
        makeHire({ offerAccepted: null, vacancyOpened: '2025-02-01' }),
      ],
      costs: [makeCost({ amountEuros: 100 }), makeCost({ amountEuros: -5, dims: { department: 'IT' } })],
      hours: [makeHours({ hours: 2, role: 'interviewer' })],
    });
    const options = deepFreeze(makeOptions({ period: '2025', by: 'department', dayCount: 'business', holidays: ['2025-01-01'] }));
    const before = JSON.stringify(records);
    const report = buildReport(records, options);
    expect(JSON.stringify(records)).toBe(before);
    expect(report.kpis.timeToFill.n).toBe(2);
  });
});

describe('formatCentsPlain', () => {
  it('writes cents with a point and two decimals', () => {
    const written = [-25_000, 5, 123_456, 0].map(formatCentsPlain);
    expect(written).toEqual(['-250.00', '0.05', '1234.56', '0.00']);
  });
});
