import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateProportionally } from '../../src/core/grouping.js';

describe('allocateProportionally', () => {
  it('gives the left-over cent to the first of equal remainders', () => {
    // 100 / 3 = 33.33 each; floors 33 + 33 + 33 = 99; 1 cent left → index 0
    expect(allocateProportionally(100, [1, 1, 1])).toEqual([34, 33, 33]);
    // 101: 2 cents left → indexes 0 and 1
    expect(allocateProportionally(101, [1, 1, 1])).toEqual([34, 34, 33]);
  });

  it('gives the left-over cents to the largest remainders', () => {
    // 10 over [1, 2]: 3.33 and 6.67 → floors 3 + 6 = 9; the larger remainder (0.67) gets the cent
    expect(allocateProportionally(10, [1, 2])).toEqual([3, 7]);
    // 5 over [2, 1, 1]: 2.5, 1.25, 1.25 → [3, 1, 1]
    expect(allocateProportionally(5, [2, 1, 1])).toEqual([3, 1, 1]);
  });

  it('mirrors a negative amount', () => {
    expect(allocateProportionally(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocateProportionally(-10, [1, 2])).toEqual([-3, -7]);
  });

  it('gives nothing to a zero weight', () => {
    expect(allocateProportionally(7, [0, 1, 1])).toEqual([0, 4, 3]);
    expect(allocateProportionally(0, [1, 2])).toEqual([0, 0]);
  });

  it('stays exact for amounts beyond float precision of amount × weight', () => {
    // 9e15 × 1e6 exceeds 2^53; the parts must still add up
    const parts = allocateProportionally(9e15, [1_000_000, 3]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(9e15);
  });

  it('accepts fractional weights', () => {
    expect(allocateProportionally(5, [0.5, 0.25, 0.25])).toEqual([3, 1, 1]);
  });

  it('refuses weights that add up to 0 and fractional cents', () => {
    expect(() => allocateProportionally(100, [0, 0])).toThrow(RangeError);
    expect(() => allocateProportionally(100, [])).toThrow(RangeError);
    expect(() => allocateProportionally(1.5, [1])).toThrow(RangeError);
    expect(() => allocateProportionally(1, [-1, 2])).toThrow(RangeError);
  });

  it('always adds up exactly, each part within one cent of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        (amount, weights) => {
          const parts = allocateProportionally(amount, weights);
          const total = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          parts.forEach((part, i) => {
            expect(Number.isInteger(part)).toBe(true);
            expect(Math.abs(part - (amount * (weights[i] as number)) / total)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});
