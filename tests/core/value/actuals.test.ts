import { describe, expect, it } from 'vitest';
import { type ActualsInput, areaActuals } from '../../../src/core/value/actuals.js';
import { computeKpis } from '../../../src/core/kpis.js';
import type { Measured } from '../../../src/core/measured.js';
import type { Share } from '../../../src/core/types.js';
import { makeContext, makeCost, makeHire, makeHours } from '../../builders.js';

// Two hires: quality (4 − 1) / 4 = 0.75 and 1 → 0.875; manager 7 and 9 → 8; candidate 6 → 6;
// one hire started on time of the two with needed_by → 0.5.
// Costs €3000 + 2 h × €50 = €3100 over 2 hires = €1550 (155000 cents); effort 3 h of a hiring manager / 2 = 1.5 h.
const hires = [
  makeHire({ performanceRating: 4, managerSatisfaction: 7, candidateSatisfaction: 6, startDate: '2025-04-01', neededBy: '2025-04-01' }),
  makeHire({ performanceRating: 5, managerSatisfaction: 9, startDate: '2025-04-02', neededBy: '2025-04-01' }),
];
const { kpis, reasons, notes } = computeKpis(
  {
    hires,
    vacancies: hires,
    costs: [makeCost({ amountEuros: 3000 })],
    hours: [makeHours({ hours: 2, rateEuros: 50 }), makeHours({ hours: 3, role: 'hiring_manager', rateEuros: 0 })],
  },
  makeContext(),
);
const input: ActualsInput = { kpis, reasons, notes, filledInTime: null, scores: {} };
const targets = {
  qualityOfHire: 0.8, onTimeRate: 0.9, managerSatisfaction: 8, candidateSatisfaction: 8, costPerHire: 4000, effortHoursPerHire: 10,
};

describe('areaActuals', () => {
  it('reads each area from its KPI, money per hire in currency units', () => {
    const actuals = areaActuals(input, targets);
    expect(actuals.bestFit).toEqual({ indicator: 'qualityOfHire', source: 'kpi', actual: 0.875, target: 0.8, reason: null, note: null });
    expect(actuals.timelyDelivery).toMatchObject({ indicator: 'onTimeRate', actual: 0.5, target: 0.9 });
    expect(actuals.serviceQuality).toMatchObject({ actual: 8, target: 8 });
    expect(actuals.candidateExperience).toMatchObject({ actual: 6, target: 8 });
    expect(actuals.rightCosts).toMatchObject({ indicator: 'costPerHire', actual: 1550, target: 4000 });
    expect(actuals.rightEffort).toMatchObject({ actual: 1.5, target: 10, reason: null });
  });

  it('says which target is missing', () => {
    const { costPerHire: _, ...withoutCost } = targets;
    expect(areaActuals(input, withoutCost).rightCosts).toEqual({
      indicator: 'costPerHire', source: 'kpi', actual: 1550, target: null, reason: 'no target: set targets.costPerHire in the config', note: null,
    });
  });

  it('lets a scores file override an area, in the unit of its target', () => {
    expect(areaActuals({ ...input, scores: { candidateExperience: 7.4 } }, targets).candidateExperience).toMatchObject({
      source: 'scores', actual: 7.4, reason: null,
    });
  });

  it('falls back to the share filled in time when no hire has start_date and needed_by', () => {
    const noDates = computeKpis({ hires: [makeHire()], vacancies: [], costs: [], hours: [] }, makeContext());
    const filled: Measured<Share> = { kpi: { n: 4, value: 0.75 }, reason: null };
    const base = { ...noDates, scores: {} };
    expect(areaActuals({ ...base, filledInTime: filled }, targets).timelyDelivery).toEqual({
      indicator: 'onTimeRate', source: 'filledInTime', actual: 0.75, target: 0.9, reason: null, note: null,
    });
    expect(areaActuals({ ...base, filledInTime: null }, targets).timelyDelivery).toMatchObject({
      actual: null,
      reason: 'no hire has both start_date and needed_by; set targets.timeToFillDays to measure the share filled in time instead',
    });
  });

  it('passes on why a KPI has no value', () => {
    const none = computeKpis({ hires: [], vacancies: [], costs: [], hours: [] }, makeContext());
    expect(areaActuals({ ...none, filledInTime: null, scores: {} }, targets).rightCosts).toMatchObject({
      actual: null, reason: 'no hires in the period',
    });
  });

  it('leaves cost and effort unmeasured without their files, and notes a cost per hire without time cost', () => {
    // 1 hire, €3 000 external: cost per hire €3 000.00 from the costs file alone
    const hires = [makeHire()];
    const noFiles = computeKpis({ hires, vacancies: hires, costs: null, hours: null }, makeContext());
    const none = areaActuals({ ...noFiles, filledInTime: null, scores: {} }, targets);
    expect(none.rightCosts).toMatchObject({ actual: null, reason: 'no costs file', note: null });
    expect(none.rightEffort).toMatchObject({ actual: null, reason: 'no hours file', note: null });
    const costsOnly = computeKpis({ hires, vacancies: hires, costs: [makeCost({ amountEuros: 3000 })], hours: null }, makeContext());
    expect(areaActuals({ ...costsOnly, filledInTime: null, scores: {} }, targets).rightCosts).toMatchObject({
      actual: 3000, reason: null, note: 'without time cost: no hours file',
    });
  });

  it('cannot index against a target of 0', () => {
    expect(areaActuals(input, { ...targets, qualityOfHire: 0 }).bestFit.reason).toBe('targets.qualityOfHire is 0, so no index can be computed');
  });
});
