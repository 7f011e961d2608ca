import { describe, expect, it } from 'vitest';
import { NO_COSTS_FILE, NO_HOURS_FILE, WITHOUT_TIME_COST } from '../../src/core/cost-kpis.js';
import { computeKpis, type KpiInput } from '../../src/core/kpis.js';
import { buildReport } from '../../src/core/report.js';
import { makeContext, makeCost, makeHire, makeHours, makeOptions } from '../builders.js';

/**
 * Two hires with salaries of €45 000 and €55 000; a costs file of €1 200 external and €800
 * internal; an hours file of 2 × 7.5 h of an interviewer at €50 and 10 h of a recruiter at €40.
 */
const hires = [makeHire({ salaryEuros: 45_000 }), makeHire({ salaryEuros: 55_000 })];
const costs = [makeCost({ amountEuros: 1200, type: 'external' }), makeCost({ amountEuros: 800, type: 'internal' })];
const hours = [
  makeHours({ hours: 7.5, role: 'interviewer', rateEuros: 50 }),
  makeHours({ hours: 7.5, role: 'interviewer', rateEuros: 50 }),
  makeHours({ hours: 10, role: 'recruiter', rateEuros: 40 }),
];
const kpisOf = (files: Pick<KpiInput, 'costs' | 'hours'>) => computeKpis({ hires, vacancies: hires, ...files }, makeContext());

describe('cost KPIs without a costs file', () => {
  const { kpis, reasons, notes } = kpisOf({ costs: null, hours });

  it('leaves every cost but time cost null with the reason "no costs file"', () => {
    // time = 2 × 7.5 h × 5000 + 10 h × 4000 = 75000 + 40000 = 115000 cents; business time 75000
    expect(kpis.costs).toEqual({ external: null, internal: null, time: 115_000, businessTime: 75_000, total: null });
    expect([kpis.costPerHire, kpis.costPerHireComparable, kpis.externalCostPerHire, kpis.internalCostPerHire, kpis.recruitingCostRatio]).toEqual([
      null, null, null, null, null,
    ]);
    for (const key of ['costs.external', 'costs.internal', 'costs.total', 'costPerHire', 'costPerHireComparable', 'externalCostPerHire', 'internalCostPerHire', 'recruitingCostRatio'] as const) {
      expect(reasons[key]).toBe(NO_COSTS_FILE);
    }
  });

  it('still takes effort from the hours file', () => {
    // business hours 7.5 + 7.5 = 15; 15 / 2 hires = 7.5
    expect(kpis.effortHours).toBe(15);
    expect(kpis.effortHoursPerHire).toBe(7.5);
    expect(reasons.effortHoursPerHire).toBeUndefined();
    expect(notes).toEqual({});
  });

  it('says "no costs file" rather than "no hires" when both are missing', () => {
    const none = computeKpis({ hires: [], vacancies: [], costs: null, hours }, makeContext());
    expect(none.reasons.costPerHire).toBe(NO_COSTS_FILE);
    expect(none.reasons.effortHoursPerHire).toBe('no hires in the period');
  });
});

