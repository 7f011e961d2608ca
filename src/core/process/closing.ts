import type { ApplicationSteps, Moment, Outcome } from './application.js';

/** The outcomes that close an application. */
export type ClosedOutcome = Exclude<Outcome, 'active'>;

/** How an application closed, and when: `at` is null for an outcome known only from `status`. */
export interface Closing {
  readonly outcome: ClosedOutcome;
  readonly at: Moment | null;
}

/**
 * The closing of an application (SPEC §2.6): its hired, declined, rejected or withdrawn date (at
 * most one is present, in that order of precedence), else the outcome its status gives without a
 * date (closed on an unknown date); null while it is active.
 *
 * @example closingOf({ …, rejected: { day: 20100, minute: null } }) // { outcome: 'rejected', at: { day: 20100, minute: null } }
 * @example closingOf({ …, status: 'withdrawn' }) // { outcome: 'withdrawn', at: null }
 * @example closingOf({ …, status: 'active' }) // null
 */
export function closingOf(application: ApplicationSteps): Closing | null {
  // Each date read by name, not by a computed key: a record read from a file is a view whose
  // fields are getters, and a keyed read of a getter is a slow, generic lookup (see outcomeOf).
  const { hired } = application;
  if (hired !== null) return { outcome: 'hired', at: hired };
  const { declined } = application;
  if (declined !== null) return { outcome: 'declined', at: declined };
  const { rejected } = application;
  if (rejected !== null) return { outcome: 'rejected', at: rejected };
  const { withdrawn } = application;
  if (withdrawn !== null) return { outcome: 'withdrawn', at: withdrawn };
  const { status } = application;
  return status === null || status === 'active' ? null : { outcome: status, at: null };
}

/**
 * How an application ended, or `active`: the outcome of its closing (see closingOf).
 *
 * @example outcomeOf({ …, hired: { day: 20100, minute: null } }) // 'hired'
 */
export function outcomeOf(application: ApplicationSteps): Outcome {
  // closingOf's rules without its object: the process figures ask this of every application
  // several times (funnel, outcomes, closedAt, reached), and the keyed reads and the object per
  // call were a twentieth of an applications report.
  if (application.hired !== null) return 'hired';
  if (application.declined !== null) return 'declined';
  if (application.rejected !== null) return 'rejected';
  if (application.withdrawn !== null) return 'withdrawn';
  return application.status ?? 'active';
}

/**
 * The date an application closed on: its hired, declined, rejected or withdrawn date, the first
 * present in that order (closingOf's `at`), or null while active or closed only by status. With
 * outcomeOf it tells what closingOf does without an object per application, which the process
 * figures would make three times for every application of the cohort.
 *
 * @example closingMoment({ …, rejected: { day: 20100, minute: null } }) // { day: 20100, minute: null }
 * @example closingMoment({ …, status: 'withdrawn' }) // null
 */
export function closingMoment(application: ApplicationSteps): Moment | null {
  return application.hired ?? application.declined ?? application.rejected ?? application.withdrawn;
}

/** Whether the candidate ended it: withdrew, or declined the offer. */
export function candidateLeft(outcome: Outcome): boolean {
  return outcome === 'withdrawn' || outcome === 'declined';
}
