import { type HireColumns, lackingAll } from './hire-columns.js';
import { divideOrNull, NO_HIRES, type Measured } from './measured.js';
import type { Listed } from './record-list.js';
import type { CostTotals, Hire } from './types.js';

export interface CostPerHire {
  readonly costPerHire: number | null;
  readonly costPerHireComparable: number | null;
  readonly externalCostPerHire: number | null;
  readonly internalCostPerHire: number | null;
}

/**
 * Cost per hire in cents, unrounded (ANSI/SHRM 06001, ISO/TS 30407):
 * costPerHire = total / hires; costPerHireComparable = (total − businessTime) / hires;
 * externalCostPerHire = external / hires; internalCostPerHire = (internal + time) / hires.
 * All null when there are no hires.
 *
 * @example
 * costPerHire({ external: 120000, internal: 80000, time: 75000, businessTime: 75000, total: 275000 }, 2)
 * // { costPerHire: 137500, costPerHireComparable: 100000, externalCostPerHire: 60000, internalCostPerHire: 77500 }
 */
export function costPerHire(costs: CostTotals, hires: number): Measured<CostPerHire> {
  return {
    kpi: {
      costPerHire: divideOrNull(costs.total, hires),
      costPerHireComparable: divideOrNull(costs.total - costs.businessTime, hires),
      externalCostPerHire: divideOrNull(costs.external, hires),
      internalCostPerHire: divideOrNull(costs.internal + costs.time, hires),
    },
    reason: hires === 0 ? NO_HIRES : null,
  };
}

/**
 * Recruiting cost ratio in percent (SHRM's RCR):
 * costPerHire / (mean salary of the hires that have one) × 100, which is
 * total / Σ salary × 100 when every hire has a salary. Not measured without a salary column.
 *
 * @example
 * // total €10 000, 2 hires, salaries €40 000 and €60 000: (1000000 / 2) / 5000000 × 100 = 10
 * recruitingCostRatio(costs, [hire with 4000000, hire with 6000000], columns) // { kpi: 10, reason: null }
 */
export function recruitingCostRatio(costs: CostTotals, hires: Listed<Hire>, columns: HireColumns): Measured<number | null> {
  const missing = lackingAll(columns, 'salary');
  if (missing !== null) return { kpi: null, reason: missing };
  if (hires.length === 0) return { kpi: null, reason: NO_HIRES };
  let salaries = 0;
  let withSalary = 0;
  for (const hire of hires) {
    if (hire.salary === null) continue;
    salaries += hire.salary;
    withSalary += 1;
  }
  if (withSalary === 0) return { kpi: null, reason: 'no hire in the period has a salary' };
  const meanSalary = salaries / withSalary;
  const ratio = divideOrNull(costs.total / hires.length, meanSalary);
  if (ratio === null) return { kpi: null, reason: "the hires' salaries add up to 0" };
  return { kpi: ratio * 100, reason: null };
}

/**
 * Business effort per hire: effortHours / hires; null when there are no hires.
 *
 * @example effortHoursPerHire(15, 2) // { kpi: 7.5, reason: null }
 */
export function effortHoursPerHire(effortHours: number, hires: number): Measured<number | null> {
  const kpi = divideOrNull(effortHours, hires);
  return { kpi, reason: kpi === null ? NO_HIRES : null };
}
