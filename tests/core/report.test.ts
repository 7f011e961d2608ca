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

  it('judges on the as-of date, today unless given, and counts open vacancies at the period end or that date if earlier', () => {
    const q1 = buildReport(empty, makeOptions({ period: '2025-Q1', today: '2026-01-15' }));
    expect([q1.asOf, q1.openVacanciesOn]).toEqual([day('2026-01-15'), day('2025-03-31')]);
    const early = buildReport(empty, makeOptions({ period: '2025', today: '2025-06-15' }));
    expect([early.asOf, early.openVacanciesOn]).toEqual([day('2025-06-15'), day('2025-06-15')]);
    const given = buildReport(empty, makeOptions({ period: '2025', asOf: '2025-02-01' }));
    expect([given.asOf, given.openVacanciesOn]).toEqual([day('2025-02-01'), day('2025-02-01')]);
  });

  it('never counts a vacancy opened after the period as open in it, whatever the as-of date', () => {
    // 2025 judged as of 2026-06-30: S = 2025-12-31. Opened 2026-02-01 → not open in 2025; opened
    // 2025-11-01 and filled 2026-01-20 → open on S, 60 days old (30 + 30)
    const hires = [
      makeHire({ vacancyOpened: '2026-02-01', offerAccepted: null }),
      makeHire({ vacancyOpened: '2025-11-01', offerAccepted: '2026-01-20' }),
    ];
    const report = buildReport({ ...empty, hires }, makeOptions({ period: '2025', asOf: '2026-06-30' }));
    expect(report.kpis.openVacancies).toMatchObject({ count: 1, age: { n: 1, mean: 60 } });
    expect(report.distributions.openVacancyAge.map((bin) => bin.count)).toEqual([0, 1, 0, 0]);
  });

  it('measures the first years of a nulmeting of last year on the as-of date, not at its period end', () => {
    // 2024's hires started 2024-02-01 (left 2024-08-01, after 182 days) and 2024-03-04 (stayed);
    // as of 2026-01-15 (today) both first years are over: attrition 1 / 2, and quality has the
    // retention signal (0 and 1): (0 + 1) / 2 = 0.5
    const hires = [
      makeHire({ offerAccepted: '2024-01-10', startDate: '2024-02-01', leftDate: '2024-08-01' }),
      makeHire({ offerAccepted: '2024-02-10', startDate: '2024-03-04' }),
    ];
    const report = buildReport({ ...empty, hires }, makeOptions({ period: '2024', today: '2026-01-15' }));
    expect(report.kpis.firstYearAttrition).toEqual({ n: 2, value: 0.5 });
    expect(report.kpis.qualityOfHire).toEqual({ n: 2, value: 0.5 });
    // judged at the period end, as before, no first year would be over
    const atEnd = buildReport({ ...empty, hires }, makeOptions({ period: '2024', asOf: '2024-12-31' }));
    expect(atEnd.reasons.firstYearAttrition).toBe('no hire has completed a first year by 2024-12-31');
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
