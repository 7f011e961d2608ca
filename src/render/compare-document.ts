import type { Comparison, GroupChange } from '../core/compare/compare-snapshots.js';
import type { CompareOptions, MetricChange, Unit } from '../core/compare/metric.js';
import { isoOfDay } from '../core/day.js';
import type { z } from 'zod';
import { fourDecimals, twoDecimals } from './document.js';
import type { compareSchema } from './schemas/compare-schema.js';

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

export interface CompareContext {
  readonly currency: string;
  readonly dayCount: string;
  /** The level of the intervals and the materiality of accounting figures. */
  readonly options: CompareOptions;
  /** Where each side came from: a snapshot file, or the input files. */
  readonly sources: readonly [string, string];
  /** Each side's reasons for a KPI without a value, by KPI key. */
  readonly reasons: readonly [Readonly<Record<string, string>>, Readonly<Record<string, string>>];
}

/** The JSON of a comparison; its shape is the published schema. */
export type CompareDocument = z.infer<typeof compareSchema>;

/** The comparison as one JSON-ready document, rounded like the report. */
export function compareDocument(comparison: Comparison, context: CompareContext): CompareDocument {
  const side = (s: Comparison['baseline'], source: string) => ({
    label: s.label,
    start: isoOfDay(s.start),
    end: isoOfDay(s.end),
    months: Number(s.months.toFixed(4)),
    source,
  });
  return {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    baseline: side(comparison.baseline, context.sources[0]),
    current: side(comparison.current, context.sources[1]),
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
  };
}
