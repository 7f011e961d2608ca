import { type Basis, type BasisKind, type ChangeInterval, changeInterval, NO_BASIS, sampleSize } from './basis.js';

/**
 * Which direction of change is an improvement: costs, durations, attrition and effort go down,
 * rates, quality, satisfaction and value go up, counts are neutral.
 */
export type Polarity = 'lower' | 'higher' | 'neutral';

/** How a figure is shown and rounded. */
export type Unit = 'count' | 'money' | 'days' | 'share' | 'percent' | 'score' | 'hours' | 'index';

export type Verdict = 'better' | 'worse' | 'within noise' | 'unchanged' | 'changed' | 'not comparable';

/** One figure of a snapshot, ready to be compared, with what it rests on. */
export interface Metric {
  readonly key: string;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly value: number | null;
  readonly basis: Basis;
}

/** How sure a verdict must be: the level of the intervals and the materiality of accounting figures. */
export interface CompareOptions {
  /** The level of the intervals: 0.9 for 90 %. */
  readonly confidence: number;
  /** A relative change of an accounting figure under this (0.02 = 2 %) is no change. */
  readonly materiality: number;
}

export const COMPARE_DEFAULTS: CompareOptions = { confidence: 0.9, materiality: 0.02 };

export interface MetricChange {
  readonly key: string;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly baseline: number | null;
  readonly current: number | null;
  /** current − baseline; null when either side is null. */
  readonly change: number | null;
  /** (current − baseline) / |baseline|; null when either side is null or the baseline is 0. */
  readonly relativeChange: number | null;
  readonly verdict: Verdict;
  readonly basis: BasisKind;
  /** The sizes of the two samples; null when the figure has no sample or a snapshot does not carry it. */
  readonly sampleSizes: { readonly baseline: number; readonly current: number } | null;
  /** The interval of the change; null without samples, or when a side is too small for one. */
  readonly interval: ChangeInterval | null;
}

/** What, besides the two values, a verdict rests on. */
export type Evidence =
  | { readonly kind: 'direction' }
  | { readonly kind: 'materiality'; readonly relativeChange: number | null; readonly threshold: number }
  | { readonly kind: 'interval'; readonly interval: ChangeInterval | null };

const DIRECTION: Evidence = { kind: 'direction' };

/**
 * The verdict on a change given the figure's polarity and the evidence: equal values are
 * unchanged; a change of an accounting figure under the materiality threshold is unchanged; a
 * sampled figure is better or worse only when its interval excludes no change (else, or without
 * an interval, "within noise"); otherwise a move in the good direction is better, in the other
 * worse, and a neutral figure that moved "changed".
 *
 * @example verdictOf('lower', 4200, 3900) // 'better'
 * @example verdictOf('lower', 46.5, 47.5, { kind: 'interval', interval: { low: -3, high: 5, … } }) // 'within noise'
 * @example verdictOf('lower', 4117.02, 4192.38, { kind: 'materiality', relativeChange: 0.0183, threshold: 0.02 }) // 'unchanged'
 */
export function verdictOf(polarity: Polarity, baseline: number | null, current: number | null, evidence: Evidence = DIRECTION): Verdict {
  if (baseline === null || current === null) return 'not comparable';
  if (current === baseline) return 'unchanged';
  let wentUp = current > baseline;
  if (evidence.kind === 'materiality' && evidence.relativeChange !== null && Math.abs(evidence.relativeChange) < evidence.threshold) {
    return 'unchanged';
  }
  if (evidence.kind === 'interval') {
    const { interval } = evidence;
    if (interval === null || (interval.low <= 0 && interval.high >= 0)) return 'within noise';
    wentUp = interval.low > 0;
  }
  if (polarity === 'neutral') return 'changed';
  return wentUp === (polarity === 'higher') ? 'better' : 'worse';
}

/** The evidence two sides of a figure give: its interval, its materiality, or only its direction. */
function evidenceOf(baseline: Basis, current: Basis, relativeChange: number | null, options: CompareOptions): Evidence {
  if (baseline.kind === 'accounting') return { kind: 'materiality', relativeChange, threshold: options.materiality };
  if (baseline.kind === 'none' || sampleSize(baseline) === null || sampleSize(current) === null) return DIRECTION;
  return { kind: 'interval', interval: changeInterval(baseline, current, options.confidence) };
}

/**
 * Baseline against current for one figure (a figure only one side has is compared against null).
 *
 * change = current − baseline; relativeChange = change / |baseline| (null when the baseline is 0);
 * the interval of the change from the two sides' samples, and the verdict (see verdictOf).
 *
 * @example
 * compareMetric({ key: 'costPerHire', unit: 'money', polarity: 'lower', value: 4000, basis: ACCOUNTING }, { …, value: 3600 })
 * // { baseline: 4000, current: 3600, change: -400, relativeChange: -0.1, verdict: 'better', … }
 */
export function compareMetric(baseline: Metric | null, current: Metric | null, options: CompareOptions = COMPARE_DEFAULTS): MetricChange {
  const shape = (baseline ?? current) as Metric;
  const before = baseline?.value ?? null;
  const after = current?.value ?? null;
  const change = before === null || after === null ? null : after - before;
  const relativeChange = change === null || before === null || before === 0 ? null : change / Math.abs(before);
  const bases = [baseline?.basis ?? NO_BASIS, current?.basis ?? NO_BASIS] as const;
  const sizes = bases.map(sampleSize);
  const evidence = change === null ? DIRECTION : evidenceOf(bases[0], bases[1], relativeChange, options);
  return {
    key: shape.key,
    unit: shape.unit,
    polarity: shape.polarity,
    baseline: before,
    current: after,
    change,
    relativeChange,
    verdict: verdictOf(shape.polarity, before, after, evidence),
    basis: shape.basis.kind,
    sampleSizes: sizes[0] == null || sizes[1] == null ? null : { baseline: sizes[0], current: sizes[1] },
    interval: evidence.kind === 'interval' ? evidence.interval : null,
  };
}

/**
 * Every figure of two snapshots side by side, in the baseline's order; a figure that only one
 * side has is compared against null.
 */
export function compareMetrics(baseline: readonly Metric[], current: readonly Metric[], options: CompareOptions = COMPARE_DEFAULTS): MetricChange[] {
  const currentByKey = new Map(current.map((metric) => [metric.key, metric]));
  const baselineKeys = new Set(baseline.map((metric) => metric.key));
  return [
    ...baseline.map((metric) => compareMetric(metric, currentByKey.get(metric.key) ?? null, options)),
    ...current.filter((metric) => !baselineKeys.has(metric.key)).map((metric) => compareMetric(null, metric, options)),
  ];
}

export type VerdictCounts = Readonly<Record<Verdict, number>>;

/** How many figures got better, worse, stayed within noise or the same, moved without a direction, or could not be compared. */
export function countVerdicts(changes: readonly MetricChange[]): VerdictCounts {
  const counts: Record<Verdict, number> = { better: 0, worse: 0, 'within noise': 0, unchanged: 0, changed: 0, 'not comparable': 0 };
  for (const change of changes) counts[change.verdict] += 1;
  return counts;
}
