import { describe, expect, it } from 'vitest';
import { fourDecimals, twoDecimals } from '../../src/render/rounding.js';

describe('twoDecimals', () => {
  it('rounds a mean the same whatever order its values were summed in', () => {
    // (8.4 + 3.3 + 1 + 1.2) / 4 and (1.2 + 1 + 3.3 + 8.4) / 4 differ in the last bits around 3.475.
    const sums = [(8.4 + 3.3 + 1 + 1.2) / 4, (1.2 + 1 + 3.3 + 8.4) / 4, 3.4749999999999996, 3.4750000000000001];
    expect(sums.map(twoDecimals)).toEqual([3.48, 3.48, 3.48, 3.48]);
  });

  it('rounds half away from zero, as in decimal arithmetic', () => {
    expect([2.675, -2.675, 1.005, 0.125].map(twoDecimals)).toEqual([2.68, -2.68, 1.01, 0.13]);
  });

  it('keeps null and never gives negative zero', () => {
    expect(twoDecimals(null)).toBeNull();
    expect(Object.is(twoDecimals(-0.001), 0)).toBe(true);
    expect(Object.is(twoDecimals(-1e-9), 0)).toBe(true);
  });
});

describe('fourDecimals', () => {
  it('rounds to four decimals', () => {
    expect(fourDecimals(2 / 3)).toBe(0.6667);
    expect(fourDecimals(0.12345)).toBe(0.1235);
    expect(fourDecimals(0.10625)).toBe(0.1063);
    expect(fourDecimals(1.23e-5)).toBe(0);
    expect(fourDecimals(1e20)).toBe(1e20);
  });
});
