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

const MS_PER_DAY = 86_400_000;

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d+)${TIME}$`);

function checkedDay(year: number, month: number, day: number): CellToken<DateOrder, Day> {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return cellError(`year ${year} is implausible (expected ${EARLIEST_YEAR}–${LATEST_YEAR})`);
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
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/**
 * Reads a date cell. ISO `YYYY-MM-DD` is always exact; `D-M-YYYY`, `D/M/YYYY` and `D.M.YYYY`
 * are day-first or month-first: a first part above 12 proves day-first, a second part above 12
 * proves month-first, and when both are 12 or less the cell is ambiguous. A time after the date
 * is ignored. Two-digit years, impossible dates and years outside 1950–2100 are errors.
 *
 * @example readDate('25-03-2025') // exact 2025-03-25, proves 'dmy'
 * @example readDate('03-04-2025') // ambiguous: 3 April (dmy) or 4 March (mdy)
 */
export function readDate(text: string): CellToken<DateOrder, Day> {
  const plain = readIsoDay(text);
  if (plain !== null) return exact(plain);
  const iso = YEAR_FIRST.exec(text);
  if (iso) return checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = YEAR_LAST.exec(text);
  if (!parts) {
    return /^\d+([.,]\d+)?$/.test(text)
      ? cellError('a number, not a date (an Excel date serial?)')
      : cellError('not a date');
  }
  const first = Number(parts[1]);
  const second = Number(parts[2]);
  const yearText = parts[3] ?? '';
  if (yearText.length !== 4) {
    return cellError(
      yearText.length === 2 ? 'two-digit year: write the year in full' : 'not a date with a four-digit year',
    );
  }
  const year = Number(yearText);
  if (first > 12 && second > 12) return cellError('not a date: neither part can be the month');
  if (first > 12) return withProof(checkedDay(year, second, first), 'dmy');
  if (second > 12 || first === second) {
    return withProof(checkedDay(year, first, second), first === second ? null : 'mdy');
  }
  const dayFirst = checkedDay(year, second, first);
  const monthFirst = checkedDay(year, first, second);
  if (dayFirst.kind !== 'exact') return dayFirst;
  if (monthFirst.kind !== 'exact') return monthFirst;
  return { kind: 'ambiguous', byOrder: { dmy: dayFirst.value, mdy: monthFirst.value } };
}

function withProof(token: CellToken<DateOrder, Day>, proves: DateOrder | null): CellToken<DateOrder, Day> {
  return token.kind === 'exact' ? exact(token.value, proves) : token;
}
