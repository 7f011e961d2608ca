import type { Listed } from '../record-list.js';
import { type KaplanMeier, SurvivalCounts, survivalAt, type SurvivalTime } from '../stats/kaplan-meier.js';
import type { Day } from '../types.js';
import type { ApplicationSteps, Outcome } from './application.js';
import { candidateLeft, closingMoment, outcomeOf } from './closing.js';
import { reachedGiven } from './furthest-stage.js';
import type { Availability } from './process-types.js';
import { type Tally, tallied } from './tally.js';

/** The days S(t) is read off at: a week, two weeks, a month. */
const READ_AT = [7, 14, 30] as const;

/**
 * How long one interviewed candidate was seen to stay available (SPEC §11.1), in whole calendar
 * days from `applied` (the time of day is ignored): to the withdrawal or declined offer (an event),
 * or censored at the hire, the rejection, or, while active, the as-of date R. Null for an
 * application that did not reach an interview or closed only by status (no date).
 *
 * @example availabilityTime({ applied 2025-03-01, interview 2025-03-05, withdrawn 2025-03-13 }, R) // { time: 12, event: true }
 * @example availabilityTime({ applied 2025-03-01, interview 2025-03-05, active }, R = 2025-03-31) // { time: 30, event: false }
 */
export function availabilityTime(application: ApplicationSteps, asOf: Day): SurvivalTime | null {
  const outcome = outcomeOf(application);
  const time = availableDays(application, outcome, asOf);
  return time === null ? null : { time, event: candidateLeft(outcome) };
}

/**
 * availabilityTime's time of an application whose outcome (outcomeOf) is known, without an
 * object: its event is candidateLeft(outcome) (false while active, censored at R).
 */
function availableDays(application: ApplicationSteps, outcome: Outcome, asOf: Day): number | null {
  if (!reachedGiven(application, outcome, 'interview')) return null;
  const from = application.applied.day;
  if (outcome === 'active') return asOf - from;
  const closedAt = closingMoment(application);
  return closedAt === null ? null : closedAt.day - from;
}

/** Availability with no one to estimate it over. */
export const NO_AVAILABILITY: Availability = { n: 0, events: 0, medianDays: null, at: { '7': null, '14': null, '30': null }, curve: [] };

/**
 * Candidate availability (SPEC §11.1): the Kaplan–Meier estimate over the cohort's interviewed
 * applications (see availabilityTime): at each day t with d withdrawals or declines,
 * S(t) = S(t−) × (1 − d/n), n the applications still at risk just before t (those censored at t
 * count as at risk at t); medianDays = the first t with S(t) ≤ 0.5, else null; at = S(7), S(14),
 * S(30) read off the step curve (1 before its first step).
 *
 * @example
 * // withdrew after 3 and 10 days, hired after 20, active for 40: S(3) = 3/4, S(10) = 3/4 × 2/3 = 1/2
 * availability(apps, R) // { n: 4, events: 2, medianDays: 10, at: { 7: 0.75, 14: 0.5, 30: 0.5 }, curve: [(3, 0.75), (10, 0.5)] }
 */
export function availability(applications: Listed<ApplicationSteps>, asOf: Day): Availability {
  return tallied(applications, new AvailabilityTally(asOf));
}

/** availability one application at a time (see Tally). */
export class AvailabilityTally implements Tally<ApplicationSteps, Availability> {
  // Counted by day as they come: no SurvivalTime kept per interviewed application.
  readonly #times = new SurvivalCounts();

  constructor(private readonly asOf: Day) {}

  add(application: ApplicationSteps): void {
    const outcome = outcomeOf(application);
    const time = availableDays(application, outcome, this.asOf);
    if (time !== null) this.#times.add(time, candidateLeft(outcome));
  }

  result(): Availability {
    return availabilityOf(this.#times.estimate());
  }
}

/** Availability read off the Kaplan–Meier estimate over the interviewed applications' times (see availability). */
function availabilityOf(estimate: KaplanMeier): Availability {
  if (estimate.n === 0) return NO_AVAILABILITY;
  const [week, fortnight, month] = READ_AT.map((day) => survivalAt(estimate, day));
  return {
    n: estimate.n,
    events: estimate.events,
    medianDays: estimate.medianDays,
    at: { '7': week ?? null, '14': fortnight ?? null, '30': month ?? null },
    curve: estimate.curve.map(({ day, survival }) => ({ day, survival })),
  };
}
