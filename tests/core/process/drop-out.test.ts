import { describe, expect, it } from 'vitest';
import { dayCounter } from '../../../src/core/business-days.js';
import { dropOut, longestWait } from '../../../src/core/process/drop-out.js';
import { makeApplication } from '../../builders.js';

const calendar = dayCounter('calendar', []);

describe('longestWait', () => {
  it('is the largest gap between consecutive steps, up to a withdrawal', () => {
    // 03-03 → 03-04 (1) → 03-13 (9) → withdrawn 03-16 (3)
    const application = makeApplication({ screened: '2025-03-04', interview: '2025-03-13', withdrawn: '2025-03-16' });
    expect(longestWait(application, calendar)).toBe(9);
  });

  it('counts the wait before a declined offer, not the one before a hire or rejection', () => {
    // gaps 2, 2, 3, then 21 to the declined offer
    expect(longestWait(makeApplication({ screened: '2025-03-05', interview: '2025-03-07', offer: '2025-03-10', declined: '2025-03-31' }), calendar)).toBe(21);
    // gaps 3, 4, 1, 1; the 18 days to the hire are no wait for the candidate to give up on
    expect(longestWait(makeApplication({ screened: '2025-03-06', interview: '2025-03-10', feedback: '2025-03-11', offer: '2025-03-12', hired: '2025-03-30' }), calendar)).toBe(4);
  });

  it('is null for an active application and for one closed by status only', () => {
    expect(longestWait(makeApplication({ screened: '2025-03-05' }), calendar)).toBeNull();
    expect(longestWait(makeApplication({ screened: '2025-03-05', status: 'withdrawn' }), calendar)).toBeNull();
  });
});

describe('dropOut', () => {
  it('buckets the closed applications that reached screening by their longest wait', () => {
    const applications = [
      makeApplication({ screened: '2025-03-05', rejected: '2025-03-06' }), // 2
      makeApplication({ screened: '2025-03-06', interview: '2025-03-10', feedback: '2025-03-11', offer: '2025-03-12', hired: '2025-03-30' }), // 4
      makeApplication({ screened: '2025-03-04', interview: '2025-03-13', withdrawn: '2025-03-16' }), // 9, withdrew
      makeApplication({ screened: '2025-03-17', rejected: '2025-03-18' }), // 14
      makeApplication({ screened: '2025-03-05', interview: '2025-03-07', offer: '2025-03-10', declined: '2025-03-31' }), // 21, declined
      makeApplication({ rejected: '2025-03-20' }), // never screened: not counted
      makeApplication({ screened: '2025-03-05' }), // active: not counted
    ];
    expect(dropOut(applications, calendar)).toEqual([
      { from: 0, to: 3, applications: 1, withdrawn: 0, share: 0 },
      { from: 4, to: 7, applications: 1, withdrawn: 0, share: 0 },
      // 9 and 14 days: 1 of 2 withdrew
      { from: 8, to: 14, applications: 2, withdrawn: 1, share: 0.5 },
      { from: 15, to: null, applications: 1, withdrawn: 1, share: 1 },
    ]);
  });

  it('has buckets without a share when nothing was closed', () => {
    expect(dropOut([], calendar).map((bucket) => bucket.share)).toEqual([null, null, null, null]);
  });
});
