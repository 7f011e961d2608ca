/**
 * Small builders for core tests: dates as ISO strings, money in euros (`…Euros`) or cents
 * (`…Cents`), dimensions as a plain object. Everything not given has a neutral default.
 */
import { dayFromIso } from '../src/core/day.js';
import type { Cost, CostType, Day, Hire, HoursEntry, HoursRole, Period, ReportOptions } from '../src/core/types.js';
import { EVERY_HIRE_COLUMN, type HireColumn } from '../src/core/hire-columns.js';
import type { KpiContext } from '../src/core/kpis.js';
import { parsePeriod } from '../src/core/period.js';
import type { VacancyCostRule } from '../src/core/urgency/cost-of-vacancy.js';
import type { Application, Moment, Outcome } from '../src/core/process/application.js';

/** The Day of an ISO date; throws on a typo so a test cannot silently use a wrong date. */
export function day(iso: string): Day {
  const result = dayFromIso(iso);
  if (result === null) throw new Error(`not a date: ${iso}`);
  return result;
}

const dayOrNull = (iso: string | null | undefined): Day | null => (iso == null ? null : day(iso));
const dims = (object: Record<string, string> = {}): ReadonlyMap<string, string> => new Map(Object.entries(object));
const cents = (euros: number | undefined, exact: number | undefined): number | null =>
  exact ?? (euros === undefined ? null : Math.round(euros * 100));

export interface HireSpec {
  line?: number;
  hireId?: string | null;
  /** null: no vacancy_opened date (a hire from a file that lacks it). */
  vacancyOpened?: string | null;
  statedTimeToFill?: number | null;
  applicationDate?: string | null;
  /** null: an open vacancy. */
  offerAccepted?: string | null;
  startDate?: string | null;
  neededBy?: string | null;
  performanceRating?: number | null;
  probationPassed?: boolean | null;
  leftDate?: string | null;
  managerSatisfaction?: number | null;
  candidateSatisfaction?: number | null;
  salaryEuros?: number;
  salaryCents?: number;
  dims?: Record<string, string>;
}

/** A hire; by default opened 2025-01-01 and accepted 2025-03-01, with nothing else known. */
export function makeHire(spec: HireSpec = {}): Hire {
  return {
    line: spec.line ?? 2,
    hireId: spec.hireId ?? null,
    vacancyOpened: spec.vacancyOpened === null ? null : day(spec.vacancyOpened ?? '2025-01-01'),
    statedTimeToFill: spec.statedTimeToFill ?? null,
    applicationDate: dayOrNull(spec.applicationDate),
    offerAccepted: spec.offerAccepted === null ? null : day(spec.offerAccepted ?? '2025-03-01'),
    startDate: dayOrNull(spec.startDate),
    neededBy: dayOrNull(spec.neededBy),
    performanceRating: spec.performanceRating ?? null,
    probationPassed: spec.probationPassed ?? null,
    leftDate: dayOrNull(spec.leftDate),
    managerSatisfaction: spec.managerSatisfaction ?? null,
    candidateSatisfaction: spec.candidateSatisfaction ?? null,
    salary: cents(spec.salaryEuros, spec.salaryCents),
    dims: dims(spec.dims),
  };
}

export interface CostSpec {
  line?: number;
  date?: string;
  amountEuros?: number;
  amountCents?: number;
  type?: CostType;
  category?: string | null;
  dims?: Record<string, string>;
}

/** A cost; by default €0.00 external on 2025-03-01. */
export function makeCost(spec: CostSpec = {}): Cost {
  return {
    line: spec.line ?? 2,
    date: day(spec.date ?? '2025-03-01'),
    amount: cents(spec.amountEuros, spec.amountCents) ?? 0,
    type: spec.type ?? 'external',
    category: spec.category ?? null,
    dims: dims(spec.dims),
  };
}

export interface HoursSpec {
  line?: number;
  date?: string;
  hours?: number;
  role?: HoursRole;
  rateEuros?: number;
  rateCents?: number;
  person?: string | null;
  dims?: Record<string, string>;
}

/** An hours row; by default 1 hour of a recruiter at €50.00 on 2025-03-01. */
export function makeHours(spec: HoursSpec = {}): HoursEntry {
  return {
    line: spec.line ?? 2,
    date: day(spec.date ?? '2025-03-01'),
    hours: spec.hours ?? 1,
    role: spec.role ?? 'recruiter',
    rate: cents(spec.rateEuros, spec.rateCents) ?? 5000,
    person: spec.person ?? null,
    dims: dims(spec.dims),
  };
}

