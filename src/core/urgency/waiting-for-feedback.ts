import type { Listed } from '../record-list.js';
import type { Day } from '../types.js';
import type { Application, Moment } from '../process/application.js';

/** Hours from one moment to a later one, as feedback time counts them (SPEC §10). */
export type HoursCounter = (from: Moment, to: Moment) => number;

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

/** The dates that answer an interview: the feedback, or a later step or closing (SPEC §10, feedbackTime). */
const ANSWERS = ['feedback', 'offer', 'hired', 'declined', 'rejected', 'withdrawn'] as const;

/** Whether the application was answered (or closed) on or before the day; a closing known only from its status counts as before. */
function answeredBy(application: Application, day: Day): boolean {
  for (const key of ANSWERS) {
    const moment = application[key];
    if (moment !== null && moment.day <= day) return true;
  }
  const { status } = application;
  return status !== null && status !== 'active' && application[status] === null;
}

/**
 * The candidates waiting for feedback on the as-of date R (SPEC §11.5): applications interviewed
 * on or before R with no feedback, no later step and no closing on or before R (an outcome known
 * only from the status, without a date, counts as closed). Each with
 * hoursWaiting = hours(interview, R) (R has no time of day: whole days × 24 unless `hours` says
 * otherwise) and overdue = hoursWaiting > agreement; longest wait first, then by id.
 *
 * @example
 * // R = 2025-12-31, agreement 24 h; A1 interviewed 2025-12-29 and not answered, A2 answered 2025-12-30
 * waitingForFeedback([A1, A2], R, 24, wholeDays)
 * // { agreement: 24, candidates: [{ application: 'A1', hoursWaiting: 48, overdue: true, … }], overdue: 1 }
 */
export function waitingForFeedback(applications: Listed<Application>, asOf: Day, agreement: number, hours: HoursCounter): WaitingForFeedback {
  const candidates: WaitingCandidate[] = [];
  const now: Moment = { day: asOf, minute: null };
  for (const application of applications) {
    const interview = application.interview;
    if (interview === null || interview.day > asOf || answeredBy(application, asOf)) continue;
    const hoursWaiting = hours(interview, now);
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
