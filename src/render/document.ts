import { isoOfDay } from '../core/day.js';
import type { LiberationDay } from '../core/holidays/dutch-holidays.js';
import type { CostOfVacancy, OpenVacancyCosts } from '../core/urgency/cost-of-vacancy.js';
import type { DurationStats, GroupRow, Kpis, MeasuredCosts, Notes, Reasons, Report, ReportWarning, Satisfaction, Scale, Share } from '../core/types.js';
import type { FileKind } from '../io/columns.js';
import type { InputSummary } from '../io/load-inputs.js';
import { fourDecimals, money, twoDecimals } from './rounding.js';
import { processDocument } from './process-document.js';
import { samplesDocument } from './samples-document.js';
import { valueDocument } from './value-document.js';

/** Bumped only for a breaking change of the JSON output; additions keep it. */
export const REPORT_SCHEMA_VERSION = 1;

export interface PublicHolidays {
  readonly calendar: 'nl';
  readonly goodFriday: boolean;
  readonly liberationDay: LiberationDay;
}

export type VacancyCostSetting = { readonly perDay: number } | { readonly salaryMultiple: number; readonly workingDaysPerYear: number };

/** What the shell knows besides the report: settings that change figures, and the inputs. */
export interface ReportContext {
  readonly currency: string;
  readonly businessRoles: readonly string[];
  readonly scales: { readonly performance: Scale; readonly satisfaction: Scale };
  /** How many dates the config's `holidays` lists. */
  readonly holidays: number;
  /** The public holidays the config's `holidays` asks for ("nl"), with the CAO's options; null for none. */
  readonly publicHolidays: PublicHolidays | null;
  /** The config's vacancyCost as written (currency units); null when it sets none. */
  readonly vacancyCost: VacancyCostSetting | null;
  readonly inputs: Readonly<Partial<Record<FileKind, InputSummary>>>;
}

export { fourDecimals, money, twoDecimals };

function durations(stats: DurationStats) {
  return { n: stats.n, mean: twoDecimals(stats.mean), median: twoDecimals(stats.median), p90: twoDecimals(stats.p90), min: twoDecimals(stats.min), max: twoDecimals(stats.max) };
}

function costs(totals: MeasuredCosts) {
  return {
    external: money(totals.external),
    internal: money(totals.internal),
    time: money(totals.time),
    businessTime: money(totals.businessTime),
    total: money(totals.total),
  };
}

/** The cost of vacancy of the hires (SPEC §11.3), marked as the estimate it is. */
function costOfVacancy(cost: CostOfVacancy) {
  return { estimate: true as const, n: cost.n, workingDays: cost.workingDays, total: money(cost.total), perHire: money(cost.perHire) };
}

/** The cost so far of each open vacancy, marked as an estimate. */
function openVacancyCost(costs: OpenVacancyCosts) {
  return {
    estimate: true as const,
    count: costs.count,
    n: costs.n,
    total: money(costs.total),
    vacancies: costs.vacancies.map((v) => ({ vacancy: v.vacancy, opened: isoOfDay(v.opened), workingDays: v.workingDays, cost: money(v.cost), reason: v.reason })),
  };
}

const share = (value: Share) => ({ n: value.n, value: fourDecimals(value.value) });
const satisfaction = (value: Satisfaction) => ({ n: value.n, mean: twoDecimals(value.mean), normalised: fourDecimals(value.normalised) });

/** The KPIs of SPEC §4 rounded for output, under their JSON keys. */
export function kpisDocument(kpis: Kpis) {
  return {
    hires: kpis.hires,
    openVacancies: { count: kpis.openVacancies.count, age: durations(kpis.openVacancies.age) },
    costs: costs(kpis.costs),
    costPerHire: money(kpis.costPerHire),
    costPerHireComparable: money(kpis.costPerHireComparable),
    externalCostPerHire: money(kpis.externalCostPerHire),
    internalCostPerHire: money(kpis.internalCostPerHire),
    recruitingCostRatio: fourDecimals(kpis.recruitingCostRatio),
    timeToFill: durations(kpis.timeToFill),
    timeToHire: durations(kpis.timeToHire),
    timeToStart: durations(kpis.timeToStart),
    onTimeRate: share(kpis.onTimeRate),
    qualityOfHire: share(kpis.qualityOfHire),
    firstYearAttrition: share(kpis.firstYearAttrition),
    managerSatisfaction: satisfaction(kpis.managerSatisfaction),
    candidateSatisfaction: satisfaction(kpis.candidateSatisfaction),
    effortHours: twoDecimals(kpis.effortHours),
    effortHoursPerHire: twoDecimals(kpis.effortHoursPerHire),
    costOfVacancy: costOfVacancy(kpis.costOfVacancy),
    totalCostPerHire: money(kpis.totalCostPerHire),
    openVacancyCost: openVacancyCost(kpis.openVacancyCost),
  };
}

export type KpisDocument = ReturnType<typeof kpisDocument>;

function groupDocument(row: GroupRow) {
  return {
    key: row.key,
    directCost: money(row.directCost),
    allocatedCost: money(row.allocatedCost),
    kpis: kpisDocument(row.kpis),
    reasons: { ...row.reasons } as Reasons,
    notes: { ...row.notes } as Notes,
    process: row.process === null ? null : processDocument(row.process),
  };
}

/** The file a warning's record comes from: without a hires file, the hires are the applications file's rows. */
function fileOf(input: ReportWarning['input'], inputs: ReportContext['inputs']): string {
  const summary = inputs[input] ?? (input === 'hires' ? inputs.applications : undefined);
  return summary?.file ?? input;
}

/**
 * The report as one JSON-ready document: the snapshot a nulmeting is saved as. Plain data only,
 * rounded as SPEC §7 says; every renderer reads this, so table and JSON show the same figures.
 */
export function reportDocument(report: Report, context: ReportContext) {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    period: { label: report.period.label, start: isoOfDay(report.period.start), end: isoOfDay(report.period.end) },
    asOf: isoOfDay(report.asOf),
    openVacanciesOn: isoOfDay(report.openVacanciesOn),
    settings: {
      currency: context.currency,
      dayCount: report.dayCount,
      hiresCountOn: report.hiresCountOn,
      businessRoles: [...context.businessRoles],
      scales: context.scales,
      holidays: context.holidays,
      publicHolidays: context.publicHolidays === null ? null : { ...context.publicHolidays },
      vacancyCost: context.vacancyCost === null ? null : { ...context.vacancyCost },
    },
    inputs: context.inputs,
    kpis: kpisDocument(report.kpis),
    reasons: { ...report.reasons } as Reasons,
    notes: { ...report.notes } as Notes,
    groups:
      report.groups === null
        ? null
        : { by: report.groups.by, unallocatedCost: money(report.groups.unallocatedCost), rows: report.groups.rows.map(groupDocument) },
    distributions: {
      timeToFill: report.distributions.timeToFill.map((bin) => ({ ...bin })),
      openVacancyAge: report.distributions.openVacancyAge.map((bin) => ({ ...bin })),
    },
    process: report.process === null ? null : processDocument(report.process),
    value: report.value === null ? null : valueDocument(report.value),
    warnings: report.warnings.map((w) => `${fileOf(w.input, context.inputs)}:${w.line}: ${w.message}`),
    samples: samplesDocument(report.samples),
  };
}

export type ReportDocument = ReturnType<typeof reportDocument>;