export interface OptionsSpec {
  /** A --period text such as '2025-Q1'; null or absent: the data's span. */
  period?: string | null;
  asOf?: string | null;
  today?: string;
  dayCount?: ReportOptions['dayCount'];
  holidays?: string[];
  businessRoles?: HoursRole[];
  by?: string | null;
  vacancyCost?: VacancyCostRule | null;
  /** The columns of the hires file; absent: every column. */
  columns?: readonly HireColumn[];
}

/** The period a text names; a test that writes no period is wrong. */
export function periodNamed(text: string): Period {
  const reading = parsePeriod(text);
  if (!reading.ok) throw new Error(`no period: ${text}`);
  return reading.period;
}

/** Report options with the config defaults; today is 2026-01-15 unless given. */
export function makeOptions(spec: OptionsSpec = {}): ReportOptions {
  return {
    period: spec.period == null ? null : periodNamed(spec.period),
    asOf: dayOrNull(spec.asOf),
    today: day(spec.today ?? '2026-01-15'),
    dayCount: spec.dayCount ?? 'calendar',
    holidays: (spec.holidays ?? []).map(day),
    businessRoles: spec.businessRoles ?? ['hiring_manager', 'interviewer', 'management'],
    scales: { performance: { min: 1, max: 5 }, satisfaction: { min: 1, max: 10 } },
    by: spec.by ?? null,
    vacancyCost: spec.vacancyCost ?? null,
  };
}

/**
 * The KPI context of computeKpis: R = asOf (default 2025-12-31), open vacancies counted on
 * `openOn` (default R), and makeOptions' defaults.
 */
export function makeContext(spec: OptionsSpec & { asOf?: string; openOn?: string } = {}): KpiContext {
  const options = makeOptions(spec);
  return {
    asOf: day(spec.asOf ?? '2025-12-31'),
    openOn: day(spec.openOn ?? spec.asOf ?? '2025-12-31'),
    dayCount: options.dayCount,
    holidays: options.holidays,
    businessRoles: options.businessRoles,
    scales: options.scales,
    vacancyCost: spec.vacancyCost ?? null,
    columns: spec.columns === undefined ? EVERY_HIRE_COLUMN : new Set(spec.columns),
  };
}

/** The hire columns of a file that has every one but `without`. */
export function columnsWithout(...without: HireColumn[]): HireColumn[] {
  return [...EVERY_HIRE_COLUMN].filter((column) => !without.includes(column));
}

/** An application's steps as 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM'; absent: the step did not happen. */
export interface ApplicationSpec {
  readonly id?: string;
  readonly applied?: string;
  readonly screened?: string;
  readonly interview?: string;
  readonly feedback?: string;
  readonly offer?: string;
  readonly hired?: string;
  readonly declined?: string;
  readonly rejected?: string;
  readonly withdrawn?: string;
  readonly status?: Outcome;
  readonly dims?: Record<string, string>;
}

/**
 * A moment from 'YYYY-MM-DD' (no time) or 'YYYY-MM-DD HH:MM'.
 *
 * @example moment('2025-03-03 14:30') // { day: day('2025-03-03'), minute: 870 }
 */
export function moment(text: string): Moment {
  const [date = '', time] = text.split(' ');
  if (time === undefined) return { day: day(date), minute: null };
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return { day: day(date), minute: hours * 60 + minutes };
}

/** An application, applied 2025-03-03 unless the spec says otherwise. */
export function makeApplication(spec: ApplicationSpec = {}): Application {
  const step = (text: string | undefined): Moment | null => (text === undefined ? null : moment(text));
  return {
    line: 2,
    applicationId: spec.id ?? null,
    candidateId: null,
    applied: moment(spec.applied ?? '2025-03-03'),
    screened: step(spec.screened),
    interview: step(spec.interview),
    feedback: step(spec.feedback),
    offer: step(spec.offer),
    hired: step(spec.hired),
    declined: step(spec.declined),
    rejected: step(spec.rejected),
    withdrawn: step(spec.withdrawn),
    status: spec.status ?? null,
    vacancyOpened: null,
    dims: new Map(Object.entries(spec.dims ?? {})),
  };
}
