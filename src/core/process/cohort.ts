import { inPeriod } from '../period.js';
import type { Listed } from '../record-list.js';
import { RecordList } from '../record-list.js';
import type { Period } from '../types.js';
import type { Application } from './application.js';

/**
 * The cohort of a period (SPEC §10): the applications whose `applied` date lies in it (inclusive).
 * Every process figure counts its cohort, except offer acceptance (by decision date) and feedback
 * time (by interview date).
 *
 * cohort = { a : start ≤ a.applied.day ≤ end }
 *
 * @example cohortOf([applied 2025-03-01, applied 2025-07-01], 2025-H1).length // 1
 */
export function cohortOf(applications: Listed<Application>, period: Period): Listed<Application> {
  return RecordList.of(applications).filter((application) => inPeriod(period, application.applied.day));
}
