import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedValues } from '../../src/core/samples.js';
import { durationStats, percentileInc } from '../../src/core/stats.js';
import { thinRanks, thinSorted } from '../../src/core/stats/thin-sorted.js';
import { thinnedValues, valuesAtRanks, type WholeCounts, wholeCounts } from '../../src/core/stats/whole-counts.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: Number(process.env.PROPERTY_SEED ?? 7) };

/** Durations as whole days around some offset, now and then a wide spread, a fraction or −0. */
const days = fc.oneof(
  fc.tuple(fc.integer({ min: -400, max: 400 }), fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 300 })).map(([offset, list]) => list.map((d) => d + offset)),
  fc.array(fc.integer({ min: -100_000, max: 100_000 }), { maxLength: 40 }),
  fc.array(fc.constantFrom(0, -0, 1, 2.5, 7), { maxLength: 20 }),
);

/** The slow path's figures: the values sorted, summed in ascending order for fractions. */
function sortedStats(values: readonly number[]) {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return durationStats([]);
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  const whole = values.every((v) => Number.isInteger(v) && !Object.is(v, -0));
  const sum = whole ? values.reduce((a, b) => a + b, 0) : sorted.reduce((a, b) => a + b, 0);
  return { n, mean: sum / n, median, p90: percentileInc(sorted, 0.9), min: sorted[0], max: sorted[n - 1] };
}

describe('whole days counted by value', () => {
  it('give durationStats the figures of the sorted values', () => {
    fc.assert(
      fc.property(days, (values) => {
        expect(durationStats(values)).toEqual(sortedStats(values));
      }),
      RUNS,
    );
  });

  it('give the values at the ranks a sorted copy has, thinned or not', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: 1, max: 50 }), (values, cap) => {
        const counted = wholeCounts(values);
        const sorted = Float64Array.from(values).sort();
        if (counted !== null) {
          expect(valuesAtRanks(counted, thinRanks(values.length, cap))).toEqual(thinSorted(sorted, cap));
          expect(thinnedValues(counted, cap)).toEqual(thinSorted(sorted, cap));
        }
        expect(sortedValues(values)).toEqual({ n: values.length, sorted: thinSorted(sorted, 100_000) });
      }),
      RUNS,
    );
  });

  it('thins the counted values as thinSorted does', () => {
    // Ranks round(i · 6 / 3) = 0, 2, 4, 6 of 1 … 7; a cap of 1 keeps the least; a cap above n keeps all.
    expect(thinnedValues(wholeCounts([7, 1, 3, 5, 2, 6, 4]) as WholeCounts, 4)).toEqual([1, 3, 5, 7]);
    expect(thinnedValues(wholeCounts([3, 1, 3]) as WholeCounts, 1)).toEqual([1]);
    expect(thinnedValues(wholeCounts([3, 1, 3]) as WholeCounts, 10)).toEqual([1, 3, 3]);
  });

  it('counts only whole numbers, not −0 or a fraction', () => {
    expect(wholeCounts([3, 1, 3])).toEqual({ n: 3, sum: 7, min: 1, max: 3, counts: Int32Array.of(1, 0, 2) });
    expect(wholeCounts([1, -0])).toBeNull();
    expect(wholeCounts([1.5])).toBeNull();
    expect(wholeCounts([])).toBeNull();
  });
});
