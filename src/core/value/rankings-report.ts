/**
 * What `rkpi weights` reports on a rankings sheet: the combined weights, and how far the
 * stakeholders (all of them, and each group) agree on the order.
 */
import {
  aggregateWeights,
  type AggregateOptions,
  type AggregatedWeights,
  type GroupWeights,
  type StakeholderRanking,
} from './aggregate-weights.js';
import { areaAgreement, type Concordance, type NoConcordance } from './kendall.js';

export type Agreement = Concordance | NoConcordance;

export interface RankingsReport {
  readonly weights: AggregatedWeights;
  /** Kendall's W over every stakeholder. */
  readonly agreement: Agreement;
  /** Each group's weights (as in `weights.groups`) with Kendall's W within the group. */
  readonly groups: readonly (GroupWeights & { readonly agreement: Agreement })[];
}

/**
 * The weights of a rankings sheet (see `aggregateWeights`) with Kendall's W (tie-corrected) over
 * all stakeholders and within each group. Null when there are no stakeholders.
 *
 * @example rankingsReport(rows, { method: 'roc', balanceGroups: false })?.agreement.level // e.g. 'moderate'
 */
export function rankingsReport(stakeholders: readonly StakeholderRanking[], options: AggregateOptions): RankingsReport | null {
  const weights = aggregateWeights(stakeholders, options);
  if (weights === null) return null;
  return {
    weights,
    agreement: areaAgreement(stakeholders.map((row) => row.ranks)),
    groups: weights.groups.map((group) => ({
      ...group,
      agreement: areaAgreement(stakeholders.filter((row) => row.group === group.group).map((row) => row.ranks)),
    })),
  };
}
