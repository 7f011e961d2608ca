import { describe, expect, it } from 'vitest';
import { percentileInc } from '../../../src/core/stats.js';
import { quantileDifference, type ValuesSample } from '../../../src/core/stats/quantile-bootstrap.js';
import { beta, gamma, seededUniform } from '../../../src/core/stats/random.js';

const sample = (...values: number[]): ValuesSample => ({ n: values.length, sorted: Float64Array.from(values).sort() });

describe('seededUniform', () => {
  it('gives the same numbers for the same seed, inside (0, 1)', () => {
    const [a, b] = [seededUniform(15), seededUniform(15)];
    const first = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toEqual(first);
    expect(first.every((u) => u > 0 && u < 1)).toBe(true);
    expect(seededUniform(16)()).not.toBe(first[0]);
  });
});

describe('beta and gamma numbers', () => {
  it('have the mean and variance of their distribution', () => {
    // Gamma(3): mean 3, variance 3; Beta(2, 3): mean 2/5, variance 2·3 / (5² · 6) = 0.04
    const uniform = seededUniform(1);
    const gammas = Array.from({ length: 20000 }, () => gamma(uniform, 3));
    const betas = Array.from({ length: 20000 }, () => beta(uniform, 2, 3));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = (xs: number[]) => {
      const m = mean(xs);
      return mean(xs.map((x) => (x - m) ** 2));
    };
    expect(mean(gammas)).toBeCloseTo(3, 1);
    expect(variance(gammas)).toBeGreaterThan(2.8);
    expect(variance(gammas)).toBeLessThan(3.2);
    expect(mean(betas)).toBeCloseTo(0.4, 2);
    expect(variance(betas)).toBeCloseTo(0.04, 2);
  });
});

/** The plain bootstrap: draw n values with replacement, take the quantile, many times. */
function bruteForce(baseline: ValuesSample, current: ValuesSample, p: number, level: number, resamples: number) {
  const uniform = seededUniform(99);
  const resample = (s: ValuesSample) => {
    const drawn = Float64Array.from({ length: s.n }, () => s.sorted[Math.floor(uniform() * s.n)] as number).sort();
    return percentileInc(drawn, p) as number;
  };
  const changes = Float64Array.from({ length: resamples }, () => resample(current) - resample(baseline)).sort();
  return { low: percentileInc(changes, (1 - level) / 2) as number, high: percentileInc(changes, (1 + level) / 2) as number };
}

describe('quantileDifference', () => {
  it('resamples a median of three values as worked out by hand', () => {
    // The median of 3 draws from {10, 20, 30} is 10 when two or three draws are 10:
    // 3 · (1/3)² · (2/3) + (1/3)³ = 7/27 = 0.259, the same for 30, and 20 with 13/27.
    // Against a baseline that is always 0, the 5th percentile of the changes is 10, the 95th 30.
    expect(quantileDifference(sample(0, 0, 0), sample(10, 20, 30), 0.5, 0.9)).toEqual({ low: 10, high: 30 });
    // with 20,000 resamples the share of 10s comes to 7/27 within a percentage point
    const draws = quantileDifference(sample(0, 0, 0), sample(10, 20, 30), 0.5, 0.5, { resamples: 20000, seed: 3 });
    // the 25th percentile is still 10 (0.259 > 0.25) and the 75th still 30
    expect(draws).toEqual({ low: 10, high: 30 });
    const narrow = quantileDifference(sample(0, 0, 0), sample(10, 20, 30), 0.5, 0.4, { resamples: 20000, seed: 3 });
    // the 30th and 70th percentiles fall among the 20s (0.259 < 0.30 and 0.259 + 0.481 > 0.70)
    expect(narrow).toEqual({ low: 20, high: 20 });
  });

  it('agrees with the plain bootstrap that draws every value', () => {
    const baseline = sample(12, 15, 18, 21, 25, 28, 30, 34, 39, 41, 45, 52, 60, 71, 90);
    const current = sample(8, 9, 11, 14, 15, 17, 19, 22, 24, 26, 29, 31, 33, 38, 44, 47, 55, 63, 80, 120);
    for (const p of [0.5, 0.9]) {
      const fast = quantileDifference(baseline, current, p, 0.9, { resamples: 20000, seed: 5 });
      const plain = bruteForce(baseline, current, p, 0.9, 20000);
      // two Monte Carlo runs of the same distribution: the bounds agree within a day or two
      expect(Math.abs((fast?.low ?? 0) - plain.low)).toBeLessThan(2);
      expect(Math.abs((fast?.high ?? 0) - plain.high)).toBeLessThan(2);
    }
  });

  it('gives the same interval for the same inputs', () => {
    const a = sample(30, 40, 45, 50, 61);
    const b = sample(20, 22, 35, 41);
    expect(quantileDifference(a, b, 0.5, 0.9)).toEqual(quantileDifference(a, b, 0.5, 0.9));
  });

  it('is the change itself when every value of each side is equal', () => {
    expect(quantileDifference(sample(40, 40, 40, 40), sample(35, 35), 0.5, 0.9)).toEqual({ low: -5, high: -5 });
    expect(quantileDifference(sample(40, 40), sample(40, 40, 40), 0.9, 0.9)).toEqual({ low: 0, high: 0 });
  });

  it('is null when a side has fewer than two values', () => {
    expect(quantileDifference(sample(40), sample(35, 36), 0.5, 0.9)).toBeNull();
    expect(quantileDifference(sample(35, 36), sample(40), 0.9, 0.9)).toBeNull();
    expect(quantileDifference(sample(), sample(35, 36), 0.5, 0.9)).toBeNull();
    expect(quantileDifference(sample(35, 36), sample(), 0.5, 0.9)).toBeNull();
  });

  it('resamples a capped sample at its full size', () => {
    // 1,000 values 1..1000 kept as 11 evenly spaced ones (1, 100.9, …): the median of 1,000 draws
    // varies far less than that of 11, so a change of 50 days is clear, as it is in the full sample
    const kept = (shift: number) => ({ n: 1000, sorted: Array.from({ length: 11 }, (_, i) => shift + 1 + Math.round(i * 99.9)) });
    const interval = quantileDifference(kept(0), kept(-50), 0.5, 0.9);
    expect(interval?.high).toBeLessThan(0);
    const small = quantileDifference({ n: 11, sorted: kept(0).sorted }, { n: 11, sorted: kept(-50).sorted }, 0.5, 0.9);
    expect(small?.high).toBeGreaterThan(0);
  });
});
