import { businessDaysBetween, type Holidays } from '../business-days.js';
import { inPeriod } from '../period.js';
import type { Listed } from '../record-list.js';
import type { DayCount, Period } from '../types.js';
import type { ApplicationSteps, Moment } from './application.js';
import { earlierOf } from './moments.js';
import { tallied, ValuesTally } from './tally.js';

const MINUTES_PER_HOUR = 60;

/**
 * Non-working days strictly between two dates (after `from`, before `to`): the calendar days
 * between minus the working days among them.
 *
 * = (to − from − 1) − businessDaysBetween(from, to − 1), 0 when to ≤ from + 1
 *
 * @example nonWorkingDaysBetween(Friday, next Monday, []) // 2: Saturday and Sunday
 */
export function nonWorkingDaysBetween(from: number, to: number, holidays: Holidays): number {
  if (to <= from + 1) return 0;
  return to - from - 1 - businessDaysBetween(from, to - 1, holidays);
}

/**
 * Hours from one moment to another (SPEC §10): exact when both carry a time,
 * (to.day − from.day) × 24 + (to.minute − from.minute) / 60, else whole days × 24 (a next-day answer is
 * 24 h); with working days, 24 h less for each non-working day strictly between the two dates.
 *
 * @example hoursBetween({ day: 0, minute: 600 }, { day: 1, minute: 540 }, 'calendar', []) // 24 − 1 = 23
 * @example hoursBetween({ day: 0, minute: 600 }, { day: 2, minute: null }, 'calendar', []) // 2 × 24 = 48
 */
export function hoursBetween(from: Moment, to: Moment, dayCount: DayCount, holidays: Holidays): number {
  const days = to.day - from.day;
  const minutes = from.minute !== null && to.minute !== null ? to.minute - from.minute : 0;
  const hours = days * 24 + minutes / MINUTES_PER_HOUR;
  return dayCount === 'business' ? hours - 24 * nonWorkingDaysBetween(from.day, to.day, holidays) : hours;
}

/**
 * When the hiring manager answered after the first interview (SPEC §10): the feedback date, or
 * where it is empty the next event not before the interview (offer, hired, rejected, withdrawn or
 * declined, the earliest); null without an interview or while no answer has come.
 *
 * @example feedbackMoment({ interview 2025-03-10 14:00, feedback null, rejected 2025-03-12 }) // 2025-03-12
 */
export function feedbackMoment(application: ApplicationSteps): Moment | null {
  const { interview } = application;
  if (interview === null) return null;
  const { feedback } = application;
  if (feedback !== null) return feedback;
  // Folded one date at a time (see earlierOf): no array per interviewed application.
  let answer = earlierOf(null, application.offer, interview);
  answer = earlierOf(answer, application.hired, interview);
  answer = earlierOf(answer, application.rejected, interview);
  answer = earlierOf(answer, application.withdrawn, interview);
  return earlierOf(answer, application.declined, interview);
}

/**
 * The feedback times in hours (see hoursBetween and feedbackMoment) of the applications whose first
 * interview lies in the period (feedback counts by its interview date, SPEC §10), left out while
 * the answer has not come: the values behind `feedbackTime`, whose withinAgreement is the share ≤
 * `agreements.feedbackHours`.
 *
 * @example feedbackHours([interview Mon 10:00 → feedback Tue 09:00], 2025, 'calendar', []) // [23]
 */
export function feedbackHours(applications: Listed<ApplicationSteps>, period: Period, dayCount: DayCount, holidays: Holidays): number[] {
  return Array.from(tallied(applications, new FeedbackHoursTally(period, dayCount, holidays)));
}

/** feedbackHours one application at a time (see Tally). */
export class FeedbackHoursTally extends ValuesTally<ApplicationSteps> {
  constructor(
    private readonly period: Period,
    private readonly dayCount: DayCount,
    private readonly holidays: Holidays,
  ) {
    super();
  }

  protected valueOf(application: ApplicationSteps): number | null {
    const { interview } = application;
    if (interview === null || !inPeriod(this.period, interview.day)) return null;
    const answer = feedbackMoment(application);
    return answer === null ? null : hoursBetween(interview, answer, this.dayCount, this.holidays);
  }
}
