import { divideOrNull } from '../measured.js';
import { inPeriod } from '../period.js';
import type { Listed } from '../record-list.js';
import type { Period, Share } from '../types.js';
import type { ApplicationSteps } from './application.js';
import { closingMoment, outcomeOf } from './closing.js';
import { type Tally, tallied } from './tally.js';

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
export function offerDecisions(applications: Listed<ApplicationSteps>, period: Period): OfferDecisions {
  return tallied(applications, new OfferDecisionTally(period));
}

/** offerDecisions one application at a time (see Tally). */
export class OfferDecisionTally implements Tally<ApplicationSteps, OfferDecisions> {
  #hired = 0;
  #declined = 0;

  constructor(private readonly period: Period) {}

  add(application: ApplicationSteps): void {
    // closingOf's outcome and date without its object (see closingMoment).
    const outcome = outcomeOf(application);
    if (outcome !== 'hired' && outcome !== 'declined') return;
    const day = closingMoment(application)?.day ?? application.applied.day;
    if (!inPeriod(this.period, day)) return;
    if (outcome === 'hired') this.#hired += 1;
    else this.#declined += 1;
  }

  result(): OfferDecisions {
    return { hired: this.#hired, declined: this.#declined };
  }
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
