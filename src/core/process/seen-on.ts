import { type Listed, RecordList } from '../record-list.js';
import type { Day } from '../types.js';
import type { Application, ApplicationSteps, Moment } from './application.js';
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
  if (!hasStepAfter(application, asOf)) return application;
  // Field by field: a view's fields are getters, which a spread would not copy.
  return {
    line: application.line,
    applicationId: application.applicationId,
    candidateId: application.candidateId,
    ...stepsSeenOn(application, asOf),
    vacancyOpened: application.vacancyOpened,
    dims: application.dims,
  };
}

/**
 * An application's dates and status as they stood at the end of the as-of date R (see seenOn): the
 * same object when no step is dated after R, else a new one (of stepsOf's shape).
 *
 * @example stepsSeenOn({ …, rejected: { day: R + 3, minute: null }, status: 'rejected' }, R) // { …, rejected: null, status: null }
 */
export function stepsSeenOn(application: ApplicationSteps, asOf: Day): ApplicationSteps {
  if (!hasStepAfter(application, asOf)) return application;
  const { applied, screened, interview, feedback, offer, hired, declined, rejected, withdrawn, status } = application;
  const closing = closingOf(application);
  const closedLater = closing !== null && after(closing.at, asOf);
  const step = (moment: Moment | null): Moment | null => (after(moment, asOf) ? null : moment);
  return stepsOf({
    applied,
    screened: step(screened),
    interview: step(interview),
    feedback: step(feedback),
    offer: step(offer),
    hired: step(hired),
    declined: step(declined),
    rejected: step(rejected),
    withdrawn: step(withdrawn),
    status: closedLater ? null : status,
  });
}

/**
 * An application's dates and status read once, into a plain object of one shape. The process
 * figures read an application's dates some sixty times in all (see measureProcess); on a record
 * read from a file every read of a date is a getter that makes a new Moment, so they read this
 * instead: the Moments of one application made once, and a plain object whose fields every rule
 * reads at one shape.
 *
 * @example stepsOf(application) // { applied: { day: 20100, minute: 600 }, screened: null, …, status: 'active' }
 */
export function stepsOf(application: ApplicationSteps): ApplicationSteps {
  return {
    applied: application.applied,
    screened: application.screened,
    interview: application.interview,
    feedback: application.feedback,
    offer: application.offer,
    hired: application.hired,
    declined: application.declined,
    rejected: application.rejected,
    withdrawn: application.withdrawn,
    status: application.status,
  };
}

/**
 * Whether any step of the application is dated after the as-of date R: whether seenOn changes it.
 *
 * @example hasStepAfter({ …, rejected: { day: R + 3, minute: null } }, R) // true
 */
export function hasStepAfter(application: ApplicationSteps, asOf: Day): boolean {
  // Each step read once and by name: a record read from a file is a view whose fields are getters,
  // and reading them by a computed key (APPLICATION_STEPS.some(…)) cost a tenth of a 100,000-row report.
  const { screened, interview, feedback, offer, hired, declined, rejected, withdrawn } = application;
  return (
    after(screened, asOf) || after(interview, asOf) || after(feedback, asOf) || after(offer, asOf) ||
    after(hired, asOf) || after(declined, asOf) || after(rejected, asOf) || after(withdrawn, asOf)
  );
}

/**
 * The applications as they stood on the as-of date R: those that had arrived by R (see
 * arrivedBy), each seen on R (see seenOn). When none has a step after R that is the arrived
 * applications as they are, found in one pass: the process figures read the list a dozen times,
 * and seenOn on every read of every application was a tenth of a 100,000-row report.
 *
 * @example seenAllOn([applied R − 5 and rejected R + 3, applied R + 1], R) // [the first, active on R]
 */
export function seenAllOn(applications: Listed<Application>, asOf: Day): RecordList<Application> {
  // One pass finds the arrived applications and whether any has a step after R: every pass over a
  // file's records makes a record per application (measured: a fifth less time than two passes).
  let later = false;
  const arrived = RecordList.of(applications).filter((application) => {
    if (!arrivedBy(application, asOf)) return false;
    if (!later) later = hasStepAfter(application, asOf);
    return true;
  });
  return later ? arrived.map((record) => seenOn(record, asOf)) : arrived;
}

/** Whether a step is dated after the as-of date R. */
function after(moment: Moment | null, asOf: Day): boolean {
  return moment !== null && moment.day > asOf;
}

/**
 * Whether the application had arrived by the as-of date R: applied on or before it.
 *
 * @example arrivedBy({ …, applied: { day: R + 1, minute: null } }, R) // false
 */
export function arrivedBy(application: ApplicationSteps, asOf: Day): boolean {
  return application.applied.day <= asOf;
}
