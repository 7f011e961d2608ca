import { businessDaysBetween, type Holidays } from '../business-days.js';
import { isoOfDay } from '../day.js';
import { type HireColumns, lackingAny } from '../hire-columns.js';
import { divideOrNull, NO_HIRES, type Measured } from '../measured.js';
import { isOpenAt } from '../open-vacancies.js';
import type { Listed } from '../record-list.js';
import type { Cents, Day, Hire } from '../types.js';

/**
 * What an unfilled position costs per working day (SPEC §11.3): a fixed amount, or the hire's
 * salary × a multiple spread over the working days of a year.
 */
export type VacancyCostRule =
  | { readonly perDay: Cents }
  | { readonly salaryMultiple: number; readonly workingDaysPerYear: number };

export const NO_VACANCY_COST = 'no vacancyCost in the config';
const NO_BUDGET = 'no salary on its row to estimate vacancyCost.salaryMultiple from';

export interface CostOfVacancy {
  /** The hires whose cost of vacancy could be estimated. */
  readonly n: number;
  /** Σ of their working days open. */
  readonly workingDays: number;
  /** Σ of their cost of vacancy, in cents. */
  readonly total: Cents | null;
  /** total / n, in cents, unrounded. */
  readonly perHire: number | null;
}

export interface OpenVacancyCost {
  /** The row's vacancy_id, else its hire_id, else `line N`: an id, never a name. */
  readonly vacancy: string;
  readonly opened: Day;
  /** Working days after vacancy_opened up to and including the reference day. */
  readonly workingDays: number;
  readonly cost: Cents | null;
  readonly reason: string | null;
}

export interface OpenVacancyCosts {
  /** Vacancies open on the reference day. */
  readonly count: number;
  /** Those whose cost so far could be estimated. */
  readonly n: number;
  readonly total: Cents | null;
  readonly vacancies: readonly OpenVacancyCost[];
}

/**
 * The cost of a vacancy open for some working days, in whole cents:
 * perDay × days, or round(salary × salaryMultiple × days / workingDaysPerYear); null (with the
 * reason) for a salary multiple without a salary.
 *
 * @example vacancyCostOf({ perDay: 35000 }, null, 13) // { cost: 455000, reason: null }
 * @example vacancyCostOf({ salaryMultiple: 1.5, workingDaysPerYear: 230 }, 4600000, 10) // { cost: 300000, reason: null }
 */
export function vacancyCostOf(rule: VacancyCostRule, salary: Cents | null, workingDays: number): { cost: Cents | null; reason: string | null } {
  if ('perDay' in rule) return { cost: rule.perDay * workingDays, reason: null };
  if (salary === null) return { cost: null, reason: NO_BUDGET };
  return { cost: Math.round((salary * rule.salaryMultiple * workingDays) / rule.workingDaysPerYear), reason: null };
}

const EMPTY: CostOfVacancy = { n: 0, workingDays: 0, total: null, perHire: null };

/**
 * Cost of vacancy of the period's hires, always in working days whatever the report counts:
 * per hire, daily cost × the working days after vacancy_opened up to and including
 * offer_accepted (Monday–Friday minus the holidays); total = Σ over the hires it can be
 * estimated for (a vacancy_opened, and with salaryMultiple a salary), perHire = total / n. Not
 * measured in a hires file without a vacancy_opened or offer_accepted column (the reason names it).
 *
 * @example
 * // €350 a day; opened Thu 2025-04-17, accepted Fri 2025-05-09: 16 weekdays − 3 holidays = 13
 * costOfVacancy([hire], { perDay: 35000 }, dutchHolidays, columns).kpi // { n: 1, workingDays: 13, total: 455000, perHire: 455000 }
 */
