import { costPerHire, type CostPerHire, effortHoursPerHire, recruitingCostRatio } from './cost-per-hire.js';
import type { HireColumns } from './hire-columns.js';
import type { Measured } from './measured.js';
import type { Listed } from './record-list.js';
import type { CostKey, CostTotals, FigureKey, Hire, Kpis, MeasuredCosts, Notes, Reasons } from './types.js';

/** Which of the files behind the cost figures were given: a file that was not is not measured, never €0. */
export interface CostSources {
  readonly costs: boolean;
  readonly hours: boolean;
}

/** Reason of every cost figure without a costs file. */
export const NO_COSTS_FILE = 'no costs file';
/** Reason of time cost and effort without an hours file. */
export const NO_HOURS_FILE = 'no hours file';
/** Note on the totals and costs per hire that a costs file alone gives. */
export const WITHOUT_TIME_COST = 'without time cost: no hours file';

export type CostKpis = Pick<
  Kpis,
  | 'costs'
  | 'costPerHire'
  | 'costPerHireComparable'
  | 'externalCostPerHire'
  | 'internalCostPerHire'
  | 'recruitingCostRatio'
  | 'effortHours'
  | 'effortHoursPerHire'
>;

/** The summed rows behind the cost figures of one period or group. */
export interface CostParts {
  readonly costs: CostTotals;
  readonly effortHours: number;
  readonly hires: Listed<Hire>;
  /** The columns the hires file has (the ratio needs salary). */
  readonly columns: HireColumns;
}

const NOT_MEASURED_PER_HIRE: CostPerHire = {
  costPerHire: null,
  costPerHireComparable: null,
  externalCostPerHire: null,
  internalCostPerHire: null,
};

/** Figures that include time cost: without an hours file they are noted as leaving it out. */
const WITH_TIME: readonly FigureKey[] = ['costs.total', 'costPerHire', 'costPerHireComparable', 'internalCostPerHire', 'recruitingCostRatio'];

/**
 * The cost and effort KPIs (SPEC §4) as far as their files were given (SPEC §2.4):
 * - without a costs file, costs.external, .internal, .total, every cost per hire and the
 *   recruiting cost ratio are null with the reason "no costs file";
 * - without an hours file, costs.time, .businessTime, effortHours and effortHoursPerHire are null
 *   with "no hours file", and the total, the costs per hire that include time and the recruiting
 *   cost ratio come from the costs file alone, with the note "without time cost: no hours file";
 * - a file that was given but has no rows in the period gives real zeros.
 * The figures themselves are those of costPerHire, recruitingCostRatio and effortHoursPerHire.
 *
 * @example
 * // 2 hires, €1 200 external, no hours file
 * costKpis({ costs: { external: 120000, internal: 0, time: 0, businessTime: 0, total: 120000 }, effortHours: 0, hires }, { costs: true, hours: false })
 * // kpis: { costs: { external: 120000, internal: 0, time: null, businessTime: null, total: 120000 }, costPerHire: 60000, …, effortHours: null },
 * // reasons: { 'costs.time': 'no hours file', …, effortHoursPerHire: 'no hours file' }, notes: { 'costs.total': 'without time cost: no hours file', … }
 */
export function costKpis(parts: CostParts, sources: CostSources): { kpis: CostKpis; reasons: Reasons; notes: Notes } {
  const reasons: Partial<Record<FigureKey, string>> = {};
  function take<T>(keys: readonly FigureKey[], measured: Measured<T>): T {
    if (measured.reason !== null) for (const key of keys) reasons[key] = measured.reason;
    return measured.kpi;
  }
  const t = parts.costs;
  const hires = parts.hires.length;
  const costs: MeasuredCosts = {
    external: sources.costs ? t.external : null,
    internal: sources.costs ? t.internal : null,
    time: sources.hours ? t.time : null,
    businessTime: sources.hours ? t.businessTime : null,
    total: sources.costs ? t.total : null,
  };
  for (const [key, value] of Object.entries(costs)) {
    if (value === null) reasons[`costs.${key}` as CostKey] = key === 'time' || key === 'businessTime' ? NO_HOURS_FILE : NO_COSTS_FILE;
  }
  const perHire = take(
    ['costPerHire', 'costPerHireComparable', 'externalCostPerHire', 'internalCostPerHire'],
    sources.costs ? costPerHire(t, hires) : { kpi: NOT_MEASURED_PER_HIRE, reason: NO_COSTS_FILE },
  );
  const noHours = { kpi: null, reason: NO_HOURS_FILE };
  const kpis: CostKpis = {
    costs,
    ...perHire,
    recruitingCostRatio: take(['recruitingCostRatio'], sources.costs ? recruitingCostRatio(t, parts.hires, parts.columns) : { kpi: null, reason: NO_COSTS_FILE }),
    effortHours: take(['effortHours'], sources.hours ? { kpi: parts.effortHours, reason: null } : noHours),
    effortHoursPerHire: take(['effortHoursPerHire'], sources.hours ? effortHoursPerHire(parts.effortHours, hires) : noHours),
  };
  const notes: Partial<Record<FigureKey, string>> = {};
  if (sources.costs && !sources.hours) {
    for (const key of WITH_TIME) if (reasons[key] === undefined) notes[key] = WITHOUT_TIME_COST;
  }
  return { kpis, reasons, notes };
}
