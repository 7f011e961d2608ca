import type { Application, Moment, Outcome } from './application.js';

/** The outcomes that close an application. */
export type ClosedOutcome = Exclude<Outcome, 'active'>;

/** The dates that close an application, in the order the record may carry them (at most one). */
const CLOSING_DATES = ['hired', 'declined', 'rejected', 'withdrawn'] as const satisfies readonly ClosedOutcome[];

/** How an application closed, and when: `at` is null for an outcome known only from `status`. */
export interface Closing {
  readonly outcome: ClosedOutcome;
  readonly at: Moment | null;
}

/**
 * The closing of an application (SPEC §2.6): its hired, declined, rejected or withdrawn date, else
 * the outcome its status gives without a date (closed on an unknown date); null while it is active.
 *
 * @example closingOf({ …, rejected: { day: 20100, minute: null } }) // { outcome: 'rejected', at: { day: 20100, minute: null } }
 * @example closingOf({ …, status: 'withdrawn' }) // { outcome: 'withdrawn', at: null }
 * @example closingOf({ …, status: 'active' }) // null
 */
export function closingOf(application: Application): Closing | null {
  for (const outcome of CLOSING_DATES) {
    const at = application[outcome];
    if (at !== null) return { outcome, at };
  }
  const { status } = application;
  return status === null || status === 'active' ? null : { outcome: status, at: null };
}

/**
 * How an application ended, or `active`.
 *
 * @example outcomeOf({ …, hired: { day: 20100, minute: null } }) // 'hired'
 */
export function outcomeOf(application: Application): Outcome {
  return closingOf(application)?.outcome ?? 'active';
}

/** Whether the candidate ended it: withdrew, or declined the offer. */
export function candidateLeft(outcome: Outcome): boolean {
  return outcome === 'withdrawn' || outcome === 'declined';
}
