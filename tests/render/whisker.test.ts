import { describe, expect, it } from 'vitest';
import { whiskerText } from '../../src/render/whisker.js';

describe('whiskerText', () => {
  it('draws an interval that crosses no change through the middle mark', () => {
    // scale ±4 over 15 cells (7 a side): -1 → 7 − 1.75 = 5.25 → 5; 2 → 10.5 → 11 (rounds half up); 4 → 14
    expect(whiskerText({ change: 2, low: -1, high: 4 }, 15)).toBe('     ├─┼───●──┤');
  });

  it('draws an interval wholly on one side of no change apart from the mark', () => {
    // scale ±10: -10 → 0, -8 → 1.4 → 1, -4 → 4.2 → 4; no change at 7
    expect(whiskerText({ change: -8, low: -10, high: -4 }, 15)).toBe('├●──┤  ┊');
  });

  it('draws a change without an interval as a point, and no change at all in the middle', () => {
    expect(whiskerText({ change: 3, low: null, high: null }, 15)).toBe('       ┊      ●');
    expect(whiskerText({ change: 0, low: 0, high: 0 }, 15)).toBe('       ●');
  });
});
