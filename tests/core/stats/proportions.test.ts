import { describe, expect, it } from 'vitest';
import { countOutcomes } from '../../../src/core/stats/count-outcomes.js';
import { twoSidedZ } from '../../../src/core/stats/interval.js';
import { proportionDifference } from '../../../src/core/stats/newcombe.js';
import { wilsonInterval } from '../../../src/core/stats/wilson.js';

const Z95 = twoSidedZ(0.95);
const share = (successes: number, n: number) => ({ successes, n });

describe('wilsonInterval', () => {
  it("gives Newcombe's (1998) worked single proportions at 95 %", () => {
    // 81/263: 0.2553 to 0.3662; 15/148: 0.0624 to 0.1605 (Newcombe, Stat Med 1998;17:857–872)
    const a = wilsonInterval(share(81, 263), Z95);
    expect(a?.low).toBeCloseTo(0.2553, 4);
    expect(a?.high).toBeCloseTo(0.3662, 4);
    const b = wilsonInterval(share(15, 148), Z95);
    expect(b?.low).toBeCloseTo(0.0624, 4);
    expect(b?.high).toBeCloseTo(0.1605, 4);
  });

  it('stays inside 0..1 at a share of 0 or 1', () => {
    // 0/10: high = z² / (10 + z²) = 3.8415 / 13.8415 = 0.2775
    expect(wilsonInterval(share(0, 10), Z95)).toEqual({ low: 0, high: expect.closeTo(0.2775, 4) });
    expect(wilsonInterval(share(10, 10), Z95)).toEqual({ low: expect.closeTo(0.7225, 4), high: 1 });
  });

  it('is null without trials, and wide for one', () => {
    expect(wilsonInterval(share(0, 0), Z95)).toBeNull();
    // 1/1: low = 1 / (1 + z²) = 1 / 4.8415 = 0.2065
    expect(wilsonInterval(share(1, 1), Z95)).toEqual({ low: expect.closeTo(0.2065, 4), high: 1 });
  });
});

describe('proportionDifference (Newcombe 1998, method 10)', () => {
  // Newcombe 1998, Table II, method 10, 95 % intervals for p₁ − p₂; here p₁ is the current side.
  const cases: [string, [number, number], [number, number], number, number][] = [
    ['(a) 56/70 − 48/80', [56, 70], [48, 80], 0.0524, 0.3339],
    ['(b) 9/10 − 3/10', [9, 10], [3, 10], 0.1705, 0.809],
    ['(c) 6/7 − 2/7', [6, 7], [2, 7], 0.0582, 0.8062],
    ['(d) 5/56 − 0/29', [5, 56], [0, 29], -0.0381, 0.1926],
    ['(e) 0/10 − 0/20', [0, 10], [0, 20], -0.1611, 0.2775],
    ['(f) 0/10 − 0/10', [0, 10], [0, 10], -0.2775, 0.2775],
    ['(g) 10/10 − 0/20', [10, 10], [0, 20], 0.6791, 1],
    ['(h) 10/10 − 0/10', [10, 10], [0, 10], 0.6075, 1],
  ];
  it.each(cases)('gives Table II for %s', (_, [x1, n1], [x2, n2], low, high) => {
    const interval = proportionDifference(share(x2, n2), share(x1, n1), 0.95);
    expect(interval?.low).toBeCloseTo(low, 4);
    expect(interval?.high).toBeCloseTo(high, 4);
  });

  it('is narrower at 90 %, around the same change', () => {
    // (a) at 90 %, z = 1.6449: Wilson 56/70 is 0.7109..0.8668, 48/80 is 0.5081..0.6854;
    // low = 0.2 − √((0.8 − 0.7109)² + (0.6854 − 0.6)²) = 0.2 − 0.1234 = 0.0766
    // high = 0.2 + √((0.8668 − 0.8)² + (0.6 − 0.5081)²) = 0.2 + 0.1136 = 0.3136
    const interval = proportionDifference(share(48, 80), share(56, 70), 0.9);
    expect(interval?.low).toBeCloseTo(0.0766, 4);
    expect(interval?.high).toBeCloseTo(0.3136, 4);
  });

  it('is null when a side has no trials', () => {
    expect(proportionDifference(share(0, 0), share(3, 4), 0.9)).toBeNull();
    expect(proportionDifference(share(3, 4), share(0, 0), 0.9)).toBeNull();
  });

  it('takes one trial a side and stays within −1..1', () => {
    // 1/1 − 0/1 at 95 %: Wilson 1/1 is 0.2065..1, 0/1 is 0..0.7935; low = 1 − √2 · 0.79345 = −0.1221
    const interval = proportionDifference(share(0, 1), share(1, 1), 0.95);
    expect(interval?.low).toBeCloseTo(1 - Math.SQRT2 * (1 - 1 / (1 + Z95 * Z95)), 10);
    expect(interval?.low).toBeCloseTo(-0.1221, 4);
    expect(interval?.high).toBe(1);
  });
});

describe('countOutcomes', () => {
  it('counts successes among the records that have an outcome', () => {
    // 4 has no outcome; of 1, 2, 3 two are above 1
    expect(countOutcomes([1, 2, 3, 4], (x) => (x === 4 ? null : x > 1))).toEqual({ successes: 2, n: 3 });
    expect(countOutcomes([], () => true)).toEqual({ successes: 0, n: 0 });
  });
});
