import type { DayCounter } from '../business-days.js';
import type { Listed } from '../record-list.js';
import type { ApplicationSteps, Moment } from './application.js';
import { earlierOf } from './moments.js';
import type { TimedStage } from './process-types.js';
import { tallied, ValuesTally } from './tally.js';

/**
 * The days an application spent in a stage (SPEC §10): from entering it (screened, interview or
 * offer) to its next stage date (screened, interview, offer, hired) or its closing date (hired,
 * declined, rejected, withdrawn), whichever comes first and is not before the entry; counted by
 * date in the days of `days`. Feedback is not a stage. Null when the application did not enter the
 * stage, or is still in it (as seen on the as-of date, see seenOn), or closed without a date.
 *
 * @example
 * // interview 2025-03-10, feedback 2025-03-11, offer 2025-03-14: the offer ends the interview stage
 * daysInStage(app, 'interview', calendarDays) // 14 − 10 = 4
 */
export function daysInStage(application: ApplicationSteps, stage: TimedStage, days: DayCounter): number | null {
  // The stage's dates read by name and folded one at a time (earlierOf), in the order
  // earliestMoment would take them: no array or closure per application of the cohort.
  const from = stage === 'screening' ? application.screened : stage === 'interview' ? application.interview : application.offer;
  if (from === null) return null;
  let end: Moment | null = null;
  // The stage dates that may follow the stage entered, then the closing dates.
  if (stage === 'screening') end = earlierOf(end, application.interview, from);
  if (stage !== 'offer') end = earlierOf(end, application.offer, from);
  end = earlierOf(end, application.hired, from);
  end = earlierOf(end, application.declined, from);
  end = earlierOf(end, application.rejected, from);
  end = earlierOf(end, application.withdrawn, from);
  return end === null ? null : days(from.day, end.day);
}

/**
 * The days in a stage of each application that left it (see daysInStage): the values behind
 * `timeInStage[stage]`.
 *
 * @example stageDays([in screening 3 days, still in screening], 'screening', calendarDays) // [3]
 */
export function stageDays(applications: Listed<ApplicationSteps>, stage: TimedStage, days: DayCounter): number[] {
  return Array.from(tallied(applications, new StageDaysTally(stage, days)));
}

/** stageDays one application at a time (see Tally). */
export class StageDaysTally extends ValuesTally<ApplicationSteps> {
  constructor(
    readonly stage: TimedStage,
    private readonly days: DayCounter,
  ) {
    super();
  }

  protected valueOf(application: ApplicationSteps): number | null {
    return daysInStage(application, this.stage, this.days);
  }
}
