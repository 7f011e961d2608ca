import type { DayCounter, Holidays } from '../business-days.js';
import { groupKeyOf } from '../grouping.js';
import { inPeriod } from '../period.js';
import type { Listed } from '../record-list.js';
import type { Day, DayCount, Period } from '../types.js';
import type { Application } from './application.js';
import { AvailabilityTally, NO_AVAILABILITY } from './availability.js';
import { type ChannelAttribution, ChannelTally } from './channels.js';
import { DropOutTally } from './drop-out.js';
import { FeedbackHoursTally } from './feedback-time.js';
import { FirstResponseTally } from './first-response.js';
import { OfferDecisionTally, type OfferDecisions } from './offer-acceptance.js';
import { type Availability, type ChannelRow, type DropOutBucket, TIMED_STAGES, type TimedStage } from './process-types.js';
import { arrivedBy, stepsSeenOn } from './seen-on.js';
import { StepsBuffer } from './steps-buffer.js';
import { type StageOutcomes, StageOutcomeTally } from './stage-outcomes.js';
import { StageDaysTally } from './time-in-stage.js';
import { type Tally, tallied } from './tally.js';

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
  readonly responses: Float64Array;
  readonly stageValues: ReadonlyMap<TimedStage, Float64Array>;
  readonly feedback: Float64Array;
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
 * figures' time; here each application's dates are read once, into one buffer (see StepsBuffer).
 *
 * @example processPass(applications, ctx, figures).byStage.total // the cohort's applications
 */
export function processPass(applications: Listed<Application>, ctx: PassContext, figures: PassFigures): PassResult {
  return tallied(applications, new ProcessTally(ctx, figures));
}

/**
 * processPass one application at a time (see Tally). The pass's loop calls add, a small method
 * that V8 optimises as a whole function: a loop body in the pass's own function was optimised
 * only on the stack (OSR) and, once deoptimised, ran some ten times slower for the rest of the
 * list and for every group after it (measured).
 */
class ProcessTally implements Tally<Application, PassResult> {
  readonly #asOf: Day;
  readonly #period: Period;
  readonly #byStage = new StageOutcomeTally();
  readonly #decisions: OfferDecisionTally;
  readonly #responses: FirstResponseTally | null;
  readonly #stages: readonly StageDaysTally[];
  readonly #feedback: FeedbackHoursTally | null;
  readonly #channels: ChannelTally | null;
  readonly #availability: AvailabilityTally | null;
  readonly #dropOut: DropOutTally | null;
  readonly #channelOf = groupKeyOf('channel');
  // Every application's dates read into one buffer: no tally keeps the steps it is given.
  readonly #steps = new StepsBuffer();

  constructor(ctx: PassContext, figures: PassFigures) {
    const { period, asOf, days } = ctx;
    this.#asOf = asOf;
    this.#period = period;
    this.#decisions = new OfferDecisionTally(period);
    this.#responses = figures.responses ? new FirstResponseTally(days) : null;
    this.#stages = TIMED_STAGES.filter((stage) => figures.stages.has(stage)).map((stage) => new StageDaysTally(stage, days));
    this.#feedback = figures.feedback ? new FeedbackHoursTally(period, ctx.dayCount, ctx.holidays) : null;
    this.#channels = figures.channels ? new ChannelTally(days, ctx.channels) : null;
    this.#availability = figures.availability ? new AvailabilityTally(asOf) : null;
    this.#dropOut = figures.dropOut ? new DropOutTally(days) : null;
  }

  add(application: Application): void {
    const steps = this.#steps.read(application);
    if (!arrivedBy(steps, this.#asOf)) return;
    const seen = stepsSeenOn(steps, this.#asOf);
    this.#decisions.add(seen);
    this.#feedback?.add(seen);
    if (!inPeriod(this.#period, seen.applied.day)) return;
    this.#byStage.add(seen);
    this.#responses?.add(seen);
    for (const tally of this.#stages) tally.add(seen);
    this.#channels?.add(seen, this.#channelOf(application));
    this.#availability?.add(seen);
    this.#dropOut?.add(seen);
  }

  result(): PassResult {
    const stageValues = new Map<TimedStage, Float64Array>(TIMED_STAGES.map((stage) => [stage, new Float64Array(0)]));
    for (const tally of this.#stages) stageValues.set(tally.stage, tally.result());
    return {
      byStage: this.#byStage.result(),
      decisions: this.#decisions.result(),
      responses: this.#responses?.result() ?? new Float64Array(0),
      stageValues,
      feedback: this.#feedback?.result() ?? new Float64Array(0),
      channels: this.#channels?.result() ?? [],
      availability: this.#availability?.result() ?? NO_AVAILABILITY,
      dropOut: this.#dropOut?.result() ?? [],
    };
  }
}
