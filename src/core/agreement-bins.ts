import type { HoursBin } from './process/process-types.js';

/** The share of values the closed bins of agreementBins fit; the rest go to one open bin (as bulkBins). */
const BULK_SHARE = 0.95;

/** The bin of a value in bins (k·w, (k+1)·w]; 0 and below in the first. */
const binOf = (value: number, width: number): number => (value <= 0 ? 0 : Math.ceil(value / width) - 1);

/**
 * Durations (hours) in equal bins whose edges fall on the agreement, so that every bar is wholly
 * within the agreement or wholly over it: bin k holds the values v with k·w < v ≤ (k+1)·w (bin 0
 * also 0), where w = agreement × m and m is the smallest whole number that fits the bulk in at most
 * `maxBins` bins. The bulk ends at e = sorted[⌊(n − 1) · 0.95⌋]: m = max(1, ⌈e / (agreement ·
 * maxBins)⌉). When the largest value fits too, the bins run up to its bin; else up to e's bin and
 * one open bin { from: (bin(e) + 1) · w, to: null } holds the longer ones. Empty bins are kept so
 * the gaps show; the counts add up to the number of values. An agreement of 0 or less counts as 1.
 *
 * @example
 * // answers after 3, 24, 24, 30 and 70 hours against an agreement of 24 hours: w = 24
 * agreementBins([3, 24, 24, 30, 70], 24)
 * // [{ from: 0, to: 24, count: 3 }, { from: 24, to: 48, count: 1 }, { from: 48, to: 72, count: 1 }]
 */
export function agreementBins(hours: readonly number[], agreement: number, maxBins = 12): HoursBin[] {
  if (hours.length === 0) return [];
  const base = agreement > 0 ? agreement : 1;
  const sorted = Float64Array.from(hours).sort();
  const edge = sorted[Math.floor((sorted.length - 1) * BULK_SHARE)] as number;
  const width = base * Math.max(1, Math.ceil(edge / (base * maxBins)));
  const longest = binOf(sorted[sorted.length - 1] as number, width);
  const last = longest < maxBins ? longest : binOf(edge, width);
  const counts = Array<number>(last + 2).fill(0);
  for (const value of hours) {
    const bin = Math.min(binOf(value, width), last + 1);
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  const closed = counts.slice(0, last + 1).map((count, k) => ({ from: k * width, to: (k + 1) * width, count }));
  const over = counts[last + 1] ?? 0;
  return over === 0 ? closed : [...closed, { from: (last + 1) * width, to: null, count: over }];
}
