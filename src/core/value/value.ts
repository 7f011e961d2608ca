/**
 * The value of recruitment (Interne Klantwaarde Model) and the scorecard of the six areas.
 */
import { AREAS, mapAreas, type AreaGroup, type AreaKey, type AreaKind, type AreaRecord } from './areas.js';
import { consensusOrder, normaliseWeights, topAreas } from './area-weights.js';
import { areaIndex, areaScore, DEFAULT_TOLERANCE, missesTarget } from './scorecard.js';

export interface ValueInput {
  /** Per area, in the unit of its target; null or missing = not measured. */
  readonly actuals: Partial<AreaRecord<number | null>>;
  readonly targets: Partial<AreaRecord<number | null>>;
  /** Any non-negative numbers; a missing area weighs 0; normalised to sum 1 over all six. */
  readonly weights: Partial<AreaRecord<number>>;
  /** Half-width of the "on target" band for cost and effort; default 0.10. */
  readonly tolerance?: number;
}

export interface AreaValue {
  readonly key: AreaKey;
  readonly group: AreaGroup;
  readonly kind: AreaKind;
  readonly actual: number | null;
  readonly target: number | null;
  /** actual / target; null when not measured. */
  readonly index: number | null;
  readonly measured: boolean;
  /** Normalised over all six areas, measured or not. */
  readonly weight: number;
  /** 1..6, position in the order by weight (ties in canonical area order). */
  readonly rank: number;
  readonly top3: boolean;
  /** 0–100; null when not measured. */
  readonly score: number | null;
  /** w · x; null when not measured. */
  readonly contribution: number | null;
  /** See `missesTarget`; null when not measured. */
  readonly missesTarget: boolean | null;
}

/** One side of the fraction: Σ w·x and Σ w over its measured areas. */
export interface ValueSide {
  readonly sum: number;
  readonly weight: number;
  readonly measured: number;
}

export type ValueNullReason =
  | 'no-weights'
  | 'numerator-unmeasured'
  | 'denominator-unmeasured'
  | 'numerator-zero-weight'
  | 'denominator-zero-weight'
  | 'zero-cost-and-effort';

export interface ValueReport {
  readonly value: number | null;
  readonly reason: ValueNullReason | null;
  /** Σ w·score / Σ w over measured areas; null when no measured area has weight. */
  readonly weightedScore: number | null;
  /** Σ w·x per group (Resultaat, Proces, Kosten, Inspanning) over measured areas. */
  readonly groups: Readonly<Record<AreaGroup, number>>;
  readonly numerator: ValueSide;
  readonly denominator: ValueSide;
  /** In canonical area order. */
  readonly areas: readonly AreaValue[];
  readonly top3: readonly AreaKey[];
  /** Top-3 areas that miss their target, in weight order. */
  readonly belowTarget: readonly AreaKey[];
  readonly unmeasured: readonly AreaKey[];
  readonly tolerance: number;
}

function side(areas: readonly AreaValue[], kind: AreaKind): ValueSide {
  const measured = areas.filter((a) => a.kind === kind && a.contribution !== null);
  return {
    sum: measured.reduce((total, a) => total + (a.contribution ?? 0), 0),
    weight: measured.reduce((total, a) => total + a.weight, 0),
    measured: measured.length,
  };
}

function valueOf(hasWeights: boolean, num: ValueSide, den: ValueSide): { value: number | null; reason: ValueNullReason | null } {
  const fail = (reason: ValueNullReason) => ({ value: null, reason });
  if (!hasWeights) return fail('no-weights');
  if (num.measured === 0) return fail('numerator-unmeasured');
  if (den.measured === 0) return fail('denominator-unmeasured');
  if (num.weight === 0) return fail('numerator-zero-weight');
  if (den.weight === 0) return fail('denominator-zero-weight');
  if (den.sum === 0) return fail('zero-cost-and-effort');
  return { value: num.sum / num.weight / (den.sum / den.weight), reason: null };
}

/**
 * The value and the scorecard. Unmeasured areas are left out: their weight counts on neither
 * side, so the remaining areas of the side carry it.
 *
 * value = ((R + P) / Σ w_measured result+process) / ((K + I) / Σ w_measured cost+effort)
 * with R + P = Σ w·x over bestFit … candidateExperience and K + I = Σ w·x over rightCosts, rightEffort;
 * every area on target (x = 1) gives exactly 1.
 * weightedScore = Σ w·score / Σ w over measured areas.
 *
 * @example computeValue({ actuals, targets: actuals, weights: { bestFit: 1, rightCosts: 1 } }).value // 1
 */
export function computeValue(input: ValueInput): ValueReport {
  const tolerance = input.tolerance ?? DEFAULT_TOLERANCE;
  const normalised = normaliseWeights(input.weights);
  const weights = normalised ?? mapAreas(() => 0);
  const order = consensusOrder(weights);
  const top3 = topAreas(weights);
  const areas = AREAS.map((a): AreaValue => {
    const actual = input.actuals[a.key] ?? null;
    const target = input.targets[a.key] ?? null;
    const index = areaIndex(actual, target);
    const weight = weights[a.key];
    return {
      key: a.key, group: a.group, kind: a.kind, actual, target, index,
      measured: index !== null,
      weight,
      rank: order.indexOf(a.key) + 1,
      top3: top3.includes(a.key),
      score: index === null ? null : areaScore(a.kind, index, tolerance),
      contribution: index === null ? null : weight * index,
      missesTarget: index === null ? null : missesTarget(a.kind, index, tolerance),
    };
  });
  const numerator = side(areas, 'result');
  const denominator = side(areas, 'budget');
  const scored = areas.filter((a) => a.score !== null);
  const scoredWeight = scored.reduce((total, a) => total + a.weight, 0);
  const groupSum = (group: AreaGroup) =>
    areas.filter((a) => a.group === group).reduce((total, a) => total + (a.contribution ?? 0), 0);
  return {
    ...valueOf(normalised !== null, numerator, denominator),
    weightedScore:
      scoredWeight === 0 ? null : scored.reduce((total, a) => total + a.weight * (a.score ?? 0), 0) / scoredWeight,
    groups: { resultaat: groupSum('resultaat'), proces: groupSum('proces'), kosten: groupSum('kosten'), inspanning: groupSum('inspanning') },
    numerator,
    denominator,
    areas,
    top3,
    belowTarget: top3.filter((key) => areas.find((a) => a.key === key)?.missesTarget === true),
    unmeasured: areas.filter((a) => !a.measured).map((a) => a.key),
    tolerance,
  };
}
