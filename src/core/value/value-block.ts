/**
 * The value model over one period of the report: actuals from the KPIs, targets, weights and
 * tolerance from the config, and the value and scorecard computed from them.
 */
import type { Listed } from '../record-list.js';
import type { FillMeasure } from '../time-to-fill.js';
import type { Hire, Kpis, Notes, Reasons } from '../types.js';
import { type AreaActual, areaActuals, type ValueTargets } from './actuals.js';
import { mapAreas, type AreaRecord } from './areas.js';
import { filledInTime } from './filled-in-time.js';
import { DEFAULT_TOLERANCE } from './scorecard.js';
import { computeValue, type ValueReport } from './value.js';

/** What the config (and a scores file) says about the value model. */
export interface ValueModel {
  readonly targets: ValueTargets;
  /** The config's weights, any non-negative numbers; null: every area weighs the same. */
  readonly weights: Partial<AreaRecord<number | undefined>> | null;
  /** null: the default band of ±0.10. */
  readonly tolerance: number | null;
  /** Actual values from a scores file, overriding the KPIs of their areas. */
  readonly scores: Partial<AreaRecord<number>>;
}

/** The records and KPIs of the period the value is computed over. */
export interface ValuePeriod {
  readonly kpis: Kpis;
  readonly reasons: Reasons;
  /** What the partly measured KPIs leave out (cost per hire without an hours file). */
  readonly notes: Notes;
  /** The hires of the period (offer accepted in it). */
  readonly hires: Listed<Hire>;
  /** How the report measures time to fill (calendar or working days, or the file's own column). */
  readonly fill: FillMeasure;
}

export interface ValueBlock {
  readonly result: ValueReport;
  /** Per area: where its actual came from and why it is not measured. */
  readonly actuals: AreaRecord<AreaActual>;
  /** The targets as configured. */
  readonly targets: ValueTargets;
  readonly weightsSource: 'config' | 'equal';
  readonly toleranceSource: 'config' | 'default';
}

/**
 * Whether the config sets any target: without one there is no value model to compute.
 *
 * @example hasValueTargets({}) // false
 * @example hasValueTargets({ costPerHire: 4000 }) // true
 */
export function hasValueTargets(targets: ValueTargets | undefined): boolean {
  return targets !== undefined && Object.values(targets).some((target) => target !== undefined);
}

const EQUAL_WEIGHTS: AreaRecord<number> = mapAreas(() => 1);

/**
 * The value model of a period: actuals (see `areaActuals`), then `computeValue` with the
 * configured weights (equal weights when none are configured) and tolerance (default 0.10).
 *
 * @example valueBlock({ kpis, reasons, hires, fill }, { targets, weights: null, tolerance: null, scores: {} }).result.value
 */
export function valueBlock(period: ValuePeriod, model: ValueModel): ValueBlock {
  const maxDays = model.targets.timeToFillDays;
  const actuals = areaActuals(
    {
      kpis: period.kpis,
      reasons: period.reasons,
      notes: period.notes,
      filledInTime: maxDays === undefined ? null : filledInTime(period.hires, maxDays, period.fill),
      scores: model.scores,
    },
    model.targets,
  );
  const weights: Partial<AreaRecord<number>> = model.weights === null ? EQUAL_WEIGHTS : mapAreas((key) => model.weights?.[key] ?? 0);
  const result = computeValue({
    actuals: mapAreas((key) => (actuals[key].reason === null ? actuals[key].actual : null)),
    targets: mapAreas((key) => actuals[key].target),
    weights,
    tolerance: model.tolerance ?? DEFAULT_TOLERANCE,
  });
  return {
    result,
    actuals,
    targets: model.targets,
    weightsSource: model.weights === null ? 'equal' : 'config',
    toleranceSource: model.tolerance === null ? 'default' : 'config',
  };
}
