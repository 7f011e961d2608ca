import { divideOrNull } from '../measured.js';
import type { Listed } from '../record-list.js';
import { type Application, FUNNEL_STAGES, OUTCOMES } from './application.js';
import { type StageOutcomes, stageOutcomes } from './stage-outcomes.js';
import type { FunnelStep } from './process-types.js';

/**
 * How many applications reached each stage: counts[i] = applications whose furthest stage is
 * FUNNEL_STAGES[i] or a later one (see furthestStage).
 *
 * @example reachedCounts([furthest applied, furthest interview, furthest hired]) // [3, 2, 2, 1, 1]
 */
export function reachedCounts(applications: Listed<Application>): number[] {
  return reachedCountsOf(stageOutcomes(applications));
}

/** reachedCounts from the applications' counts by outcome and furthest stage (see stageOutcomes). */
function reachedCountsOf(counted: StageOutcomes): number[] {
  // furthest(i) = Σ_o count(o, FUNNEL_STAGES[i])
  const furthest = FUNNEL_STAGES.map((stage) => OUTCOMES.reduce((sum, outcome) => sum + counted.count(outcome, stage), 0));
  // reached(i) = Σ_{j ≥ i} furthest(j)
  const counts = [...furthest];
  for (let i = counts.length - 2; i >= 0; i -= 1) counts[i] = (counts[i] as number) + (counts[i + 1] as number);
  return counts;
}

/**
 * The funnel of a cohort (SPEC §10): per stage applied → screening → interview → offer → hired,
 * reached = applications whose furthest stage is this one or later,
 * share = reached / applications (every application reached `applied`; null for none), and
 * passThrough = reached(next) / reached(this) (null for hired, or when reached is 0).
 *
 * @example
 * // furthest stages: applied, screening, interview, hired (4 applications)
 * funnel(apps).map((s) => [s.reached, s.share, s.passThrough])
 * // [[4, 1, 3/4], [3, 3/4, 2/3], [2, 1/2, 1/2], [1, 1/4, 1], [1, 1/4, null]]
 */
export function funnel(applications: Listed<Application>): FunnelStep[] {
  return funnelOf(stageOutcomes(applications));
}

/** The funnel from the cohort's counts by outcome and furthest stage (see stageOutcomes and funnel). */
export function funnelOf(counted: StageOutcomes): FunnelStep[] {
  const counts = reachedCountsOf(counted);
  const total = counts[0] as number;
  return FUNNEL_STAGES.map((stage, i) => {
    const here = counts[i] as number;
    const next = counts[i + 1];
    return { stage, reached: here, share: divideOrNull(here, total), passThrough: next === undefined ? null : divideOrNull(next, here) };
  });
}

/**
 * Conversion: hired / applications of the cohort, hired counting status-only hires too.
 *
 * @example conversion(4 applications, 1 hired) // 0.25
 */
export function conversion(applications: number, hired: number): number | null {
  return divideOrNull(hired, applications);
}

/**
 * Applications per hire: applications / hired of the cohort; null without a hire.
 *
 * @example applicationsPerHire(10, 2) // 5
 */
export function applicationsPerHire(applications: number, hired: number): number | null {
  return divideOrNull(applications, hired);
}
