import { describe, expect, it } from 'vitest';
import { closedAt } from '../../../src/core/process/closed-at.js';
import { outcomes } from '../../../src/core/process/outcomes.js';
import { seenOn } from '../../../src/core/process/seen-on.js';
import { day, makeApplication } from '../../builders.js';

const asOf = day('2025-03-31');

describe('outcomes', () => {
  it('counts each outcome on the as-of date, with its share of the cohort', () => {
    const cohort = [
      makeApplication({ hired: '2025-03-20' }),
      makeApplication({ rejected: '2025-03-10' }),
      makeApplication({ withdrawn: '2025-04-05' }), // withdrew after the as-of date: active on it
      makeApplication({ screened: '2025-03-05' }),
      makeApplication({ status: 'declined' }), // a status without a date still counts
    ].map((application) => seenOn(application, asOf));
    // 5 applications: hired 1, rejected 1, declined 1, active 2
    expect(outcomes(cohort)).toEqual({
      active: { count: 2, share: 0.4 },
      hired: { count: 1, share: 0.2 },
      rejected: { count: 1, share: 0.2 },
      withdrawn: { count: 0, share: 0 },
      declined: { count: 1, share: 0.2 },
    });
  });

  it('has counts of 0 and no shares for an empty cohort', () => {
    expect(outcomes([]).hired).toEqual({ count: 0, share: null });
  });
});

describe('closedAt', () => {
  it('counts rejections and withdrawals at the furthest stage each application reached', () => {
    const cohort = [
      makeApplication({ rejected: '2025-03-04' }), // applied
      makeApplication({ screened: '2025-03-05', rejected: '2025-03-07' }), // screening
      makeApplication({ screened: '2025-03-05', status: 'rejected' }), // screening, by status only
      makeApplication({ interview: '2025-03-10', withdrawn: '2025-03-12' }), // interview
      makeApplication({ offer: '2025-03-14', declined: '2025-03-17' }), // offer, declined
      makeApplication({ offer: '2025-03-14', hired: '2025-03-17' }), // a hire closes nowhere
      makeApplication({ interview: '2025-03-10', withdrawn: '2025-04-02' }), // active on the as-of date
    ].map((application) => seenOn(application, asOf));
    expect(closedAt(cohort)).toEqual({
      applied: { rejected: 1, withdrawn: 0 },
      screening: { rejected: 2, withdrawn: 0 },
      interview: { rejected: 0, withdrawn: 1 },
      offer: { rejected: 0, withdrawn: 1 },
    });
  });
});
