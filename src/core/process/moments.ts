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
  for (const moment of moments) {
    if (moment === null || (from !== null && isBefore(moment, from))) continue;
    if (earliest === null || isBefore(moment, earliest)) earliest = moment;
  }
  return earliest;
}
