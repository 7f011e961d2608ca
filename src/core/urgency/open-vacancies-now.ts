import { businessDaysBetween, type Holidays } from '../business-days.js';
import { type HireColumns, lackingAll } from '../hire-columns.js';
import { isOpenAt } from '../open-vacancies.js';
import type { Listed } from '../record-list.js';
import type { Cents, Day, Hire } from '../types.js';
import { NO_VACANCY_COST, vacancyCostOf, vacancyLabel, type VacancyCostRule } from './cost-of-vacancy.js';

/** A vacancy open on the as-of date, with what it has cost so far. */
export interface OpenVacancyNow {
  /** vacancy_id, else hire_id, else `line N`. */
  readonly vacancy: string;
  readonly hiringManager: string | null;
  readonly role: string | null;
  readonly opened: Day;
  /** Calendar days from vacancy_opened to the as-of date. */
  readonly daysOpen: number;
  /** Working days after vacancy_opened up to and including the as-of date (what the cost is counted in). */
  readonly workingDays: number;
  /** An estimate, in cents; null with the reason when it cannot be made. */
  readonly cost: Cents | null;
  readonly reason: string | null;
}

export interface OpenVacanciesNow {
  /** Longest open first. */
  readonly vacancies: readonly OpenVacancyNow[];
  /** Σ of the costs estimated; null when none could be. */
  readonly totalCost: Cents | null;
  /** Why the list is empty or no cost could be estimated; null when every figure is there. */
  readonly reason: string | null;
}

/**
 * The vacancies open on the as-of date R among the hires rows given (the caller picks a manager's
 * or a vacancy's): opened on or before R and not filled by then (see isOpenAt), longest open
 * first. daysOpen = R − vacancy_opened; the cost so far is the config's vacancyCost per working
 * day × the working days after vacancy_opened up to and including R (SPEC §11.3; see
 * vacancyCostOf), null without a vacancyCost or, with salaryMultiple, without a salary on the row.
 * totalCost = Σ of the costs estimated.
 *
 * @example
 * // €350 a day, R = Fri 2025-06-13, one vacancy opened Mon 2025-06-02: 11 days open, 9 working days
 * openVacanciesNow(rows, R, { perDay: 35000 }, [], columns)
 * // { vacancies: [{ daysOpen: 11, workingDays: 9, cost: 315000, … }], totalCost: 315000, reason: null }
 */
export function openVacanciesNow(rows: Listed<Hire>, asOf: Day, rule: VacancyCostRule | null, holidays: Holidays, columns: HireColumns): OpenVacanciesNow {
  const missing = lackingAll(columns, 'vacancy_opened');
  if (missing !== null) return { vacancies: [], totalCost: null, reason: missing };
  const vacancies: OpenVacancyNow[] = [];
  let total = 0;
  let estimated = 0;
  for (const row of rows) {
    if (row.vacancyOpened === null || !isOpenAt(row, asOf, columns)) continue;
    const workingDays = businessDaysBetween(row.vacancyOpened, asOf, holidays);
    const { cost, reason } = rule === null ? { cost: null, reason: NO_VACANCY_COST } : vacancyCostOf(rule, row.salary, workingDays);
    vacancies.push({
      vacancy: vacancyLabel(row),
      hiringManager: row.dims.get('hiring_manager') ?? null,
      role: row.dims.get('role') ?? null,
      opened: row.vacancyOpened,
      daysOpen: asOf - row.vacancyOpened,
      workingDays,
      cost,
      reason,
    });
    if (cost === null) continue;
    estimated += 1;
    total += cost;
  }
  vacancies.sort((a, b) => a.opened - b.opened || a.vacancy.localeCompare(b.vacancy));
  const reason = vacancies.length === 0 ? 'no vacancy open on the as-of date' : estimated === 0 ? (vacancies[0]?.reason ?? null) : null;
  return { vacancies, totalCost: estimated > 0 ? total : null, reason };
}
