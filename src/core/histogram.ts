import { valueAtRank, wholeCounts } from './stats/whole-counts.js';

/**
 * Counting whole-day durations into bins, for histograms: every bin is a closed range of days
 * `from..to` (`to` null: and more), and every value falls in exactly one bin.
 */

export interface Bin {
  /** First day of the bin. */
  readonly from: number;
  /** Last day of the bin; null for an open-ended last bin ("more than …"). */
  readonly to: number | null;
  readonly count: number;
}

/** Bin widths a reader takes in at a glance, narrowest first. */
export const NICE_BIN_WIDTHS = [5, 10, 15, 30, 60, 90, 180, 365] as const;

/**
 * The narrowest nice width (5, 10, 15, 30, 60, 90, 180 or 365 days) that covers 0..max in at
 * most `maxBins` bins: the first w with floor(max / w) + 1 ≤ maxBins; 365 when none does.
 *
 * @example binWidth(100) // 10: 0–9 … 100–109 are 11 bins; 5 would need 21
 * @example binWidth(40) // 5: 9 bins
 */
export function binWidth(max: number, maxBins = 12): number {
  return NICE_BIN_WIDTHS.find((width) => Math.floor(max / width) + 1 <= maxBins) ?? 365;
}

/**
 * Equal bins of `width` days from 0 (or lower, for negative values) up to the bin of the largest
 * value, empty bins included so the gaps show. Bin k is k·w..(k+1)·w − 1 and holds the values v
 * with floor(v / w) = k; a fractional value counts in the bin of its floor. With `below`, only the
 * values below it are binned (the bulk of bulkBins, without a filtered copy of the values).
 *
 * @example evenBins([18, 23, 35], 10)
 * // [{ from: 0, to: 9, count: 0 }, { from: 10, to: 19, count: 1 }, { from: 20, to: 29, count: 1 }, { from: 30, to: 39, count: 1 }]
 * @example evenBins([], 10) // []
 */
export function evenBins(values: ArrayLike<number>, width: number, below = Number.POSITIVE_INFINITY): Bin[] {
  if (values.length === 0) return [];
  if (!(width > 0)) throw new RangeError(`bin width must be positive, got ${width}`);
  // loops, not Math.min(...indices): a spread of a large export overflows the stack
  let first = 0;
  let last = 0;
  let counted = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (!(value < below)) continue;
    const k = Math.floor(value / width);
    if (k < first) first = k;
    if (k > last) last = k;
    counted += 1;
  }
  if (counted === 0) return [];
  const counts = Array<number>(last - first + 1).fill(0);
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] as number;
    if (!(value < below)) continue;
    const k = Math.floor(value / width) - first;
    counts[k] = (counts[k] as number) + 1;
  }
  return counts.map((count, i) => ({ from: (first + i) * width, to: (first + i + 1) * width - 1, count }));
}

/** The share of values that the bins of bulkBins fit; the rest may go to one overflow bin. */
export const BULK_SHARE = 0.95;

/**
 * Equal bins that fit the bulk of the values, so that one very long value cannot squeeze all the
 * others into the first bar. The bulk ends at e = sorted[⌊(n − 1) · 0.95⌋], the value of the 95th
 * percentile's lower rank. With w = binWidth(max) and b = binWidth(e): when b = w, the bins of
 * evenBins(values, w); else bins of b days from 0 up to the bin of e, and one overflow bin
 * { from: (⌊e / b⌋ + 1) · b, to: null } with every longer value. Empty bins are kept so the gaps
 * show; the counts add up to the number of values.
 *
 * @example
 * // 19 fills of 10–28 days and one of 1760: 180-day bins would put all 19 in the first bar.
 * // e = sorted[⌊19 · 0.95⌋] = sorted[18] = 28 → bins of 5 days 0–4 … 25–29, then 30 and more
 * bulkBins([10, 11, …, 28, 1760]).at(-1) // { from: 30, to: null, count: 1 }
 */
export function bulkBins(values: ArrayLike<number>, maxBins = 12): Bin[] {
  const n = values.length;
  if (n === 0) return [];
  const edgeRank = Math.floor((n - 1) * BULK_SHARE);
  // Whole days are read off their counts (see wholeCounts), without a sorted copy of them all.
  const counted = wholeCounts(values);
  const sorted = counted === null ? Float64Array.from(values).sort() : null;
  const max = counted?.max ?? (sorted?.[n - 1] as number);
  const edge = counted === null ? (sorted?.[edgeRank] as number) : valueAtRank(counted, edgeRank);
  const width = binWidth(max, maxBins);
  const bulkWidth = binWidth(edge, maxBins);
  if (bulkWidth === width) return evenBins(values, width);
  const overflowFrom = (Math.floor(edge / bulkWidth) + 1) * bulkWidth;
  const bulk = evenBins(values, bulkWidth, overflowFrom);
  const inBulk = bulk.reduce((sum, bin) => sum + bin.count, 0);
  return [...bulk, { from: overflowFrom, to: null, count: n - inBulk }];
}

/**
 * Buckets bounded by inclusive upper limits, the last one open-ended: limits [30, 60, 90] give
 * 0–30, 31–60, 61–90 and 91 and more. A value v counts in the first bucket with v ≤ its limit
 * (values below 0 in the first); all buckets are returned, also when empty.
 *
 * @example bucketCounts([5, 30, 31, 120], [30, 60, 90])
 * // [{ from: 0, to: 30, count: 2 }, { from: 31, to: 60, count: 1 }, { from: 61, to: 90, count: 0 }, { from: 91, to: null, count: 1 }]
 */
export function bucketCounts(values: readonly number[], limits: readonly number[]): Bin[] {
  const counts = Array<number>(limits.length + 1).fill(0);
  for (const value of values) {
    const found = limits.findIndex((limit) => value <= limit);
    const at = found === -1 ? limits.length : found;
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts.map((count, i) => ({
    from: i === 0 ? 0 : (limits[i - 1] ?? 0) + 1,
    to: limits[i] ?? null,
    count,
  }));
}
