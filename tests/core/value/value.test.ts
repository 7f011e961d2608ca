import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_KEYS, type AreaKey } from '../../../src/core/value/areas.js';
import { computeValue } from '../../../src/core/value/value.js';
import { byArea, deepFreeze } from './builders.js';

const targets = byArea([0.8, 0.9, 8, 8, 4000, 10]);
const weights = byArea([30, 25, 15, 10, 10, 10]); // normalised: 0.30 0.25 0.15 0.10 0.10 0.10
// indices:               0.9   1.1   0.9  1.0  1.1   1.2
const actuals = byArea([0.72, 0.99, 7.2, 8, 4400, 12]);

const areaOf = (report: ReturnType<typeof computeValue>, key: AreaKey) => report.areas.find((a) => a.key === key);

describe('computeValue', () => {
  it('gives exactly 1.00 and a full score when every area is on target', () => {
    const report = computeValue({ actuals: targets, targets, weights });
    expect(report.value).toBe(1);
    expect(report.reason).toBeNull();
    expect(report.weightedScore).toBeCloseTo(100, 9);
    expect(report.belowTarget).toEqual([]);
  });

  it('computes a worked example by hand', () => {
    // R = 0.30·0.9 + 0.25·1.1 = 0.27 + 0.275 = 0.545      P = 0.15·0.9 + 0.10·1.0 = 0.235
    // (R + P) / (0.30 + 0.25 + 0.15 + 0.10) = 0.78 / 0.80 = 0.975
    // K = 0.10·1.1 = 0.11   I = 0.10·1.2 = 0.12          (K + I) / (0.10 + 0.10) = 0.23 / 0.20 = 1.15
    // value = 0.975 / 1.15 = 0.8478
    const report = computeValue(deepFreeze({ actuals, targets, weights }));
    expect(report.value).toBeCloseTo(0.975 / 1.15, 12);
    expect(report.groups.resultaat).toBeCloseTo(0.545, 12);
    expect(report.groups.proces).toBeCloseTo(0.235, 12);
    expect(report.groups.kosten).toBeCloseTo(0.11, 12);
    expect(report.groups.inspanning).toBeCloseTo(0.12, 12);
    expect(report.numerator.weight).toBeCloseTo(0.8, 12);
    expect(report.denominator.weight).toBeCloseTo(0.2, 12);
    // scores: 90, 100 (capped), 90, 100, 100 (1.10 is inside the band), 75 (|0.2|: 100·0.3/0.4)
    // weighted: 0.30·90 + 0.25·100 + 0.15·90 + 0.10·100 + 0.10·100 + 0.10·75 = 27 + 25 + 13.5 + 10 + 10 + 7.5 = 93
    expect(report.areas.map((a) => a.score)).toEqual([90, 100, 90, 100, 100, 75].map((s) => expect.closeTo(s, 9)));
    expect(report.weightedScore).toBeCloseTo(93, 9);
    expect(report.top3).toEqual(['bestFit', 'timelyDelivery', 'serviceQuality']);
    expect(report.belowTarget).toEqual(['bestFit', 'serviceQuality']);
    expect(report.areas.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(areaOf(report, 'rightEffort')).toMatchObject({ weight: expect.closeTo(0.1, 12), contribution: expect.closeTo(0.12, 12), missesTarget: true, top3: false });
  });

  it('leaves an unmeasured area out, so its weight counts on neither side', () => {
    // without candidateExperience and rightEffort:
    // (0.545 + 0.135) / 0.70 = 0.9714   0.11 / 0.10 = 1.1   value = 0.9714 / 1.1 = 0.8831
    // weighted score: (27 + 25 + 13.5 + 10) / 0.80 = 94.375
    const report = computeValue({ actuals: { ...actuals, candidateExperience: null, rightEffort: null }, targets, weights });
    expect(report.value).toBeCloseTo(0.68 / 0.7 / 1.1, 12);
    expect(report.weightedScore).toBeCloseTo(94.375, 9);
    expect(report.unmeasured).toEqual(['candidateExperience', 'rightEffort']);
    expect(areaOf(report, 'rightEffort')).toMatchObject({ measured: false, index: null, score: null, contribution: null, missesTarget: null });
  });

  it('treats a missing or zero target as not measured', () => {
    const report = computeValue({ actuals, targets: { ...targets, bestFit: 0, rightEffort: null }, weights });
    expect(report.unmeasured).toEqual(['bestFit', 'rightEffort']);
  });

  it('gives null with a reason when a whole side is unmeasured', () => {
    const noCosts = computeValue({ actuals: { ...actuals, rightCosts: null, rightEffort: null }, targets, weights });
    expect(noCosts).toMatchObject({ value: null, reason: 'denominator-unmeasured' });
    expect(noCosts.weightedScore).not.toBeNull();
    const noResults = computeValue({ actuals: { rightCosts: 4000 }, targets, weights });
    expect(noResults).toMatchObject({ value: null, reason: 'numerator-unmeasured', weightedScore: 100 });
  });

  it('gives null with a reason when the weights are all 0 or a side has none', () => {
    expect(computeValue({ actuals, targets, weights: {} })).toMatchObject({ value: null, reason: 'no-weights', weightedScore: null, top3: [] });
    expect(computeValue({ actuals, targets, weights: { bestFit: 1 } })).toMatchObject({ value: null, reason: 'denominator-zero-weight' });
  });

  it('gives null when nothing was spent', () => {
    const report = computeValue({ actuals: { ...actuals, rightCosts: 0, rightEffort: 0 }, targets, weights });
    expect(report).toMatchObject({ value: null, reason: 'zero-cost-and-effort' });
  });

  it('uses the given tolerance', () => {
    // rightCosts 1.1 now misses a ±5 % band: 100·(0.5 − 0.1)/(0.5 − 0.05) = 88.9
    const report = computeValue({ actuals, targets, weights: { ...weights, rightCosts: 100 }, tolerance: 0.05 });
    expect(areaOf(report, 'rightCosts')?.score).toBeCloseTo(40 / 0.45, 9);
    expect(report.belowTarget).toContain('rightCosts');
  });

  const positive = fc.double({ min: 0.01, max: 100, noNaN: true });
  const sixOf = <T>(arb: fc.Arbitrary<T>) => fc.tuple(arb, arb, arb, arb, arb, arb);

  it('gives 1 for every area on target, whatever the weights', () => {
    fc.assert(
      fc.property(sixOf(positive), sixOf(positive), (w, t) => {
        const report = computeValue({ actuals: byArea(t), targets: byArea(t), weights: byArea(w) });
        expect(report.value).toBeCloseTo(1, 12);
      }),
    );
  });

  it('does not change when every weight is multiplied by k', () => {
    fc.assert(
      fc.property(sixOf(positive), sixOf(positive), fc.double({ min: 0.001, max: 1000, noNaN: true }), (w, a, k) => {
        const scaled = byArea(w.map((v) => v * k) as typeof w);
        const base = computeValue({ actuals: byArea(a), targets, weights: byArea(w) });
        const other = computeValue({ actuals: byArea(a), targets, weights: scaled });
        // relative: with tiny cost indices the value runs into the millions
        expect((other.value ?? Number.NaN) / (base.value ?? Number.NaN)).toBeCloseTo(1, 9);
        expect(other.weightedScore).toBeCloseTo(base.weightedScore ?? Number.NaN, 9);
        expect(other.top3).toEqual(base.top3);
        for (const key of AREA_KEYS) expect(areaOf(other, key)?.weight).toBeCloseTo(areaOf(base, key)?.weight ?? Number.NaN, 12);
      }),
    );
  });
});
