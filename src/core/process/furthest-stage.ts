import { type ApplicationSteps, FUNNEL_STAGES, type FunnelStage, type Outcome } from './application.js';
import { outcomeOf } from './closing.js';

/**
 * The furthest stage of the funnel an application reached (SPEC §10): hired when it was hired (by
 * date or status); offer with an offer date or a declined offer (a declined offer was made);
 * interview with an interview or feedback date; screening with a screened date; else applied.
 * A skipped stage is reached all the same when a later one is: reaching a stage implies the earlier ones.
 *
 * @example furthestStage({ …, screened: null, interview: { day: 20100, minute: null } }) // 'interview'
 * @example furthestStage({ …, status: 'declined' }) // 'offer'
 */
export function furthestStage(application: ApplicationSteps): FunnelStage {
  return furthestStageGiven(application, outcomeOf(application));
}

/**
 * furthestStage of an application whose outcome (outcomeOf) is known: a figure that needs both
 * reads the closing dates once, not twice.
 *
 * @example furthestStageGiven({ …, interview: { day: 20100, minute: null } }, 'rejected') // 'interview'
 */
export function furthestStageGiven(application: ApplicationSteps, outcome: Outcome): FunnelStage {
  if (outcome === 'hired') return 'hired';
  if (application.offer !== null || outcome === 'declined') return 'offer';
  if (application.interview !== null || application.feedback !== null) return 'interview';
  if (application.screened !== null) return 'screening';
  return 'applied';
}

/**
 * The position of a stage in the funnel: applied 0, screening 1, interview 2, offer 3, hired 4.
 *
 * @example stageRank('interview') // 2
 */
export function stageRank(stage: FunnelStage): number {
  return FUNNEL_STAGES.indexOf(stage);
}

/**
 * Whether an application reached a stage: its furthest stage is that one or a later one.
 *
 * @example reached({ …, offer: { day: 20100, minute: null } }, 'screening') // true
 */
export function reached(application: ApplicationSteps, stage: FunnelStage): boolean {
  return stageRank(furthestStage(application)) >= stageRank(stage);
}

/**
 * reached for an application whose outcome (outcomeOf) is known: the closing dates read once.
 *
 * @example reachedGiven({ …, offer: { day: 20100, minute: null } }, 'active', 'screening') // true
 */
export function reachedGiven(application: ApplicationSteps, outcome: Outcome, stage: FunnelStage): boolean {
  return stageRank(furthestStageGiven(application, outcome)) >= stageRank(stage);
}
