import { type Samples, sortedValues } from '../samples.js';
import type { Proportion } from '../stats/wilson.js';
import { countWithin } from './agreed-durations.js';
import { FUNNEL_STAGES } from './application.js';
import { type ProcessKpis, TIMED_STAGES, type TimedStage } from './process-types.js';

/** The duration values the process figures were computed from. */
export interface ProcessValues {
  readonly responses: ArrayLike<number>;
  readonly stageValues: ReadonlyMap<TimedStage, ArrayLike<number>>;
  readonly feedback: ArrayLike<number>;
  /** The accepted offers among those decided in the period. */
  readonly acceptedOffers: number;
}

const within = (values: ArrayLike<number>, agreement: number): Proportion => ({ successes: countWithin(values, agreement), n: values.length });

/**
 * The samples behind the process figures that a comparison puts an interval on, named
 * `process.<figure>`: proportions for each stage's passThrough (reached(next) of reached), the
 * conversion (hired of applications), the withdrawn share, offer acceptance (hired of decided) and
 * both withinAgreement shares; the sorted values behind the medians of time to first response,
 * time in each stage and feedback time.
 *
 * @example processSamples(kpis, values).proportions['process.conversion'] // { successes: 12, n: 240 }
 */
export function processSamples(kpis: ProcessKpis, values: ProcessValues): Samples {
  const passThrough = FUNNEL_STAGES.slice(0, -1).map((stage, i): [string, Proportion] => [
    `process.funnel.${stage}.passThrough`,
    { successes: kpis.funnel[i + 1]?.reached ?? 0, n: kpis.funnel[i]?.reached ?? 0 },
  ]);
  return {
    proportions: {
      ...Object.fromEntries(passThrough),
      'process.conversion': { successes: kpis.outcomes.hired.count, n: kpis.applications },
      'process.outcomes.withdrawn': { successes: kpis.outcomes.withdrawn.count, n: kpis.applications },
      'process.offerAcceptanceRate': { successes: values.acceptedOffers, n: kpis.offerAcceptanceRate.n },
      'process.timeToFirstResponse.withinAgreement': within(values.responses, kpis.timeToFirstResponse.agreement),
      'process.feedbackTime.withinAgreement': within(values.feedback, kpis.feedbackTime.agreement),
    },
    means: {},
    values: {
      'process.timeToFirstResponse': sortedValues(values.responses),
      ...Object.fromEntries(TIMED_STAGES.map((stage) => [`process.timeInStage.${stage}`, sortedValues(values.stageValues.get(stage) ?? [])])),
      'process.feedbackTime': sortedValues(values.feedback),
    },
  };
}
