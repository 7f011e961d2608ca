import type { DayCounter, Holidays } from '../business-days.js';
import { groupKeyOf } from '../grouping.js';
import { inPeriod } from '../period.js';
import type { Listed } from '../record-list.js';
import type { Day, DayCount, Period } from '../types.js';
import type { Application } from './application.js';
import { availabilityTally, NO_AVAILABILITY } from './availability.js';
import { type ChannelAttribution, channelTally } from './channels.js';
import { dropOutTally } from './drop-out.js';
import { feedbackHoursTally } from './feedback-time.js';
import { firstResponseTally } from './first-response.js';
import { offerDecisionTally, type OfferDecisions } from './offer-acceptance.js';
import { type Availability, type ChannelRow, type DropOutBucket, TIMED_STAGES, type TimedStage } from './process-types.js';
import { arrivedBy, stepsOf, stepsSeenOn } from './seen-on.js';
import { type StageOutcomes, stageOutcomeTally } from './stage-outcomes.js';
import { stageDaysTally } from './time-in-stage.js';

/** What the pass needs besides the applications (see measureProcess's ProcessContext). */
export interface PassContext {
  readonly period: Period;
  readonly asOf: Day;
  readonly days: DayCounter;
  readonly dayCount: DayCount;
  readonly holidays: Holidays;
  readonly channels: ChannelAttribution | null;
}

/** The figures to measure: false for one whose columns the file lacks, which stays empty. */
export interface PassFigures {
  readonly responses: boolean;
  readonly stages: ReadonlySet<TimedStage>;
  readonly feedback: boolean;
  readonly channels: boolean;
  readonly availability: boolean;
  readonly dropOut: boolean;
}

/** The process figures' values over the applications (see processPass); an unmeasured one is empty. */
export interface PassResult {
  /** The cohort by outcome and furthest stage: applications, funnel, outcomes and closedAt. */
  readonly byStage: StageOutcomes;
  readonly decisions: OfferDecisions;
  readonly responses: number[];
  readonly stageValues: ReadonlyMap<TimedStage, number[]>;
  readonly feedback: number[];
  readonly channels: ChannelRow[];
  readonly availability: Availability;
  readonly dropOut: DropOutBucket[];
}

/**
 * Every process figure's values in one pass over the applications: each application that had
 * arrived by the as-of date R is seen as it stood on R (see seenAllOn); offer decisions and
 * feedback hours count every such application (each by its own date), and the others count the
 * cohort, those applied in the period (see cohortOf). The same values as the figures' list
 * functions over seenAllOn and cohortOf (tests/core/process/folded-rules.test.ts holds them to it).
 *
 * Why one pass: each figure's own pass read every date of every application again, a new Moment
 * per read from the file's columns (some sixty per application), and that was most of the process
 * figures' time; here each application's dates are read once (see stepsOf).
 *
 * @example processPass(applications, ctx, figures).byStage.total // the cohort's applications
 */
export function processPass(applications: Listed<Application>, ctx: PassContext, figures: PassFigures): PassResult {
  const { period, asOf, days } = ctx;
  const byStage = stageOutcomeTally();
  const decisions = offerDecisionTally(period);
  const responses = figures.responses ? firstResponseTally(days) : null;
  const stages = TIMED_STAGES.filter((stage) => figures.stages.has(stage)).map((stage) => ({ stage, tally: stageDaysTally(stage, days) }));
  const feedback = figures.feedback ? feedbackHoursTally(period, ctx.dayCount, ctx.holidays) : null;
  const table = figures.channels ? channelTally(days, ctx.channels) : null;
  const available = figures.availability ? availabilityTally(asOf) : null;
  const waits = figures.dropOut ? dropOutTally(days) : null;
  const channelOf = groupKeyOf('channel');
  for (const application of applications) {
    const steps = stepsOf(application);
    if (!arrivedBy(steps, asOf)) continue;
    const seen = stepsSeenOn(steps, asOf);
    decisions.add(seen);
    feedback?.add(seen);
    if (!inPeriod(period, seen.applied.day)) continue;
    byStage.add(seen);
    responses?.add(seen);
    for (const { tally } of stages) tally.add(seen);
    table?.add(seen, channelOf(application));
    available?.add(seen);
    waits?.add(seen);
  }
  return {
    byStage: byStage.result(),
    decisions: decisions.result(),
    responses: responses?.result() ?? [],
    stageValues: new Map(TIMED_STAGES.map((stage) => [stage, stages.find((entry) => entry.stage === stage)?.tally.result() ?? []])),
    feedback: feedback?.result() ?? [],
    channels: table?.result() ?? [],
    availability: available?.result() ?? NO_AVAILABILITY,
    dropOut: waits?.result() ?? [],
  };
}
