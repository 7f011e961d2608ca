import { describe, expect, it } from 'vitest';
import { binWidth, bucketCounts, bulkBins, evenBins } from '../../src/core/histogram.js';

describe('binWidth', () => {
  it('takes the narrowest nice width that covers 0..max in at most 12 bins', () => {
    expect(binWidth(0)).toBe(5); // one bin 0–4
    expect(binWidth(59)).toBe(5); // 0–4 … 55–59: 12 bins
    expect(binWidth(60)).toBe(10); // 5 would need 13 bins (60–64 is the 13th); 10 needs 7
    expect(binWidth(100)).toBe(10); // 0–9 … 100–109: 11 bins
    expect(binWidth(120)).toBe(15); // 10 needs 13 bins; 15: 0–14 … 120–134, 9 bins
    expect(binWidth(5000)).toBe(365); // wider than any nice width allows: the widest
  });
});

describe('evenBins', () => {
  it('counts each value in the bin of floor(value / width), empty bins included', () => {
    // 18 → bin 1 (10–19); 23, 29 → bin 2 (20–29); 40 → bin 4 (40–49); bins 0 and 3 are empty
    expect(evenBins([23, 18, 40, 29], 10)).toEqual([
      { from: 0, to: 9, count: 0 },
      { from: 10, to: 19, count: 1 },
      { from: 20, to: 29, count: 2 },
      { from: 30, to: 39, count: 0 },
      { from: 40, to: 49, count: 1 },
    ]);
  });

  it('puts a value on a bin edge in the bin it starts', () => {
    expect(evenBins([0, 15, 14], 15)).toEqual([
      { from: 0, to: 14, count: 2 },
      { from: 15, to: 29, count: 1 },
    ]);
  });

  it('starts below 0 only for negative values', () => {
    // −3 → floor(−3 / 5) = −1: bin −5…−1
    expect(evenBins([-3, 2], 5)).toEqual([
      { from: -5, to: -1, count: 1 },
      { from: 0, to: 4, count: 1 },
    ]);
  });

  it('gives no bins for no values and refuses a width that is not positive', () => {
    expect(evenBins([], 10)).toEqual([]);
    expect(() => evenBins([1], 0)).toThrow(RangeError);
  });

  it('loses no value: the counts add up to the number of values', () => {
    const values = Array.from({ length: 200_000 }, (_, i) => (i * 37) % 401);
    const bins = evenBins(values, binWidth(400));
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(200_000);
  });
});

describe('bulkBins', () => {
  it('keeps the plain bins when the longest values need no wider bins than the bulk', () => {
    // 21 values 0, 5, …, 100: max 100 → binWidth 10; bulk edge sorted[⌊20 · 0.95⌋] = sorted[19] = 95 → 10 too
    const values = Array.from({ length: 21 }, (_, i) => i * 5);
    expect(bulkBins(values)).toEqual(evenBins(values, 10));
  });

  it('fits the bins to the bulk and puts one far outlier in an overflow bin', () => {
    // 19 fills of 10–28 days and one of 1760. Plain bins: binWidth(1760) = 180, all 19 in 0–179.
    // Bulk edge sorted[⌊19 · 0.95⌋] = sorted[18] = 28 → binWidth(28) = 5: bins 0–4 … 25–29;
    // 10–14: 10…14 = 5, 15–19: 5, 20–24: 5, 25–29: 25…28 = 4; overflow from (⌊28 / 5⌋ + 1) · 5 = 30
    const values = [1760, ...Array.from({ length: 19 }, (_, i) => 10 + i)];
    expect(bulkBins(values)).toEqual([
      { from: 0, to: 4, count: 0 },
      { from: 5, to: 9, count: 0 },
      { from: 10, to: 14, count: 5 },
      { from: 15, to: 19, count: 5 },
      { from: 20, to: 24, count: 5 },
      { from: 25, to: 29, count: 4 },
      { from: 30, to: null, count: 1 },
    ]);
  });

  it('spreads 260 hires over the bars instead of 259 in the first (one requisition of 1 760 days)', () => {
    // 259 fills of 20–149 days (20 + i mod 130) and one of 1760; bulk edge sorted[⌊259 · 0.95⌋] = sorted[246]:
    // each of 20…148 occurs twice and 149 once, so sorted[246] = 20 + ⌊246 / 2⌋ = 143 → binWidth(143) = 15
    // (⌊143 / 15⌋ + 1 = 10 bins); 1760 needs 180. Bins 0–14 … 135–149; overflow from 150 holds the one.
    const values = [...Array.from({ length: 259 }, (_, i) => 20 + (i % 130)), 1760];
    const bins = bulkBins(values);
    expect(bins.length).toBe(11);
    expect(bins.at(-1)).toEqual({ from: 150, to: null, count: 1 });
    // bin 15–29 holds 20…29, each twice: 20; a full bin such as 30–44 holds 15 values twice: 30
    expect(bins[1]).toEqual({ from: 15, to: 29, count: 20 });
    expect(Math.max(...bins.map((bin) => bin.count))).toBe(30);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(260);
  });

  it('gives no bins for no values', () => {
    expect(bulkBins([])).toEqual([]);
  });
});

describe('bucketCounts', () => {
  it('counts each value in the first bucket whose upper limit it does not pass', () => {
    // 0 and 30 → 0–30; 31 and 60 → 31–60; none in 61–90; 91 and 400 → over 90
    expect(bucketCounts([31, 0, 400, 30, 60, 91], [30, 60, 90])).toEqual([
      { from: 0, to: 30, count: 2 },
      { from: 31, to: 60, count: 2 },
      { from: 61, to: 90, count: 0 },
      { from: 91, to: null, count: 2 },
    ]);
  });

  it('returns every bucket, also without values', () => {
    expect(bucketCounts([], [30])).toEqual([
      { from: 0, to: 30, count: 0 },
      { from: 31, to: null, count: 0 },
    ]);
  });
});
