import { EVERY_HIRE_COLUMN as ALL } from '../../src/core/hire-columns.js';
import { describe, expect, it } from 'vitest';
import { candidateSatisfaction, managerSatisfaction } from '../../src/core/satisfaction.js';
import { makeHire } from '../builders.js';

const SCALE = { min: 1, max: 10 };

describe('managerSatisfaction', () => {
  it('is the mean score and that mean on 0..1 of the scale', () => {
    // (8 + 9) / 2 = 8.5; (8.5 − 1) / (10 − 1) = 7.5 / 9 = 0.8333…; the hire without a score is left out
    const hires = [makeHire({ managerSatisfaction: 8 }), makeHire({ managerSatisfaction: 9 }), makeHire()];
    const { kpi } = managerSatisfaction(hires, SCALE, ALL);
    expect(kpi.n).toBe(2);
    expect(kpi.mean).toBe(8.5);
    expect(kpi.normalised).toBeCloseTo(7.5 / 9, 12);
  });

  it('is null with a reason without scores', () => {
    expect(managerSatisfaction([makeHire()], SCALE, ALL)).toEqual({
      kpi: { n: 0, mean: null, normalised: null },
      reason: 'no hire in the period has a manager_satisfaction score',
    });
  });
});

describe('candidateSatisfaction', () => {
  it('reads the candidate score, not the manager score', () => {
    // (7 − 1) / 9 = 0.6667
    const { kpi } = candidateSatisfaction([makeHire({ candidateSatisfaction: 7, managerSatisfaction: 2 })], SCALE, ALL);
    expect(kpi.mean).toBe(7);
    expect(kpi.normalised).toBeCloseTo(6 / 9, 12);
    expect(candidateSatisfaction([], SCALE, ALL).reason).toBe('no hire in the period has a candidate_satisfaction score');
  });
});
