import { describe, expect, it } from 'vitest';
import { dayCounter } from '../../../src/core/business-days.js';
import { agreedDurations } from '../../../src/core/process/agreed-durations.js';
import { firstResponseDays, timeToFirstResponseDays } from '../../../src/core/process/first-response.js';
import { seenOn } from '../../../src/core/process/seen-on.js';
import { daysInStage, stageDays } from '../../../src/core/process/time-in-stage.js';
import { day, makeApplication } from '../../builders.js';

const calendar = dayCounter('calendar', []);
const working = dayCounter('business', []);

describe('timeToFirstResponse', () => {
  it('runs from applied to the first action of the organisation, by date', () => {
    // applied Mon 03-03 17:00, screened Wed 03-05 09:00: 2 days, the times ignored
    expect(firstResponseDays(makeApplication({ applied: '2025-03-03 17:00', screened: '2025-03-05 09:00' }), calendar)).toBe(2);
  });

  it('takes the earliest action, a rejection before the screening included', () => {
    expect(firstResponseDays(makeApplication({ screened: '2025-03-12', rejected: '2025-03-06' }), calendar)).toBe(3);
  });

  it('is not measured by a withdrawal, which is not the organisation acting, nor by a status', () => {
    expect(firstResponseDays(makeApplication({ withdrawn: '2025-03-05' }), calendar)).toBeNull();
    expect(firstResponseDays(makeApplication({ status: 'rejected' }), calendar)).toBeNull();
  });

  it('counts working days with business days', () => {
    // Fri 03-07 → Mon 03-10: only the Monday is a working day after Friday
    expect(firstResponseDays(makeApplication({ applied: '2025-03-07', screened: '2025-03-10' }), working)).toBe(1);
  });

  it('summarises the responses with the share within the agreed days', () => {
    const values = timeToFirstResponseDays(
      [
        makeApplication({ screened: '2025-03-05' }), // 2
        makeApplication({ screened: '2025-03-12', rejected: '2025-03-06' }), // 3
        makeApplication({ interview: '2025-03-13' }), // 10: screening skipped
        makeApplication(), // no response yet
      ],
      calendar,
    );
    expect(values).toEqual([2, 3, 10]);
    // mean 15/3 = 5; median 3; p90: rank 0.9 × 2 = 1.8 → 3 + 0.8 × (10 − 3) = 8.6; within 5 days: 2 of 3
    const summary = agreedDurations(values, 5);
    expect(summary).toMatchObject({ n: 3, mean: 5, median: 3, min: 2, max: 10, agreement: 5, withinAgreement: { n: 3, value: 2 / 3 } });
    expect(summary.p90).toBeCloseTo(8.6, 10);
  });
});

describe('timeInStage', () => {
  it('ends screening at the next stage date', () => {
    expect(daysInStage(makeApplication({ screened: '2025-03-05', interview: '2025-03-12' }), 'screening', calendar)).toBe(7);
  });

  it('ends a stage at the next stage reached when one was skipped', () => {
    // screened 03-05, no interview, offer 03-20: 15 days in screening
    expect(daysInStage(makeApplication({ screened: '2025-03-05', offer: '2025-03-20' }), 'screening', calendar)).toBe(15);
  });

  it('ends a stage at the closing date when that comes first', () => {
    expect(daysInStage(makeApplication({ screened: '2025-03-05', rejected: '2025-03-07' }), 'screening', calendar)).toBe(2);
    expect(daysInStage(makeApplication({ offer: '2025-03-14', declined: '2025-03-17' }), 'offer', calendar)).toBe(3);
  });

  it('does not end the interview stage at the feedback, which is no stage', () => {
    // interview 03-10, feedback 03-11, offer 03-14: 4 days
    const application = makeApplication({ interview: '2025-03-10', feedback: '2025-03-11', offer: '2025-03-14' });
    expect(daysInStage(application, 'interview', calendar)).toBe(4);
  });

  it('leaves out an application still in the stage on the as-of date, and one closed by status only', () => {
    const asOf = day('2025-03-31');
    const applications = [
      makeApplication({ screened: '2025-03-05', interview: '2025-03-12' }), // 7
      makeApplication({ screened: '2025-03-05' }), // still in screening
      makeApplication({ screened: '2025-03-25', interview: '2025-04-03' }), // left screening after R: still in it on R
      makeApplication({ screened: '2025-03-05', status: 'rejected' }), // closed on an unknown date
    ].map((application) => seenOn(application, asOf));
    expect(stageDays(applications, 'screening', calendar)).toEqual([7]);
  });
});
