import type { DayCounter } from './business-days.js';
import { type HireColumns, lackingAny } from './hire-columns.js';
import type { Measured } from './measured.js';
import type { Listed } from './record-list.js';
import { durationStats } from './stats.js';
import { type FillMeasure, hireTimeToFill, noFillReason } from './time-to-fill.js';
import type { Day, DurationStats, Hire } from './types.js';

type DateOf = (hire: Hire) => Day | null;

/** The durations from one date to another of the hires that have both. */
function durationsOf(hires: Listed<Hire>, from: DateOf, to: DateOf, days: DayCounter): number[] {
  const values: number[] = [];
  for (const hire of hires) {
    const start = from(hire);
    const end = to(hire);
    if (start !== null && end !== null) values.push(days(start, end));
  }
  return values;
}

function stats(values: ArrayLike<number>, reason: string): Measured<DurationStats> {
  const kpi = durationStats(values);
  return { kpi, reason: kpi.n === 0 ? reason : null };
}

/** The duration KPIs between two dates of the hire (time to fill has a measure of its own: see timeToFillDays). */
export type DurationKpi = 'timeToHire' | 'timeToStart';

/** The two dates each duration KPI runs between. */
const DATES: Readonly<Record<DurationKpi, readonly [DateOf, DateOf]>> = {
  timeToHire: [(h) => h.applicationDate, (h) => h.offerAccepted],
  timeToStart: [(h) => h.offerAccepted, (h) => h.startDate],
};

/**
 * Each hire's duration in days for one duration KPI, over the hires that have both dates, in the
 * order of the hires: the values behind `timeToHire` (offer_accepted − application_date) or
 * `timeToStart` (start_date − offer_accepted).
 *
 * @example durationDays([applied 2025-03-01, accepted 2025-03-15], 'timeToHire', calendarDays) // [14]
 */
export function durationDays(hires: Listed<Hire>, kpi: DurationKpi, days: DayCounter): number[] {
  const [from, to] = DATES[kpi];
  return durationsOf(hires, from, to, days);
}

/**
 * Each hire's time to fill in days by the report's measure (see fillMeasure), in the order of the
 * hires, left out where a hire has none: the values behind `timeToFill`, for a histogram.
 *
 * @example timeToFillDays([opened 2025-01-01, accepted 2025-01-31], { from: 'dates', days: calendarDays }) // [30]
 */
export function timeToFillDays(hires: Listed<Hire>, measure: FillMeasure): number[] {
  const values: number[] = [];
  for (const hire of hires) {
    const days = hireTimeToFill(hire, measure);
    if (days !== null) values.push(days);
  }
  return values;
}

/**
 * Time to fill in days over the hires of the period: offer_accepted − vacancy_opened, or the
 * file's own time_to_fill without vacancy_opened (see fillMeasure).
 *
 * @example
 * // opened 2025-01-01, accepted 2025-01-31 and 2025-02-10: 30 and 40 calendar days
 * timeToFill(hires, { from: 'dates', days: calendarDays }).kpi // { n: 2, mean: 35, median: 35, p90: 39, min: 30, max: 40 }
 */
export function timeToFill(hires: Listed<Hire>, measure: FillMeasure): Measured<DurationStats> {
  return timeToFillFrom(timeToFillDays(hires, measure), hires.length, measure);
}

/**
 * Time to fill from each hire's time to fill (see timeToFillDays) of `hires` hires: durationStats
 * of the values; without a value, the reason (see noFillReason).
 *
 * @example timeToFillFrom([30, 40], 2, { from: 'dates', days: calendarDays }).kpi // { n: 2, mean: 35, median: 35, p90: 39, min: 30, max: 40 }
 */
export function timeToFillFrom(values: ArrayLike<number>, hires: number, measure: FillMeasure): Measured<DurationStats> {
  const kpi = durationStats(values);
  return { kpi, reason: kpi.n === 0 ? noFillReason(hires, measure) : null };
}

/**
 * Time to hire in days: offer_accepted − application_date, over the hires with an application date.
 *
 * @example timeToHire([applied 2025-03-01, accepted 2025-03-15], calendarDays, columns).kpi.mean // 14
 */
export function timeToHire(hires: Listed<Hire>, days: DayCounter, columns: HireColumns): Measured<DurationStats> {
  return timeToHireFrom(durationDays(hires, 'timeToHire', days), columns);
}

/**
 * Time to hire from each hire's offer_accepted − application_date (see durationDays):
 * durationStats of the values.
 *
 * @example timeToHireFrom([14, 20], columns).kpi.mean // (14 + 20) / 2 = 17
 */
export function timeToHireFrom(values: ArrayLike<number>, columns: HireColumns): Measured<DurationStats> {
  const reason = lackingAny(columns, 'application_date', 'offer_accepted') ?? 'no hire in the period has an application_date';
  return stats(values, reason);
}

/**
 * Time to start in days: start_date − offer_accepted, over the hires with a start date.
 *
 * @example timeToStart([accepted 2025-03-01, started 2025-04-01], calendarDays, columns).kpi.mean // 31
 */
export function timeToStart(hires: Listed<Hire>, days: DayCounter, columns: HireColumns): Measured<DurationStats> {
  return timeToStartFrom(durationDays(hires, 'timeToStart', days), columns);
}

/**
 * Time to start from each hire's start_date − offer_accepted (see durationDays): durationStats of
 * the values.
 *
 * @example timeToStartFrom([31, 29, 60], columns).kpi.median // 31
 */
export function timeToStartFrom(values: ArrayLike<number>, columns: HireColumns): Measured<DurationStats> {
  const reason = lackingAny(columns, 'offer_accepted', 'start_date') ?? 'no hire in the period has a start_date';
  return stats(values, reason);
}
