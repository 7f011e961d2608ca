import { dayCounter, type Holidays } from './business-days.js';
import { costKpis, type CostSources } from './cost-kpis.js';
import { costTotals, effortHours } from './costs.js';
import { timeToFillFrom, timeToHireFrom, timeToStartFrom } from './durations.js';
import { firstYearAttritionFrom } from './first-year.js';
import type { HireColumns } from './hire-columns.js';
import { type HireValueContext, type HireValues, hireValues } from './hire-values.js';
import type { Measured } from './measured.js';
import { onTimeRateFrom } from './on-time.js';
import { openVacancies } from './open-vacancies.js';
import { qualityOfHireFrom } from './quality.js';
import type { Listed } from './record-list.js';
import { candidateSatisfactionFrom, managerSatisfactionFrom } from './satisfaction.js';
import { fillMeasure } from './time-to-fill.js';
import { costOfVacancy, openVacancyCosts, totalCostPerHire, type VacancyCostRule } from './urgency/cost-of-vacancy.js';
import type {
  Cost,
  CostTotals,
  Day,
  FigureKey,
  DayCount,
  Hire,
  HoursEntry,
  HoursRole,
  KpiKey,
  Kpis,
  Notes,
  Reasons,
  ReportOptions,
} from './types.js';

/** The records of one period (or one group of it). */
export interface KpiInput {
  /** Hires whose offer_accepted lies in the period. */
  readonly hires: Listed<Hire>;
  /** Costs dated in the period; null without a costs file. */
  readonly costs: Listed<Cost> | null;
  /** Hours dated in the period; null without an hours file. */
  readonly hours: Listed<HoursEntry> | null;
  /**
   * Hires rows of any period among which the open vacancies are found: every row, open or not, or
   * only the rows open on S (the same figures).
   */
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
  /** What an unfilled position costs per working day; null: no cost of vacancy. */
  readonly vacancyCost: VacancyCostRule | null;
}

/** KpiInput with the costs and hours already summed, e.g. a group's direct plus allocated share. */
export interface KpiParts {
  readonly hires: Listed<Hire>;
  readonly vacancies: Listed<Hire>;
  readonly costs: CostTotals;
  readonly effortHours: number;
  /** Which files the costs and hours come from; a file not given is not measured. */
  readonly sources: CostSources;
}

/** Every KPI, why the ones without a value have none, and what the partly measured ones leave out. */
export interface KpiResult {
  readonly kpis: Kpis;
  readonly reasons: Reasons;
  readonly notes: Notes;
}

/**
 * Which cost files a period's records come from.
 *
 * @example costSources({ costs: [], hours: null }) // { costs: true, hours: false }
 */
export function costSources(input: Pick<KpiInput, 'costs' | 'hours'>): CostSources {
  return { costs: input.costs !== null, hours: input.hours !== null };
}

/**
 * Every KPI of SPEC §4 over already summed costs and effort hours (see computeKpis for the
 * definitions). Each KPI that cannot be computed is null with its reason under its key; the cost
 * figures follow costKpis, so a file that was not given is not measured. The hire KPIs are made
 * from `values`, the values of parts.hires (see kpiValues), which a caller that also wants the
 * samples of those hires measures once for both.
 *
 * @example assembleKpis({ hires, vacancies, costs: addCostTotals(direct, allocated), effortHours: 3, sources }, ctx)
 */
export function assembleKpis(parts: KpiParts, ctx: KpiContext, values: HireValues = kpiValues(parts.hires, ctx)): KpiResult {
  const cost = costKpis({ ...parts, columns: ctx.columns }, parts.sources);
  const reasons: Partial<Record<KpiKey, string>> = {};
  function take<T>(key: KpiKey, measured: Measured<T>): T {
    if (measured.reason !== null) reasons[key] = measured.reason;
    return measured.kpi;
  }
  const days = dayCounter(ctx.dayCount, ctx.holidays);
  const { columns } = ctx;
  const { effortHours, effortHoursPerHire, ...money } = cost.kpis;
  const vacancy = costOfVacancy(parts.hires, ctx.vacancyCost, ctx.holidays, columns);
  const perHire = { kpi: money.costPerHire, reason: cost.reasons.costPerHire ?? null };
  const kpis: Kpis = {
    hires: parts.hires.length,
    openVacancies: take('openVacancies', openVacancies(parts.vacancies, ctx.openOn, days, columns)),
    ...money,
    timeToFill: take('timeToFill', timeToFillFrom(values.timeToFill, values.hires, fillMeasure(columns, ctx.dayCount, days))),
    timeToHire: take('timeToHire', timeToHireFrom(values.timeToHire, columns)),
    timeToStart: take('timeToStart', timeToStartFrom(values.timeToStart, columns)),
    onTimeRate: take('onTimeRate', onTimeRateFrom(values.onTime, columns)),
    qualityOfHire: take('qualityOfHire', qualityOfHireFrom(values.quality, ctx.asOf, columns)),
    firstYearAttrition: take('firstYearAttrition', firstYearAttritionFrom(values.leftInFirstYear, ctx.asOf, columns)),
    managerSatisfaction: take('managerSatisfaction', managerSatisfactionFrom(values.managerSatisfaction, ctx.scales.satisfaction, columns)),
    candidateSatisfaction: take('candidateSatisfaction', candidateSatisfactionFrom(values.candidateSatisfaction, ctx.scales.satisfaction, columns)),
    effortHours,
    effortHoursPerHire,
    costOfVacancy: take('costOfVacancy', vacancy),
    totalCostPerHire: take('totalCostPerHire', totalCostPerHire(perHire, vacancy)),
    openVacancyCost: take('openVacancyCost', openVacancyCosts(parts.vacancies, ctx.openOn, ctx.vacancyCost, ctx.holidays, columns)),
  };
  // The total cost per hire holds the cost per hire, and so leaves out what that leaves out.
  const notes = cost.notes.costPerHire === undefined || kpis.totalCostPerHire === null ? cost.notes : { ...cost.notes, totalCostPerHire: cost.notes.costPerHire };
  return { kpis, reasons: inKpiOrder(kpis, { ...cost.reasons, ...reasons }), notes: inKpiOrder(kpis, notes) };
}

