import { describe, expect, it } from 'vitest';
import { type KpiFigures, kpiMetrics } from '../../../src/core/compare/kpi-metrics.js';

const stats = { mean: 40, median: 35 };
const KPIS: KpiFigures = {
  hires: 12,
  openVacancies: { count: 3, age: stats },
  costs: { total: 48000 },
  costPerHire: 4000,
  costPerHireComparable: 3500,
  externalCostPerHire: 2500,
  internalCostPerHire: 1500,
  recruitingCostRatio: 9.5,
  timeToFill: stats,
  timeToHire: stats,
  timeToStart: stats,
  onTimeRate: { value: 0.75 },
  qualityOfHire: { value: 0.8 },
  firstYearAttrition: { value: 0.1 },
  managerSatisfaction: { mean: 7.5 },
  candidateSatisfaction: { mean: 8 },
  effortHoursPerHire: 6,
};

describe('kpiMetrics', () => {
  it('gives every compared figure its polarity', () => {
    const polarity = Object.fromEntries(kpiMetrics(KPIS, 12, { value: 1.02, weightedScore: 88 }).map((m) => [m.key, m.polarity]));
    expect(polarity).toEqual({
      hires: 'neutral',
      hiresPerMonth: 'neutral',
      openVacancies: 'neutral',
      'openVacancyAge.median': 'lower',
      'costs.total': 'lower',
      costPerHire: 'lower',
      costPerHireComparable: 'lower',
      externalCostPerHire: 'lower',
      internalCostPerHire: 'lower',
      recruitingCostRatio: 'lower',
      'timeToFill.median': 'lower',
      'timeToFill.p90': 'lower',
      'timeToFill.mean': 'lower',
      'timeToHire.median': 'lower',
      'timeToStart.median': 'lower',
      onTimeRate: 'higher',
      qualityOfHire: 'higher',
      firstYearAttrition: 'lower',
      managerSatisfaction: 'higher',
      candidateSatisfaction: 'higher',
      effortHoursPerHire: 'lower',
      'costOfVacancy.perHire': 'lower',
      totalCostPerHire: 'lower',
      value: 'higher',
      weightedScore: 'higher',
    });
  });

  it('divides hires by the months of the period', () => {
    // 12 hires over a quarter: 12 / 3 = 4 a month
    const perMonth = kpiMetrics(KPIS, 3).find((m) => m.key === 'hiresPerMonth');
    expect(perMonth?.value).toBe(4);
  });

  it('gives every compared figure what it rests on', () => {
    const basis = Object.fromEntries(kpiMetrics(KPIS, 12, { value: 1.02, weightedScore: 88 }).map((m) => [m.key, m.basis.kind === 'quantile' ? `quantile ${m.basis.p}` : m.basis.kind]));
    expect(basis).toEqual({
      hires: 'none',
      hiresPerMonth: 'none',
      openVacancies: 'none',
      'openVacancyAge.median': 'quantile 0.5',
      'costs.total': 'accounting',
      costPerHire: 'accounting',
      costPerHireComparable: 'accounting',
      externalCostPerHire: 'accounting',
      internalCostPerHire: 'accounting',
      recruitingCostRatio: 'accounting',
      'timeToFill.median': 'quantile 0.5',
      'timeToFill.p90': 'quantile 0.9',
      'timeToFill.mean': 'mean',
      'timeToHire.median': 'quantile 0.5',
      'timeToStart.median': 'quantile 0.5',
      onTimeRate: 'proportion',
      qualityOfHire: 'mean',
      firstYearAttrition: 'proportion',
      managerSatisfaction: 'mean',
      candidateSatisfaction: 'mean',
      effortHoursPerHire: 'accounting',
      // estimates over every hire, from the config's daily cost: bookkeeping, not a sample
      'costOfVacancy.perHire': 'accounting',
      totalCostPerHire: 'accounting',
      value: 'none',
      weightedScore: 'none',
    });
  });

  it("takes each sample from the snapshot's samples block, and none without it", () => {
    const samples = {
      proportions: { onTimeRate: { successes: 3, n: 4 } },
      means: { timeToFill: { n: 2, mean: 35, sd: 7.07 } },
      values: { timeToFill: { n: 2, sorted: [30, 40] } },
    };
    const byKey = new Map(kpiMetrics(KPIS, 12, null, samples).map((m) => [m.key, m.basis]));
    expect(byKey.get('onTimeRate')).toEqual({ kind: 'proportion', sample: { successes: 3, n: 4 } });
    expect(byKey.get('timeToFill.mean')).toEqual({ kind: 'mean', sample: { n: 2, mean: 35, sd: 7.07 } });
    expect(byKey.get('timeToFill.p90')).toEqual({ kind: 'quantile', p: 0.9, sample: { n: 2, sorted: [30, 40] } });
    // a sample the block does not hold, and a snapshot without a block
    expect(byKey.get('firstYearAttrition')).toEqual({ kind: 'proportion', sample: null });
    expect(kpiMetrics(KPIS, 12).find((m) => m.key === 'onTimeRate')?.basis).toEqual({ kind: 'proportion', sample: null });
  });

  it('leaves the value figures out when the snapshot has no value block', () => {
    expect(kpiMetrics(KPIS, 12).some((m) => m.key === 'value')).toBe(false);
  });

  it('reads the cost of vacancy estimates, and has none for a snapshot saved before them', () => {
    const figures = (kpis: KpiFigures) => kpiMetrics(kpis, 12).filter((m) => m.key === 'totalCostPerHire' || m.key.startsWith('costOfVacancy'));
    const withVacancy = { ...KPIS, costOfVacancy: { perHire: 4550 }, totalCostPerHire: 8550 };
    expect(figures(withVacancy).map((m) => [m.key, m.value])).toEqual([
      ['costOfVacancy.perHire', 4550],
      ['totalCostPerHire', 8550],
    ]);
    expect(figures(KPIS).map((m) => [m.key, m.value])).toEqual([
      ['costOfVacancy.perHire', null],
      ['totalCostPerHire', null],
    ]);
  });
});
