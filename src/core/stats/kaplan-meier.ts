/**
 * The Kaplan–Meier product-limit estimator (Kaplan & Meier 1958) over times in whole days:
 * how many of a group are still "surviving" (for rkpi: a candidate still available) after each
 * day, when some of the group left the observation before the event could be seen (censored).
 */

/** One member of the group: the day of its event, or the last day it was seen without one. */
export interface SurvivalTime {
  /** Whole days from the start (0 or more). */
  readonly time: number;
  /** true: the event happened at `time`; false: censored at `time` (still surviving then). */
  readonly event: boolean;
}

export interface SurvivalPoint {
  readonly day: number;
  /** S(day), 0..1. */
  readonly survival: number;
}

export interface KaplanMeier {
  /** Members of the group. */
  readonly n: number;
  /** Members whose event was seen. */
  readonly events: number;
  /** S(t) at each day t with an event, in day order; S is 1 before the first. */
  readonly curve: readonly SurvivalPoint[];
  /** The first day t with S(t) ≤ 0.5; null when S never gets there. */
  readonly medianDays: number | null;
}

/**
 * Products of (1 − d/n) that are 0.5 exactly may come out a hair above it in floating point
 * (24 members, one event a day for 12 days: 0.5000000000000001), so the median allows this much.
 */
const HALF = 0.5 + 1e-9;

/**
 * The Kaplan–Meier curve of a group: at each day t with d > 0 events,
 * S(t) = S(t−) × (1 − d / n), with n the members still at risk just before t: those whose time
 * is t or later. A member censored at t is still at risk at t (censoring is taken to follow the
 * events of its day). medianDays = the first t with S(t) ≤ 0.5, else null. The input is not changed.
 *
 * @example
 * // events at 3, 3 and 5, censored at 3, 7 and 8: S(3) = 1 × (1 − 2/6) = 0.667, S(5) = 0.667 × (1 − 1/3) = 0.444
 * kaplanMeier([{ time: 3, event: true }, { time: 3, event: true }, { time: 3, event: false },
 *   { time: 5, event: true }, { time: 7, event: false }, { time: 8, event: false }])
 * // { n: 6, events: 3, curve: [{ day: 3, survival: 0.667 }, { day: 5, survival: 0.444 }], medianDays: 5 }
 */
export function kaplanMeier(times: readonly SurvivalTime[]): KaplanMeier {
  const counts = new SurvivalCounts();
  for (const { time, event } of times) counts.add(time, event);
  return counts.estimate();
}

/** The members whose time is one day: how many, and how many of them had the event. */
interface DayCount {
  members: number;
  events: number;
}

/**
 * A group's survival times counted by day, one member at a time, and their Kaplan–Meier curve (see
 * kaplanMeier, which is this over a list): the estimate reads only how many members end on each
 * day and how many of those had the event, so the group costs a few numbers per distinct day
 * instead of an object per member (availability counts every interviewed application of a cohort).
 *
 * @example
 * const counts = new SurvivalCounts();
 * counts.add(3, true); counts.add(5, false);
 * counts.estimate() // { n: 2, events: 1, curve: [{ day: 3, survival: 0.5 }], medianDays: 3 }
 */
export class SurvivalCounts {
  readonly #byDay = new Map<number, DayCount>();
  #members = 0;

  /** One more member: its time, and whether the event happened then (false: censored then). */
  add(time: number, event: boolean): void {
    let count = this.#byDay.get(time);
    if (count === undefined) {
      count = { members: 0, events: 0 };
      this.#byDay.set(time, count);
    }
    count.members += 1;
    if (event) count.events += 1;
    this.#members += 1;
  }

  /** The Kaplan–Meier curve of the members added so far (see kaplanMeier). */
  estimate(): KaplanMeier {
    const days = [...this.#byDay.keys()].sort((a, b) => a - b);
    const curve: SurvivalPoint[] = [];
    let atRisk = this.#members;
    let survival = 1;
    let events = 0;
    let medianDays: number | null = null;
    for (const day of days) {
      const { members, events: died } = this.#byDay.get(day) as DayCount;
      if (died > 0) {
        survival *= 1 - died / atRisk;
        events += died;
        curve.push({ day, survival });
        if (medianDays === null && survival <= HALF) medianDays = day;
      }
      atRisk -= members;
    }
    return { n: this.#members, events, curve, medianDays };
  }
}

/**
 * S(day): the curve's value on a day, that of its last point on or before it, 1 before the first;
 * null for an empty group, which tells nothing. Past the last time of the group the curve stays
 * at its last value.
 *
 * @example survivalAt(kaplanMeier(sixCandidates), 4) // 0.667: S(3), the last step on or before day 4
 * @example survivalAt(kaplanMeier(sixCandidates), 2) // 1
 */
export function survivalAt(estimate: KaplanMeier, day: number): number | null {
  if (estimate.n === 0) return null;
  let survival = 1;
  for (const point of estimate.curve) {
    if (point.day > day) break;
    survival = point.survival;
  }
  return survival;
}
