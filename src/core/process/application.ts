/**
 * The applications file's record (SPEC §2.6): one candidate for one vacancy, with the date (and,
 * where the export gave one, the time) of each step of the process it reached.
 *
 * The long form of §2.7 (one row per stage entered) is folded into this same record by the
 * reader, so the process KPIs see one shape only.
 */

import type { Day, Dimensions } from '../types.js';

/**
 * A moment of the process: a calendar day and, when the cell carried a time, the minute of that
 * day (0–1439). Durations in days use `day` only; feedback hours use the minute when both ends
 * have one (SPEC §10).
 */
export interface Moment {
  readonly day: Day;
  /** Minutes after midnight, or null when the cell had a date only. */
  readonly minute: number | null;
}

/** How an application ended, or `active` when it has not ended (SPEC §2.6). */
export const OUTCOMES = ['active', 'hired', 'rejected', 'withdrawn', 'declined'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The stages of the funnel, in process order (SPEC §10). */
export const FUNNEL_STAGES = ['applied', 'screening', 'interview', 'offer', 'hired'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** The steps of an application after it arrived, each a Moment field of Application, in process order. */
export const APPLICATION_STEPS = ['screened', 'interview', 'feedback', 'offer', 'hired', 'declined', 'rejected', 'withdrawn'] as const;
export type ApplicationStep = (typeof APPLICATION_STEPS)[number];

/** One row of the applications file, checked: its dates are in process order (SPEC §2.6). */
export interface Application {
  /** The line the row starts on (the first row of the application in the long form). */
  readonly line: number;
  readonly applicationId: string | null;
  readonly candidateId: string | null;
  /** The application arrived. */
  readonly applied: Moment;
  /** The organisation's first screening step. */
  readonly screened: Moment | null;
  /** The first interview. */
  readonly interview: Moment | null;
  /** The hiring manager's decision after the first interview. */
  readonly feedback: Moment | null;
  readonly offer: Moment | null;
  /** The candidate accepted the offer. */
  readonly hired: Moment | null;
  /** The candidate turned the offer down. */
  readonly declined: Moment | null;
  /** The organisation rejected the application. */
  readonly rejected: Moment | null;
  /** The candidate withdrew. */
  readonly withdrawn: Moment | null;
  /**
   * The outcome the export's `status` column gives (mapped by the config's `statuses`), or null
   * without a status. Where a closing date exists it agrees with this (the reader rejects a
   * contradiction); an outcome known only from the status has no date and no duration.
   */
  readonly status: Outcome | null;
  /** Requisition approved, when the export carries it: time to fill from this file alone. */
  readonly vacancyOpened: Day | null;
  /** vacancy_id, role, department, channel, recruiter, hiring_manager, location and extra columns. */
  readonly dims: Dimensions;
}

/** An application's dates and status: all that the rules of the process figures read of it (SPEC §10–11). */
export type ApplicationSteps = Pick<Application, 'applied' | ApplicationStep | 'status'>;
