import { dayCounter, type Holidays } from './business-days.js';
import { costPerHire, effortHoursPerHire, recruitingCostRatio } from './cost-per-hire.js';
import { costTotals, effortHours } from './costs.js';
import { timeToFill, timeToHire, timeToStart } from './durations.js';
import { firstYearAttrition } from './first-year.js';
import type { HireColumns } from './hire-columns.js';
import type { Measured } from './measured.js';
import { onTimeRate } from './on-time.js';
import { openVacancies } from './open-vacancies.js';
import { qualityOfHire } from './quality.js';
import type { Listed } from './record-list.js';
import { candidateSatisfaction, managerSatisfaction } from './satisfaction.js';
import { fillMeasure } from './time-to-fill.js';
import type {
  Cost,
  CostTotals,
  Day,
  DayCount,
  Hire,
  HoursEntry,
  HoursRole,
  KpiKey,
  Kpis,
  Reasons,
  ReportOptions,
} from './types.js';

/** The records of one period (or one group of it). */
export interface KpiInput {
  /** Hires whose offer_accepted lies in the period. */
  readonly hires: Listed<Hire>;
  /** Costs dated in the period. */
  readonly costs: Listed<Cost>;
  /** Hours dated in the period. */
  readonly hours: Listed<HoursEntry>;
  /** Every hires row, open or not, of any period: open vacancies are found among these. */
  readonly vacancies: Listed<Hire>;
}

/** What besides the records changes a figure. */
export interface KpiContext {
  /** The as-of date R: first years (attrition, quality's retention signal) are judged on it. */
  readonly asOf: Day;
  /** The day S open vacancies are counted on: min(period end, R). */
  readonly openOn: Day;
  readonly dayCount: DayCount;
  readonly holidays: Holidays;
  readonly businessRoles: readonly HoursRole[];
  readonly scales: ReportOptions['scales'];
  /** The columns the hires file has: a KPI whose column is absent is not measured. */
  readonly columns: HireColumns;
}

/** KpiInput with the costs and hours already summed, e.g. a group's direct plus allocated share. */
export interface KpiParts {
  readonly hires: Listed<Hire>;
  readonly vacancies: Listed<Hire>;
  readonly costs: CostTotals;
  readonly effortHours: number;
}

/**
 * Every KPI of SPEC §4 over already summed costs and effort hours (see computeKpis for the
 * definitions). Each KPI that cannot be computed is null with its reason under its key.
 *
 * @example assembleKpis({ hires, vacancies, costs: addCostTotals(direct, allocated), effortHours: 3 }, ctx)
 */
export function assembleKpis(parts: KpiParts, ctx: KpiContext): { kpis: Kpis; reasons: Reasons } {
  const reasons: Partial<Record<KpiKey, string>> = {};
  function take<T>(key: KpiKey, measured: Measured<T>): T {
    if (measured.reason !== null) reasons[key] = measured.reason;
    return measured.kpi;
  }
  const days = dayCounter(ctx.dayCount, ctx.holidays);
  const { columns } = ctx;
  const hires = parts.hires.length;
  const perHire = costPerHire(parts.costs, hires);
  for (const key of ['costPerHire', 'costPerHireComparable', 'externalCostPerHire', 'internalCostPerHire'] as const) {
    if (perHire.reason !== null) reasons[key] = perHire.reason;
  }
  const kpis: Kpis = {
    hires,
    openVacancies: take('openVacancies', openVacancies(parts.vacancies, ctx.openOn, days, columns)),
    costs: parts.costs,
    ...perHire.kpi,
    recruitingCostRatio: take('recruitingCostRatio', recruitingCostRatio(parts.costs, parts.hires, columns)),
    timeToFill: take('timeToFill', timeToFill(parts.hires, fillMeasure(columns, ctx.dayCount, days))),
    timeToHire: take('timeToHire', timeToHire(parts.hires, days, columns)),
    timeToStart: take('timeToStart', timeToStart(parts.hires, days, columns)),
    onTimeRate: take('onTimeRate', onTimeRate(parts.hires, columns)),
    qualityOfHire: take('qualityOfHire', qualityOfHire(parts.hires, ctx.asOf, ctx.scales.performance, columns)),
    firstYearAttrition: take('firstYearAttrition', firstYearAttrition(parts.hires, ctx.asOf, columns)),
    managerSatisfaction: take('managerSatisfaction', managerSatisfaction(parts.hires, ctx.scales.satisfaction, columns)),
    candidateSatisfaction: take('candidateSatisfaction', candidateSatisfaction(parts.hires, ctx.scales.satisfaction, columns)),
    effortHours: parts.effortHours,
    effortHoursPerHire: take('effortHoursPerHire', effortHoursPerHire(parts.effortHours, hires)),
  };
  return { kpis, reasons };
}

/**
 * Every KPI of SPEC §4 over the records of one period, with R = ctx.asOf and S = ctx.openOn:
 * - hires = number of hires; costs = costTotals (integer cents);
 * - costPerHire = total / hires, costPerHireComparable = (total − businessTime) / hires,
 *   externalCostPerHire = external / hires, internalCostPerHire = (internal + time) / hires;
 * - recruitingCostRatio = costPerHire / mean salary × 100;
 * - timeToFill, timeToHire, timeToStart: DurationStats in days of ctx.dayCount (time to fill
 *   from the file's time_to_fill column without vacancy_opened, see fillMeasure);
 * - openVacancies: rows open on S and their ages S − vacancy_opened;
 * - qualityOfHire's retention signal and firstYearAttrition: first years over by R;
 * - a KPI whose column the hires file lacks (ctx.columns) is null, its reason naming the column;
 * - onTimeRate, qualityOfHire, firstYearAttrition: shares with their n;
 * - manager/candidateSatisfaction: mean and normalised; effortHoursPerHire = effortHours / hires.
 *
 * @example
 * // 2 hires; €1 200 external + €800 internal + 2 × 7.5 h × €50 of an interviewer
 * computeKpis(input, ctx).kpis.costPerHire // (120000 + 80000 + 75000) / 2 = 137500
 */
export function computeKpis(input: KpiInput, ctx: KpiContext): { kpis: Kpis; reasons: Reasons } {
  const roles = new Set(ctx.businessRoles);
  return assembleKpis(
    {
      hires: input.hires,
      vacancies: input.vacancies,
      costs: costTotals(input.costs, input.hours, roles),
      effortHours: effortHours(input.hours, roles),
    },
    ctx,
  );
}
