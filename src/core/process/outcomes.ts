import { divideOrNull } from '../measured.js';
import type { Listed } from '../record-list.js';
import { type Application, FUNNEL_STAGES, OUTCOMES, type Outcome } from './application.js';
import { type StageOutcomes, stageOutcomes } from './stage-outcomes.js';
import type { CountShare } from './process-types.js';

/**
 * The outcomes of a cohort (SPEC §10): per outcome (active, hired, rejected, withdrawn, declined)
 * count = applications with that outcome and share = count / applications (null for no
 * applications). Judged on the applications as they stood on the as-of date (see seenOn): one
 * closed after it is active. An outcome known only from `status` counts as that outcome.
 *
 * @example
 * // hired, rejected, rejected, active
 * outcomes(apps).rejected // { count: 2, share: 0.5 }
 */
export function outcomes(applications: Listed<Application>): Record<Outcome, CountShare> {
  return outcomesOf(stageOutcomes(applications));
}

/** The outcomes from the cohort's counts by outcome and furthest stage (see stageOutcomes and outcomes). */
export function outcomesOf(counted: StageOutcomes): Record<Outcome, CountShare> {
  const { total } = counted;
  return Object.fromEntries(
    OUTCOMES.map((outcome) => {
      // count(o) = Σ_s count(o, s)
      const count = FUNNEL_STAGES.reduce((sum, stage) => sum + counted.count(outcome, stage), 0);
      return [outcome, { count, share: divideOrNull(count, total) }];
    }),
  ) as Record<Outcome, CountShare>;
}
