import type { Listed } from '../record-list.js';
import type { Application } from './application.js';
import { candidateLeft, outcomeOf } from './closing.js';
import { furthestStage } from './furthest-stage.js';
import { type ClosedAtStage, CLOSING_STAGES, type ClosingStage } from './process-types.js';

/**
 * Where the closed applications of a cohort ended without a hire (SPEC §10): per furthest stage
 * (applied, screening, interview, offer), `rejected` = the organisation rejected them there and
 * `withdrawn` = the candidate withdrew or declined there. A declined offer closes at offer. Status-only
 * outcomes count; an application closed after the as-of date is active (see seenOn) and not counted.
 *
 * @example
 * // rejected after screening; withdrew after an interview; declined an offer
 * closedAt(apps) // { applied: 0/0, screening: { rejected: 1, withdrawn: 0 }, interview: { 0, 1 }, offer: { 0, 1 } }
 */
export function closedAt(applications: Listed<Application>): Record<ClosingStage, ClosedAtStage> {
  const counts = new Map<ClosingStage, { rejected: number; withdrawn: number }>(CLOSING_STAGES.map((stage) => [stage, { rejected: 0, withdrawn: 0 }]));
  for (const application of applications) {
    const outcome = outcomeOf(application);
    const stage = furthestStage(application);
    const row = stage === 'hired' ? undefined : counts.get(stage);
    if (row === undefined) continue;
    if (outcome === 'rejected') row.rejected += 1;
    else if (candidateLeft(outcome)) row.withdrawn += 1;
  }
  return Object.fromEntries([...counts].map(([stage, row]) => [stage, { ...row }])) as Record<ClosingStage, ClosedAtStage>;
}
