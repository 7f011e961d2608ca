import type { AreaIndicator } from '../core/value/actuals.js';
import type { ValueNullReason } from '../core/value/value.js';
import type { ValueBlock } from '../core/value/value-block.js';
import { fourDecimals, twoDecimals } from './rounding.js';

/** Why the value figure is null, in words. */
export const VALUE_NULL_REASONS: Readonly<Record<ValueNullReason, string>> = {
  'no-weights': 'every weight is 0',
  'numerator-unmeasured': 'no result or process area is measured',
  'denominator-unmeasured': 'neither costs nor effort is measured',
  'numerator-zero-weight': 'the measured result and process areas all weigh 0',
  'denominator-zero-weight': 'the measured cost and effort areas all weigh 0',
  'zero-cost-and-effort': 'costs and effort are both 0',
};

/** Actuals and targets in their unit's precision: shares to 4 decimals, scores, money and hours to 2. */
function inUnit(indicator: AreaIndicator, value: number | null): number | null {
  return indicator === 'qualityOfHire' || indicator === 'onTimeRate' ? fourDecimals(value) : twoDecimals(value);
}

/**
 * The value block as plain, rounded data (SPEC §6, §7): indices, weights, contributions and the
 * value to 4 decimals, scores to 2; the `value` key of a report document and of `rkpi value`.
 */
export function valueDocument(block: ValueBlock) {
  const r = block.result;
  return {
    value: fourDecimals(r.value),
    reason: r.reason === null ? null : VALUE_NULL_REASONS[r.reason],
    weightedScore: twoDecimals(r.weightedScore),
    sides: {
      numerator: { sum: fourDecimals(r.numerator.sum), weight: fourDecimals(r.numerator.weight), measured: r.numerator.measured },
      denominator: { sum: fourDecimals(r.denominator.sum), weight: fourDecimals(r.denominator.weight), measured: r.denominator.measured },
    },
    groups: {
      resultaat: fourDecimals(r.groups.resultaat),
      proces: fourDecimals(r.groups.proces),
      kosten: fourDecimals(r.groups.kosten),
      inspanning: fourDecimals(r.groups.inspanning),
    },
    areas: r.areas.map((area) => {
      const actual = block.actuals[area.key];
      return {
        key: area.key,
        group: area.group,
        indicator: actual.indicator,
        source: actual.source,
        actual: inUnit(actual.indicator, actual.actual),
        target: inUnit(actual.indicator, actual.target),
        index: fourDecimals(area.index),
        weight: fourDecimals(area.weight),
        rank: area.rank,
        top3: area.top3,
        score: twoDecimals(area.score),
        contribution: fourDecimals(area.contribution),
        measured: area.measured,
        missesTarget: area.missesTarget,
        reason: actual.reason,
        note: actual.note,
      };
    }),
    top3: [...r.top3],
    belowTarget: [...r.belowTarget],
    unmeasured: [...r.unmeasured],
    targets: Object.fromEntries(Object.entries(block.targets).filter(([, target]) => target !== undefined)),
    weights: block.weightsSource,
    tolerance: r.tolerance,
    toleranceSource: block.toleranceSource,
  };
}

export type ValueDocument = ReturnType<typeof valueDocument>;
