import type { DayCounter } from './business-days.js';
import { firstYearOutcome, firstYearsKnown } from './first-year.js';
import type { HireColumns } from './hire-columns.js';
import { startedOnTime } from './on-time.js';
import { qualityFromSignals } from './quality.js';
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
  readonly timeToFill: ArrayLike<number>;
  /** offer_accepted − application_date. */
  readonly timeToHire: ArrayLike<number>;
  /** start_date − offer_accepted. */
  readonly timeToStart: ArrayLike<number>;
  /** Each hire's hireQuality. */
  readonly quality: ArrayLike<number>;
  readonly managerSatisfaction: ArrayLike<number>;
  readonly candidateSatisfaction: ArrayLike<number>;
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
 * with the first year's outcome worked out once for both quality and attrition, as a function of
 * the hire for `ctx`.
 */
function oneHireOf(ctx: HireValueContext): (hire: Hire) => OneHire {
  const { asOf, days, fill, performance, columns } = ctx;
  // The same for every hire: asked once, not once per hire (it lists the columns the file lacks).
  const firstYears = firstYearsKnown(columns);
  return (hire) => {
    const applied = hire.applicationDate;
    const accepted = hire.offerAccepted;
    const started = hire.startDate;
    const firstYear = firstYearOutcome(hire, asOf);
    return {
      timeToFill: hireTimeToFill(hire, fill),
      timeToHire: applied !== null && accepted !== null ? days(applied, accepted) : null,
      timeToStart: accepted !== null && started !== null ? days(accepted, started) : null,
      quality: qualityFromSignals(hire, performance, firstYears ? firstYear : null),
      managerSatisfaction: hire.managerSatisfaction,
      candidateSatisfaction: hire.candidateSatisfaction,
      onTime: startedOnTime(hire),
      leftInFirstYear: firstYear === null ? null : firstYear === 'left',
    };
  };
}

/** A list of numbers being filled a value at a time: an array, or PackedNumbers. */
interface NumberList {
  push(value: number): void;
}

/**
 * Numbers added a value at a time into a typed array as long as the most there can be: 4 bytes a
 * value while every value is a whole int32 (days), 8 from the first other value on (a score of
 * 7.5); where an array of a million numbers takes 8 bytes a value and more while it grows.
 */
export class PackedNumbers implements NumberList {
  private ints: Int32Array | null;
  private floats: Float64Array | null = null;
  length = 0;

  constructor(private readonly capacity: number) {
    this.ints = new Int32Array(capacity);
  }

  push(value: number): void {
    const ints = this.ints;
    if (ints !== null) {
      // An int32 (not −0, which an Int32Array would make 0) is stored as it is.
      if ((value | 0) === value && (value !== 0 || 1 / value > 0)) {
        ints[this.length++] = value;
        return;
      }
      this.floats = new Float64Array(this.capacity);
      this.floats.set(ints.subarray(0, this.length));
      this.ints = null;
    }
    (this.floats as Float64Array)[this.length++] = value;
  }

  /** The values added, in their order. */
  values(): Int32Array | Float64Array {
    return (this.ints ?? (this.floats as Float64Array)).subarray(0, this.length);
  }
}

/** HireValues being filled, a hire at a time, in the order the hires are added, into lists of type L. */
class ValueTally<L extends NumberList> {
  hires = 0;
  readonly timeToFill: L;
  readonly timeToHire: L;
  readonly timeToStart: L;
  readonly quality: L;
  readonly managerSatisfaction: L;
  readonly candidateSatisfaction: L;
  readonly onTime = { successes: 0, n: 0 };
  readonly leftInFirstYear = { successes: 0, n: 0 };

  constructor(
    newList: () => L,
    private readonly valuesOf: (list: L) => ArrayLike<number>,
  ) {
    this.timeToFill = newList();
    this.timeToHire = newList();
    this.timeToStart = newList();
    this.quality = newList();
    this.managerSatisfaction = newList();
    this.candidateSatisfaction = newList();
  }

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
    const { hires, onTime, leftInFirstYear, valuesOf } = this;
    return {
      hires,
      timeToFill: valuesOf(this.timeToFill),
      timeToHire: valuesOf(this.timeToHire),
      timeToStart: valuesOf(this.timeToStart),
      quality: valuesOf(this.quality),
      managerSatisfaction: valuesOf(this.managerSatisfaction),
      candidateSatisfaction: valuesOf(this.candidateSatisfaction),
      onTime,
      leftInFirstYear,
    };
  }
}

/** A tally into arrays, for the hires of a group or of a report of not many. */
const arrayTally = (): ValueTally<number[]> => new ValueTally<number[]>(() => [], (list) => list);

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
  const tally = arrayTally();
  const oneHire = oneHireOf(ctx);
  for (const hire of hires) tally.add(oneHire(hire));
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
  const all = arrayTally();
  const tallies = new Map<string, ValueTally<number[]>>();
  const oneHire = oneHireOf(ctx);
  for (const hire of hires) {
    const one = oneHire(hire);
    all.add(one);
    const key = groupOf(hire);
    let group = tallies.get(key);
    if (group === undefined) {
      group = arrayTally();
      tallies.set(key, group);
    }
    group.add(one);
  }
  return { all: all.values(), groups: new Map([...tallies].map(([key, tally]) => [key, tally.values()])) };
}

/**
 * The same values as hireValues, read in the same one pass, into typed arrays (see PackedNumbers):
 * over a million hires the six lists take some 35 MB instead of some 60 MB as arrays, which the
 * period's figures could not afford on top of the records (SPEC §9: a million rows in 300 MB). Read
 * once for all the figures and samples of the period, where measuring a list each time a figure
 * read it went over the hires seventeen times.
 *
 * @example packedHireValues([hire], ctx).timeToHire // Int32Array [14]
 */
export function packedHireValues(hires: Listed<Hire>, ctx: HireValueContext): HireValues {
  const tally = new ValueTally(
    () => new PackedNumbers(hires.length),
    (list) => list.values(),
  );
  const oneHire = oneHireOf(ctx);
  for (const hire of hires) tally.add(oneHire(hire));
  return tally.values();
}

/**
 * The most hires whose values a report measures into arrays (hireValues) rather than typed arrays
 * (packedHireValues): the values of 200,000 hires take some 10 MB as arrays; above it, memory
 * counts for more (SPEC §9: a million rows in 300 MB).
 */
export const KEPT_VALUES_UP_TO = 200_000;

/**
 * The values of some hires as a report measures them: into arrays (hireValues) for up to
 * KEPT_VALUES_UP_TO hires, into typed arrays (packedHireValues) for more. The same values either way.
 *
 * @example valuesToRead(hires, ctx).timeToHire // [14]
 */
export function valuesToRead(hires: Listed<Hire>, ctx: HireValueContext): HireValues {
  return hires.length <= KEPT_VALUES_UP_TO ? hireValues(hires, ctx) : packedHireValues(hires, ctx);
}
