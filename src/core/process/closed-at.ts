import type { Listed } from '../record-list.js';
import type { Application } from './application.js';
import { type ClosedAtStage, CLOSING_STAGES, type ClosingStage } from './process-types.js';
import { stageOutcomes, type StageOutcomes } from './stage-outcomes.js';

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
  return closedAtOf(stageOutcomes(applications));
}

/** closedAt from the cohort's counts by outcome and furthest stage (see stageOutcomes and closedAt). */
export function closedAtOf(counted: StageOutcomes): Record<ClosingStage, ClosedAtStage> {
  // rejected(s) = count(rejected, s); withdrawn(s) = count(withdrawn, s) + count(declined, s)
  return Object.fromEntries(
    CLOSING_STAGES.map((stage) => [
      stage,
      { rejected: counted.count('rejected', stage), withdrawn: counted.count('withdrawn', stage) + counted.count('declined', stage) },
    ]),
  ) as Record<ClosingStage, ClosedAtStage>;
}