/**
 * The values behind the hire KPIs of some hires (see hireValues), measured as the report measures
 * them: durations in ctx.dayCount's days, time to fill by fillMeasure, quality on the performance
 * scale with first years judged on R = ctx.asOf; read in one pass, by hireValues or by `measure`
 * (see valuesToRead).
 *
 * @example kpiValues(hires, ctx).timeToHire // [14, 20]
 */
export function kpiValues(hires: Listed<Hire>, ctx: KpiContext, measure: typeof hireValues = hireValues): HireValues {
  return measure(hires, hireValueContext(ctx));
}

/**
 * What the hire values are measured with in a report of `ctx` (see kpiValues).
 *
 * @example hireValueContext(ctx).performance // ctx.scales.performance
 */
export function hireValueContext(ctx: KpiContext): HireValueContext {
  const days = dayCounter(ctx.dayCount, ctx.holidays);
  return { asOf: ctx.asOf, days, fill: fillMeasure(ctx.columns, ctx.dayCount, days), performance: ctx.scales.performance, columns: ctx.columns };
}

/** Reasons or notes in the order of the KPIs, each figure of the cost block in the block's place. */
function inKpiOrder(kpis: Kpis, byFigure: Reasons): Reasons {
  const keys = Object.keys(kpis).flatMap((key) => (key === 'costs' ? Object.keys(kpis.costs).map((part) => `costs.${part}`) : [key]));
  return Object.fromEntries(keys.flatMap((key) => {
    const text = byFigure[key as FigureKey];
    return text === undefined ? [] : [[key, text]];
  }));
}

/**
 * Every KPI of SPEC §4 over the records of one period, with R = ctx.asOf and S = ctx.openOn:
 * - hires = number of hires; costs = costTotals (integer cents), null where its file was not given;
 * - costPerHire = total / hires, costPerHireComparable = (total − businessTime) / hires,
 *   externalCostPerHire = external / hires, internalCostPerHire = (internal + time) / hires;
 * - recruitingCostRatio = costPerHire / mean salary × 100;
 * - timeToFill, timeToHire, timeToStart: DurationStats in days of ctx.dayCount (time to fill
 *   from the file's time_to_fill column without vacancy_opened, see fillMeasure);
 * - openVacancies: rows open on S and their ages S − vacancy_opened;
 * - qualityOfHire's retention signal and firstYearAttrition: first years over by R;
 * - a KPI whose column the hires file lacks (ctx.columns) is null, its reason naming the column;
 * - onTimeRate, qualityOfHire, firstYearAttrition: shares with their n;
 * - manager/candidateSatisfaction: mean and normalised; effortHoursPerHire = effortHours / hires;
 * - costOfVacancy, totalCostPerHire = costPerHire + costOfVacancy per hire, openVacancyCost:
 *   estimates from ctx.vacancyCost over working days (see cost-of-vacancy.ts).
 *
 * @example
 * // 2 hires; €1 200 external + €800 internal + 2 × 7.5 h × €50 of an interviewer
 * computeKpis(input, ctx).kpis.costPerHire // (120000 + 80000 + 75000) / 2 = 137500
 */
export function computeKpis(input: KpiInput, ctx: KpiContext, values: HireValues = kpiValues(input.hires, ctx)): KpiResult {
  const roles = new Set(ctx.businessRoles);
  return assembleKpis(
    {
      hires: input.hires,
      vacancies: input.vacancies,
      costs: costTotals(input.costs ?? [], input.hours ?? [], roles),
      effortHours: effortHours(input.hours ?? [], roles),
      sources: costSources(input),
    },
    ctx,
    values,
  );
}
