import type { DayCounter } from './business-days.js';
import { durationDays, timeToFillDays } from './durations.js';
import { firstYearOutcome, firstYearsKnown, leftInFirstYear } from './first-year.js';
import type { HireColumns } from './hire-columns.js';
import { startedOnTime } from './on-time.js';
import { hireQuality, qualityFromSignals } from './quality.js';
import { scoresOf } from './satisfaction.js';
import { countOutcomes } from './stats/count-outcomes.js';
import type { Listed } from './record-list.js';
import type { Proportion } from './stats/wilson.js';
import { type FillMeasure, hireTimeToFill } from './time-to-fill.js';
import type { Day, Hire, Scale } from './types.js';

/**
 * The per-hire values behind the hire KPIs and their samples, of one list of hires: every list in
 * the order of the hires, a hire left out of a list where it has no such value. Both a KPI (its
 * figure) and its sample (for a later comparison) are made from these, so a report reads each
 * hire once for all of them instead of once per KPI and once more per sample.
 */
export interface HireValues {
  /** How many hires the values are of. */
  readonly hires: number;
  /** Each hire's time to fill by the report's measure (see hireTimeToFill). */
  readonly timeToFill: readonly number[];
  /** offer_accepted − application_date. */
  readonly timeToHire: readonly number[];
  /** start_date − offer_accepted. */
  readonly timeToStart: readonly number[];
  /** Each hire's hireQuality. */
  readonly quality: readonly number[];
  readonly managerSatisfaction: readonly number[];
  readonly candidateSatisfaction: readonly number[];
  /** Started on time (see startedOnTime) out of the hires with both dates. */
  readonly onTime: Proportion;
  /** Left in the first year (see leftInFirstYear) out of the hires whose first year is over by R. */
  readonly leftInFirstYear: Proportion;
}

/** What besides the hires the values depend on. */
export interface HireValueContext {
  /** The as-of date R. */
  readonly asOf: Day;
  readonly days: DayCounter;
  readonly fill: FillMeasure;
  readonly performance: Scale;
  readonly columns: HireColumns;
}

/** The values of one hire behind the hire KPIs; null where it has no such value. */
interface OneHire {
  readonly timeToFill: number | null;
  readonly timeToHire: number | null;
  readonly timeToStart: number | null;
  readonly quality: number | null;
  readonly managerSatisfaction: number | null;
  readonly candidateSatisfaction: number | null;
  readonly onTime: boolean | null;
  readonly leftInFirstYear: boolean | null;
}

/**
 * The values of one hire: those of hireTimeToFill, hireQuality, startedOnTime and leftInFirstYear,
 * with the first year's outcome worked out once for both quality and attrition.
 */
function oneHire(hire: Hire, ctx: HireValueContext): OneHire {
  const { asOf, days, fill, performance, columns } = ctx;
  const applied = hire.applicationDate;
  const accepted = hire.offerAccepted;
  const started = hire.startDate;
  const firstYear = firstYearOutcome(hire, asOf);
  return {
    timeToFill: hireTimeToFill(hire, fill),
    timeToHire: applied !== null && accepted !== null ? days(applied, accepted) : null,
    timeToStart: accepted !== null && started !== null ? days(accepted, started) : null,
    quality: qualityFromSignals(hire, performance, firstYearsKnown(columns) ? firstYear : null),
    managerSatisfaction: hire.managerSatisfaction,
    candidateSatisfaction: hire.candidateSatisfaction,
    onTime: startedOnTime(hire),
    leftInFirstYear: firstYear === null ? null : firstYear === 'left',
  };
}

/** HireValues being filled, a hire at a time, in the order the hires are added. */
class ValueTally {
  hires = 0;
  readonly timeToFill: number[] = [];
  readonly timeToHire: number[] = [];
  readonly timeToStart: number[] = [];
  readonly quality: number[] = [];
  readonly managerSatisfaction: number[] = [];
  readonly candidateSatisfaction: number[] = [];
  readonly onTime = { successes: 0, n: 0 };
  readonly leftInFirstYear = { successes: 0, n: 0 };

  add(one: OneHire): void {
    this.hires += 1;
    if (one.timeToFill !== null) this.timeToFill.push(one.timeToFill);
    if (one.timeToHire !== null) this.timeToHire.push(one.timeToHire);
    if (one.timeToStart !== null) this.timeToStart.push(one.timeToStart);
    if (one.quality !== null) this.quality.push(one.quality);
    if (one.managerSatisfaction !== null) this.managerSatisfaction.push(one.managerSatisfaction);
    if (one.candidateSatisfaction !== null) this.candidateSatisfaction.push(one.candidateSatisfaction);
    count(this.onTime, one.onTime);
    count(this.leftInFirstYear, one.leftInFirstYear);
  }

