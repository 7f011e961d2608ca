import { describe, expect, it } from 'vitest';
import { type HoursCounter, waitingForFeedback } from '../../../src/core/urgency/waiting-for-feedback.js';
import { day } from '../../builders.js';
import { makeApplication } from './make-application.js';

const R = day('2025-12-31');
/** SPEC §10 without a time at one end: whole days × 24. */
const wholeDays: HoursCounter = (from, to) => (to.day - from.day) * 24;

describe('waitingForFeedback', () => {
  it('lists the interviewed candidates without an answer on the as-of date, longest wait first, with the hours against the agreement', () => {
    const applications = [
      makeApplication({ applicationId: 'A1', interview: '2025-12-29 11:58', dims: { vacancy_id: 'VAC-1' } }),
      makeApplication({ applicationId: 'A2', interview: '2025-12-23 10:00', dims: { vacancy_id: 'VAC-1' } }),
      makeApplication({ applicationId: 'A3', interview: '2025-12-31 09:00' }),
    ];
    const waiting = waitingForFeedback(applications, R, 24, wholeDays);
    // A2: 23 → 31 December = 8 days × 24 = 192 h; A1: 2 days = 48 h; A3: interviewed on R, 0 h
    expect(waiting.candidates.map((c) => [c.application, c.vacancy, c.stage, c.hoursWaiting, c.overdue])).toEqual([
      ['A2', 'VAC-1', 'interview', 192, true],
      ['A1', 'VAC-1', 'interview', 48, true],
      ['A3', null, 'interview', 0, false],
    ]);
    expect(waiting.overdue).toBe(2);
    expect(waiting.agreement).toBe(24);
  });

  it('leaves out a candidate whose interview had feedback, a later step or a closing by the as-of date', () => {
    const answered = [
      makeApplication({ applicationId: 'feedback', interview: '2025-12-20', feedback: '2025-12-22' }),
      makeApplication({ applicationId: 'offer', interview: '2025-12-20', offer: '2025-12-30' }),
      makeApplication({ applicationId: 'rejected', interview: '2025-12-20', rejected: '2025-12-31' }),
      makeApplication({ applicationId: 'withdrawn', interview: '2025-12-20', withdrawn: '2025-12-21' }),
    ];
    expect(waitingForFeedback(answered, R, 24, wholeDays).candidates).toEqual([]);
  });

  it('counts a candidate answered only after the as-of date as waiting on it, so a page of an earlier day shows that day', () => {
    const later = makeApplication({ applicationId: 'A1', interview: '2025-12-20', feedback: '2026-01-05' });
    // 20 → 31 December: 11 days × 24 = 264 h
    expect(waitingForFeedback([later], R, 24, wholeDays).candidates[0]?.hoursWaiting).toBe(264);
  });

  it('leaves out a candidate not yet interviewed on the as-of date, and one closed by a status without a date', () => {
    const applications = [
      makeApplication({ applicationId: 'tomorrow', interview: '2026-01-02' }),
      makeApplication({ applicationId: 'status', interview: '2025-12-20', status: 'withdrawn' }),
      makeApplication({ applicationId: 'never', screened: '2025-12-20' }),
    ];
    expect(waitingForFeedback(applications, R, 24, wholeDays).candidates).toEqual([]);
  });

  it('keeps a candidate whose status says active, and names one without an id by its line', () => {
    const active = makeApplication({ applicationId: null, line: 17, interview: '2025-12-30', status: 'active' });
    expect(waitingForFeedback([active], R, 24, wholeDays).candidates.map((c) => c.application)).toEqual(['line 17']);
  });

  it('measures with the hours function it is given and calls a wait of exactly the agreement kept', () => {
    const application = makeApplication({ interview: '2025-12-30' });
    const waiting = waitingForFeedback([application], R, 24, wholeDays);
    expect(waiting.candidates[0]).toMatchObject({ hoursWaiting: 24, overdue: false });
    expect(waitingForFeedback([application], R, 24, () => 30).candidates[0]).toMatchObject({ hoursWaiting: 30, overdue: true });
  });
});
