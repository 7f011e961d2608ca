import { describe, expect, it } from 'vitest';
import { agreedDurations } from '../../../src/core/process/agreed-durations.js';
import { feedbackHours, feedbackMoment, hoursBetween, nonWorkingDaysBetween } from '../../../src/core/process/feedback-time.js';
import { day, makeApplication, moment, periodNamed } from '../../builders.js';

const march = periodNamed('2025-03');

describe('hoursBetween', () => {
  it('is exact when both moments carry a time', () => {
    // Mon 10:00 → Tue 09:00 = 24 − 1
    expect(hoursBetween(moment('2025-03-10 10:00'), moment('2025-03-11 09:00'), 'calendar', [])).toBe(23);
  });

  it('is whole days × 24 when one moment has no time', () => {
    // 03-10 → 03-12 14:00: 2 days × 24, the time ignored
    expect(hoursBetween(moment('2025-03-10'), moment('2025-03-12 14:00'), 'calendar', [])).toBe(48);
    expect(hoursBetween(moment('2025-03-10 16:00'), moment('2025-03-11'), 'calendar', [])).toBe(24);
  });

  it('is 0 for equal timestamps', () => {
    expect(hoursBetween(moment('2025-03-10 14:00'), moment('2025-03-10 14:00'), 'calendar', [])).toBe(0);
  });

  it('takes 24 h off for each weekend day strictly between, with business days', () => {
    // Fri 03-07 16:00 → Mon 03-10 09:00: 3 × 24 − 7 = 65 h; Saturday and Sunday lie between: 65 − 48 = 17
    expect(hoursBetween(moment('2025-03-07 16:00'), moment('2025-03-10 09:00'), 'business', [])).toBe(17);
  });

  it('takes 24 h off for holidays strictly between too', () => {
    // Thu 2025-04-17 → Tue 04-22: 5 × 24 = 120 h; Good Friday, Saturday, Sunday, Easter Monday between: 120 − 96 = 24
    const easter = [day('2025-04-18'), day('2025-04-21')];
    expect(hoursBetween(moment('2025-04-17'), moment('2025-04-22'), 'business', easter)).toBe(24);
    expect(nonWorkingDaysBetween(day('2025-04-17'), day('2025-04-22'), easter)).toBe(4);
  });
});

describe('feedbackMoment', () => {
  it('is the next event after the interview when the feedback is empty', () => {
    const application = makeApplication({ interview: '2025-03-10 14:00', rejected: '2025-03-13 14:00' });
    expect(feedbackMoment(application)).toEqual(moment('2025-03-13 14:00'));
  });

  it('is null while no answer has come', () => {
    expect(feedbackMoment(makeApplication({ interview: '2025-03-10' }))).toBeNull();
  });
});

describe('feedbackHours', () => {
  it('measures the interviews of the period, by their interview date', () => {
    const applications = [
      makeApplication({ interview: '2025-03-10 10:00', feedback: '2025-03-11 09:00' }), // 23
      makeApplication({ interview: '2025-03-10', feedback: '2025-03-12 14:00' }), // 48: no time at the interview
      makeApplication({ interview: '2025-03-10 14:00', rejected: '2025-03-13 14:00' }), // 72: no feedback, the rejection answers
      makeApplication({ interview: '2025-03-10 14:00', feedback: '2025-03-10 14:00' }), // 0
      makeApplication({ interview: '2025-03-20' }), // waiting: left out
      makeApplication({ applied: '2025-02-20', interview: '2025-02-27', feedback: '2025-03-03' }), // February's interview
    ];
    const values = feedbackHours(applications, march, 'calendar', []);
    expect(values).toEqual([23, 48, 72, 0]);
    // sorted 0, 23, 48, 72: mean 143 / 4 = 35.75; median (23 + 48) / 2 = 35.5; within 24 h: 0 and 23 = 2 of 4
    expect(agreedDurations(values, 24)).toMatchObject({ n: 4, mean: 35.75, median: 35.5, agreement: 24, withinAgreement: { n: 4, value: 0.5 } });
  });
});
