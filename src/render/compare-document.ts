import type { Comparison, GroupChange } from '../core/compare/compare-snapshots.js';
import type { CompareOptions, MetricChange, Unit } from '../core/compare/metric.js';
import { isoOfDay } from '../core/day.js';
import type { z } from 'zod';
import { fourDecimals, twoDecimals } from './document.js';
import type { compareSchema } from './schemas/compare-schema.js';
import type { SnapshotInputs } from './snapshot.js';

/** Bumped only for a breaking change of the comparison's JSON. */
export const COMPARE_SCHEMA_VERSION = 1 as const;

const ROUNDING: Readonly<Record<Unit, (value: number | null) => number | null>> = {
  count: twoDecimals,
  money: twoDecimals,
  days: twoDecimals,
  hours: twoDecimals,
  score: twoDecimals,
  share: fourDecimals,
  percent: fourDecimals,
  index: fourDecimals,
};

function metricDocument(change: MetricChange) {
  const round = ROUNDING[change.unit];
  const { interval } = change;
  return {
    key: change.key,
    unit: change.unit,
    polarity: change.polarity,
    baseline: round(change.baseline),
    current: round(change.current),
    change: round(change.change),
    relativeChange: fourDecimals(change.relativeChange),
    verdict: change.verdict,
    basis: change.basis,
    n: change.sampleSizes === null ? null : { ...change.sampleSizes },
    interval:
      interval === null
        ? null
        : { low: round(interval.low) as number, high: round(interval.high) as number, level: interval.level, method: interval.method },
  };
}

export type MetricDocument = ReturnType<typeof metricDocument>;

function groupDocument(row: GroupChange) {
  return { key: row.key, status: row.status, metrics: row.changes.map(metricDocument) };
}

/** Each file's rows, accepted and rejected, without the snapshot's other keys (its hash). */
function countsOf(inputs: SnapshotInputs | null) {
  if (inputs === null) return null;
  return Object.fromEntries(Object.entries(inputs).map(([kind, { file, rows, accepted, rejected }]) => [kind, { file, rows, accepted, rejected }]));
}

export interface CompareContext {
  readonly currency: string;
  readonly dayCount: string;
  /** The level of the intervals and the materiality of accounting figures. */
  readonly options: CompareOptions;
  /** Where each side came from: a snapshot file, or the input files. */
  readonly sources: readonly [string, string];
  /** The as-of date each side was judged on (SPEC §3); null for a snapshot that does not say. */
  readonly asOf: readonly [string | null, string | null];
  /** Each side's reasons for a KPI without a value, by KPI key. */
  readonly reasons: readonly [Readonly<Record<string, string>>, Readonly<Record<string, string>>];
  /** What each side read, per file, with its rejected rows; null for a snapshot saved without. */
  readonly inputs: readonly [SnapshotInputs | null, SnapshotInputs | null];
}

/** The JSON of a comparison; its shape is the published schema. */
export type CompareDocument = z.infer<typeof compareSchema>;

/** The comparison as one JSON-ready document, rounded like the report. */
export function compareDocument(comparison: Comparison, context: CompareContext): CompareDocument {
  const side = (s: Comparison['baseline'], source: string, asOf: string | null) => ({
    label: s.label,
    start: isoOfDay(s.start),
    end: isoOfDay(s.end),
    months: Number(s.months.toFixed(4)),
    source,
    asOf,
  });
  return {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    baseline: side(comparison.baseline, context.sources[0], context.asOf[0]),
    current: side(comparison.current, context.sources[1], context.asOf[1]),
    settings: {
      currency: context.currency,
      dayCount: context.dayCount,
      confidence: context.options.confidence,
      materiality: context.options.materiality,
    },
    summary: { ...comparison.counts },
    metrics: comparison.changes.map(metricDocument),
    groups: comparison.groups === null ? null : { by: comparison.groups.by, rows: comparison.groups.rows.map(groupDocument) },
    warnings: [...comparison.warnings],
    reasons: { baseline: { ...context.reasons[0] }, current: { ...context.reasons[1] } },
    inputs: { baseline: countsOf(context.inputs[0]), current: countsOf(context.inputs[1]) },
  };
}
