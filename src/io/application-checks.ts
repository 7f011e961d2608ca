import { isoOfDay } from '../core/day.js';
import type { Outcome } from '../core/process/application.js';
import type { Day } from '../core/types.js';
import { dayOfMoment, isBefore, momentText } from './parse-moment.js';

/** The steps of an application that carry a date (and maybe a time), by canonical column. */
export const MOMENT_FIELDS = ['applied', 'screened', 'interview', 'feedback', 'offer', 'hired', 'declined', 'rejected', 'withdrawn'] as const;
export type MomentField = (typeof MOMENT_FIELDS)[number];

/** The dates that close an application, and the outcome each means (SPEC §2.6). */
export const CLOSING_FIELDS = ['hired', 'declined', 'rejected', 'withdrawn'] as const satisfies readonly (MomentField & Outcome)[];

/** The steps in the order they happen; hired or declined come after the last of them. */
const PROCESS_ORDER = ['applied', 'screened', 'interview', 'feedback', 'offer'] as const;

/** How messages name each step. */
const STEP: Readonly<Record<MomentField, string>> = {
  applied: 'application',
  screened: 'screening',
  interview: 'interview',
  feedback: 'feedback',
  offer: 'offer',
  hired: 'hire',
  declined: 'declined offer',
  rejected: 'rejection',
  withdrawn: 'withdrawal',
};

export const ORDER_HINT =
  'check the dates of this row; they must follow applied ≤ screened ≤ interview ≤ feedback ≤ offer ≤ hired or declined, ' +
  'and rejected and withdrawn not before applied';
export const APPLIED_HINT = 'every application needs the date it arrived (applied); fill it in, or leave the row out';
export const CLOSING_HINT = 'an application ends once: keep one of hired, declined, rejected and withdrawn per row';
export const STATUS_HINT = 'correct the status or the date; "statuses" in rkpi.config.json says which outcome each status word means';

/** The values of one application the checks read: packed moments (see packMoment), its status and opening. */
export interface ApplicationDraft {
  readonly moment: (field: MomentField) => number | null;
  readonly status: Outcome | null;
  readonly vacancyOpened: Day | null;
}

/** One thing wrong with an application: the column at fault and why. */
export interface ApplicationIssue {
  readonly field: MomentField | 'status' | 'vacancy_opened';
  readonly reason: string;
  readonly hint: string;
}

/**
 * The record checks of an application (SPEC §2.6): `applied` is there; the dates that are present
 * follow the process (applied ≤ screened ≤ interview ≤ feedback ≤ offer ≤ hired or declined;
 * rejected and withdrawn not before applied; a hire not before the vacancy opened); at most one
 * closing date; a status that agrees with the closing date; where the hires come from this file,
 * a hired application's vacancy opening. A step that was skipped is no problem. Times count only where both dates of a comparison have one.
 *
 * @example applicationIssues(draft with interview 2025-03-01 and screened 2025-03-04)
 * // [{ field: 'interview', reason: 'the interview 2025-03-01 is before the screening 2025-03-04', … }]
 */
export function applicationIssues(draft: ApplicationDraft): ApplicationIssue[] {
  const issues: ApplicationIssue[] = [];
  const applied = draft.moment('applied');
  if (applied === null) return [{ field: 'applied', reason: 'a required value is empty', hint: APPLIED_HINT }];
  const before = (field: MomentField, value: number, earlier: MomentField, earlierValue: number): void => {
    if (!isBefore(value, earlierValue)) return;
    const reason = `the ${STEP[field]} ${momentText(value)} is before the ${STEP[earlier]} ${momentText(earlierValue)}`;
    issues.push({ field, reason, hint: ORDER_HINT });
  };
  let latest: { field: MomentField; value: number } = { field: 'applied', value: applied };
  for (const field of PROCESS_ORDER) {
    const value = draft.moment(field);
    if (value === null) continue;
    before(field, value, latest.field, latest.value);
    if (isBefore(latest.value, value)) latest = { field, value };
  }
  for (const field of ['hired', 'declined'] as const) {
    const value = draft.moment(field);
    if (value !== null) before(field, value, latest.field, latest.value);
  }
  for (const field of ['rejected', 'withdrawn'] as const) {
    const value = draft.moment(field);
    if (value !== null) before(field, value, 'applied', applied);
  }
  const hired = draft.moment('hired');
  if (hired !== null && draft.vacancyOpened !== null && dayOfMoment(hired) < draft.vacancyOpened) {
    const reason = `the hire ${momentText(hired)} is before the vacancy opening ${isoOfDay(draft.vacancyOpened)}`;
    issues.push({ field: 'hired', reason, hint: ORDER_HINT });
  }
  return [...issues, ...closingIssues(draft)];
}

/** At most one closing date, and a status that does not contradict it. */
function closingIssues(draft: ApplicationDraft): ApplicationIssue[] {
  const closed = CLOSING_FIELDS.flatMap((field) => {
    const value = draft.moment(field);
    return value === null ? [] : [{ field, value }];
  });
  const [first, second] = closed;
  if (first !== undefined && second !== undefined) {
    const reason = `a ${second.field} date ${momentText(second.value)} besides the ${first.field} date ${momentText(first.value)}`;
    return [{ field: second.field, reason, hint: CLOSING_HINT }];
  }
  if (first !== undefined && draft.status !== null && draft.status !== first.field) {
    const reason = `the status says ${draft.status}, but the row has a ${first.field} date ${momentText(first.value)}`;
    return [{ field: 'status', reason, hint: STATUS_HINT }];
  }
  return [];
}

/** The positions in MOMENT_FIELDS that passesChecks reads. */
const APPLIED = MOMENT_FIELDS.indexOf('applied');
const OFFER = MOMENT_FIELDS.indexOf('offer');
const HIRED = MOMENT_FIELDS.indexOf('hired');
const DECLINED = MOMENT_FIELDS.indexOf('declined');
const WITHDRAWN = MOMENT_FIELDS.indexOf('withdrawn');

/**
 * Whether applicationIssues finds nothing wrong with an application, checked on its packed moments
 * (`moments[i]` the moment of MOMENT_FIELDS[i], null where empty) without a message, a closure or
 * an object: the same rules in the same order. The reader asks this of every row and asks
 * applicationIssues only of the rows it refuses, for their messages (per-row closures and issue
 * lists were a tenth of a 100,000-row report). tests/io/application-checks.test.ts holds the two
 * to the same answer on generated applications.
 *
 * @example passesChecks([applied, null, interview before applied, …], null, null) // false
 */
export function passesChecks(moments: readonly (number | null)[], status: Outcome | null, vacancyOpened: Day | null): boolean {
  const applied = moments[APPLIED] ?? null;
  if (applied === null) return false;
  let latest = applied;
  for (let step = APPLIED + 1; step <= OFFER; step += 1) {
    const value = moments[step] ?? null;
    if (value === null) continue;
    if (isBefore(value, latest)) return false;
    if (isBefore(latest, value)) latest = value;
  }
  let closing = -1;
  for (let step = HIRED; step <= WITHDRAWN; step += 1) {
    const value = moments[step] ?? null;
    if (value === null) continue;
    // hired and declined follow the last step; rejected and withdrawn only applied.
    if (isBefore(value, step <= DECLINED ? latest : applied)) return false;
    if (closing !== -1) return false;
    closing = step;
  }
  const hired = moments[HIRED] ?? null;
  if (hired !== null && vacancyOpened !== null && dayOfMoment(hired) < vacancyOpened) return false;
  return closing === -1 || status === null || status === MOMENT_FIELDS[closing];
}
