import type { DayCounter } from '../business-days.js';
import type { Listed } from '../record-list.js';
import type { ApplicationSteps } from './application.js';
import { earlierOf } from './moments.js';
import { tallied, ValuesTally } from './tally.js';

/**
 * The days from an application's arrival to the organisation's first action on it (SPEC §10):
 * the earliest of screened, interview, offer, hired and rejected, counted by date (the time of day
 * is ignored) in the days of `days`; null while the organisation has not acted (or only a status says it did).
 *
 * @example firstResponseDays({ applied 2025-03-03, rejected 2025-03-05, screened 2025-03-06 }, calendarDays) // 2
 */
export function firstResponseDays(application: ApplicationSteps, days: DayCounter): number | null {
  // Folded one date at a time (see earlierOf): no array per application of the cohort.
  let first = earlierOf(null, application.screened, null);
  first = earlierOf(first, application.interview, null);
  first = earlierOf(first, application.offer, null);
  first = earlierOf(first, application.hired, null);
  first = earlierOf(first, application.rejected, null);
  return first === null ? null : days(application.applied.day, first.day);
}

/**
 * Each application's time to first response (see firstResponseDays), left out where there is
 * none: the values behind `timeToFirstResponse`, whose withinAgreement is the share ≤
 * `agreements.firstResponseDays`.
 *
 * @example timeToFirstResponseDays([responded after 2 days, not yet], calendarDays) // [2]
 */
export function timeToFirstResponseDays(applications: Listed<ApplicationSteps>, days: DayCounter): number[] {
  return Array.from(tallied(applications, new FirstResponseTally(days)));
}

/** timeToFirstResponseDays one application at a time (see Tally). */
export class FirstResponseTally extends ValuesTally<ApplicationSteps> {
  constructor(private readonly days: DayCounter) {
    super();
  }

  protected valueOf(application: ApplicationSteps): number | null {
    return firstResponseDays(application, this.days);
  }
}
