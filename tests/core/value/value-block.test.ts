import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report.js';
import { hasValueTargets, type ValueModel } from '../../../src/core/value/value-block.js';
import { makeCost, makeHire, makeOptions } from '../../builders.js';

// Two hires in 2025-Q1, no start/needed_by dates, so timely delivery falls back to time to fill:
// A opened 01-01, accepted 01-31 (30 days), quality (4 − 1) / 4 = 0.75, manager 8;
// B opened 01-01, accepted 03-01 (31 + 28 + 1 = 59 days), quality (5 − 1) / 4 = 1, manager 6.
// Costs €6000 / 2 hires = €3000 per hire; no hours, so effort is 0 h per hire.
const records = {
  hires: [
    makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-01-31', performanceRating: 4, managerSatisfaction: 8 }),
    makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-03-01', performanceRating: 5, managerSatisfaction: 6 }),
  ],
  costs: [makeCost({ date: '2025-02-01', amountEuros: 6000 })],
  hours: [],
};
const model: ValueModel = {
  targets: { qualityOfHire: 0.8, onTimeRate: 0.8, timeToFillDays: 45, managerSatisfaction: 8, costPerHire: 4000 },
  weights: null,
  tolerance: null,
  scores: {},
};
const valueOf = (value: ValueModel) => buildReport(records, { ...makeOptions({ period: '2025-Q1' }), value }).value;

describe('the value block of a report', () => {
  it('is null unless a value model is given', () => {
    expect(buildReport(records, makeOptions({ period: '2025-Q1' })).value).toBeNull();
  });

  it('weighs every area the same when the config has no weights, and says so', () => {
    const block = valueOf(model);
    // bestFit (0.75 + 1) / 2 = 0.875 → 0.875 / 0.8 = 1.09375
    // timelyDelivery: 1 of 2 filled within 45 days → 0.5 / 0.8 = 0.625
    // serviceQuality (8 + 6) / 2 = 7 → 7 / 8 = 0.875; candidateExperience: no target, not measured
    // rightCosts 3000 / 4000 = 0.75; rightEffort: no target, not measured
    // each weight 1/6: numerator (1.09375 + 0.625 + 0.875) / 3 = 2.59375 / 3 = 0.864583…
    // denominator 0.75 / 1 = 0.75 → value = 0.864583… / 0.75 = 1.152777…
    expect(block?.weightsSource).toBe('equal');
    expect(block?.toleranceSource).toBe('default');
    expect(block?.actuals.timelyDelivery).toMatchObject({ source: 'filledInTime', actual: 0.5 });
    expect(block?.result.areas.map((a) => a.index)).toEqual([1.09375, 0.625, 0.875, null, 0.75, null]);
    expect(block?.result.areas.every((a) => Math.abs(a.weight - 1 / 6) < 1e-12)).toBe(true);
    expect(block?.result.unmeasured).toEqual(['candidateExperience', 'rightEffort']);
    expect(block?.result.value).toBeCloseTo(2.59375 / 3 / 0.75, 12);
  });

  it('uses the configured weights and tolerance', () => {
    // weights 3 : 1 : 0 : 0 : 1 : 0 → 0.6, 0.2, 0, 0, 0.2, 0
    // numerator (0.6 · 1.09375 + 0.2 · 0.625 + 0 · 0.875) / 0.8 = (0.65625 + 0.125) / 0.8 = 0.9765625
    // denominator 0.2 · 0.75 / 0.2 = 0.75 → value = 0.9765625 / 0.75 = 1.302083…
    // rightCosts 0.75 is 0.25 under target: with tolerance 0.3 it scores 100, with 0.1 it scores
    // 100 · (0.5 − 0.25) / (0.5 − 0.1) = 62.5
    const weights = { bestFit: 3, timelyDelivery: 1, rightCosts: 1 };
    const wide = valueOf({ ...model, weights, tolerance: 0.3 });
    expect(wide?.weightsSource).toBe('config');
    expect(wide?.toleranceSource).toBe('config');
    expect(wide?.result.value).toBeCloseTo(0.9765625 / 0.75, 12);
    expect(wide?.result.areas[4]?.score).toBe(100);
    expect(valueOf({ ...model, weights })?.result.areas[4]?.score).toBeCloseTo(62.5, 12);
  });

  it('counts the fallback in working days with a business-day report', () => {
    // Wed 01-01 → Fri 01-31: 22 working days; → Sat 03-01: 42 working days; both within 45
    const options = { ...makeOptions({ period: '2025-Q1', dayCount: 'business' }), value: model };
    expect(buildReport(records, options).value?.actuals.timelyDelivery.actual).toBe(1);
  });

  it('takes an area from the scores file over its KPI', () => {
    // candidateExperience 7.2 against 8 → 0.9
    const block = valueOf({ ...model, targets: { ...model.targets, candidateSatisfaction: 8 }, scores: { candidateExperience: 7.2 } });
    expect(block?.result.areas[3]).toMatchObject({ measured: true, index: expect.closeTo(0.9, 12) });
  });
});

describe('hasValueTargets', () => {
  it('is true only when at least one target is set', () => {
    expect(hasValueTargets(undefined)).toBe(false);
    expect(hasValueTargets({})).toBe(false);
    expect(hasValueTargets({ qualityOfHire: undefined })).toBe(false);
    expect(hasValueTargets({ timeToFillDays: 45 })).toBe(true);
  });
});
