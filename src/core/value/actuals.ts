/**
 * Each area's actual value and target (SPEC §6.1, §6.2): read from the report's KPIs, from the
 * time-to-fill fallback for timely delivery, or from a scores file that overrides an area.
 */
import type { Measured } from '../measured.js';
import type { Kpis, Notes, Reasons, Share } from '../types.js';
import { mapAreas, type AreaKey, type AreaRecord } from './areas.js';

/** The config's `targets`, in the unit of each indicator; money in currency units (not cents). */
export interface ValueTargets {
  readonly qualityOfHire?: number | undefined;
  readonly onTimeRate?: number | undefined;
  /** For the timely-delivery fallback: the time to fill a hire should take at most. */
  readonly timeToFillDays?: number | undefined;
  readonly managerSatisfaction?: number | undefined;
  readonly candidateSatisfaction?: number | undefined;
  readonly costPerHire?: number | undefined;
  readonly effortHoursPerHire?: number | undefined;
}

/** The KPI (and config target key) that measures each area by default. */
export const AREA_INDICATORS = {
  bestFit: 'qualityOfHire',
  timelyDelivery: 'onTimeRate',
  serviceQuality: 'managerSatisfaction',
  candidateExperience: 'candidateSatisfaction',
  rightCosts: 'costPerHire',
  rightEffort: 'effortHoursPerHire',
} as const satisfies AreaRecord<keyof ValueTargets & keyof Kpis>;

export type AreaIndicator = (typeof AREA_INDICATORS)[AreaKey];

/** `kpi`: the default indicator; `filledInTime`: timely delivery's fallback; `scores`: the scores file. */
export type ActualSource = 'kpi' | 'filledInTime' | 'scores';

export interface AreaActual {
  /** The KPI that measures the area; its config target key. */
  readonly indicator: AreaIndicator;
  readonly source: ActualSource;
  readonly actual: number | null;
  readonly target: number | null;
  /** Why the area cannot be measured; null when it can. */
  readonly reason: string | null;
  /** What its measured actual leaves out (`without time cost: no hours file`); null when nothing. */
  readonly note: string | null;
}

export interface ActualsInput {
  readonly kpis: Kpis;
  readonly reasons: Reasons;
  /** What the partly measured KPIs leave out; an area measured by one carries its note. */
  readonly notes: Notes;
  /** The share filled within targets.timeToFillDays; null when that target is not set. */
  readonly filledInTime: Measured<Share> | null;
  /** Actual values from a scores file, in the unit of each area's target. */
  readonly scores: Partial<AreaRecord<number>>;
}

/** A KPI as an actual in the unit of its target: money per hire from cents to currency units. */
function kpiActual(kpis: Kpis, indicator: AreaIndicator): number | null {
  switch (indicator) {
    case 'qualityOfHire':
    case 'onTimeRate':
      return kpis[indicator].value;
    case 'managerSatisfaction':
    case 'candidateSatisfaction':
      return kpis[indicator].mean;
    case 'costPerHire':
      return kpis.costPerHire === null ? null : kpis.costPerHire / 100;
    case 'effortHoursPerHire':
      return kpis.effortHoursPerHire;
  }
}

function measuredBy(input: ActualsInput, key: AreaKey, indicator: AreaIndicator): Omit<AreaActual, 'target' | 'indicator'> {
  const score = input.scores[key];
  if (score !== undefined) return { source: 'scores', actual: score, reason: null, note: null };
  const actual = kpiActual(input.kpis, indicator);
  const why = input.reasons[indicator] ?? `no ${indicator}`;
  if (key !== 'timelyDelivery' || actual !== null) {
    return { source: 'kpi', actual, reason: actual === null ? why : null, note: actual === null ? null : (input.notes[indicator] ?? null) };
  }
  if (input.filledInTime === null) {
    return { source: 'kpi', actual: null, reason: `${why}; set targets.timeToFillDays to measure the share filled in time instead`, note: null };
  }
  const { kpi, reason } = input.filledInTime;
  return { source: 'filledInTime', actual: kpi.value, reason, note: null };
}

/**
 * The actual value and target of every area. An area is measured by its scores-file value if it
 * has one, else by its KPI (SPEC §6.1); timely delivery without start/needed_by data falls back to
 * the share of hires filled within targets.timeToFillDays. An area without a target, or whose
 * target is 0, cannot be measured; so neither can one without data; `reason` says which. An area
 * measured by a KPI that leaves something out (cost per hire without an hours file) keeps its note.
 *
 * rightCosts actual = costPerHire / 100 (cents → currency units, as the target is written)
 *
 * @example areaActuals({ kpis, reasons, filledInTime: null, scores: {} }, { qualityOfHire: 0.8 }).bestFit
 * // { indicator: 'qualityOfHire', source: 'kpi', actual: 0.625, target: 0.8, reason: null, note: null }
 */
export function areaActuals(input: ActualsInput, targets: ValueTargets): AreaRecord<AreaActual> {
  return mapAreas((key): AreaActual => {
    const indicator = AREA_INDICATORS[key];
    const target = targets[indicator] ?? null;
    const measured = measuredBy(input, key, indicator);
    if (target === null) return { indicator, ...measured, target, reason: `no target: set targets.${indicator} in the config` };
    if (target === 0) return { indicator, ...measured, target, reason: `targets.${indicator} is 0, so no index can be computed` };
    return { indicator, ...measured, target };
  });
}
