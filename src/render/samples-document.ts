import type { ReportSamples, Samples } from '../core/samples.js';
import { fourDecimals } from './rounding.js';

const mapValues = <T, U>(record: Readonly<Record<string, T>>, f: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));

/**
 * Sorted values as a JSON array: the sample's own array when it is one (neither is written to), a
 * copy only of another list of numbers. A grouped report over a million rows keeps some 3 million
 * values (see VALUES_CAP): a copy of them all would add some 26 MB to the memory it peaks at.
 */
const asArray = (sorted: ArrayLike<number>): number[] => (Array.isArray(sorted) ? sorted : Array.from(sorted));

/** One set of samples as JSON: counts, n/mean/sd (mean and sd to 4 decimals), sorted values. */
function sampleSetDocument(samples: Samples) {
  return {
    proportions: mapValues(samples.proportions, ({ successes, n }) => ({ successes, n })),
    means: mapValues(samples.means, (sample) => (sample === null ? null : { n: sample.n, mean: fourDecimals(sample.mean) as number, sd: fourDecimals(sample.sd) })),
    values: mapValues(samples.values, ({ n, sorted }) => ({ n, sorted: asArray(sorted) })),
  };
}

/**
 * The report's `samples` block: what `rkpi compare` needs to put an interval on a change, kept
 * apart from `kpis` so the figures stay as they are. `valuesCap` states how many values a figure
 * keeps at most.
 */
export function samplesDocument(samples: ReportSamples) {
  return {
    valuesCap: samples.valuesCap,
    kpis: sampleSetDocument(samples.kpis),
    groups: samples.groups === null ? null : samples.groups.map((row) => ({ key: row.key, ...sampleSetDocument(row.samples) })),
  };
}
