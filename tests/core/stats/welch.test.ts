import { describe, expect, it } from 'vitest';
import { meanSample } from '../../../src/core/stats/mean-sample.js';
import { welchDifference } from '../../../src/core/stats/welch.js';

describe('welchDifference', () => {
  it('gives the NIST/SEMATECH e-Handbook example (1.3.5.3, mpg of US and Japanese cars)', () => {
    // US: n 249, mean 20.14458, s 6.41470; Japan: n 79, mean 30.48101, s 6.10771.
    // s²/n: 41.1484 / 249 = 0.165255 and 37.3041 / 79 = 0.472204; se = √0.637459 = 0.798410;
    // df = 0.637459² / (0.165255² / 248 + 0.472204² / 78) = 0.406354 / 0.0029688 = 136.875 (the Handbook's 136.8750);
    // t = −10.33643 / 0.79841 = −12.946 (the Handbook's −12.94627).
    // 95 %: t(0.975, 136.875) = 1.977447, margin 1.977447 × 0.798410 = 1.578814 → −11.91524 to −8.75762
    const interval = welchDifference({ n: 79, mean: 30.48101, sd: 6.10771 }, { n: 249, mean: 20.14458, sd: 6.4147 }, 0.95);
    expect(interval?.df).toBeCloseTo(136.875, 3);
    expect(interval?.low).toBeCloseTo(-11.91524, 4);
    expect(interval?.high).toBeCloseTo(-8.75762, 4);
  });

  it('is narrower at 90 %', () => {
    // t(0.95, 136.875) = 1.656062; margin 1.656062 × 0.798410 = 1.322217 → −11.65865 to −9.01421
    const interval = welchDifference({ n: 79, mean: 30.48101, sd: 6.10771 }, { n: 249, mean: 20.14458, sd: 6.4147 }, 0.9);
    expect(interval?.low).toBeCloseTo(-11.65865, 4);
    expect(interval?.high).toBeCloseTo(-9.01421, 4);
  });

  it('works a small case by hand', () => {
    // baseline 10, 12 (mean 11, s² 2); current 30, 32 (mean 31, s² 2): se = √(2/2 + 2/2) = √2,
    // df = 2² / (1²/1 + 1²/1) = 2, t(0.95, 2) = 2.919986; 20 ± 2.919986 × 1.414214 = 20 ± 4.129483
    const interval = welchDifference(meanSample([10, 12])!, meanSample([30, 32])!, 0.9);
    expect(interval).toEqual({ low: expect.closeTo(15.870517, 5), high: expect.closeTo(24.129483, 5), df: expect.closeTo(2, 10) });
  });

  it('is null when a side has fewer than two values', () => {
    const two = { n: 2, mean: 5, sd: 1 };
    expect(welchDifference({ n: 1, mean: 5, sd: null }, two, 0.9)).toBeNull();
    expect(welchDifference(two, { n: 1, mean: 5, sd: null }, 0.9)).toBeNull();
    expect(welchDifference({ n: 0, mean: 0, sd: null }, two, 0.9)).toBeNull();
  });

  it('is the change itself when neither side varies', () => {
    // all values equal: 40, 40, 40 against 38, 38: se = 0, nothing to be unsure of
    expect(welchDifference(meanSample([40, 40, 40])!, meanSample([38, 38])!, 0.9)).toMatchObject({ low: -2, high: -2 });
    expect(welchDifference(meanSample([7, 7])!, meanSample([7, 7])!, 0.9)).toMatchObject({ low: 0, high: 0 });
  });
});

describe('meanSample', () => {
  it('gives n, mean and the sample standard deviation', () => {
    // mean 40 / 8 = 5; squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32; sd = √(32 / 7) = 2.13809
    expect(meanSample([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ n: 8, mean: 5, sd: expect.closeTo(2.13809, 5) });
  });

  it('has no sd for one value and no sample for none', () => {
    expect(meanSample([12])).toEqual({ n: 1, mean: 12, sd: null });
    expect(meanSample([])).toBeNull();
  });
});
