import type { DayCounter } from '../business-days.js';
import { divideOrNull } from '../measured.js';
import type { Listed } from '../record-list.js';
import type { ApplicationSteps, Moment, Outcome } from './application.js';
import { candidateLeft, closingMoment, outcomeOf } from './closing.js';
import { reachedGiven } from './furthest-stage.js';
import type { DropOutBucket } from './process-types.js';
import { type Tally, tallied } from './tally.js';

/** The buckets of the longest wait, in days: 0–3, 4–7, 8–14 and over 14. */
export const WAIT_BUCKETS: readonly { readonly from: number; readonly to: number | null }[] = [
  { from: 0, to: 3 },
  { from: 4, to: 7 },
  { from: 8, to: 14 },
  { from: 15, to: null },
];

/**
 * The longest wait of a closed application (SPEC §11.2): the largest gap in days (of `days`)
 * between consecutive dates it has of applied, screened, interview, feedback and offer, and, when
 * the candidate withdrew or declined, from the last of them to that closing date. Null for an
 * application that is active, closed only by status (no date), or has no gap to measure.
 *
 * @example
 * // applied 03-01, screened 03-03, interview 03-12, withdrawn 03-15: gaps 2, 9, 3
 * longestWait(app, calendarDays) // 9
 */
export function longestWait(application: ApplicationSteps, days: DayCounter): number | null {
  return waitOf(application, outcomeOf(application), closingMoment(application), days);
}

/**
 * longestWait of an application whose outcome (outcomeOf) and closing date (closingMoment) are
 * known. The dates are walked in order without an array, a closure or an object per application:
 * the process figures measure every application of the cohort.
 */
function waitOf(application: ApplicationSteps, outcome: Outcome, closedAt: Moment | null, days: DayCounter): number | null {
  if (closedAt === null) return null;
  const { applied, screened, interview, feedback, offer } = application;
  let longest: number | null = null;
  let previous = applied.day;
  if (screened !== null) {
    longest = longer(longest, days(previous, screened.day));
    previous = screened.day;
  }
  if (interview !== null) {
    longest = longer(longest, days(previous, interview.day));
    previous = interview.day;
  }
  if (feedback !== null) {
    longest = longer(longest, days(previous, feedback.day));
    previous = feedback.day;
  }
  if (offer !== null) {
    longest = longer(longest, days(previous, offer.day));
    previous = offer.day;
  }
  if (candidateLeft(outcome)) longest = longer(longest, days(previous, closedAt.day));
  return longest;
}

/** The longer of the longest gap so far (null: none yet) and a gap; a withdrawal may come before the last step, so a gap may be negative. */
function longer(longest: number | null, gap: number): number {
  return longest === null || gap > longest ? gap : longest;
}

/**
 * Drop-out after waiting (SPEC §11.2): the closed applications of the cohort that reached
 * screening, by their longest wait (see longestWait) in the buckets 0–3, 4–7, 8–14 and over 14
 * days; per bucket applications, withdrawn (withdrew or declined) and share = withdrawn / applications.
 *
 * @example
 * // waits 2 (rejected), 9 (withdrew), 12 (hired), 20 (declined)
 * dropOut(apps, calendarDays) // [0–3: 1, 0, 0], [4–7: 0, 0, null], [8–14: 2, 1, 0.5], [>14: 1, 1, 1]
 */
export function dropOut(applications: Listed<ApplicationSteps>, days: DayCounter): DropOutBucket[] {
  return tallied(applications, new DropOutTally(days));
}

/** dropOut one application at a time (see Tally). */
export class DropOutTally implements Tally<ApplicationSteps, DropOutBucket[]> {
  readonly #counts = WAIT_BUCKETS.map(() => ({ applications: 0, withdrawn: 0 }));

  constructor(private readonly days: DayCounter) {}

  add(application: ApplicationSteps): void {
    // The outcome read once for the stage reached, the wait and the count.
    const outcome = outcomeOf(application);
    if (!reachedGiven(application, outcome, 'screening')) return;
    const wait = waitOf(application, outcome, closingMoment(application), this.days);
    if (wait === null) return;
    const index = WAIT_BUCKETS.findIndex((bucket) => bucket.to === null || wait <= bucket.to);
    const bucket = this.#counts[index];
    if (bucket === undefined) return;
    bucket.applications += 1;
    if (candidateLeft(outcome)) bucket.withdrawn += 1;
  }

  result(): DropOutBucket[] {
    return WAIT_BUCKETS.map((bucket, i) => {
      const { applications: n, withdrawn } = this.#counts[i] as { applications: number; withdrawn: number };
      return { from: bucket.from, to: bucket.to, applications: n, withdrawn, share: divideOrNull(withdrawn, n) };
    });
  }
}
