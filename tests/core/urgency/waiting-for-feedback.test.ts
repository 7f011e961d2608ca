import { describe, expect, it } from 'vitest';
import { waitingForFeedback } from '../../../src/core/urgency/waiting-for-feedback.js';
import { day, makeApplication } from '../../builders.js';

const R = day('2025-12-31');

describe('waitingForFeedback', () => {
  it('lists the interviewed candidates without an answer on the as-of date, longest wait first, with the hours against the agreement', () => {
    const applications = [
      makeApplication({ id: 'A1', interview: '2025-12-29 11:58', dims: { vacancy_id: 'VAC-1' } }),
      makeApplication({ id: 'A2', interview: '2025-12-23 10:00', dims: { vacancy_id: 'VAC-1' } }),
      makeApplication({ id: 'A3', interview: '2025-12-31 09:00' }),
    ];
    const waiting = waitingForFeedback(applications, R, 24);
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
      makeApplication({ id: 'feedback', interview: '2025-12-20', feedback: '2025-12-22' }),
      makeApplication({ id: 'offer', interview: '2025-12-20', offer: '2025-12-30' }),
      makeApplication({ id: 'rejected', interview: '2025-12-20', rejected: '2025-12-31' }),
      makeApplication({ id: 'withdrawn', interview: '2025-12-20', withdrawn: '2025-12-21' }),
    ];
    expect(waitingForFeedback(answered, R, 24).candidates).toEqual([]);
  });

  it('counts a candidate answered only after the as-of date as waiting on it, so a page of an earlier day shows that day', () => {
    const later = makeApplication({ id: 'A1', interview: '2025-12-20', feedback: '2026-01-05' });
    // 20 → 31 December: 11 days × 24 = 264 h
    expect(waitingForFeedback([later], R, 24).candidates[0]?.hoursWaiting).toBe(264);
  });

  it('leaves out a candidate not yet interviewed on the as-of date, and one closed by a status without a date', () => {
    const applications = [
      makeApplication({ id: 'tomorrow', interview: '2026-01-02' }),
      makeApplication({ id: 'status', interview: '2025-12-20', status: 'withdrawn' }),
      makeApplication({ id: 'never', screened: '2025-12-20' }),
    ];
    expect(waitingForFeedback(applications, R, 24).candidates).toEqual([]);
  });

  it('keeps a candidate whose status says active, and names one without an id by its line', () => {
    const active = { ...makeApplication({ interview: '2025-12-30', status: 'active' }), line: 17 };
    expect(waitingForFeedback([active], R, 24).candidates.map((c) => c.application)).toEqual(['line 17']);
  });

  it('calls a wait of exactly the agreement kept, and one hour over it overdue', () => {
    const application = makeApplication({ interview: '2025-12-30' });
    // 30 → 31 December: 1 day × 24 = 24 h, the agreement itself
    expect(waitingForFeedback([application], R, 24).candidates[0]).toMatchObject({ hoursWaiting: 24, overdue: false });
    expect(waitingForFeedback([application], R, 23).candidates[0]).toMatchObject({ hoursWaiting: 24, overdue: true });
  });

  it('counts calendar hours: the candidate waits through a weekend and Christmas too', () => {
    // Wed 24 December → Mon 29 December: 5 days × 24 = 120 h, Christmas and the weekend included
    const waiting = waitingForFeedback([makeApplication({ interview: '2025-12-24 15:00' })], day('2025-12-29'), 24);
    expect(waiting.candidates[0]?.hoursWaiting).toBe(120);
  });
});
