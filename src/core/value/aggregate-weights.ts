/**
 * Many stakeholders' rankings combined into one set of weights, with a per-group view.
 */
import { type AreaKey, type AreaRecord } from './areas.js';
import { consensusOrder, meanWeights, normaliseWeights, topAreas } from './area-weights.js';
import { weightsFromRanking, type WeightMethod } from './weights.js';

/** One row of a rankings file. */
export interface StakeholderRanking {
  readonly stakeholder: string;
  /** e.g. MT, vacaturehouder, HR; null when the file has no group for this stakeholder. */
  readonly group: string | null;
  readonly ranks: AreaRecord<number>;
}

export interface AggregateOptions {
  readonly method: WeightMethod;
  /** Give every group an equal say instead of every stakeholder. */
  readonly balanceGroups: boolean;
}

/** The weights of one group of stakeholders, for a side-by-side view. */
export interface GroupWeights {
  /** null: the stakeholders without a group, who form one group together. */
  readonly group: string | null;
  readonly stakeholders: number;
  readonly weights: AreaRecord<number>;
  readonly order: readonly AreaKey[];
}

export interface AggregatedWeights {
  readonly method: WeightMethod;
  readonly balanceGroups: boolean;
  readonly stakeholders: number;
  /** Sums to 1. */
  readonly weights: AreaRecord<number>;
  /** Areas by weight, highest first; ties in canonical area order. */
  readonly order: readonly AreaKey[];
  readonly top3: readonly AreaKey[];
  /** In order of each group's first appearance in the input. */
  readonly groups: readonly GroupWeights[];
}

/** Sums to 1 exactly (up to float rounding) even after averaging; all-zero cannot occur here. */
function normalised(weights: AreaRecord<number>): AreaRecord<number> {
  const out = normaliseWeights(weights);
  if (out === null) throw new RangeError('rank weights summed to zero');
  return out;
}

/**
 * Stakeholders' rankings as one set of weights. Null when there are no stakeholders.
 *
 * plain:          w_a = (1/m) Σ_j w_{j,a}
 * balanceGroups:  w_a = (1/G) Σ_g (1/m_g) Σ_{j∈g} w_{j,a}   (stakeholders without a group are one group)
 *
 * then normalised to sum 1. Groups are matched by their exact text.
 *
 * @example aggregateWeights([{ stakeholder: 'Ann', group: 'MT', ranks }], { method: 'roc', balanceGroups: false })?.top3
 */
export function aggregateWeights(
  stakeholders: readonly StakeholderRanking[],
  options: AggregateOptions,
): AggregatedWeights | null {
  if (stakeholders.length === 0) return null;
  const byGroup = new Map<string | null, AreaRecord<number>[]>();
  const all: AreaRecord<number>[] = [];
  for (const row of stakeholders) {
    const weights = weightsFromRanking(row.ranks, options.method);
    all.push(weights);
    byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), weights]);
  }
  const groups: GroupWeights[] = [...byGroup].map(([group, members]) => {
    const weights = normalised(meanWeights(members));
    return { group, stakeholders: members.length, weights, order: consensusOrder(weights) };
  });
  const weights = normalised(
    options.balanceGroups ? meanWeights(groups.map((group) => group.weights)) : meanWeights(all),
  );
  return {
    method: options.method,
    balanceGroups: options.balanceGroups,
    stakeholders: stakeholders.length,
    weights,
    order: consensusOrder(weights),
    top3: topAreas(weights),
    groups,
  };
}
