import { describe, expect, it } from 'vitest';
import { areaIndex, areaScore, missesTarget } from '../../../src/core/value/scorecard.js';

describe('areaIndex', () => {
  it('divides the actual by the target', () => {
    expect(areaIndex(7.2, 8)).toBeCloseTo(0.9, 12);
    expect(areaIndex(4400, 4000)).toBeCloseTo(1.1, 12);
  });

  it('is null when the actual or the target is missing, or the target is 0', () => {
    expect(areaIndex(null, 8)).toBeNull();
    expect(areaIndex(7, null)).toBeNull();
    expect(areaIndex(7, 0)).toBeNull();
  });
});

describe('areaScore', () => {
  it('scores a result area 100·x, capped at 100', () => {
    expect(areaScore('result', 0.9)).toBeCloseTo(90, 12);
    expect(areaScore('result', 1.25)).toBe(100);
    expect(areaScore('result', 0)).toBe(0);
  });

  it.each([
    [1, 100],
    [1.1, 100], // at the edge of the ±10 % band
    [0.9, 100],
    [4400 / 4000, 100], // 1.1000000000000001 in floating point is still on the edge
    [1.3, 50], // 100 · (0.50 − 0.30) / (0.50 − 0.10) = 100 · 0.2 / 0.4
    [0.7, 50], // too little money or effort loses points as fast as too much
    [1.2, 75], // 100 · 0.3 / 0.4
    [1.5, 0],
    [0.5, 0],
    [2, 0], // clamped
    [0, 0],
  ])('scores a budget area with index %d as %d', (x, score) => {
    expect(areaScore('budget', x)).toBeCloseTo(score, 9);
  });

  it('uses the given tolerance', () => {
    // 100 · (0.50 − 0.30) / (0.50 − 0.20) = 66.67
    expect(areaScore('budget', 1.3, 0.2)).toBeCloseTo(200 / 3, 9);
    expect(areaScore('budget', 1.01, 0)).toBeCloseTo(98, 9);
  });

  it('rejects a tolerance outside 0 ≤ t < 0.50', () => {
    expect(() => areaScore('budget', 1, 0.5)).toThrow(RangeError);
    expect(() => areaScore('budget', 1, -0.1)).toThrow(RangeError);
  });
});

describe('missesTarget', () => {
  it('calls a result area below target when x < 1', () => {
    expect(missesTarget('result', 0.95)).toBe(true);
    expect(missesTarget('result', 1)).toBe(false);
    expect(missesTarget('result', 0.99 / 0.99)).toBe(false);
  });

  it('calls a budget area off target outside the tolerance band, in either direction', () => {
    expect(missesTarget('budget', 1.1)).toBe(false);
    expect(missesTarget('budget', 1.11)).toBe(true);
    expect(missesTarget('budget', 0.9)).toBe(false);
    expect(missesTarget('budget', 0.8)).toBe(true);
  });
});
