import { describe, expect, it } from 'vitest';
import { agreementLevel, areaAgreement, kendallsW } from '../../../src/core/value/kendall.js';
import { byArea } from './builders.js';

describe('kendallsW', () => {
  it('reproduces the textbook example of 3 executives ranking 6 applicants (Siegel 1956): W = 0.16', () => {
    // Siegel, Nonparametric Statistics for the Behavioral Sciences, §9 (Kendall's W):
    //           a  b  c  d  e  f
    // X         1  6  3  2  5  4
    // Y         1  5  6  4  2  3
    // Z         6  3  2  5  4  1
    // R_j       8 14 11 11 11  8      mean R = m(n+1)/2 = 3·7/2 = 10.5
    // S = 2.5² + 3.5² + 0.5² + 0.5² + 0.5² + 2.5² = 6.25 + 12.25 + 0.75 + 6.25 = 25.5
    // W = 12·25.5 / (3²·(6³ − 6)) = 306 / 1890 = 0.1619
    const result = kendallsW([
      [1, 6, 3, 2, 5, 4],
      [1, 5, 6, 4, 2, 3],
      [6, 3, 2, 5, 4, 1],
    ]);
    expect(result.w).toBeCloseTo(306 / 1890, 12);
    expect(result.w?.toFixed(2)).toBe('0.16');
    expect(result.level).toBe('very-weak');
    if (result.w !== null) {
      expect(result.s).toBe(25.5);
      expect(result.ties).toBe(0);
      expect(result.chiSquare).toBeCloseTo(3 * 5 * (306 / 1890), 12);
    }
  });

  it('corrects for ties, worked by hand', () => {
    // rater A  1 2 3 4 5 6         mid-ranks 1 2   3   4 5 6   T = 0
    // rater B  1 2 2 4 5 6         mid-ranks 1 2.5 2.5 4 5 6   T = 2³ − 2 = 6
    // rater C  2 1 3 3 3 6         mid-ranks 2 1   4   4 4 6   T = 3³ − 3 = 24 (positions 3..5)
    // R_i      4 5.5 9.5 12 14 18   (sum 63 = 3·21), mean 10.5
    // S = 6.5² + 5² + 1² + 1.5² + 3.5² + 7.5² = 42.25 + 25 + 1 + 2.25 + 12.25 + 56.25 = 139
    // W = 12·139 / (9·210 − 3·30) = 1668 / 1800 = 0.9267   (without the correction: 1668/1890 = 0.8825)
    const result = kendallsW([
      [1, 2, 3, 4, 5, 6],
      [1, 2, 2, 4, 5, 6],
      [2, 1, 3, 3, 3, 6],
    ]);
    expect(result.w).toBeCloseTo(1668 / 1800, 12);
    expect(result.level).toBe('unusually-strong');
    if (result.w !== null) {
      expect(result.s).toBe(139);
      expect(result.ties).toBe(30);
    }
  });

  it('reads dense tie numbering as the same ordering', () => {
    const gapped = kendallsW([[1, 2, 2, 4, 5, 6], [2, 1, 3, 4, 6, 5]]);
    const dense = kendallsW([[1, 2, 2, 3, 4, 5], [2, 1, 3, 4, 6, 5]]);
    expect(dense.w).toBe(gapped.w);
  });

  it('gives 1 for identical rankings and 0 for two opposite ones', () => {
    expect(kendallsW([[1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6]]).w).toBeCloseTo(1, 12);
    expect(kendallsW([[1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]]).w).toBe(0);
  });

  it('is null with a reason for fewer than two raters', () => {
    expect(kendallsW([[1, 2, 3, 4, 5, 6]])).toEqual({ w: null, level: null, raters: 1, items: 6, reason: 'fewer-than-two-raters' });
    expect(kendallsW([])).toMatchObject({ w: null, reason: 'fewer-than-two-raters', raters: 0 });
  });

  it('is null with a reason when every rater ties every item', () => {
    expect(kendallsW([[1, 1, 1], [2, 2, 2]])).toMatchObject({ w: null, reason: 'everything-tied' });
  });

  it('rejects raters who rank different numbers of items', () => {
    expect(() => kendallsW([[1, 2, 3], [1, 2]])).toThrow(RangeError);
  });
});

describe('areaAgreement', () => {
  it('computes W over rankings of the six areas', () => {
    const result = areaAgreement([byArea([1, 6, 3, 2, 5, 4]), byArea([1, 5, 6, 4, 2, 3]), byArea([6, 3, 2, 5, 4, 1])]);
    expect(result.w).toBeCloseTo(306 / 1890, 12);
  });
});

describe('agreementLevel', () => {
  it.each([
    [0, 'none'],
    [0.0999, 'none'],
    [0.1, 'very-weak'],
    [0.29, 'very-weak'],
    [0.3, 'weak'],
    [0.45, 'weak'],
    [0.5, 'moderate'],
    [0.7, 'strong'],
    [0.9, 'unusually-strong'],
    [1, 'unusually-strong'],
  ] as const)('reads W = %d as %s (Schmidt 1997 values as lower bounds)', (w, level) => {
    expect(agreementLevel(w)).toBe(level);
  });

  it('does not let float noise drop a W below a threshold', () => {
    expect(agreementLevel(0.7 - 1e-15)).toBe('strong');
  });
});
