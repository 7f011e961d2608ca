import type { Moment } from './application.js';

/**
 * Whether moment a comes before moment b: an earlier day, or the same day with both times given
 * and a's earlier. A date without a time is not before a time on its own day (nor after it), as
 * the reader's record checks compare them (SPEC §2.6).
 *
 * @example isBefore({ day: 5, minute: 600 }, { day: 5, minute: 720 }) // true
 * @example isBefore({ day: 5, minute: null }, { day: 5, minute: 720 }) // false
 */
export function isBefore(a: Moment, b: Moment): boolean {
  if (a.day !== b.day) return a.day < b.day;
  return a.minute !== null && b.minute !== null && a.minute < b.minute;
}

/**
 * The earliest of the moments that are present and not before `from` (all present ones without
 * `from`); null when there is none. Of two moments that are not before each other, the first given.
 *
 * @example earliestMoment([null, { day: 9, minute: null }, { day: 7, minute: null }]) // { day: 7, minute: null }
 */
export function earliestMoment(moments: readonly (Moment | null)[], from: Moment | null = null): Moment | null {
  let earliest: Moment | null = null;
  for (const moment of moments) earliest = earlierOf(earliest, moment, from);
  return earliest;
}

/**
 * One step of earliestMoment: the earlier of `earliest` and `moment`, where `moment` counts only
 * when present and not before `from`; of two that are not before each other, `earliest`. Folding
 * the moments one call at a time gives earliestMoment's answer without an array per application,
 * which the process figures would make for every application of the cohort.
 *
 * @example earlierOf({ day: 9, minute: null }, { day: 7, minute: null }, null) // { day: 7, minute: null }
 */
export function earlierOf(earliest: Moment | null, moment: Moment | null, from: Moment | null): Moment | null {
  if (moment === null || (from !== null && isBefore(moment, from))) return earliest;
  return earliest === null || isBefore(moment, earliest) ? moment : earliest;
}
