import type { Listed } from './record-list.js';
import type { Cents, Cost, CostTotals, HoursEntry, HoursRole } from './types.js';

/** Roles whose hours are the business's effort, as a set for fast lookup. */
export type BusinessRoles = ReadonlySet<HoursRole>;

/**
 * The cost of one hours row in whole cents: round(hours × rate), rate in cents per hour.
 * Rounding per row keeps every sum of money an integer sum.
 *
 * @example timeCost({ hours: 7.5, rate: 5000, … }) // 37500 (7.5 h × €50.00)
 */
export function timeCost(entry: HoursEntry): Cents {
  return Math.round(entry.hours * entry.rate);
}

/**
 * Recruitment costs of a set of cost and hours rows, in cents:
 * external = Σ amount of type external; internal = Σ amount of type internal;
 * time = Σ round(hours × rate); businessTime = the part of time of `businessRoles`;
 * total = external + internal + time.
 *
 * @example
 * // €1 200 external, €800 internal, 2 × 7.5 h of an interviewer at €50
 * costTotals([ext 120000, int 80000], [7.5 h × 5000, 7.5 h × 5000], new Set(['interviewer']))
 * // { external: 120000, internal: 80000, time: 75000, businessTime: 75000, total: 275000 }
 */
export function costTotals(
  costs: Listed<Cost>,
  hours: Listed<HoursEntry>,
  businessRoles: BusinessRoles,
): CostTotals {
  let external = 0;
  let internal = 0;
  for (const cost of costs) {
    if (cost.type === 'external') external += cost.amount;
    else internal += cost.amount;
  }
  let time = 0;
  let businessTime = 0;
  for (const entry of hours) {
    const cents = timeCost(entry);
    time += cents;
    if (businessRoles.has(entry.role)) businessTime += cents;
  }
  return { external, internal, time, businessTime, total: external + internal + time };
}

/**
 * Hours spent by the business roles (Inspanning): Σ hours of rows whose role is in businessRoles.
 *
 * @example effortHours([interviewer 1.5 h, recruiter 8 h, hiring_manager 2 h], roles) // 3.5
 */
export function effortHours(hours: Listed<HoursEntry>, businessRoles: BusinessRoles): number {
  let sum = 0;
  for (const entry of hours) if (businessRoles.has(entry.role)) sum += entry.hours;
  return sum;
}

/**
 * Component-wise sum of two cost totals.
 *
 * @example addCostTotals(direct, allocated).total // direct.total + allocated.total
 */
export function addCostTotals(a: CostTotals, b: CostTotals): CostTotals {
  return {
    external: a.external + b.external,
    internal: a.internal + b.internal,
    time: a.time + b.time,
    businessTime: a.businessTime + b.businessTime,
    total: a.total + b.total,
  };
}

/** No costs at all. */
export const ZERO_COSTS: CostTotals = { external: 0, internal: 0, time: 0, businessTime: 0, total: 0 };
