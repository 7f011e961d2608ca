import { divideOrNull } from '../measured.js';
import type { Listed } from '../record-list.js';
import { type Application, OUTCOMES, type Outcome } from './application.js';
import { outcomeOf } from './closing.js';
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
  const counts = new Map<Outcome, number>(OUTCOMES.map((outcome) => [outcome, 0]));
  for (const application of applications) {
    const outcome = outcomeOf(application);
    counts.set(outcome, (counts.get(outcome) as number) + 1);
  }
  const total = applications.length;
  return Object.fromEntries(
    OUTCOMES.map((outcome) => {
      const count = counts.get(outcome) as number;
      return [outcome, { count, share: divideOrNull(count, total) }];
    }),
  ) as Record<Outcome, CountShare>;
}
