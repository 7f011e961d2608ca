import { agreementBins } from '../agreement-bins.js';
import { dayCounter, type Holidays } from '../business-days.js';
import type { Listed } from '../record-list.js';
import type { Samples } from '../samples.js';
import { durationStats } from '../stats.js';
import type { Day, DayCount, DurationStats, Period } from '../types.js';
import { agreedDurations } from './agreed-durations.js';
import type { Application } from './application.js';
import type { ChannelAttribution } from './channels.js';
import { closedAtOf } from './closed-at.js';
import { applicationsPerHire, conversion, funnelOf } from './funnel.js';
import { offerAcceptanceRate } from './offer-acceptance.js';
import { outcomesOf } from './outcomes.js';
import { lackingColumns, type ProcessColumns } from './process-columns.js';
import { processPass } from './process-pass.js';
import { processSamples } from './process-samples.js';
import { type ProcessBlock, type ProcessKey, type ProcessKpis, TIMED_STAGES, type TimedStage } from './process-types.js';

/** The agreed times of SPEC §11.4: feedback within hours, a first response within days. */
export interface Agreements {
  readonly feedbackHours: number;
  readonly firstResponseDays: number;
}

export const DEFAULT_AGREEMENTS: Agreements = { feedbackHours: 24, firstResponseDays: 5 };

/** What besides the applications changes a process figure. */
export interface ProcessContext {
  readonly period: Period;
  /** The as-of date R: the applications are judged as they stood on it (see seenOn). */
  readonly asOf: Day;
  readonly dayCount: DayCount;
  readonly holidays: Holidays;
  readonly agreements: Agreements;
  /** The columns the applications file has: a figure whose column is absent is not measured. */
  readonly columns: ProcessColumns;
  /** Cost and quality per channel from the costs and hires files; null: not attributed (a group). */
  readonly channels: ChannelAttribution | null;
}

/** The process block, and the samples behind its shares and durations for a comparison. */
export interface ProcessMeasure {
  readonly block: ProcessBlock;
  readonly samples: Samples;
}

/** The column each timed stage is entered by. */
const ENTERED_BY = { screening: 'screened', interview: 'interview', offer: 'offer' } as const satisfies Record<TimedStage, string>;

const NO_APPLICATIONS = 'no application in the period';

/**
 * Every process figure of SPEC §10 and §11.1–11.2 over the applications of a report or of one
 * group of it, and the samples behind them. The applications are first seen as they stood on the
 * as-of date R (see seenOn; one that arrived after R is left out); then:
 * - the cohort = those applied in the period (see cohortOf) gives applications, funnel,
 *   conversion, applicationsPerHire, outcomes, closedAt, timeToFirstResponse, timeInStage,
 *   channels, availability and dropOut;
 * - offerAcceptanceRate counts the offers decided in the period (see offerDecisions);
 * - feedbackTime counts the interviews in the period (see feedbackHours).
 * Durations are in days of ctx.dayCount (availability: calendar days, §11.1), feedback in hours.
 * A figure whose column the file lacks is null or empty, with a reason naming the column; a figure
 * with nothing to count has a reason saying so. Every figure's values come from one pass over the
 * applications (see processPass).
 *
 * @example measureProcess(applications, ctx).block.kpis.conversion // hired / applications of the cohort
 */
