import { isoOfDay } from '../day.js';
import type { Samples } from '../samples.js';
import type { Day, DayCount, Scale } from '../types.js';
import { type KpiFigures, kpiMetrics, type ValueFigures } from './kpi-metrics.js';
import { type ProcessFigures, processMetrics } from './process-metrics.js';
import { COMPARE_DEFAULTS, type CompareOptions, compareMetrics, countVerdicts, type MetricChange, type VerdictCounts } from './metric.js';
import { monthsIn } from './period-length.js';

/** The settings besides the data that some figures depend on. */
export interface SnapshotBasis {
  /** The roles whose hours count as business time. */
  readonly businessRoles: readonly string[];
  readonly scales: { readonly performance: Scale; readonly satisfaction: Scale };
}

/** What a comparison needs of one snapshot (a saved report, or one computed now). */
export interface SnapshotFigures {
  readonly period: { readonly label: string; readonly start: Day; readonly end: Day };
  readonly currency: string;
  readonly dayCount: DayCount;
  /** null: a snapshot saved without its settings, whose basis cannot be checked. */
  readonly basis: SnapshotBasis | null;
  /** Why a KPI has no value, by KPI key (`firstYearAttrition`), as the report said it. */
  readonly reasons: Readonly<Record<string, string>>;
  /** What a figure with a value leaves out, by figure (`costPerHire`: "without time cost: no hours file"). */
  readonly notes: Readonly<Record<string, string>>;
  readonly kpis: KpiFigures;
  readonly value: ValueFigures | null;
  readonly groups: {
    readonly by: string;
    readonly rows: readonly { readonly key: string; readonly kpis: KpiFigures; readonly samples?: Samples | null; readonly process?: ProcessFigures | null }[];
  } | null;
  /** The process figures (an applications file); absent or null without one. */
  readonly process?: ProcessFigures | null;
  /** The samples behind the KPIs; absent or null in a snapshot of an rkpi that did not save them. */
  readonly samples?: Samples | null;
}

export interface SideSummary {
  readonly label: string;
  readonly start: Day;
  readonly end: Day;
  readonly months: number;
}

export type GroupStatus = 'both' | 'new' | 'gone';

export interface GroupChange {
  readonly key: string;
  /** new: only in the current snapshot; gone: only in the baseline. */
  readonly status: GroupStatus;
  readonly changes: readonly MetricChange[];
}

export interface Comparison {
  readonly baseline: SideSummary;
  readonly current: SideSummary;
  readonly changes: readonly MetricChange[];
  readonly counts: VerdictCounts;
  readonly groups: { readonly by: string; readonly rows: readonly GroupChange[] } | null;
  readonly warnings: readonly string[];
}

/**
 * Why two snapshots cannot be compared (unlike is not compared with like): another currency or
 * another day count. Empty when they can.
 */
export function refusals(baseline: SnapshotFigures, current: SnapshotFigures): string[] {
  const reasons: string[] = [];
  if (baseline.currency !== current.currency) {
    reasons.push(`the baseline is in ${baseline.currency} and the current snapshot in ${current.currency}`);
  }
  if (baseline.dayCount !== current.dayCount) {
    reasons.push(`the baseline counts ${baseline.dayCount} days and the current snapshot ${current.dayCount} days`);
  }
  return reasons;
}

function side(snapshot: SnapshotFigures): SideSummary {
  const { label, start, end } = snapshot.period;
  return { label, start, end, months: monthsIn(start, end) };
}

