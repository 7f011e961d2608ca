/**
 * The figures of one `rkpi urgency` page (SPEC §11.5): what a recruiter shows a hiring manager
 * on the as-of date. The JSON document of the command is this object, rounded.
 */

import type { Measured } from '../measured.js';
import type { Agreements } from '../process/process-block.js';
import type { AgreedDurations, Availability, DropOutBucket } from '../process/process-types.js';
import type { Day, Period } from '../types.js';
import type { OpenVacanciesNow } from './open-vacancies-now.js';
import type { UrgencyScope } from './urgency-scope.js';
import type { WaitingForFeedback } from './waiting-for-feedback.js';

export interface UrgencyPage {
  readonly scope: UrgencyScope;
  /** The day the page is about: what is open and who is waiting now. */
  readonly asOf: Day;
  /** The feedback times, availability and drop-out are over this period (default the twelve months up to asOf). */
  readonly period: Period;
  /** The agreements the figures are held against (config `agreements`, SPEC §11.4). */
  readonly agreements: Agreements;
  /** The scope's vacancies open on asOf, with their cost so far (an estimate). */
  readonly openVacancies: OpenVacanciesNow;
  /** The scope's candidates waiting for feedback on asOf. */
  readonly waiting: WaitingForFeedback;
  /** The scope's feedback times over the period (by interview date), against agreements.feedbackHours. */
  readonly feedbackTime: Measured<AgreedDurations>;
  /** The organisation's candidate availability over the period's cohort (SPEC §11.1). */
  readonly availability: Measured<Availability>;
  /** The organisation's drop-out after waiting over the period's cohort (SPEC §11.2). */
  readonly dropOut: Measured<readonly DropOutBucket[]>;
}
