import type { Listed } from '../record-list.js';
import type { Day } from '../types.js';
import type { Application, Moment } from '../process/application.js';
import { closingOf } from '../process/closing.js';
import { feedbackMoment, hoursBetween } from '../process/feedback-time.js';
import { seenOn } from '../process/seen-on.js';

/** A candidate interviewed and still waiting for the hiring manager's answer on the as-of date. */
export interface WaitingCandidate {
  /** The application's id, else `line N`: never a candidate's name. */
  readonly application: string;
  readonly vacancy: string | null;
  /** The stage the candidate waits in: the first interview is behind them, the decision is not. */
  readonly stage: 'interview';
  readonly interview: Moment;
  /** Hours from the interview to the as-of date. */
  readonly hoursWaiting: number;
  /** hoursWaiting > the agreed feedback hours. */
  readonly overdue: boolean;
}

export interface WaitingForFeedback {
  /** agreements.feedbackHours. */
  readonly agreement: number;
  /** Longest wait first. */
  readonly candidates: readonly WaitingCandidate[];
  /** Candidates waiting longer than the agreement. */
  readonly overdue: number;
}

/**
 * The candidates waiting for feedback on the as-of date R (SPEC §11.5): applications, as they
 * stood on R (see seenOn), interviewed with no answer yet (see feedbackMoment: no feedback, later
 * step or closing) and not closed (an outcome known only from its status counts as closed). Each
 * with hoursWaiting = hoursBetween(interview, R) in calendar hours (weekends and holidays count: the
 * candidate waits through them) — R has no time of day, so whole days × 24 — and overdue = hoursWaiting > agreement; longest wait first, then by id.
 *
 * @example
 * // R = 2025-12-31, agreement 24 h; A1 interviewed 2025-12-29 11:58 and not answered, A2 answered 2025-12-30
 * waitingForFeedback([A1, A2], R, 24)
 * // { agreement: 24, candidates: [{ application: 'A1', hoursWaiting: 48, overdue: true, … }], overdue: 1 }
 */
export function waitingForFeedback(applications: Listed<Application>, asOf: Day, agreement: number): WaitingForFeedback {
  const candidates: WaitingCandidate[] = [];
  const now: Moment = { day: asOf, minute: null };
  for (const record of applications) {
    if (record.interview === null || record.interview.day > asOf) continue;
    const application = seenOn(record, asOf);
    const interview = application.interview as Moment;
    if (feedbackMoment(application) !== null || closingOf(application) !== null) continue;
    const hoursWaiting = hoursBetween(interview, now, 'calendar', []);
    candidates.push({
      application: application.applicationId ?? `line ${application.line}`,
      vacancy: application.dims.get('vacancy_id') ?? null,
      stage: 'interview',
      interview,
      hoursWaiting,
      overdue: hoursWaiting > agreement,
    });
  }
  candidates.sort((a, b) => b.hoursWaiting - a.hoursWaiting || a.application.localeCompare(b.application));
  return { agreement, candidates, overdue: candidates.filter((candidate) => candidate.overdue).length };
}
