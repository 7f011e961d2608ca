import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greatestIn, selectInPlace, smallestIn } from '../../../src/core/stats/select.js';

describe('selectInPlace', () => {
  it('finds the k-th smallest value: the 3rd of 9, 1, 8, 2, 7 is 7 (sorted 1, 2, 7, 8, 9)', () => {
    expect(selectInPlace(Float64Array.of(9, 1, 8, 2, 7), 2)).toBe(7);
  });

  it('leaves no greater value before the k-th and no smaller one after it', () => {
    const values = Float64Array.of(5, 3, 9, 3, 1, 7, 3, 8);
    expect(selectInPlace(values, 4)).toBe(5); // sorted 1, 3, 3, 3, 5, 7, 8, 9
    expect(Math.max(...values.subarray(0, 4))).toBeLessThanOrEqual(5);
    expect(Math.min(...values.subarray(5))).toBeGreaterThanOrEqual(5);
  });

  it('selects within a range left by an earlier selection', () => {
    const values = Float64Array.of(4, 8, 1, 6, 2, 9, 3);
    selectInPlace(values, 3); // 4: sorted 1, 2, 3, 4, 6, 8, 9
    expect(selectInPlace(values, 5, 4, 6)).toBe(8);
    expect(selectInPlace(values, 1, 0, 2)).toBe(2);
  });

  it('gives the value a sort puts at k, for any values and any k, many of them equal', () => {
    const values = fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(values, fc.nat(), (list, at) => {
        const k = at % list.length;
        const sorted = Float64Array.from(list).sort();
        const copy = Float64Array.from(list);
        expect(selectInPlace(copy, k)).toBe(sorted[k]);
        if (k + 1 < list.length) expect(smallestIn(copy, k + 1, list.length - 1)).toBe(sorted[k + 1]);
        if (k > 0) expect(greatestIn(copy, 0, k - 1)).toBe(sorted[k - 1]);
      }),
      { numRuns: 2000 },
    );
  });
});
