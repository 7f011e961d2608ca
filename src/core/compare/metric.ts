/**
 * Which direction of change is an improvement: costs, durations, attrition and effort go down,
 * rates, quality, satisfaction and value go up, counts are neutral.
 */
export type Polarity = 'lower' | 'higher' | 'neutral';

/** How a figure is shown and rounded. */
export type Unit = 'count' | 'money' | 'days' | 'share' | 'percent' | 'score' | 'hours' | 'index';

export type Verdict = 'better' | 'worse' | 'unchanged' | 'changed' | 'not comparable';

/** One figure of a snapshot, ready to be compared. */
export interface Metric {
  readonly key: string;
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly value: number | null;
}

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
}

/**
 * The verdict on a change given the figure's polarity: equal values are unchanged, a move in the
 * good direction is better, in the other direction worse; a neutral figure that moved "changed".
 *
 * @example verdictOf('lower', 4200, 3900) // 'better'
 */
export function verdictOf(polarity: Polarity, baseline: number | null, current: number | null): Verdict {
  if (baseline === null || current === null) return 'not comparable';
  if (current === baseline) return 'unchanged';
  if (polarity === 'neutral') return 'changed';
  const wentUp = current > baseline;
  return wentUp === (polarity === 'higher') ? 'better' : 'worse';
}

/**
 * Baseline against current for one figure.
 *
 * change = current − baseline; relativeChange = change / |baseline| (null when the baseline is 0)
 *
 * @example compareMetric({ key: 'costPerHire', unit: 'money', polarity: 'lower', value: 4000 }, 3600)
 * // { baseline: 4000, current: 3600, change: -400, relativeChange: -0.1, verdict: 'better', … }
 */
export function compareMetric(baseline: Metric, current: number | null): MetricChange {
  const before = baseline.value;
  const change = before === null || current === null ? null : current - before;
  const relativeChange = change === null || before === null || before === 0 ? null : change / Math.abs(before);
  return {
    key: baseline.key,
    unit: baseline.unit,
    polarity: baseline.polarity,
    baseline: before,
    current,
    change,
    relativeChange,
    verdict: verdictOf(baseline.polarity, before, current),
  };
}

/**
 * Every figure of two snapshots side by side, in the baseline's order; a figure that only one
 * side has is compared against null.
 */
export function compareMetrics(baseline: readonly Metric[], current: readonly Metric[]): MetricChange[] {
  const currentByKey = new Map(current.map((metric) => [metric.key, metric]));
  const baselineKeys = new Set(baseline.map((metric) => metric.key));
  return [
    ...baseline.map((metric) => compareMetric(metric, currentByKey.get(metric.key)?.value ?? null)),
    ...current.filter((metric) => !baselineKeys.has(metric.key)).map((metric) => compareMetric({ ...metric, value: null }, metric.value)),
  ];
}

export type VerdictCounts = Readonly<Record<Verdict, number>>;

/** How many figures got better, worse, stayed, moved without a direction, or could not be compared. */
export function countVerdicts(changes: readonly MetricChange[]): VerdictCounts {
  const counts: Record<Verdict, number> = { better: 0, worse: 0, unchanged: 0, changed: 0, 'not comparable': 0 };
  for (const change of changes) counts[change.verdict] += 1;
  return counts;
}
