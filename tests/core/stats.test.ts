import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationStats, percentileInc } from '../../src/core/stats.js';

describe('durationStats', () => {
  it('gives Excel PERCENTILE.INC as p90 on 1..10', () => {
    // h = (10 − 1) × 0.9 = 8.1 → sorted[8] + 0.1 × (sorted[9] − sorted[8]) = 9 + 0.1 × 1 = 9.1
    const stats = durationStats([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stats.p90).toBeCloseTo(9.1, 10);
    expect(stats).toMatchObject({ n: 10, mean: 5.5, median: 5.5, min: 1, max: 10 });
  });

  it('interpolates p90 on a small uneven set', () => {
    // sorted [1, 3, 4, 7, 15]; h = 4 × 0.9 = 3.6 → 7 + 0.6 × (15 − 7) = 11.8; mean 30 / 5 = 6
    const stats = durationStats([7, 1, 3, 15, 4]);
    expect(stats.p90).toBeCloseTo(11.8, 10);
    expect(stats).toMatchObject({ n: 5, mean: 6, median: 4, min: 1, max: 15 });
  });

  it('takes the middle value as median of an odd count', () => {
    expect(durationStats([9, 2, 5]).median).toBe(5);
  });

  it('takes the mean of the middle two as median of an even count', () => {
    // sorted [1, 2, 3, 4]: (2 + 3) / 2 = 2.5
    expect(durationStats([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('gives every figure of a single value as that value', () => {
    expect(durationStats([12])).toEqual({ n: 1, mean: 12, median: 12, p90: 12, min: 12, max: 12 });
  });

  it('gives nulls for no values', () => {
    expect(durationStats([])).toEqual({ n: 0, mean: null, median: null, p90: null, min: null, max: null });
  });

  it('does not sort the caller array', () => {
    const values = [3, 1, 2];
    durationStats(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('sorts numerically, not as text', () => {
    // text order would put 10 before 9
    expect(durationStats([10, 9, 100]).median).toBe(10);
  });

  it('accepts a Float64Array', () => {
    expect(durationStats(Float64Array.of(2, 4)).mean).toBe(3);
  });
});

describe('percentileInc', () => {
  it('gives the lowest value at p = 0 and the highest at p = 1', () => {
    const sorted = [2, 4, 8];
    expect(percentileInc(sorted, 0)).toBe(2);
    expect(percentileInc(sorted, 1)).toBe(8);
  });
});

describe('durationStats by selection', () => {
  /** The figures as sorting all values gives them: the way durationStats computed them before selection. */
  function bySorting(values: readonly number[]) {
    const sorted = Float64Array.from(values).sort();
    const n = sorted.length;
    const middle = Math.floor(n / 2);
    const median = n % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
    return { n, mean: sorted.reduce((sum, v) => sum + v, 0) / n, median, p90: percentileInc(sorted, 0.9), min: sorted[0], max: sorted[n - 1] };
  }

  it('gives exactly the figures of a full sort, for whole days and for fractions', () => {
    const days = fc.array(fc.integer({ min: -30, max: 400 }), { minLength: 1, maxLength: 300 });
    const fractions = fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 100 });
    fc.assert(
      fc.property(fc.oneof(days, fractions), (values) => {
        expect(durationStats(values)).toEqual(bySorting(values));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves the caller’s values in their order', () => {
    const values = [30, 2, 14, 2, 9];
    durationStats(values);
    expect(values).toEqual([30, 2, 14, 2, 9]);
  });
});
