import type { Samples } from '../samples.js';
import { ACCOUNTING, type Basis, basesOf, NO_BASIS } from './basis.js';
import type { Metric, Polarity, Unit } from './metric.js';

interface Stats {
  readonly median: number | null;
  readonly mean: number | null;
  /** Absent in figures made before the comparison read it. */
  readonly p90?: number | null;
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

const metric = (key: string, unit: Unit, polarity: Polarity, value: number | null, basis: Basis): Metric => ({ key, unit, polarity, value, basis });

/**
 * The compared figures of one snapshot, each with its polarity (SPEC §5: costs (the cost of
 * vacancy estimates too), durations, attrition and effort lower is better; rates, quality,
 * satisfaction and value higher is better; counts neutral) and what it rests on (see Basis): a
 * share declares `s.proportion(name)`, a mean `s.mean(name)`, a median or p90 `s.median(name)` /
 * `s.p90(name)`, where `name` is its entry in the snapshot's samples block; money and hours per
 * hire are ACCOUNTING (the cost of vacancy too: an estimate over every hire, not a sample);
 * counts and composites NO_BASIS. `months` is the period's length, for hires per month; `samples`
 * is null for a snapshot without them.
 */
export function kpiMetrics(kpis: KpiFigures, months: number, value: ValueFigures | null = null, samples: Samples | null = null): Metric[] {
  const s = basesOf(samples);
  const metrics = [
    metric('hires', 'count', 'neutral', kpis.hires, NO_BASIS),
    metric('hiresPerMonth', 'count', 'neutral', months > 0 ? kpis.hires / months : null, NO_BASIS),
    metric('openVacancies', 'count', 'neutral', kpis.openVacancies.count, NO_BASIS),
    metric('openVacancyAge.median', 'days', 'lower', kpis.openVacancies.age.median, s.median('openVacancyAge')),
    metric('costs.total', 'money', 'lower', kpis.costs.total, ACCOUNTING),
    metric('costPerHire', 'money', 'lower', kpis.costPerHire, ACCOUNTING),
    metric('costPerHireComparable', 'money', 'lower', kpis.costPerHireComparable, ACCOUNTING),
    metric('externalCostPerHire', 'money', 'lower', kpis.externalCostPerHire, ACCOUNTING),
    metric('internalCostPerHire', 'money', 'lower', kpis.internalCostPerHire, ACCOUNTING),
    metric('recruitingCostRatio', 'percent', 'lower', kpis.recruitingCostRatio, ACCOUNTING),
    metric('timeToFill.median', 'days', 'lower', kpis.timeToFill.median, s.median('timeToFill')),
    metric('timeToFill.p90', 'days', 'lower', kpis.timeToFill.p90 ?? null, s.p90('timeToFill')),
    metric('timeToFill.mean', 'days', 'lower', kpis.timeToFill.mean, s.mean('timeToFill')),
    metric('timeToHire.median', 'days', 'lower', kpis.timeToHire.median, s.median('timeToHire')),
    metric('timeToStart.median', 'days', 'lower', kpis.timeToStart.median, s.median('timeToStart')),
    metric('onTimeRate', 'share', 'higher', kpis.onTimeRate.value, s.proportion('onTimeRate')),
    metric('qualityOfHire', 'index', 'higher', kpis.qualityOfHire.value, s.mean('qualityOfHire')),
    metric('firstYearAttrition', 'share', 'lower', kpis.firstYearAttrition.value, s.proportion('firstYearAttrition')),
    metric('managerSatisfaction', 'score', 'higher', kpis.managerSatisfaction.mean, s.mean('managerSatisfaction')),
    metric('candidateSatisfaction', 'score', 'higher', kpis.candidateSatisfaction.mean, s.mean('candidateSatisfaction')),
    metric('effortHoursPerHire', 'hours', 'lower', kpis.effortHoursPerHire, ACCOUNTING),
    metric('costOfVacancy.perHire', 'money', 'lower', kpis.costOfVacancy?.perHire ?? null, ACCOUNTING),
    metric('totalCostPerHire', 'money', 'lower', kpis.totalCostPerHire ?? null, ACCOUNTING),
  ];
  if (value === null) return metrics;
  return [...metrics, metric('value', 'index', 'higher', value.value, NO_BASIS), metric('weightedScore', 'score', 'higher', value.weightedScore, NO_BASIS)];
}