describe('cost KPIs without an hours file', () => {
  const { kpis, reasons, notes } = kpisOf({ costs, hours: null });

  it('leaves time cost and effort null with the reason "no hours file"', () => {
    expect(kpis.costs).toEqual({ external: 120_000, internal: 80_000, time: null, businessTime: null, total: 200_000 });
    expect(kpis.effortHours).toBeNull();
    expect(kpis.effortHoursPerHire).toBeNull();
    const ofCosts = Object.entries(reasons).filter(([key]) => (key.startsWith('cost') && key !== 'costOfVacancy') || key.startsWith('effort') || key === 'recruitingCostRatio');
    expect(Object.fromEntries(ofCosts)).toEqual({
      'costs.time': NO_HOURS_FILE,
      'costs.businessTime': NO_HOURS_FILE,
      effortHours: NO_HOURS_FILE,
      effortHoursPerHire: NO_HOURS_FILE,
    });
  });

  it('computes the totals and costs per hire from the costs file alone, noting that', () => {
    // total = 120000 + 80000 = 200000; per hire 200000 / 2 = 100000; comparable (200000 − 0) / 2 = 100000;
    // external 120000 / 2 = 60000; internal (80000 + 0) / 2 = 40000;
    // ratio = 100000 / mean salary 5000000 × 100 = 2 (%)
    expect(kpis.costPerHire).toBe(100_000);
    expect(kpis.costPerHireComparable).toBe(100_000);
    expect(kpis.externalCostPerHire).toBe(60_000);
    expect(kpis.internalCostPerHire).toBe(40_000);
    expect(kpis.recruitingCostRatio).toBeCloseTo(2, 10);
    // the external cost per hire has no time in it, so it leaves nothing out
    expect(notes).toEqual({
      'costs.total': WITHOUT_TIME_COST,
      costPerHire: WITHOUT_TIME_COST,
      costPerHireComparable: WITHOUT_TIME_COST,
      internalCostPerHire: WITHOUT_TIME_COST,
      recruitingCostRatio: WITHOUT_TIME_COST,
    });
  });

  it('notes no figure that has no value', () => {
    const none = computeKpis({ hires: [], vacancies: [], costs, hours: null }, makeContext());
    expect(none.notes).toEqual({ 'costs.total': WITHOUT_TIME_COST });
  });
});

describe('cost KPIs of files given without rows in the period', () => {
  it('are real zeros', () => {
    const { kpis, reasons, notes } = kpisOf({ costs: [], hours: [] });
    expect(kpis.costs).toEqual({ external: 0, internal: 0, time: 0, businessTime: 0, total: 0 });
    expect([kpis.costPerHire, kpis.costPerHireComparable, kpis.recruitingCostRatio, kpis.effortHours, kpis.effortHoursPerHire]).toEqual([0, 0, 0, 0, 0]);
    expect(Object.keys(reasons).filter((key) => (key.startsWith('cost') && key !== 'costOfVacancy') || key.startsWith('effort'))).toEqual([]);
    expect(notes).toEqual({});
  });

  it('in a report: a cost dated outside the period gives 0, no costs file gives null', () => {
    // the cost is dated 2025-03-01, the period is 2025-Q2
    const given = buildReport({ hires, costs, hours }, makeOptions({ period: '2025-Q2' }));
    const absent = buildReport({ hires, costs: null, hours: null }, makeOptions({ period: '2025-Q2' }));
    expect(given.kpis.costs.total).toBe(0);
    expect(given.kpis.effortHours).toBe(0);
    expect(absent.kpis.costs.total).toBeNull();
    expect(absent.kpis.effortHours).toBeNull();
  });
});

describe('a report without costs and hours files', () => {
  const report = buildReport({ hires, costs: null, hours: null }, makeOptions({ period: '2025-Q1' }));

  it('measures no cost, time cost or effort figure', () => {
    expect(report.kpis.costs).toEqual({ external: null, internal: null, time: null, businessTime: null, total: null });
    expect([report.kpis.costPerHire, report.kpis.recruitingCostRatio, report.kpis.effortHours, report.kpis.effortHoursPerHire]).toEqual([null, null, null, null]);
    expect(report.notes).toEqual({});
  });

  it('gives the reasons in the order of the KPIs, each cost figure in the place of the cost block', () => {
    expect(Object.keys(report.reasons).slice(0, 6)).toEqual(['openVacancies', 'costs.external', 'costs.internal', 'costs.time', 'costs.businessTime', 'costs.total']);
    // The cost of vacancy's three figures (no vacancyCost) follow effort, the last KPIs.
    expect(Object.keys(report.reasons).slice(-4)).toEqual(['effortHoursPerHire', 'costOfVacancy', 'totalCostPerHire', 'openVacancyCost']);
  });
});