export function costOfVacancy(hires: Listed<Hire>, rule: VacancyCostRule | null, holidays: Holidays, columns: HireColumns): Measured<CostOfVacancy> {
  if (rule === null) return { kpi: EMPTY, reason: NO_VACANCY_COST };
  const missing = lackingAny(columns, 'vacancy_opened', 'offer_accepted');
  if (missing !== null) return { kpi: EMPTY, reason: missing };
  if (hires.length === 0) return { kpi: EMPTY, reason: NO_HIRES };
  let n = 0;
  let workingDays = 0;
  let total = 0;
  let opened = 0;
  for (const hire of hires) {
    // vacancy_opened may be missing from a hires file: such a hire has no cost of vacancy.
    if (hire.vacancyOpened === null || hire.offerAccepted === null) continue;
    opened += 1;
    const days = businessDaysBetween(hire.vacancyOpened, hire.offerAccepted, holidays);
    const { cost } = vacancyCostOf(rule, hire.salary, days);
    if (cost === null) continue;
    n += 1;
    workingDays += days;
    total += cost;
  }
  if (n === 0) {
    const missing = opened === 0 ? 'vacancy_opened' : 'salary';
    return { kpi: EMPTY, reason: `no hire in the period has a ${missing}` };
  }
  return { kpi: { n, workingDays, total, perHire: divideOrNull(total, n) }, reason: null };
}

/**
 * Cost per hire with the cost of vacancy: costPerHire + costOfVacancy.perHire (both in cents);
 * null when either is, with the reason of the first that is.
 *
 * @example totalCostPerHire({ kpi: 137500, reason: null }, { kpi: { …, perHire: 455000 }, reason: null }) // { kpi: 592500, reason: null }
 */
export function totalCostPerHire(costPerHire: Measured<number | null>, vacancy: Measured<CostOfVacancy>): Measured<number | null> {
  if (costPerHire.kpi === null) return { kpi: null, reason: costPerHire.reason ?? NO_HIRES };
  if (vacancy.kpi.perHire === null) return { kpi: null, reason: vacancy.reason };
  return { kpi: costPerHire.kpi + vacancy.kpi.perHire, reason: null };
}

/** How a vacancy is named in output: its vacancy_id, else its hire_id, else `line N` (an id, never a name). */
export function vacancyLabel(row: Hire): string {
  return row.dims.get('vacancy_id') ?? row.hireId ?? `line ${row.line}`;
}

/**
 * The cost so far of each vacancy open on the day `asOf` (the report passes S, the day open
 * vacancies are counted on: min(period end, R)), in the order of the rows:
 * daily cost × the working days after vacancy_opened up to and including that day; with salaryMultiple
 * only for rows that carry a (budgeted) salary, the others not computed with that reason.
 * total = Σ of the costs computed; null when no vacancy is open or none could be estimated.
 *
 * @example
 * // €350 a day, R = Fri 2025-06-13, one vacancy opened Mon 2025-06-02: 9 working days
 * openVacancyCosts(rows, R, { perDay: 35000 }, [], columns).kpi // { count: 1, n: 1, total: 315000, vacancies: [{ …, cost: 315000 }] }
 */
export function openVacancyCosts(
  rows: Listed<Hire>,
  asOf: Day,
  rule: VacancyCostRule | null,
  holidays: Holidays,
  columns: HireColumns,
): Measured<OpenVacancyCosts> {
  if (rule === null) return { kpi: { count: 0, n: 0, total: null, vacancies: [] }, reason: NO_VACANCY_COST };
  const missing = lackingAny(columns, 'vacancy_opened');
  if (missing !== null) return { kpi: { count: 0, n: 0, total: null, vacancies: [] }, reason: missing };
  const vacancies: OpenVacancyCost[] = [];
  let n = 0;
  let total = 0;
  for (const row of rows) {
    if (row.vacancyOpened === null || !isOpenAt(row, asOf, columns)) continue;
    const workingDays = businessDaysBetween(row.vacancyOpened, asOf, holidays);
    const { cost, reason } = vacancyCostOf(rule, row.salary, workingDays);
    vacancies.push({ vacancy: vacancyLabel(row), opened: row.vacancyOpened, workingDays, cost, reason });
    if (cost === null) continue;
    n += 1;
    total += cost;
  }
  const kpi = { count: vacancies.length, n, total: n > 0 ? total : null, vacancies };
  if (vacancies.length === 0) return { kpi, reason: `no vacancy open on ${isoOfDay(asOf)}` };
  return { kpi, reason: n === 0 ? 'no open vacancy has a salary to estimate vacancyCost.salaryMultiple from' : null };
}
