import { describe, expect, it } from 'vitest';
import { tallied, ValuesTally } from '../../../src/core/process/tally.js';

/** A value for every even number (half of it), none for an odd one. */
class HalfOfEven extends ValuesTally<number> {
  protected valueOf(item: number): number | null {
    return item % 2 === 0 ? item / 2 : null;
  }
}

describe('ValuesTally', () => {
  it('keeps the values in order, the items without one left out', () => {
    // 0 → 0, 1 → none, 2 → 1, 3 → none, 4 → 2
    expect(Array.from(tallied([0, 1, 2, 3, 4], new HalfOfEven()))).toEqual([0, 1, 2]);
  });

  it('keeps every value past the room it starts with (256), as it doubles', () => {
    const items = Array.from({ length: 2001 }, (_, i) => i);
    const values = tallied(items, new HalfOfEven());
    // The even numbers 0 … 2000 are 1,001 items; the k-th value is k.
    expect(values.length).toBe(1001);
    expect(Array.from(values).every((value, k) => value === k)).toBe(true);
  });

  it('gives an empty list for no values', () => {
    expect(tallied([1, 3], new HalfOfEven()).length).toBe(0);
  });
});
