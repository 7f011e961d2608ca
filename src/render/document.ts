import { isoOfDay } from '../core/day.js';
import type { CostTotals, DurationStats, GroupRow, Kpis, Reasons, Report, Satisfaction, Scale, Share } from '../core/types.js';
import type { FileKind } from '../io/columns.js';
import type { InputSummary } from '../io/load-inputs.js';
import { fourDecimals, money, twoDecimals } from './rounding.js';
import { samplesDocument } from './samples-document.js';
import { valueDocument } from './value-document.js';

/** Bumped only for a breaking change of the JSON output; additions keep it. */
export const REPORT_SCHEMA_VERSION = 1;

/** What the shell knows besides the report: settings that change figures, and the inputs. */
export interface ReportContext {
  readonly currency: string;
  readonly businessRoles: readonly string[];
  readonly scales: { readonly performance: Scale; readonly satisfaction: Scale };
  readonly holidays: number;
  readonly inputs: Readonly<Partial<Record<FileKind, InputSummary>>>;
}

export { fourDecimals, money, twoDecimals };

function durations(stats: DurationStats) {
  return { n: stats.n, mean: twoDecimals(stats.mean), median: twoDecimals(stats.median), p90: twoDecimals(stats.p90), min: twoDecimals(stats.min), max: twoDecimals(stats.max) };
}

function costs(totals: CostTotals) {
  return {
    external: money(totals.external),
    internal: money(totals.internal),
    time: money(totals.time),
    businessTime: money(totals.businessTime),
    total: money(totals.total),
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
  };
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
    settings: {
      currency: context.currency,
      dayCount: report.dayCount,
      businessRoles: [...context.businessRoles],
      scales: context.scales,
      holidays: context.holidays,
    },
    inputs: context.inputs,
    kpis: kpisDocument(report.kpis),
    reasons: { ...report.reasons } as Reasons,
    groups:
      report.groups === null
        ? null
        : { by: report.groups.by, unallocatedCost: money(report.groups.unallocatedCost), rows: report.groups.rows.map(groupDocument) },
    distributions: {
      timeToFill: report.distributions.timeToFill.map((bin) => ({ ...bin })),
      openVacancyAge: report.distributions.openVacancyAge.map((bin) => ({ ...bin })),
    },
    value: report.value === null ? null : valueDocument(report.value),
    warnings: report.warnings.map((w) => `${context.inputs[w.input]?.file ?? w.input}:${w.line}: ${w.message}`),
    samples: samplesDocument(report.samples),
  };
}

export type ReportDocument = ReturnType<typeof reportDocument>;
