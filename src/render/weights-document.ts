import { mapAreas, type AreaRecord } from '../core/value/areas.js';
import type { Agreement, RankingsReport } from '../core/value/rankings-report.js';
import { fourDecimals, twoDecimals } from './rounding.js';

/** Bumped only for a breaking change of the `rkpi weights` JSON output. */
export const WEIGHTS_SCHEMA_VERSION = 1;

export interface WeightsContext {
  readonly file: string;
  readonly rows: number;
  readonly sha256: string;
}

/** Weights to 4 decimals, keyed by area in canonical order: what `--write` stores in the config. */
export const roundedWeights = (weights: AreaRecord<number>): AreaRecord<number> =>
  mapAreas((key) => fourDecimals(weights[key]) ?? 0);

function agreementDocument(agreement: Agreement) {
  return agreement.w === null
    ? { w: null, level: null, raters: agreement.raters, chiSquare: null, reason: agreement.reason }
    : { w: fourDecimals(agreement.w), level: agreement.level, raters: agreement.raters, chiSquare: twoDecimals(agreement.chiSquare), reason: null };
}

/**
 * The result of `rkpi weights` as plain, rounded data: the consensus order, the weights (4
 * decimals, summing to 1 before rounding), the top 3, Kendall's W (tie-corrected) and each group
 * side by side.
 */
export function weightsDocument(report: RankingsReport, context: WeightsContext) {
  const w = report.weights;
  return {
    schemaVersion: WEIGHTS_SCHEMA_VERSION,
    input: { file: context.file, rows: context.rows, sha256: context.sha256 },
    method: w.method,
    balanceGroups: w.balanceGroups,
    stakeholders: w.stakeholders,
    order: [...w.order],
    weights: roundedWeights(w.weights),
    top3: [...w.top3],
    agreement: agreementDocument(report.agreement),
    groups: report.groups.map((group) => ({
      group: group.group,
      stakeholders: group.stakeholders,
      order: [...group.order],
      weights: roundedWeights(group.weights),
      agreement: agreementDocument(group.agreement),
    })),
  };
}

export type WeightsDocument = ReturnType<typeof weightsDocument>;
