import { describe, expect, it } from 'vitest';
import { applicationsPerHire, conversion, funnel } from '../../../src/core/process/funnel.js';
import { makeApplication } from '../../builders.js';

// Furthest stages: applied, screening, interview (screening skipped), hired, and a hire known only from its status.
const cohort = [
  makeApplication({ rejected: '2025-03-04' }),
  makeApplication({ screened: '2025-03-05', rejected: '2025-03-07' }),
  makeApplication({ interview: '2025-03-10', withdrawn: '2025-03-12' }),
  makeApplication({ screened: '2025-03-05', interview: '2025-03-10', offer: '2025-03-14', hired: '2025-03-17' }),
  makeApplication({ status: 'hired' }),
];

describe('funnel', () => {
  it('counts each stage reached by the applications whose furthest stage is it or later', () => {
    // applied 5; screening: all but the first = 4 (the interview that skipped screening counts);
    // interview: 3; offer: the two hires = 2; hired 2
    expect(funnel(cohort).map((step) => step.reached)).toEqual([5, 4, 3, 2, 2]);
  });

  it('passes through as reached(next) / reached(this), with none after hired', () => {
    // 4/5, 3/4, 2/3, 2/2
    expect(funnel(cohort).map((step) => step.passThrough)).toEqual([0.8, 0.75, 2 / 3, 1, null]);
  });

  it('gives each stage its share of the applications, as reached / applications', () => {
    // 5/5, 4/5, 3/5, 2/5, 2/5
    expect(funnel(cohort).map((step) => step.share)).toEqual([1, 0.8, 0.6, 0.4, 0.4]);
  });

  it('has no share of the applications where there are none', () => {
    expect(funnel([]).map((step) => step.share)).toEqual([null, null, null, null, null]);
  });

  it('has no pass-through where no application reached the stage', () => {
    expect(funnel([makeApplication()]).map((step) => step.passThrough)).toEqual([0, null, null, null, null]);
  });
});

describe('conversion and applicationsPerHire', () => {
  it('divide hired and applications both ways', () => {
    // 2 hired of 5
    expect(conversion(5, 2)).toBe(0.4);
    expect(applicationsPerHire(5, 2)).toBe(2.5);
  });

  it('are null where they would divide by 0', () => {
    expect(conversion(0, 0)).toBeNull();
    expect(applicationsPerHire(5, 0)).toBeNull();
  });
});
