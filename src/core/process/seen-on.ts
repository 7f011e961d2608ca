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
  const steps = Object.fromEntries(APPLICATION_STEPS.map((step) => [step, later(application[step]) ? null : application[step]]));
  return { ...application, ...steps, status: closedLater ? null : application.status };
}

/**
 * Whether the application had arrived by the as-of date R: applied on or before it.
 *
 * @example arrivedBy({ …, applied: { day: R + 1, minute: null } }, R) // false
 */
export function arrivedBy(application: Application, asOf: Day): boolean {
  return application.applied.day <= asOf;
}
