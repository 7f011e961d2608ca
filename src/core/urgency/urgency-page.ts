import type { Holidays } from '../business-days.js';
import { EVERY_HIRE_COLUMN } from '../hire-columns.js';
import type { Measured } from '../measured.js';
import type { Application } from '../process/application.js';
import { processBlock, type Agreements } from '../process/process-block.js';
import { EVERY_PROCESS_COLUMN } from '../process/process-columns.js';
import type { ProcessKey, ProcessKpis } from '../process/process-types.js';
import { type Listed, RecordList } from '../record-list.js';
import type { Day, Period, Records } from '../types.js';
import type { VacancyCostRule } from './cost-of-vacancy.js';
import { openVacanciesNow } from './open-vacancies-now.js';
import { twelveMonthsTo } from './twelve-months.js';
import { inScope, type UrgencyScope } from './urgency-scope.js';
import type { UrgencyPage } from './urgency-types.js';
import { waitingForFeedback } from './waiting-for-feedback.js';

export interface UrgencyOptions {
  readonly scope: UrgencyScope;
  /** The day the page is about (the caller's today unless --as-of says otherwise). */
  readonly asOf: Day;
  /** null: the twelve months up to asOf. */
  readonly period: Period | null;
  readonly agreements: Agreements;
  readonly vacancyCost: VacancyCostRule | null;
  /** Non-working days, for the working days the cost of vacancy counts. */
  readonly holidays: Holidays;
}

const NO_APPLICATIONS_FILE = 'no applications file';

/** A process figure with its reason from a process block. */
function measured<K extends ProcessKey>(block: { kpis: ProcessKpis; reasons: Readonly<Partial<Record<ProcessKey, string>>> }, key: K): Measured<ProcessKpis[K]> {
  return { kpi: block.kpis[key], reason: block.reasons[key] ?? null };
}

/**
 * The figures of one `rkpi urgency` page (SPEC §11.5), pure: the scope's vacancies open on the
 * as-of date R with days open and cost so far (see openVacanciesNow, over every hires row of the
 * scope); the scope's candidates waiting for feedback on R (see waitingForFeedback); the scope's
 * feedback times over the period P (P = options.period, else the twelve months up to R; interviews
 * dated in P, against agreements.feedbackHours); and the organisation's availability and drop-out
 * over P's cohort (every application, whatever the scope: how candidates behave is the
 * organisation's, not one manager's). The process figures are the report's (see processBlock),
 * judged on R in calendar days. A manager's page matches hiring_manager, a vacancy's vacancy_id.
 *
 * @example
 * urgencyPage(records, { scope: { kind: 'manager', name: 'Willem van den Berg' }, asOf: R, period: null, … })
 * // { period: { label: '2025-01-01..2025-12-31', … }, openVacancies: { vacancies: [VAC-2025-073 …] }, waiting: { candidates: [3 …] }, … }
 */
export function urgencyPage(records: Records, options: UrgencyOptions): UrgencyPage {
  const period = options.period ?? twelveMonthsTo(options.asOf);
  const mine = <T extends { readonly dims: ReadonlyMap<string, string> }>(record: T) => inScope(record.dims, options.scope);
  const hires = RecordList.of(records.hires).filter(mine);
  const all: Listed<Application> = records.applications ?? [];
  const applications = RecordList.of(all).filter(mine);
  const ctx = {
    period,
    asOf: options.asOf,
    dayCount: 'calendar' as const,
    holidays: options.holidays,
    agreements: options.agreements,
    columns: records.applicationColumns ?? EVERY_PROCESS_COLUMN,
    channels: null,
  };
  const organisation = processBlock(all, ctx);
  const scoped = processBlock(applications, ctx);
  const noFile = records.applications === null || records.applications === undefined;
  const orMissing = <T>(figure: Measured<T>): Measured<T> => (noFile ? { kpi: figure.kpi, reason: NO_APPLICATIONS_FILE } : figure);
  return {
    scope: options.scope,
    asOf: options.asOf,
    period,
    agreements: options.agreements,
    openVacancies: openVacanciesNow(hires, options.asOf, options.vacancyCost, options.holidays, records.hireColumns ?? EVERY_HIRE_COLUMN),
    waiting: waitingForFeedback(applications, options.asOf, options.agreements.feedbackHours),
    feedbackTime: orMissing(measured(scoped, 'feedbackTime')),
    availability: orMissing(measured(organisation, 'availability')),
    dropOut: orMissing(measured(organisation, 'dropOut')),
  };
}
