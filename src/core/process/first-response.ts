import type { DayCounter } from '../business-days.js';
import type { Listed } from '../record-list.js';
import type { Application } from './application.js';
import { earliestMoment } from './moments.js';

/**
 * The days from an application's arrival to the organisation's first action on it (SPEC §10):
 * the earliest of screened, interview, offer, hired and rejected, counted by date (the time of day
 * is ignored) in the days of `days`; null while the organisation has not acted (or only a status says it did).
 *
 * @example firstResponseDays({ applied 2025-03-03, rejected 2025-03-05, screened 2025-03-06 }, calendarDays) // 2
 */
export function firstResponseDays(application: Application, days: DayCounter): number | null {
  const { screened, interview, offer, hired, rejected } = application;
  const first = earliestMoment([screened, interview, offer, hired, rejected]);
  return first === null ? null : days(application.applied.day, first.day);
}

/**
 * Each application's time to first response (see firstResponseDays), left out where there is
 * none: the values behind `timeToFirstResponse`, whose withinAgreement is the share ≤
 * `agreements.firstResponseDays`.
 *
 * @example timeToFirstResponseDays([responded after 2 days, not yet], calendarDays) // [2]
 */
export function timeToFirstResponseDays(applications: Listed<Application>, days: DayCounter): number[] {
  const values: number[] = [];
  for (const application of applications) {
    const value = firstResponseDays(application, days);
    if (value !== null) values.push(value);
  }
  return values;
}
