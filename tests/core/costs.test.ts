import { describe, expect, it } from 'vitest';
import { costTotals, effortHours, timeCost } from '../../src/core/costs.js';
import { computeKpis, type KpiInput } from '../../src/core/kpis.js';
import type { Cost, HoursEntry } from '../../src/core/types.js';
import { makeContext, makeCost, makeHire, makeHours } from '../builders.js';

const BUSINESS = new Set(['hiring_manager', 'interviewer', 'management'] as const);

/** Two hires; €1 200 external, €800 internal, 2 × 7.5 h of an interviewer at €50, 10 h of a recruiter at €40. */
function twoHires(): KpiInput & { costs: Cost[]; hours: HoursEntry[] } {
  return {
    hires: [makeHire({ salaryEuros: 45_000 }), makeHire({ salaryEuros: 55_000 })],
    costs: [makeCost({ amountEuros: 1200, type: 'external' }), makeCost({ amountEuros: 800, type: 'internal' })],
    hours: [
      makeHours({ hours: 7.5, role: 'interviewer', rateEuros: 50 }),
      makeHours({ hours: 7.5, role: 'interviewer', rateEuros: 50 }),
      makeHours({ hours: 10, role: 'recruiter', rateEuros: 40 }),
    ],
    vacancies: [],
  };
}

describe('costs', () => {
  it('sums external, internal and time costs in cents', () => {
    // time = 2 × 7.5 × 5000 + 10 × 4000 = 75000 + 40000 = 115000; total = 120000 + 80000 + 115000
    const input = twoHires();
    expect(costTotals(input.costs, input.hours, BUSINESS)).toEqual({
      external: 120_000,
      internal: 80_000,
      time: 115_000,
      businessTime: 75_000,
      total: 315_000,
    });
  });

  it('rounds time to whole cents per row, then sums', () => {
    // 0.5 h × 1001 c = 500.5 → 501 per row; 3 × 501 = 1503 (rounding the sum would give 1502)
    const hours = [1, 2, 3].map(() => makeHours({ hours: 0.5, rateCents: 1001 }));
    expect(hours.map(timeCost)).toEqual([501, 501, 501]);
    expect(costTotals([], hours, BUSINESS).time).toBe(1503);
  });

  it('nets a credit note against the other costs', () => {
    const costs = [makeCost({ amountEuros: 1000 }), makeCost({ amountEuros: -250 })];
    expect(costTotals(costs, [], BUSINESS).external).toBe(75_000);
  });
});

describe('costPerHire', () => {
  it('divides all costs by hires in the period', () => {
    // (120000 + 80000 + 115000) / 2 hires = 315000 / 2 = 157500 cents
    expect(computeKpis(twoHires(), makeContext()).kpis.costPerHire).toBe(157_500);
  });

  it('leaves out the business roles time in the comparable figure', () => {
    // (315000 − 75000 interviewer time) / 2 = 120000 cents
    expect(computeKpis(twoHires(), makeContext()).kpis.costPerHireComparable).toBe(120_000);
  });

  it('splits into external and internal halves', () => {
    // external 120000 / 2 = 60000; internal (80000 + 115000) / 2 = 97500; 60000 + 97500 = 157500
    const { kpis } = computeKpis(twoHires(), makeContext());
    expect(kpis.externalCostPerHire).toBe(60_000);
    expect(kpis.internalCostPerHire).toBe(97_500);
  });

  it('is null with a reason when there are no hires', () => {
    const { kpis, reasons } = computeKpis({ ...twoHires(), hires: [] }, makeContext());
    expect(kpis.costs.total).toBe(315_000);
    const perHire = [kpis.costPerHire, kpis.costPerHireComparable, kpis.externalCostPerHire, kpis.internalCostPerHire];
    expect(perHire).toEqual([null, null, null, null]);
    expect(reasons).toMatchObject({
      costPerHire: 'no hires in the period',
      costPerHireComparable: 'no hires in the period',
      externalCostPerHire: 'no hires in the period',
      internalCostPerHire: 'no hires in the period',
      recruitingCostRatio: 'no hires in the period',
      effortHoursPerHire: 'no hires in the period',
      timeToFill: 'no hires in the period',
    });
  });
});

describe('recruitingCostRatio', () => {
  it('is the total cost over the salaries in percent', () => {
    // 315000 / (4500000 + 5500000) × 100 = 3.15
    expect(computeKpis(twoHires(), makeContext()).kpis.recruitingCostRatio).toBeCloseTo(3.15, 10);
  });

  it('uses the mean salary of the hires that have one', () => {
    // 3 hires: costPerHire 315000 / 3 = 105000; mean salary (4500000 + 5500000) / 2 = 5000000 → 2.1
    const input = twoHires();
    const { kpis } = computeKpis({ ...input, hires: [...input.hires, makeHire()] }, makeContext());
    expect(kpis.recruitingCostRatio).toBeCloseTo(2.1, 10);
  });

  it('is null with a reason when no hire has a salary', () => {
    const { kpis, reasons } = computeKpis({ ...twoHires(), hires: [makeHire()] }, makeContext());
    expect(kpis.recruitingCostRatio).toBeNull();
    expect(reasons.recruitingCostRatio).toBe('no hire in the period has a salary');
  });

  it('is null rather than Infinity when the salaries are 0', () => {
    const { kpis, reasons } = computeKpis({ ...twoHires(), hires: [makeHire({ salaryCents: 0 })] }, makeContext());
    expect(kpis.recruitingCostRatio).toBeNull();
    expect(reasons.recruitingCostRatio).toBe("the hires' salaries add up to 0");
  });
});

describe('effortHoursPerHire', () => {
  it('divides the business roles hours by the hires', () => {
    // interviewer 7.5 + 7.5 = 15 h (the recruiter's 10 h are not business effort); 15 / 2 = 7.5
    const { kpis } = computeKpis(twoHires(), makeContext());
    expect(kpis.effortHours).toBe(15);
    expect(kpis.effortHoursPerHire).toBe(7.5);
  });

  it('follows the configured business roles', () => {
    expect(effortHours(twoHires().hours, new Set(['recruiter'] as const))).toBe(10);
  });
});
