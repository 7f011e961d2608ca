import { describe, expect, it } from 'vitest';
import { availability, availabilityTime } from '../../../src/core/process/availability.js';
import { day, makeApplication } from '../../builders.js';

const asOf = day('2025-03-09');
const interviewed = { applied: '2025-03-01', interview: '2025-03-02' };

describe('availabilityTime', () => {
  it('is an event at a withdrawal, in whole calendar days from applied', () => {
    // 03-01 08:00 → 03-13 23:00: 12 days, the times ignored
    const application = makeApplication({ applied: '2025-03-01 08:00', interview: '2025-03-05', withdrawn: '2025-03-13 23:00' });
    expect(availabilityTime(application, day('2025-03-31'))).toEqual({ time: 12, event: true });
  });

  it('censors an active application at the as-of date', () => {
    expect(availabilityTime(makeApplication(interviewed), asOf)).toEqual({ time: 8, event: false });
  });

  it('leaves out an application that never reached an interview, and one closed by status only', () => {
    expect(availabilityTime(makeApplication({ applied: '2025-03-01', withdrawn: '2025-03-03' }), asOf)).toBeNull();
    expect(availabilityTime(makeApplication({ ...interviewed, status: 'withdrawn' }), asOf)).toBeNull();
  });
});

describe('availability', () => {
  it('treats events and censorings of one day as the estimator does: the censored are at risk that day', () => {
    const applications = [
      makeApplication({ ...interviewed, withdrawn: '2025-03-04' }), // event at 3
      makeApplication({ ...interviewed, offer: '2025-03-03', declined: '2025-03-04' }), // event at 3
      makeApplication({ ...interviewed, rejected: '2025-03-04' }), // censored at 3
      makeApplication({ ...interviewed, withdrawn: '2025-03-06' }), // event at 5
      makeApplication({ ...interviewed, hired: '2025-03-08' }), // censored at 7
      makeApplication(interviewed), // active: censored at the as-of date, 8
      makeApplication({ applied: '2025-03-01', withdrawn: '2025-03-02' }), // no interview: not counted
    ];
    // t = 3: 6 at risk, 2 events: S = 1 − 2/6 = 2/3; then 3 left at risk
    // t = 5: 3 at risk, 1 event: S = 2/3 × (1 − 1/3) = 4/9 ≤ 0.5, so the median is 5
    const result = availability(applications, asOf);
    expect(result).toMatchObject({ n: 6, events: 3, medianDays: 5 });
    expect(result.curve.map((point) => point.day)).toEqual([3, 5]);
    expect(result.curve[0]?.survival).toBeCloseTo(2 / 3, 12);
    expect(result.curve[1]?.survival).toBeCloseTo(4 / 9, 12);
    // S(7), S(14), S(30): the last step on or before each day is that of day 5
    expect(result.at['7']).toBeCloseTo(4 / 9, 12);
    expect(result.at['30']).toBeCloseTo(4 / 9, 12);
  });

  it('has no median when the curve never gets to 0.5', () => {
    const applications = [
      makeApplication({ ...interviewed, withdrawn: '2025-03-03' }), // event at 2
      makeApplication({ ...interviewed, hired: '2025-03-11' }), // censored at 10
      makeApplication({ ...interviewed, rejected: '2025-03-13' }), // censored at 12
      makeApplication(interviewed), // censored at 20
    ];
    // t = 2: S = 1 − 1/4 = 0.75, and no event after it
    expect(availability(applications, day('2025-03-21'))).toEqual({
      n: 4,
      events: 1,
      medianDays: null,
      at: { '7': 0.75, '14': 0.75, '30': 0.75 },
      curve: [{ day: 2, survival: 0.75 }],
    });
  });

  it('reads S as 1 before the first event', () => {
    const applications = [makeApplication({ ...interviewed, withdrawn: '2025-03-11' }), makeApplication({ ...interviewed, hired: '2025-03-21' })];
    // event at 10: S(7) = 1, S(14) = 1 − 1/2 = 0.5, the median 10
    expect(availability(applications, asOf)).toMatchObject({ medianDays: 10, at: { '7': 1, '14': 0.5, '30': 0.5 } });
  });

  it('is empty for no interviewed application', () => {
    expect(availability([makeApplication()], asOf)).toEqual({ n: 0, events: 0, medianDays: null, at: { '7': null, '14': null, '30': null }, curve: [] });
  });
});
