import { describe, expect, it } from 'vitest';
import { logGamma, regularizedIncompleteBeta } from '../../../src/core/stats/incomplete-beta.js';
import { normalQuantile } from '../../../src/core/stats/normal-quantile.js';
import { studentTCdf, studentTQuantile } from '../../../src/core/stats/t-quantile.js';

describe('normalQuantile', () => {
  it('gives the z values of the normal table', () => {
    // z of 90 %, 95 % and 99 % two-sided intervals: 1.6449, 1.9600, 2.5758
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536, 6);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293, 6);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is symmetric, also in the far tails', () => {
    // Φ⁻¹(0.01) = −2.3263479; Φ⁻¹(10⁻¹⁰) = −6.3613409
    expect(normalQuantile(0.01)).toBeCloseTo(-2.3263479, 6);
    expect(normalQuantile(0.99)).toBeCloseTo(2.3263479, 6);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.3613409, 5);
  });

  it('is NaN outside (0, 1)', () => {
    expect(normalQuantile(0)).toBeNaN();
    expect(normalQuantile(1)).toBeNaN();
  });
});

describe('regularizedIncompleteBeta', () => {
  it('matches closed forms', () => {
    // I_x(1, b) = 1 − (1 − x)^b: I_0.25(1, 3) = 1 − 0.75³ = 0.578125
    expect(regularizedIncompleteBeta(0.25, 1, 3)).toBeCloseTo(0.578125, 12);
    // I_x(a, 1) = x^a: I_0.6(2.5, 1) = 0.6^2.5 = 0.278855…
    expect(regularizedIncompleteBeta(0.6, 2.5, 1)).toBeCloseTo(0.6 ** 2.5, 12);
    // symmetric a = b: I_0.5(a, a) = 0.5
    expect(regularizedIncompleteBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it('rests on ln Γ', () => {
    // Γ(5) = 4! = 24; Γ(½) = √π; Γ(10.5) = 1133278.3889…
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(Math.exp(logGamma(10.5))).toBeCloseTo(1133278.3889487855, 4);
  });
});

describe('studentTQuantile', () => {
  it('gives the figures of a t table', () => {
    // one-sided 95 % and 97.5 % points: df 1: 6.3138, 12.7062; df 10: 1.8125; df 30: 2.0423
    expect(studentTQuantile(0.95, 1)).toBeCloseTo(6.3137515, 6);
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062047, 6);
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.8124611, 6);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.0422725, 6);
    expect(studentTQuantile(0.999, 2)).toBeCloseTo(22.3271248, 5);
  });

  it('takes fractional degrees of freedom, as Welch needs', () => {
    // df 1 is the Cauchy distribution: t = tan(π (p − ½)); at 0.975: tan(0.475π) = 12.7062
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(Math.tan(0.475 * Math.PI), 8);
    // df 2 has t = (2p − 1) √(2 / (4p(1 − p))): at 0.95, 0.9 · √(2 / 0.19) = 2.9199856
    expect(studentTQuantile(0.95, 2)).toBeCloseTo(0.9 * Math.sqrt(2 / 0.19), 8);
    // between them, df 1.5 lies between 6.3138 and 2.9200
    const between = studentTQuantile(0.95, 1.5);
    expect(between).toBeGreaterThan(2.92);
    expect(between).toBeLessThan(6.3138);
    // many degrees of freedom approach the normal: 1.6449
    expect(studentTQuantile(0.95, 1e6)).toBeCloseTo(1.6448551, 5);
  });

  it('is symmetric, 0 at the median, and inverts the distribution function', () => {
    expect(studentTQuantile(0.05, 10)).toBeCloseTo(-1.8124611, 6);
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTCdf(studentTQuantile(0.9, 7.3), 7.3)).toBeCloseTo(0.9, 12);
    // df 1 at t = 1: ½ + arctan(1) / π = 0.75
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
  });

  it('is NaN for a probability outside (0, 1) or no degrees of freedom', () => {
    expect(studentTQuantile(1, 5)).toBeNaN();
    expect(studentTQuantile(0.9, 0)).toBeNaN();
  });
});
