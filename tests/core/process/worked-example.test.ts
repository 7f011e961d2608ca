import { describe, expect, it } from 'vitest';
import { measureProcess } from '../../../src/core/process/process-block.js';
import { EVERY_PROCESS_COLUMN } from '../../../src/core/process/process-columns.js';
import { day, makeApplication, periodNamed } from '../../builders.js';

// The worked example of the README's "The process figures": four applications of March 2025, as of 2025-03-31.
const applications = [
  makeApplication({ id: 'A', applied: '2025-03-03 09:00', screened: '2025-03-05', interview: '2025-03-10 10:00', feedback: '2025-03-11 09:00', offer: '2025-03-14', hired: '2025-03-20' }),
  makeApplication({ id: 'B', applied: '2025-03-04', screened: '2025-03-06', interview: '2025-03-12 14:00', withdrawn: '2025-03-17' }),
  makeApplication({ id: 'C', applied: '2025-03-05', rejected: '2025-03-12' }),
  makeApplication({ id: 'D', applied: '2025-03-20', screened: '2025-03-24' }),
];
const ctx = {
  period: periodNamed('2025-03'),
  asOf: day('2025-03-31'),
  dayCount: 'calendar' as const,
  holidays: [],
  agreements: { feedbackHours: 24, firstResponseDays: 5 },
  columns: EVERY_PROCESS_COLUMN,
  channels: null,
};

describe("the README's worked example", () => {
  const { kpis } = measureProcess(applications, ctx).block;

  it('has the funnel, outcomes and closing stages worked out there', () => {
    expect(kpis.funnel.map((step) => step.reached)).toEqual([4, 3, 2, 1, 1]);
    expect(kpis.funnel.map((step) => step.passThrough)).toEqual([0.75, 2 / 3, 0.5, 1, null]);
    expect([kpis.conversion, kpis.applicationsPerHire]).toEqual([0.25, 4]);
    expect(Object.values(kpis.outcomes).map((outcome) => outcome.count)).toEqual([1, 1, 1, 1, 0]); // active, hired, rejected, withdrawn, declined
    expect(kpis.closedAt.applied).toEqual({ rejected: 1, withdrawn: 0 });
    expect(kpis.closedAt.interview).toEqual({ rejected: 0, withdrawn: 1 });
    expect(kpis.offerAcceptanceRate).toEqual({ n: 1, value: 1 });
  });

  it('has the speeds worked out there', () => {
    expect(kpis.timeToFirstResponse).toMatchObject({ n: 4, median: 3, withinAgreement: { n: 4, value: 0.75 } });
    expect([kpis.timeInStage.screening.median, kpis.timeInStage.interview.median, kpis.timeInStage.offer.median]).toEqual([5.5, 4.5, 6]);
    expect(kpis.feedbackTime).toMatchObject({ n: 2, min: 23, max: 120, withinAgreement: { n: 2, value: 0.5 } });
  });

  it('has the availability and drop-out worked out there', () => {
    expect(kpis.availability).toEqual({ n: 2, events: 1, medianDays: 13, at: { '7': 1, '14': 0.5, '30': 0.5 }, curve: [{ day: 13, survival: 0.5 }] });
    expect(kpis.dropOut[1]).toEqual({ from: 4, to: 7, applications: 2, withdrawn: 1, share: 0.5 });
  });
});