export function measureProcess(applications: Listed<Application>, ctx: ProcessContext): ProcessMeasure {
  const has = ctx.columns;
  const reasons: Partial<Record<ProcessKey, string>> = {};
  const because = (key: ProcessKey, reason: string | null): void => {
    if (reason !== null) reasons[key] = reason;
  };
  const responseMissing = lackingColumns(has, 'screened', 'interview', 'offer', 'hired', 'rejected');
  const interviewMissing = lackingColumns(has, 'interview');
  const channelMissing = lackingColumns(has, 'channel');
  const leftMissing = lackingColumns(has, 'withdrawn', 'declined');
  const availabilityMissing = interviewMissing ?? leftMissing;
  const waitMissing = leftMissing ?? lackingColumns(has, 'screened', 'interview', 'feedback', 'offer');
  const measured = processPass(
    applications,
    { period: ctx.period, asOf: ctx.asOf, days: dayCounter(ctx.dayCount, ctx.holidays), dayCount: ctx.dayCount, holidays: ctx.holidays, channels: ctx.channels },
    {
      responses: responseMissing === null,
      stages: new Set(TIMED_STAGES.filter((stage) => has.has(ENTERED_BY[stage]))),
      feedback: interviewMissing === null,
      channels: channelMissing === null,
      availability: availabilityMissing === null,
      dropOut: waitMissing === null,
    },
  );

  const { byStage, decisions, responses, stageValues, feedback, availability: available, dropOut: buckets } = measured;
  const steps = funnelOf(byStage);
  const counted = outcomesOf(byStage);
  const hired = counted.hired.count;
  const size = byStage.total;
  if (size === 0) for (const key of ['funnel', 'conversion', 'outcomes'] as const) because(key, NO_APPLICATIONS);
  if (size > 0 && hired === 0) because('applicationsPerHire', 'no hired application in the period');

  const acceptance = offerAcceptanceRate(decisions);
  because('offerAcceptanceRate', lackingColumns(has, 'hired', 'declined', 'status') ?? (acceptance.n === 0 ? 'no offer was decided in the period' : null));

  because('timeToFirstResponse', responseMissing ?? (responses.length === 0 ? 'no application of the period has had a response' : null));

  const stageReasons = TIMED_STAGES.flatMap((stage) => {
    const missing = lackingColumns(has, ENTERED_BY[stage]);
    if (missing !== null) return [`${stage}: ${missing}`];
    return stageValues.get(stage)?.length === 0 ? [`${stage}: no application of the period left this stage`] : [];
  });
  because('timeInStage', stageReasons.length === 0 ? null : stageReasons.join('; '));

  because('feedbackTime', interviewMissing ?? (feedback.length === 0 ? 'no interview in the period has had an answer' : null));

  const table = measured.channels;
  because('channels', channelMissing ?? channelNote(table.length, ctx.channels));

  because('availability', availabilityMissing ?? (available.n === 0 ? 'no application of the period reached an interview' : null));

  const waited = buckets.reduce((sum, bucket) => sum + bucket.applications, 0);
  because('dropOut', waitMissing ?? (waited === 0 ? 'no closed application of the period reached screening' : null));

  const kpis: ProcessKpis = {
    applications: size,
    funnel: steps,
    conversion: conversion(size, hired),
    applicationsPerHire: applicationsPerHire(size, hired),
    outcomes: counted,
    closedAt: closedAtOf(byStage),
    offerAcceptanceRate: acceptance,
    timeToFirstResponse: agreedDurations(responses, ctx.agreements.firstResponseDays),
    timeInStage: Object.fromEntries(TIMED_STAGES.map((stage) => [stage, durationStats(stageValues.get(stage) ?? [])])) as Record<TimedStage, DurationStats>,
    feedbackTime: agreedDurations(feedback, ctx.agreements.feedbackHours),
    channels: table,
    availability: available,
    dropOut: buckets,
  };
  const order = Object.keys(kpis) as ProcessKey[];
  const block: ProcessBlock = {
    kpis,
    reasons: Object.fromEntries(order.flatMap((key) => (reasons[key] === undefined ? [] : [[key, reasons[key]]]))),
    distributions: { feedbackHours: agreementBins(feedback, ctx.agreements.feedbackHours) },
  };
  return { block, samples: processSamples(kpis, { responses, stageValues, feedback, acceptedOffers: decisions.hired }) };
}

/** Why a channel table lacks its costs: no costs file, or a group's table (costs are attributed over the whole period). */
function channelNote(rows: number, attribution: ChannelAttribution | null): string | null {
  if (rows === 0) return NO_APPLICATIONS;
  if (attribution === null) return "cost and quality of hire per channel are in the whole report's channel table";
  return attribution.costs === null ? 'no costs file: cost per channel is not measured' : null;
}

/**
 * The process block alone (see measureProcess).
 *
 * @example processBlock(applications, ctx).kpis.funnel[0] // { stage: 'applied', reached: 120, passThrough: 0.75 }
 */
export function processBlock(applications: Listed<Application>, ctx: ProcessContext): ProcessBlock {
  return measureProcess(applications, ctx).block;
}
