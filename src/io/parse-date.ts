import { dayFromYmd } from '../core/day.js';
import type { Day } from '../core/types.js';
import { type CellToken, cellError, exact } from './cell-token.js';

export type DateOrder = 'dmy' | 'mdy';

export const DATE_ORDER_LABEL: Readonly<Record<DateOrder, string>> = {
  dmy: 'day-first (DD-MM-YYYY)',
  mdy: 'month-first (MM/DD/YYYY)',
};

export const EARLIEST_YEAR = 1950;
export const LATEST_YEAR = 2100;


/** A time after the date: `8:06`, `14:30:00.250`, `8:06 PM`, with a zone (`Z`, `+01:00`) or not. */
const TIME = String.raw`(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?: ?([AaPp][Mm]))?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d+)${TIME}$`);

/**
 * Said once per column that has two-digit years. Excel's own rule (its "two-digit year cutoff"):
 * 00–29 are 2000–2029 and 30–99 are 1930–1999, so `2/5/20` is 2020 and `1/1/95` is 1995.
 */
export const TWO_DIGIT_YEAR_NOTE = 'two-digit years read as Excel reads them, 00–29 as 2000–2029 and 30–99 as 1930–1999';

/** The year a two-digit year stands for, as Excel reads it. */
function fullYear(twoDigits: number): number {
  return twoDigits < 30 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** Why the time after a date is no time of day, or null when it is one (or there is none). */
function timeProblem(parts: RegExpExecArray, at: number): string | null {
  const [hour, minute, second, half] = [parts[at], parts[at + 1], parts[at + 2], parts[at + 3]];
  if (hour === undefined) return null;
  const lowest = half === undefined ? 0 : 1;
  const highest = half === undefined ? 23 : 12;
  const ok = Number(hour) >= lowest && Number(hour) <= highest && Number(minute) <= 59 && Number(second ?? 0) <= 59;
  return ok ? null : 'the time after the date is not a time of day';
}

function checkedDay(year: number, month: number, day: number, yearText = String(year)): CellToken<DateOrder, Day> {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    const read = yearText.length === 2 ? ` (the two-digit year ${yearText}, read as Excel does)` : '';
    return cellError(`year ${year}${read} is implausible (expected ${EARLIEST_YEAR}–${LATEST_YEAR})`);
  }
  const result = dayFromYmd(year, month, day);
  return result === null ? cellError('not a date that exists') : exact(result);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of the digits text[from..to), or -1 when one of them is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let at = from; at < to; at += 1) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The Day of a plain ISO date (`2025-03-01`) that exists and lies in the plausible years, read
 * without regular expressions or a Date object; null for any other text, which readDate then
 * reads the long way (and explains when it is no date).
 *
 * @example readIsoDay('2025-03-01') // 20148
 * @example readIsoDay('2025-02-29') // null
 */
export function readIsoDay(text: string): Day | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0))) return null;
  return daysFromCivil(year, month, day);
}

/**
 * Days since 1970-01-01 of a date of the proleptic Gregorian calendar in whole-number arithmetic
 * (Howard Hinnant's days_from_civil), as Date.UTC(year, month − 1, day) / 86,400,000 gives them
 * without a call into the engine's date code per cell. For years from 0 on.
 *
 * @example daysFromCivil(2025, 3, 1) // 20148
 */
export function daysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Reads a date cell. ISO `YYYY-MM-DD` is always exact; `D-M-YYYY`, `D/M/YYYY` and `D.M.YYYY`
 * are day-first or month-first: a first part above 12 proves day-first, a second part above 12
 * proves month-first, and when both are 12 or less the cell is ambiguous. A two-digit year is
 * read as Excel reads it (TWO_DIGIT_YEAR_NOTE, carried as the token's note). A time after the
 * date (`2/5/20 8:06`, `2025-03-04T14:30`) is checked and left out: the cell is its day. Impossible
 * dates and years outside 1950–2100 are errors.
 *
 * @example readDate('25-03-2025') // exact 2025-03-25, proves 'dmy'
 * @example readDate('03-04-2025') // ambiguous: 3 April (dmy) or 4 March (mdy)
 * @example readDate('2/15/20 8:06') // exact 2020-02-15, proves 'mdy', with the two-digit-year note
 */
export function readDate(text: string): CellToken<DateOrder, Day> {
  const plain = readIsoDay(text);
  if (plain !== null) return exact(plain);
  const iso = YEAR_FIRST.exec(text);
  if (iso) {
    const badTime = timeProblem(iso, 4);
    return badTime === null ? checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) : cellError(badTime);
  }
  const parts = YEAR_LAST.exec(text);
  if (!parts) {
    return /^\d+([.,]\d+)?$/.test(text)
      ? cellError('a number, not a date (an Excel date serial?)')
      : cellError('not a date');
  }
  const badTime = timeProblem(parts, 4);
  if (badTime !== null) return cellError(badTime);
  const first = Number(parts[1]);
  const second = Number(parts[2]);
  const yearText = parts[3] ?? '';
  if (yearText.length !== 4 && yearText.length !== 2) return cellError('not a date with a four-digit year');
  const token = yearLast(first, second, yearText.length === 2 ? fullYear(Number(yearText)) : Number(yearText), yearText);
  return yearText.length === 2 ? withNote(token, TWO_DIGIT_YEAR_NOTE) : token;
}

/** A date written day and month first, in the order its parts prove, or both readings. */
function yearLast(first: number, second: number, year: number, yearText: string): CellToken<DateOrder, Day> {
  if (first > 12 && second > 12) return cellError('not a date: neither part can be the month');
  if (first > 12) return withProof(checkedDay(year, second, first, yearText), 'dmy');
  if (second > 12 || first === second) {
    return withProof(checkedDay(year, first, second, yearText), first === second ? null : 'mdy');
  }
  const dayFirst = checkedDay(year, second, first, yearText);
  const monthFirst = checkedDay(year, first, second, yearText);
  if (dayFirst.kind !== 'exact') return dayFirst;
  if (monthFirst.kind !== 'exact') return monthFirst;
  return { kind: 'ambiguous', byOrder: { dmy: dayFirst.value, mdy: monthFirst.value } };
}

function withNote(token: CellToken<DateOrder, Day>, note: string): CellToken<DateOrder, Day> {
  return token.kind === 'error' ? token : { ...token, note };
}

function withProof(token: CellToken<DateOrder, Day>, proves: DateOrder | null): CellToken<DateOrder, Day> {
  return token.kind === 'exact' ? exact(token.value, proves) : token;
}