  values(): HireValues {
    const { hires, timeToFill, timeToHire, timeToStart, quality, managerSatisfaction, candidateSatisfaction, onTime, leftInFirstYear } = this;
    return { hires, timeToFill, timeToHire, timeToStart, quality, managerSatisfaction, candidateSatisfaction, onTime, leftInFirstYear };
  }
}

function count(tally: { successes: number; n: number }, outcome: boolean | null): void {
  if (outcome === null) return;
  tally.n += 1;
  if (outcome) tally.successes += 1;
}

/**
 * The values of some hires (see HireValues), read in one pass: the same lists as timeToFillDays,
 * durationDays, scoresOf with hireQuality or a satisfaction, and countOutcomes with startedOnTime
 * or leftInFirstYear give one by one.
 *
 * @example
 * // one hire: applied 2025-03-01, accepted 2025-03-15, manager's score 8
 * hireValues([hire], ctx).timeToHire // [14]; .managerSatisfaction // [8]
 */
export function hireValues(hires: Listed<Hire>, ctx: HireValueContext): HireValues {
  const tally = new ValueTally();
  for (const hire of hires) tally.add(oneHire(hire, ctx));
  return tally.values();
}

/**
 * The values of some hires and of each group of them (see groupKeyOf), read in one pass: `all`
 * is hireValues of the hires, and each group's the hireValues of its hires in their order. Each
 * hire is measured once for both, where the whole and then each group would read every hire twice.
 *
 * @example hireValuesByGroup(hires, (hire) => hire.dims.get('department') ?? '', ctx).groups.get('ICT')?.timeToHire // [14]
 */
export function hireValuesByGroup(hires: Listed<Hire>, groupOf: (hire: Hire) => string, ctx: HireValueContext): { all: HireValues; groups: Map<string, HireValues> } {
  const all = new ValueTally();
  const tallies = new Map<string, ValueTally>();
  for (const hire of hires) {
    const one = oneHire(hire, ctx);
    all.add(one);
    const key = groupOf(hire);
    let group = tallies.get(key);
    if (group === undefined) {
      group = new ValueTally();
      tallies.set(key, group);
    }
    group.add(one);
  }
  return { all: all.values(), groups: new Map([...tallies].map(([key, tally]) => [key, tally.values()])) };
}

/**
 * The same values as hireValues, each list or count measured in a pass of its own every time it
 * is read, and not kept: for a caller that reads each once or twice and wants to hold one list at
 * a time. Over a million hires the lists take some 60 MB all at once, which the period's figures
 * cannot afford on top of the records (SPEC §9: a million rows in 300 MB).
 *
 * @example hireValuesByList([hire], ctx).timeToHire // [14], measured when read
 */
export function hireValuesByList(hires: Listed<Hire>, ctx: HireValueContext): HireValues {
  const { asOf, days, fill, performance, columns } = ctx;
  return {
    hires: hires.length,
    get timeToFill() {
      return timeToFillDays(hires, fill);
    },
    get timeToHire() {
      return durationDays(hires, 'timeToHire', days);
    },
    get timeToStart() {
      return durationDays(hires, 'timeToStart', days);
    },
    get quality() {
      return scoresOf(hires, (hire) => hireQuality(hire, asOf, performance, columns));
    },
    get managerSatisfaction() {
      return scoresOf(hires, (hire) => hire.managerSatisfaction);
    },
    get candidateSatisfaction() {
      return scoresOf(hires, (hire) => hire.candidateSatisfaction);
    },
    get onTime() {
      return countOutcomes(hires, startedOnTime);
    },
    get leftInFirstYear() {
      return countOutcomes(hires, (hire) => leftInFirstYear(hire, asOf));
    },
  };
}

/**
 * The most hires whose values a report measures once and keeps (hireValues) rather than a list at
 * a time (hireValuesByList). Kept, the values of 200,000 hires take some 10 MB, and each figure and
 * its sample read them without another pass over the hires (a report over 100,000 hires spends
 * some 0.3 s on those passes); above it, memory counts for more (SPEC §9: a million rows in 300 MB).
 */
export const KEPT_VALUES_UP_TO = 200_000;

/**
 * The values of some hires as a report measures them: read once and kept (hireValues) for up to
 * KEPT_VALUES_UP_TO hires, a list at a time each time it is read (hireValuesByList) for more. The
 * same values either way.
 *
 * @example valuesToRead(hires, ctx).timeToHire // [14]
 */
export function valuesToRead(hires: Listed<Hire>, ctx: HireValueContext): HireValues {
  return hires.length <= KEPT_VALUES_UP_TO ? hireValues(hires, ctx) : hireValuesByList(hires, ctx);
}
