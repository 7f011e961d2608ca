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
