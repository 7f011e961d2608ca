import { describe, expect, it } from 'vitest';
import { midRanks, tieGroups } from '../../../src/core/value/ordering.js';

describe('tieGroups', () => {
  it('lets a tie group occupy consecutive positions', () => {
    expect(tieGroups([1, 2, 2, 4])).toEqual([
      { items: [0], first: 1 },
      { items: [1, 2], first: 2 },
      { items: [3], first: 4 },
    ]);
  });

  it('reads gapped and dense tie numbering as the same ordering', () => {
    expect(tieGroups([1, 2, 2, 3, 4, 5])).toEqual(tieGroups([1, 2, 2, 4, 5, 6]));
  });

  it('rejects a rank that is not a number', () => {
    expect(() => tieGroups([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('midRanks', () => {
  it('gives tied items the mean of their positions', () => {
    // 3,3,3 occupy positions 3..5 → 4; the 1 and the 2 keep 1 and 2; the 6 is sixth.
    expect(midRanks([2, 1, 3, 3, 3, 6])).toEqual([2, 1, 4, 4, 4, 6]);
    expect(midRanks([1, 2, 2, 3])).toEqual([1, 2.5, 2.5, 4]);
  });
});
