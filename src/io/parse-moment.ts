import type { Moment } from '../core/process/application.js';
import type { Day } from '../core/types.js';
import { type CellToken, cellError, exact } from './cell-token.js';
import { type DateOrder, readDate, readIsoDay } from './parse-date.js';

/**
 * A date with an optional time of day, as the applications file's steps are exported (SPEC §2.1,
 * §2.6): `2025-03-04T14:30`, `04-03-2025 14:30:00`, `2/5/2020 8:06 PM`. The date is read by
 * readDate, so it is sniffed per column like every date; the time is kept to the minute.
 *
 * A column stores a moment as one whole number (packMoment), 4 bytes a row: a moment per object
 * would cost some 40 (SPEC §9).
 */

/** Minutes in a day, and one more slot for "no time". */
const SLOTS_PER_DAY = 1441;
const NO_TIME = 1440;

/**
 * A moment as one integer: day × 1441 + minute, or day × 1441 + 1440 without a time. It fits an
 * int32 for every plausible year (2100 gives 69 million).
 *
 * @example packMoment(20151, 870) // 29038461 (2025-03-04 14:30)
 */
export function packMoment(day: Day, minute: number | null): number {
  return day * SLOTS_PER_DAY + (minute ?? NO_TIME);
}

/**
 * The moment of a packed number.
 *
 * @example unpackMoment(29038461) // { day: 20151, minute: 870 }
 */
export function unpackMoment(packed: number): Moment {
  const day = Math.floor(packed / SLOTS_PER_DAY);
  const slot = packed - day * SLOTS_PER_DAY;
  return { day, minute: slot === NO_TIME ? null : slot };
}

/** The day of a packed moment. */
export const dayOfMoment = (packed: number): Day => Math.floor(packed / SLOTS_PER_DAY);

/** The minute of a packed moment, or null without a time: unpackMoment's `minute` without its object. */
export function minuteOfMoment(packed: number): number | null {
  const slot = packed - dayOfMoment(packed) * SLOTS_PER_DAY;
  return slot === NO_TIME ? null : slot;
}

/**
 * Whether moment `a` is before moment `b`: an earlier day, or on the same day an earlier time
 * when both have one. A date without a time is never before a time on the same day.
 *
 * @example isBefore(packMoment(20151, 600), packMoment(20151, 540)) // false: 10:00 is not before 09:00
 */
export function isBefore(a: number, b: number): boolean {
  const dayA = dayOfMoment(a);
  const dayB = dayOfMoment(b);
  if (dayA !== dayB) return dayA < dayB;
  const minuteA = a - dayA * SLOTS_PER_DAY;
  const minuteB = b - dayB * SLOTS_PER_DAY;
  return minuteA !== NO_TIME && minuteB !== NO_TIME && minuteA < minuteB;
}

/**
 * A packed moment as text for messages: `2025-03-04 14:30`, or `2025-03-04` without a time.
 *
 * @example momentText(packMoment(20151, 870)) // '2025-03-04 14:30'
 */
export function momentText(packed: number): string {
  const { day, minute } = unpackMoment(packed);
  const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
  if (minute === null) return date;
  return `${date} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * The date part, then an optional time: `T` or spaces, h:mm with optional seconds and fraction,
 * an optional AM/PM, and an optional zone (`Z`, `UTC`, `+01:00`) that is ignored: the clock
 * time is kept as written, so the moments of one file compare as the ATS wrote them.
 */
const WITH_TIME =
  /^(.+?)(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

function minuteOfDay(hourText: string, minuteText: string, secondText: string | undefined, half: string | undefined): number | null {
  let hour = Number(hourText);
  const minute = Number(minuteText);
  if (minute > 59 || (secondText !== undefined && Number(secondText) > 59)) return null;
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const pm = half.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return hour * 60 + minute;
}

/**
 * Reads a date-time cell into a packed moment: the date as readDate reads it (day-first or
 * month-first sniffed per column), the time to the minute (seconds are dropped). A time that
 * does not exist (25:00, 14:61) is an error, not a rollover.
 *
 * @example readMoment('04-03-2025 14:30:00') // exact 2025-03-04 14:30, proves 'dmy'
 * @example readMoment('2025-03-04') // exact 2025-03-04 without a time
 */
export function readMoment(text: string): CellToken<DateOrder, number> {
  const plain = readIsoDay(text);
  if (plain !== null) return exact(packMoment(plain, null));
  const timed = WITH_TIME.exec(text);
  if (timed === null) return withMinute(readDate(text), null);
  const minute = minuteOfDay(timed[2] as string, timed[3] as string, timed[4], timed[5]);
  if (minute === null) return cellError(`not a time of day: ${text.slice((timed[1] as string).length).trim()}`);
  return withMinute(readDate(timed[1] as string), minute);
}

/**
 * The packed moment of a cell in the common forms of an export, as readMoment reads it (an exact
 * token that proves no order): a plain ISO date, or one with a time to the minute or second
 * (`2025-03-04 14:30`, `2025-03-04T14:30:15`); null for every other text, which readMoment reads.
 * Read by character codes: the regular expression and the tokens of readMoment were most of the
 * time spent on an applications file's dated cells beyond the parser's.
 *
 * @example quickMoment('2025-03-04') // packMoment(20151, null)
 * @example quickMoment('2025-03-04 14:30') // packMoment(20151, 870)
 * @example quickMoment('4-3-2025 14:30') // null: readMoment sniffs its order
 */
export function quickMoment(text: string): number | null {
  if (text.length === 10) {
    const plain = readIsoDay(text);
    return plain === null ? null : packMoment(plain, null);
  }
  if (text.length !== 16 && text.length !== 19) return null;
  const separator = text.charCodeAt(10);
  if ((separator !== SPACE && separator !== LETTER_T) || text.charCodeAt(13) !== COLON) return null;
  const hour = twoDigitsAt(text, 11);
  const minute = twoDigitsAt(text, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  if (text.length === 19) {
    const second = text.charCodeAt(16) === COLON ? twoDigitsAt(text, 17) : -1;
    if (second < 0 || second > 59) return null;
  }
  const plain = readIsoDay(text.slice(0, 10));
  return plain === null ? null : packMoment(plain, hour * 60 + minute);
}

const SPACE = 32;
const LETTER_T = 84;
const COLON = 58;

/** The number of the two digits at `at`, or −1 where either is no digit. */
function twoDigitsAt(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens < 0 || tens > 9 || ones < 0 || ones > 9 ? -1 : tens * 10 + ones;
}

function withMinute(token: CellToken<DateOrder, Day>, minute: number | null): CellToken<DateOrder, number> {
  if (token.kind === 'error') return token;
  if (token.kind === 'exact') return exact(packMoment(token.value, minute), token.proves);
  return { kind: 'ambiguous', byOrder: { dmy: packMoment(token.byOrder.dmy, minute), mdy: packMoment(token.byOrder.mdy, minute) } };
}