function groupChanges(baseline: SnapshotFigures, current: SnapshotFigures, months: readonly [number, number], options: CompareOptions) {
  if (baseline.groups === null || current.groups === null || baseline.groups.by !== current.groups.by) return null;
  const before = new Map(baseline.groups.rows.map((row) => [row.key, row]));
  const after = new Map(current.groups.rows.map((row) => [row.key, row]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rows = keys.map((key): GroupChange => {
    const b = before.get(key);
    const a = after.get(key);
    const status: GroupStatus = b && a ? 'both' : a ? 'new' : 'gone';
    const changes = compareMetrics(
      b ? [...kpiMetrics(b.kpis, months[0], null, b.samples ?? null), ...processMetrics(b.process ?? null, b.samples ?? null)] : [],
      a ? [...kpiMetrics(a.kpis, months[1], null, a.samples ?? null), ...processMetrics(a.process ?? null, a.samples ?? null)] : [],
      options,
    );
    return { key, status, changes };
  });
  return { by: baseline.groups.by, rows };
}

/**
 * Settings that differ between the snapshots, and the figures they make unlike: the business
 * roles (CPHC, effort) and the scales (quality, satisfaction), and with them the value, whose
 * areas are measured by those figures. A snapshot saved without its settings cannot be checked,
 * which is said when only one of the two lacks them.
 */
function basisWarnings(baseline: SnapshotFigures, current: SnapshotFigures): string[] {
  const [b, c] = [baseline.basis, current.basis];
  if (b === null && c === null) return [];
  if (b === null || c === null) {
    return [`only the ${b === null ? 'current' : 'baseline'} snapshot records its settings; business roles and scales are not checked`];
  }
  const unlike = (...figures: string[]) =>
    `not like for like: ${[...figures, ...(baseline.value !== null && current.value !== null ? ['the value'] : [])].join(', ')}`;
  const warnings: string[] = [];
  const roles = (basis: SnapshotBasis) => [...basis.businessRoles].sort().join(', ') || 'none';
  if (roles(b) !== roles(c)) {
    warnings.push(`the business roles differ (${roles(b)} against ${roles(c)}); ${unlike('cost per hire comparable', 'effort hours per hire')}`);
  }
  const range = (scale: Scale) => `${scale.min}–${scale.max}`;
  const [before, after] = [b.scales, c.scales];
  if (range(before.performance) !== range(after.performance)) {
    warnings.push(`the performance scales differ (${range(before.performance)} against ${range(after.performance)}); ${unlike('quality of hire')}`);
  }
  if (range(before.satisfaction) !== range(after.satisfaction)) {
    warnings.push(
      `the satisfaction scales differ (${range(before.satisfaction)} against ${range(after.satisfaction)}); ${unlike('manager satisfaction', 'candidate satisfaction')}`,
    );
  }
  return warnings;
}

/**
 * Figures that one snapshot computed on part of its data and the other did not (costs without an
 * hours file against costs with one): not like for like, said per side and note.
 */
function noteWarnings(baseline: SnapshotFigures, current: SnapshotFigures): string[] {
  const onlyIn = (name: string, one: SnapshotFigures, other: SnapshotFigures): string[] => {
    const figures = new Map<string, string[]>();
    for (const [key, note] of Object.entries(one.notes)) {
      if (other.notes[key] !== note) figures.set(note, [...(figures.get(note) ?? []), key]);
    }
    return [...figures].map(([note, keys]) => `not like for like: the ${name} snapshot's ${keys.join(', ')} ${keys.length === 1 ? 'is' : 'are'} ${note}`);
  };
  return [...onlyIn('baseline', baseline, current), ...onlyIn('current', current, baseline)];
}

/**
 * Agreed times (SPEC §11.4) that differ between the snapshots: the share within the agreement is
 * then measured against another line on each side, not like for like.
 */
function agreementWarnings(baseline: SnapshotFigures, current: SnapshotFigures): string[] {
  const [b, c] = [baseline.process ?? null, current.process ?? null];
  if (b === null || c === null) return [];
  const warnings: string[] = [];
  const [response, responseNow] = [b.timeToFirstResponse.agreement, c.timeToFirstResponse.agreement];
  if (response !== responseNow) {
    warnings.push(`the agreed first-response times differ (${response} days against ${responseNow} days); not like for like: first response within agreement`);
  }
  const [feedback, feedbackNow] = [b.feedbackTime.agreement, c.feedbackTime.agreement];
  if (feedback !== feedbackNow) {
    warnings.push(`the agreed feedback times differ (${feedback} hours against ${feedbackNow} hours); not like for like: feedback within agreement`);
  }
  return warnings;
}

function warningsFor(baseline: SnapshotFigures, current: SnapshotFigures, sides: readonly [SideSummary, SideSummary]): string[] {
  const warnings: string[] = [];
  const [b, c] = sides;
  if (Math.abs(b.months - c.months) > 1e-9) {
    const length = (s: SideSummary) => `${s.label} (${isoOfDay(s.start)} to ${isoOfDay(s.end)}, ${+s.months.toFixed(2)} months)`;
    warnings.push(`the periods differ in length: ${length(b)} against ${length(c)}; compare hires per month rather than hires`);
  }
  if (baseline.groups && current.groups && baseline.groups.by !== current.groups.by) {
    warnings.push(`the groups differ (by ${baseline.groups.by} against by ${current.groups.by}); groups are not compared`);
  } else if ((baseline.groups === null) !== (current.groups === null)) {
    warnings.push('only one snapshot has groups; groups are not compared');
  }
  return [
    ...warnings,
    ...basisWarnings(baseline, current),
    ...agreementWarnings(baseline, current),
    ...noteWarnings(baseline, current),
    ...sampleWarnings(baseline, current),
  ];
}

/** A snapshot without samples (saved by an older rkpi) leaves its figures without intervals. */
function sampleWarnings(baseline: SnapshotFigures, current: SnapshotFigures): string[] {
  const lacking = [baseline.samples ? null : 'baseline', current.samples ? null : 'current'].filter((side) => side !== null);
  if (lacking.length === 0) return [];
  const which = lacking.length === 2 ? 'neither snapshot carries' : `the ${lacking[0]} snapshot does not carry`;
  return [`${which} the samples behind its figures (saved by an older rkpi), so no interval could be computed; verdicts go by direction alone`];
}

/**
 * Baseline against current, figure by figure (the process figures too, see processMetrics; and
 * group by group when both are grouped alike),
 * each change with its interval at `options.confidence` where the snapshots carry the samples,
 * and the counts of better, worse, within-noise and unchanged figures. Check `refusals` first.
 *
 * @example compareSnapshots(nulmeting2024, snapshot2025).counts // { better: 3, worse: 2, 'within noise': 11, … }
 */
export function compareSnapshots(baseline: SnapshotFigures, current: SnapshotFigures, options: CompareOptions = COMPARE_DEFAULTS): Comparison {
  const sides = [side(baseline), side(current)] as const;
  const changes = compareMetrics(
    [...kpiMetrics(baseline.kpis, sides[0].months, baseline.value, baseline.samples ?? null), ...processMetrics(baseline.process ?? null, baseline.samples ?? null)],
    [...kpiMetrics(current.kpis, sides[1].months, current.value, current.samples ?? null), ...processMetrics(current.process ?? null, current.samples ?? null)],
    options,
  );
  return {
    baseline: sides[0],
    current: sides[1],
    changes,
    counts: countVerdicts(changes),
    groups: groupChanges(baseline, current, [sides[0].months, sides[1].months], options),
    warnings: warningsFor(baseline, current, sides),
  };
}
