import type { Listed } from '../record-list.js';
import { type ApplicationSteps, FUNNEL_STAGES, type FunnelStage, OUTCOMES, type Outcome } from './application.js';
import { outcomeOf } from './closing.js';
import { furthestStageGiven, stageRank } from './furthest-stage.js';
import { type Tally, tallied } from './tally.js';

/**
 * The applications of a list counted by outcome and furthest stage (see outcomeOf and
 * furthestStage): what the funnel, the outcomes and closedAt count. The process figures count
 * them in one pass over the cohort and read these counts three times: three passes, each reading
 * every application's dates again, were a tenth of the process figures of a large file.
 */
export interface StageOutcomes {
  /** The applications counted. */
  readonly total: number;
  /** Applications with the outcome whose furthest stage is the stage. */
  readonly count: (outcome: Outcome, stage: FunnelStage) => number;
}

/**
 * Counts each application of the list by its outcome and furthest stage:
 * count(o, s) = #{ a : outcomeOf(a) = o and furthestStage(a) = s }.
 *
 * @example stageOutcomes([rejected after screening, hired]).count('rejected', 'screening') // 1
 */
export function stageOutcomes(applications: Listed<ApplicationSteps>): StageOutcomes {
  return tallied(applications, new StageOutcomeTally());
}

/** stageOutcomes one application at a time (see Tally). */
export class StageOutcomeTally implements Tally<ApplicationSteps, StageOutcomes> {
  /** counts[o × stages + s], o and s the positions in OUTCOMES and FUNNEL_STAGES. */
  readonly #counts = new Array<number>(OUTCOMES.length * FUNNEL_STAGES.length).fill(0);
  #total = 0;

  add(application: ApplicationSteps): void {
    const outcome = outcomeOf(application);
    const at = OUTCOMES.indexOf(outcome) * FUNNEL_STAGES.length + stageRank(furthestStageGiven(application, outcome));
    this.#counts[at] = (this.#counts[at] as number) + 1;
    this.#total += 1;
  }

  result(): StageOutcomes {
    const counts = [...this.#counts];
    return { total: this.#total, count: (outcome, stage) => counts[OUTCOMES.indexOf(outcome) * FUNNEL_STAGES.length + stageRank(stage)] as number };
  }
}
