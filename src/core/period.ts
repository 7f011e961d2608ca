import { dayFromIso, dayFromYmd, isoOfDay } from './day.js';
import { EVERY_HIRE_COLUMN, hireDay } from './hire-columns.js';
import { APPLICATION_STEPS } from './process/application.js';
import type { Day, Period, Records } from './types.js';

/** The forms a period is written in, for hints. */
export const PERIOD_FORMS = '2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-06-30';

/** A period read from text, or why the text names none (null: it is in none of the forms). */
export type PeriodReading = { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly why: string | null };

const notAPeriod = (why: string | null = null): PeriodReading => ({ ok: false, why });

/** Months [first, last] (1–12) of the year part a period names, or null. */
function monthsOf(part: string): readonly [number, number] | null {
  if (part === '') return [1, 12];
  const half = /^-H([12])$/i.exec(part);
  if (half) return half[1] === '1' ? [1, 6] : [7, 12];
  const quarter = /^-Q([1-4])$/i.exec(part);
  if (quarter) {
    const q = Number(quarter[1]);
    return [3 * q - 2, 3 * q];
  }
  const month = /^-(\d{2})$/.exec(part);
  if (month) {
    const m = Number(month[1]);
    return m >= 1 && m <= 12 ? [m, m] : null;
  }
  return null;
}

/** First day of the month after year-month, as the end of a range is the day before it. */
function endOfMonth(year: number, month: number): Day | null {
  const next = month === 12 ? dayFromYmd(year + 1, 1, 1) : dayFromYmd(year, month + 1, 1);
  return next === null ? null : next - 1;
}

function parseRange(text: string, from: string, to: string): PeriodReading {
  const start = dayFromIso(from);
  const end = dayFromIso(to);
  if (start === null) return notAPeriod(`${from} is not a date`);
  if (end === null) return notAPeriod(`${to} is not a date`);
  if (start > end) return notAPeriod(`${from} is after ${to}`);
  return { ok: true, period: { label: text, start, end } };
}

/**
 * The inclusive period a text such as a `--period` value names; the label is the text as given.
 *
 * `YYYY` = the year; `YYYY-H1|H2` = a half; `YYYY-Q1…Q4` = a quarter; `YYYY-MM` = a month;
 * `YYYY-MM-DD..YYYY-MM-DD` = those days inclusive (real dates, start ≤ end). H and Q may be lower case.
 *
 * @example parsePeriod('2025-Q3') // { ok: true, period: { label: '2025-Q3', start: day of 2025-07-01, end: day of 2025-09-30 } }
 * @example parsePeriod('2025-01-01..2025-06-30') // { ok: true, period: { label: '2025-01-01..2025-06-30', start: 20089, end: 20269 } }
 * @example parsePeriod('2025-Q5') // { ok: false, why: null }
 */
export function parsePeriod(text: string): PeriodReading {
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (range) return parseRange(text, range[1] as string, range[2] as string);
  const yearMatch = /^(\d{4})(.*)$/s.exec(text);
  const months = yearMatch ? monthsOf(yearMatch[2] as string) : null;
  if (!yearMatch || !months) return notAPeriod();
  const year = Number(yearMatch[1]);
  // Years before 100 do not exist for Date.UTC (they map onto 1900–1999), so dayFromYmd says null.
  const start = dayFromYmd(year, months[0], 1);
  const end = endOfMonth(year, months[1]);
  if (start === null || end === null) return notAPeriod();
  return { ok: true, period: { label: text, start, end } };
}

/**
 * Whether a day lies in a period: start ≤ day ≤ end.
 *
 * @example inPeriod({ label: '1970-01', start: 0, end: 30 }, 30) // true
 */
export function inPeriod(period: Period, day: Day): boolean {
  return day >= period.start && day <= period.end;
}

/**
 * The span of the data, for a report without `--period`: from the earliest to the latest of the
 * hires' vacancy_opened and hire day (see hireDay), the costs' and hours' dates and the dates of
 * the applications' steps (applied, screened, …, withdrawn), labelled
 * `start..end` in ISO; null when there are no records.
 *
 * @example dataSpan({ hires: [], costs: [cost dated 2025-02-01], hours: [hours dated 2025-03-31] })
 * // { label: '2025-02-01..2025-03-31', start: 20120, end: 20178 }
 */
export function dataSpan(records: Records): Period | null {
  let start = Infinity;
  let end = -Infinity;
  const see = (day: Day): void => {
    if (day < start) start = day;
    if (day > end) end = day;
  };
  const columns = records.hireColumns ?? EVERY_HIRE_COLUMN;
  for (const hire of records.hires) {
    if (hire.vacancyOpened !== null) see(hire.vacancyOpened);
    const hired = hireDay(hire, columns);
    if (hired !== null) see(hired);
  }
  for (const cost of records.costs ?? []) see(cost.date);
  for (const entry of records.hours ?? []) see(entry.date);
  for (const application of records.applications ?? []) {
    see(application.applied.day);
    for (const step of APPLICATION_STEPS) {
      const moment = application[step];
      if (moment !== null) see(moment.day);
    }
  }
  if (start === Infinity) return null;
  return { label: `${isoOfDay(start)}..${isoOfDay(end)}`, start, end };
}
