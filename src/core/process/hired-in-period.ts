import type { Listed } from '../record-list.js';
import type { Period } from '../types.js';
import type { Application } from './application.js';

/**
 * The applications whose `hired` date lies in the period (inclusive): the hires the applications
 * file counts, to hold against the hires file's (SPEC §2.6).
 *
 * hiredInPeriod = #{ a : start ≤ a.hired.day ≤ end }
 *
 * @example hiredInPeriod([hired 2025-03-01, hired 2025-07-01, active], 2025-H1) // 1
 */
export function hiredInPeriod(applications: Listed<Application>, period: Period): number {
  let count = 0;
  for (const application of applications) {
    const day = application.hired?.day;
    if (day !== undefined && day >= period.start && day <= period.end) count += 1;
  }
  return count;
}
