import type { Day } from '../types.js';
import { type Application, APPLICATION_STEPS, type Moment } from './application.js';
import { closingOf } from './closing.js';

/**
 * The application as it stood at the end of the as-of date R (SPEC §3: outcomes that need time to
 * show are judged on it): every step dated after R is taken away, so an application closed after R
 * is active on R, one that entered a stage after R had not entered it, and a status that only
 * repeats a closing date after R goes with it. An outcome known only from its status has no date
 * and stays. A new object; the record is not changed.
 *
 * @example seenOn({ …, rejected: { day: R + 3, minute: null }, status: 'rejected' }, R) // { …, rejected: null, status: null }: active on R
 */
export function seenOn(application: Application, asOf: Day): Application {
  const later = (moment: Moment | null): boolean => moment !== null && moment.day > asOf;
  if (!APPLICATION_STEPS.some((step) => later(application[step]))) return application;
  const closing = closingOf(application);
  const closedLater = closing !== null && closing.at !== null && closing.at.day > asOf;
  const step = (name: (typeof APPLICATION_STEPS)[number]): Moment | null => (later(application[name]) ? null : application[name]);
  // Field by field: a record read from a file is a view whose fields are getters, which a spread would not copy.
  return {
    line: application.line,
    applicationId: application.applicationId,
    candidateId: application.candidateId,
    applied: application.applied,
    screened: step('screened'),
    interview: step('interview'),
    feedback: step('feedback'),
    offer: step('offer'),
    hired: step('hired'),
    declined: step('declined'),
    rejected: step('rejected'),
    withdrawn: step('withdrawn'),
    status: closedLater ? null : application.status,
    vacancyOpened: application.vacancyOpened,
    dims: application.dims,
  };
}

/**
 * Whether the application had arrived by the as-of date R: applied on or before it.
 *
 * @example arrivedBy({ …, applied: { day: R + 1, minute: null } }, R) // false
 */
export function arrivedBy(application: Application, asOf: Day): boolean {
  return application.applied.day <= asOf;
}
