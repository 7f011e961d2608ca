/**
 * The figures of the process (SPEC §10, §11.1–11.2), computed from the applications file: the
 * funnel, the outcomes, the speed of every step, the channel table, candidate availability and
 * drop-out after waiting. The JSON block `process` is this object.
 *
 * Periods (SPEC §10): an application belongs to the period of its `applied` date (its cohort) for
 * every figure except offer acceptance (by the decision date) and feedback time (by the interview
 * date). Durations are in days (working days with `--business-days`); feedback is in hours.
 */

import type { Cents, DurationStats, Share } from '../types.js';
import type { FunnelStage, Outcome } from './application.js';

/** One stage of the funnel. */
export interface FunnelStep {
  readonly stage: FunnelStage;
  /** Applications of the cohort whose furthest stage is this one or a later one. */
  readonly reached: number;
  /** reached / applications of the cohort; null when the cohort is empty. */
  readonly share: number | null;
  /** reached(next stage) / reached(this stage); null for `hired` (no next stage) or when reached is 0. */
  readonly passThrough: number | null;
}

/** A count with its share of the cohort (share null when the cohort is empty). */
export interface CountShare {
  readonly count: number;
  readonly share: number | null;
}

/** How the closed applications ended at one furthest stage. */
export interface ClosedAtStage {
  /** The organisation rejected them there. */
  readonly rejected: number;
  /** The candidate withdrew or declined there. */
  readonly withdrawn: number;
}

/** The stages an application can be closed at: its furthest stage when it closed without a hire. */
export const CLOSING_STAGES = ['applied', 'screening', 'interview', 'offer'] as const;
export type ClosingStage = (typeof CLOSING_STAGES)[number];

/** The stages whose time is measured (SPEC §10, timeInStage); feedback is not a stage. */
export const TIMED_STAGES = ['screening', 'interview', 'offer'] as const;
export type TimedStage = (typeof TIMED_STAGES)[number];

/** Durations against an agreement: the summary and the share at or under the agreed time. */
export interface AgreedDurations extends DurationStats {
  /** The agreed time, in the unit of the durations (days, or hours for feedback). */
  readonly agreement: number;
  /** Share of the durations ≤ agreement, with n the durations counted. */
  readonly withinAgreement: Share;
}

/** One row of the channel table (SPEC §10): a channel's candidates, hires, cost and speed. */
export interface ChannelRow {
  readonly channel: string;
  readonly applications: number;
  readonly reachedInterview: number;
  readonly hires: number;
  /** hires / applications. */
  readonly conversion: number | null;
  /** Costs attributed to the channel (direct plus allocated, as the `--by channel` groups); null without a costs file. */
  readonly cost: Cents | null;
  /** cost / applications, in cents, unrounded. */
  readonly costPerApplication: number | null;
  /** cost / hires, in cents, unrounded. */
  readonly costPerHire: number | null;
  /** Median applied → hired of the channel's hires, in days. */
  readonly medianTimeToHire: number | null;
  /** Quality of hire of the channel's hires (0..1), where the hires file gives it. */
  readonly qualityOfHire: number | null;
}

/** Candidate availability (SPEC §11.1): the Kaplan–Meier curve over interviewed applications. */
export interface Availability {
  readonly n: number;
  readonly events: number;
  /** The first day with S ≤ 0.5; null when more than half were still available at the last event. */
  readonly medianDays: number | null;
  /** S(7), S(14), S(30) read off the step curve; null when n is 0 (nothing to estimate over). */
  readonly at: { readonly '7': number | null; readonly '14': number | null; readonly '30': number | null };
  readonly curve: readonly { readonly day: number; readonly survival: number }[];
}

/** One bucket of the longest wait (SPEC §11.2). */
export interface DropOutBucket {
  readonly from: number;
  /** null for the last bucket (over 14 days). */
  readonly to: number | null;
  readonly applications: number;
  /** Withdrawn or declined. */
  readonly withdrawn: number;
  readonly share: number | null;
}

/** Every figure of the process (SPEC §10–11). */
export interface ProcessKpis {
  /** Applications of the cohort. */
  readonly applications: number;
  readonly funnel: readonly FunnelStep[];
  /** hired / applications. */
  readonly conversion: number | null;
  /** applications / hired. */
  readonly applicationsPerHire: number | null;
  readonly outcomes: Readonly<Record<Outcome, CountShare>>;
  readonly closedAt: Readonly<Record<ClosingStage, ClosedAtStage>>;
  /** Offers decided in the period: hired / (hired + declined); n = hired + declined. */
  readonly offerAcceptanceRate: Share;
  /** applied → first action of the organisation, days; agreement `agreements.firstResponseDays`. */
  readonly timeToFirstResponse: AgreedDurations;
  readonly timeInStage: Readonly<Record<TimedStage, DurationStats>>;
  /** interview → feedback (or the next event), hours; agreement `agreements.feedbackHours`. */
  readonly feedbackTime: AgreedDurations;
  readonly channels: readonly ChannelRow[];
  readonly availability: Availability;
  readonly dropOut: readonly DropOutBucket[];
}

export type ProcessKey = keyof ProcessKpis;

/** Why a process figure is null or empty (a column the file lacks), keyed by ProcessKey. */
export type ProcessReasons = Readonly<Partial<Record<ProcessKey, string>>>;

/**
 * A bin of a histogram of hours: the durations over `from` up to and including `to` (the first
 * bin also holds `from` itself); `to` null: every longer one. Closed at the top, so that a bin can
 * end exactly on an agreement (≤ 24 h is within it): a next-day answer of 24 h falls in 0–24.
 */
export interface HoursBin {
  readonly from: number;
  readonly to: number | null;
  readonly count: number;
}

/** How the process's durations are spread, for histograms. */
export interface ProcessDistributions {
  /** The feedback times of feedbackTime in bins whose edges fall on its agreement (see agreementBins); [] without any. */
  readonly feedbackHours: readonly HoursBin[];
}

/** The process block of a report, or of one group of it. */
export interface ProcessBlock {
  readonly kpis: ProcessKpis;
  readonly reasons: ProcessReasons;
  readonly distributions: ProcessDistributions;
}
