import type { Samples } from '../samples.js';
import { basesOf, NO_BASIS } from './basis.js';
import type { Metric } from './metric.js';

interface Median {
  readonly median: number | null;
}

interface Agreed extends Median {
  /** The agreed time the share is measured against (SPEC §11.4): days for a first response, hours for feedback. */
  readonly agreement: number;
  readonly withinAgreement: { readonly value: number | null };
}

/** The figures of a snapshot's `process.kpis` that a comparison reads (as saved: days, hours, shares). */
export interface ProcessFigures {
  readonly applications: number;
  readonly funnel: readonly { readonly stage: string; readonly passThrough: number | null }[];
  readonly conversion: number | null;
  readonly outcomes: { readonly withdrawn: { readonly share: number | null } };
  readonly offerAcceptanceRate: { readonly value: number | null };
  readonly timeToFirstResponse: Agreed;
  readonly timeInStage: Readonly<Record<string, Median>>;
  readonly feedbackTime: Agreed;
}

/**
 * The compared process figures of one snapshot (SPEC §10: in `compare` too), each with its polarity
 * and basis: pass-through per stage, conversion, offer acceptance and the within-agreement shares
 * higher is better, and rest on their counts (`process.<figure>` in the samples, Newcombe's
 * interval); the withdrawn share lower is better; the medians of time to first response, time in
 * each stage (days) and feedback time (hours) lower is better, on their sorted values (a bootstrap);
 * the number of applications is a count, neutral. Availability and drop-out are not compared:
 * a Kaplan–Meier curve and a table of buckets have no single figure with a sampling interval here.
 * A snapshot without an applications file (process null) has none of them.
 *
 * @example processMetrics(snapshot.process.kpis, snapshot.samples).find((m) => m.key === 'process.conversion')
 * // { key: 'process.conversion', unit: 'share', polarity: 'higher', value: 0.0398, basis: { kind: 'proportion', … } }
 */
export function processMetrics(process: ProcessFigures | null, samples: Samples | null): Metric[] {
  if (process === null) return [];
  const s = basesOf(samples);
  const passThrough = process.funnel
    .filter((step) => step.stage !== 'hired')
    .map((step): Metric => {
      const key = `process.funnel.${step.stage}.passThrough`;
      return { key, unit: 'share', polarity: 'higher', value: step.passThrough, basis: s.proportion(key) };
    });
  const stages = Object.entries(process.timeInStage).map(
    ([stage, stats]): Metric => ({ key: `process.timeInStage.${stage}.median`, unit: 'days', polarity: 'lower', value: stats.median, basis: s.median(`process.timeInStage.${stage}`) }),
  );
  return [
    { key: 'process.applications', unit: 'count', polarity: 'neutral', value: process.applications, basis: NO_BASIS },
    ...passThrough,
    { key: 'process.conversion', unit: 'share', polarity: 'higher', value: process.conversion, basis: s.proportion('process.conversion') },
    { key: 'process.outcomes.withdrawn', unit: 'share', polarity: 'lower', value: process.outcomes.withdrawn.share, basis: s.proportion('process.outcomes.withdrawn') },
    { key: 'process.offerAcceptanceRate', unit: 'share', polarity: 'higher', value: process.offerAcceptanceRate.value, basis: s.proportion('process.offerAcceptanceRate') },
    { key: 'process.timeToFirstResponse.median', unit: 'days', polarity: 'lower', value: process.timeToFirstResponse.median, basis: s.median('process.timeToFirstResponse') },
    {
      key: 'process.timeToFirstResponse.withinAgreement',
      unit: 'share',
      polarity: 'higher',
      value: process.timeToFirstResponse.withinAgreement.value,
      basis: s.proportion('process.timeToFirstResponse.withinAgreement'),
    },
    ...stages,
    { key: 'process.feedbackTime.median', unit: 'hours', polarity: 'lower', value: process.feedbackTime.median, basis: s.median('process.feedbackTime') },
    {
      key: 'process.feedbackTime.withinAgreement',
      unit: 'share',
      polarity: 'higher',
      value: process.feedbackTime.withinAgreement.value,
      basis: s.proportion('process.feedbackTime.withinAgreement'),
    },
  ];
}
