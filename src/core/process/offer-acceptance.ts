import { divideOrNull } from '../measured.js';
import { inPeriod } from '../period.js';
import type { Listed } from '../record-list.js';
import type { Period, Share } from '../types.js';
import type { Application } from './application.js';
import { closingOf } from './closing.js';

/** The offers decided in a period: accepted and declined. */
export interface OfferDecisions {
  readonly hired: number;
  readonly declined: number;
}

/**
 * The offers decided in the period (SPEC §10): counted by the decision date (hired or declined) in
 * the period, whatever the application's own period; a decision known only from `status` (no
 * date) counts with its cohort, the period of its `applied` date. Offers still open are not decided.
 *
 * @example offerDecisions([hired 2025-03-01, declined 2025-07-02 (applied 2025-06-20), status declined applied 2025-05-01], 2025-H1) // { hired: 1, declined: 1 }
 */
export function offerDecisions(applications: Listed<Application>, period: Period): OfferDecisions {
  let hired = 0;
  let declined = 0;
  for (const application of applications) {
    const closing = closingOf(application);
    if (closing === null || (closing.outcome !== 'hired' && closing.outcome !== 'declined')) continue;
    const day = closing.at?.day ?? application.applied.day;
    if (!inPeriod(period, day)) continue;
    if (closing.outcome === 'hired') hired += 1;
    else declined += 1;
  }
  return { hired, declined };
}

/**
 * Offer acceptance rate: hired / (hired + declined) over the offers decided in the period (see
 * offerDecisions); n = hired + declined.
 *
 * @example offerAcceptanceRate({ hired: 3, declined: 1 }) // { n: 4, value: 0.75 }
 */
export function offerAcceptanceRate(decisions: OfferDecisions): Share {
  const n = decisions.hired + decisions.declined;
  return { n, value: divideOrNull(decisions.hired, n) };
}
