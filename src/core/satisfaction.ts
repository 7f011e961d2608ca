import { type HireColumn, type HireColumns, lackingAll } from './hire-columns.js';
import { meanOrNull, type Measured } from './measured.js';
import type { Listed } from './record-list.js';
import { normaliseOnScale } from './scale.js';
import type { Hire, Satisfaction, Scale } from './types.js';

function satisfaction(scores: ArrayLike<number>, scale: Scale, column: HireColumn, columns: HireColumns): Measured<Satisfaction> {
  const mean = meanOrNull(scores);
  return {
    kpi: { n: scores.length, mean, normalised: mean === null ? null : normaliseOnScale(mean, scale) },
    reason: mean === null ? (lackingAll(columns, column) ?? `no hire in the period has a ${column} score`) : null,
  };
}

/**
 * The scores of the hires that have one, in the order of the hires.
 *
 * @example scoresOf(hires, (h) => h.managerSatisfaction) // [8, 9]
 */
export function scoresOf(hires: Listed<Hire>, score: (hire: Hire) => number | null): number[] {
  const scores: number[] = [];
  for (const hire of hires) {
    const value = score(hire);
    if (value !== null) scores.push(value);
  }
  return scores;
}

/**
 * Hiring managers' satisfaction: mean score over the hires that have one, and that mean on 0..1
 * of the satisfaction scale: (mean − min) / (max − min).
 *
 * @example
 * // scores 8 and 9 on 1–10: mean 8.5, normalised (8.5 − 1) / 9 = 0.8333…
 * managerSatisfaction(hires, { min: 1, max: 10 }, columns).kpi // { n: 2, mean: 8.5, normalised: 0.8333… }
 */
export function managerSatisfaction(hires: Listed<Hire>, scale: Scale, columns: HireColumns): Measured<Satisfaction> {
  return managerSatisfactionFrom(scoresOf(hires, (h) => h.managerSatisfaction), scale, columns);
}

/**
 * Hiring managers' satisfaction from the scores of the hires that have one (see scoresOf): their
 * mean, and (mean − min) / (max − min).
 *
 * @example managerSatisfactionFrom([8, 9], { min: 1, max: 10 }, columns).kpi // { n: 2, mean: 8.5, normalised: 7.5 / 9 = 0.8333… }
 */
export function managerSatisfactionFrom(scores: ArrayLike<number>, scale: Scale, columns: HireColumns): Measured<Satisfaction> {
  return satisfaction(scores, scale, 'manager_satisfaction', columns);
}

/**
 * Candidates' satisfaction: mean score over the hires that have one, and that mean on 0..1.
 *
 * @example candidateSatisfaction([score 7], { min: 1, max: 10 }, columns).kpi // { n: 1, mean: 7, normalised: 0.6667 }
 */
export function candidateSatisfaction(hires: Listed<Hire>, scale: Scale, columns: HireColumns): Measured<Satisfaction> {
  return candidateSatisfactionFrom(scoresOf(hires, (h) => h.candidateSatisfaction), scale, columns);
}

/**
 * Candidates' satisfaction from the scores of the hires that have one: their mean, and that mean
 * on 0..1 as managerSatisfactionFrom.
 *
 * @example candidateSatisfactionFrom([7], { min: 1, max: 10 }, columns).kpi // { n: 1, mean: 7, normalised: 6 / 9 = 0.6667 }
 */
export function candidateSatisfactionFrom(scores: ArrayLike<number>, scale: Scale, columns: HireColumns): Measured<Satisfaction> {
  return satisfaction(scores, scale, 'candidate_satisfaction', columns);
}
