import type { HoursBin } from './process/process-types.js';

/** The share of values the closed bins of agreementBins fit; the rest go to one open bin (as bulkBins). */
const BULK_SHARE = 0.95;

/**
 * Durations (hours) in bins whose edges fall on the agreement a, so that every bar is wholly
 * within the agreement or wholly over it: the first bin holds 0 ≤ v ≤ a; after it, bins of w = a × m
 * hours from a, bin k ≥ 1 holding a + (k − 1)·w < v ≤ a + k·w, where m is the smallest whole
 * number that fits the bulk in at most `maxBins` bins. The bulk ends at e = sorted[⌊(n − 1) · 0.95⌋]:
 * m = max(1, ⌈(e − a) / (a · (maxBins − 1))⌉). When the largest value fits too, the bins run up to
 * its bin; else up to e's bin and one open bin { from: its top, to: null } holds the longer ones.
 * Empty bins are kept so the gaps show; the counts add up to the number of values. An agreement of
 * 0 or less counts as 1.
 *
 * @example
 * // answers after 3, 24, 24, 30 and 70 hours against an agreement of 24 hours: w = 24
 * agreementBins([3, 24, 24, 30, 70], 24)
 * // [{ from: 0, to: 24, count: 3 }, { from: 24, to: 48, count: 1 }, { from: 48, to: 72, count: 1 }]
 */
export function agreementBins(hours: ArrayLike<number>, agreement: number, maxBins = 12): HoursBin[] {
  if (hours.length === 0) return [];
  const a = agreement > 0 ? agreement : 1;
  const sorted = Float64Array.from(hours).sort();
  const edge = sorted[Math.floor((sorted.length - 1) * BULK_SHARE)] as number;
  const width = a * Math.max(1, Math.ceil((edge - a) / (a * (maxBins - 1))));
  const binOf = (value: number): number => (value <= a ? 0 : Math.ceil((value - a) / width));
  const top = (bin: number): number => (bin === 0 ? a : a + bin * width);
  const longest = binOf(sorted[sorted.length - 1] as number);
  const last = longest < maxBins ? longest : binOf(edge);
  const counts = Array<number>(last + 2).fill(0);
  // By index: an iterator over the hours made a result object per value.
  for (let i = 0; i < hours.length; i += 1) {
    const bin = Math.min(binOf(hours[i] as number), last + 1);
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  const closed = counts.slice(0, last + 1).map((count, k) => ({ from: k === 0 ? 0 : top(k - 1), to: top(k), count }));
  const over = counts[last + 1] ?? 0;
  return over === 0 ? closed : [...closed, { from: top(last), to: null, count: over }];
}
