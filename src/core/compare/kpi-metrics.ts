import type { Metric, Polarity, Unit } from './metric.js';

interface Stats {
  readonly median: number | null;
  readonly mean: number | null;
}

/**
 * The figures of a snapshot's `kpis` that a comparison reads (the report document's shape, in
 * currency units and days as saved).
 */
export interface KpiFigures {
  readonly hires: number;
  readonly openVacancies: { readonly count: number | null; readonly age: Stats };
  readonly costs: { readonly total: number | null };
  readonly costPerHire: number | null;
  readonly costPerHireComparable: number | null;
  readonly externalCostPerHire: number | null;
  readonly internalCostPerHire: number | null;
  readonly recruitingCostRatio: number | null;
  readonly timeToFill: Stats;
  readonly timeToHire: Stats;
  readonly timeToStart: Stats;
  readonly onTimeRate: { readonly value: number | null };
  readonly qualityOfHire: { readonly value: number | null };
  readonly firstYearAttrition: { readonly value: number | null };
  readonly managerSatisfaction: { readonly mean: number | null };
  readonly candidateSatisfaction: { readonly mean: number | null };
  readonly effortHoursPerHire: number | null;
  /** Absent from snapshots saved before the cost of vacancy. */
  readonly costOfVacancy?: { readonly perHire: number | null };
  readonly totalCostPerHire?: number | null;
}

/** The value block of a snapshot, when it has one. */
export interface ValueFigures {
  readonly value: number | null;
  readonly weightedScore: number | null;
}

const metric = (key: string, unit: Unit, polarity: Polarity, value: number | null): Metric => ({ key, unit, polarity, value });

/**
 * The compared figures of one snapshot with their polarity (SPEC §5): costs (the cost of vacancy
 * estimates too), durations, attrition and effort lower is better; rates, quality, satisfaction and value higher is better;
 * counts neutral. `months` is the period's length, for hires per month.
 */
export function kpiMetrics(kpis: KpiFigures, months: number, value: ValueFigures | null = null): Metric[] {
  const metrics = [
    metric('hires', 'count', 'neutral', kpis.hires),
    metric('hiresPerMonth', 'count', 'neutral', months > 0 ? kpis.hires / months : null),
    metric('openVacancies', 'count', 'neutral', kpis.openVacancies.count),
    metric('openVacancyAge.median', 'days', 'lower', kpis.openVacancies.age.median),
    metric('costs.total', 'money', 'lower', kpis.costs.total),
    metric('costPerHire', 'money', 'lower', kpis.costPerHire),
    metric('costPerHireComparable', 'money', 'lower', kpis.costPerHireComparable),
    metric('externalCostPerHire', 'money', 'lower', kpis.externalCostPerHire),
    metric('internalCostPerHire', 'money', 'lower', kpis.internalCostPerHire),
    metric('recruitingCostRatio', 'percent', 'lower', kpis.recruitingCostRatio),
    metric('timeToFill.median', 'days', 'lower', kpis.timeToFill.median),
    metric('timeToFill.mean', 'days', 'lower', kpis.timeToFill.mean),
    metric('timeToHire.median', 'days', 'lower', kpis.timeToHire.median),
    metric('timeToStart.median', 'days', 'lower', kpis.timeToStart.median),
    metric('onTimeRate', 'share', 'higher', kpis.onTimeRate.value),
    metric('qualityOfHire', 'index', 'higher', kpis.qualityOfHire.value),
    metric('firstYearAttrition', 'share', 'lower', kpis.firstYearAttrition.value),
    metric('managerSatisfaction', 'score', 'higher', kpis.managerSatisfaction.mean),
    metric('candidateSatisfaction', 'score', 'higher', kpis.candidateSatisfaction.mean),
    metric('effortHoursPerHire', 'hours', 'lower', kpis.effortHoursPerHire),
    metric('costOfVacancy.perHire', 'money', 'lower', kpis.costOfVacancy?.perHire ?? null),
    metric('totalCostPerHire', 'money', 'lower', kpis.totalCostPerHire ?? null),
  ];
  if (value === null) return metrics;
  return [...metrics, metric('value', 'index', 'higher', value.value), metric('weightedScore', 'score', 'higher', value.weightedScore)];
}
