import { allocateProportionally } from './allocation.js';
import { addCostTotals, costTotals, effortHours, ZERO_COSTS } from './costs.js';
import { assembleKpis, type KpiContext, type KpiInput } from './kpis.js';
import { isOpenAt } from './open-vacancies.js';
import type { Cost, CostTotals, GroupRow, GroupTable, Hire, HoursEntry } from './types.js';

export { allocateProportionally } from './allocation.js';

/** The group of records that lack the grouping attribute. */
export const NO_GROUP = '(none)';

interface Bucket {
  readonly hires: Hire[];
  readonly vacancies: Hire[];
  readonly costs: Cost[];
  readonly hours: HoursEntry[];
}

/**
 * Group keys in a locale-independent order (UTF-16 code units), with "(none)" last.
 *
 * @example ['Sales', NO_GROUP, 'IT'].sort(compareGroupKeys) // ['IT', 'Sales', '(none)']
 */
export function compareGroupKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NO_GROUP) return 1;
  if (b === NO_GROUP) return -1;
  return a < b ? -1 : 1;
}

/**
 * Shared costs split over groups by their weights, each component on its own so that every
 * component, and therefore the total, adds up exactly. Time is split as its business and its other
 * part, so a group's businessTime never exceeds its time.
 */
function allocateCosts(shared: CostTotals, weights: readonly number[]): CostTotals[] {
  const external = allocateProportionally(shared.external, weights);
  const internal = allocateProportionally(shared.internal, weights);
  const businessTime = allocateProportionally(shared.businessTime, weights);
  const otherTime = allocateProportionally(shared.time - shared.businessTime, weights);
  return weights.map((_, i) => {
    const time = (businessTime[i] as number) + (otherTime[i] as number);
    const e = external[i] as number;
    const n = internal[i] as number;
    return { external: e, internal: n, time, businessTime: businessTime[i] as number, total: e + n + time };
  });
}

/**
 * KPIs per group of `by` (SPEC §4 Grouping). A hire belongs to the group of its `by` attribute
 * ("(none)" without one), an open vacancy likewise. A cost or hours row that carries the attribute
 * is that group's direct cost; the others are shared and allocated in proportion to the groups'
 * hires: allocated_g = allocateProportionally(shared, hires per group), per cost component, and
 * shared business hours as hours_g = shared hours × hires_g / hires. So
 * Σ_g (directCost_g + allocatedCost_g) + unallocatedCost = the period's total cost exactly.
 * Without hires in the period nothing can be allocated and the shared cost is `unallocatedCost`.
 *
 * @example
 * // IT 1 hire, Sales 2 hires; €300 shared: IT gets 10000, Sales 20000 cents allocated
 * groupTable(input, 'department', ctx).rows.map((r) => r.allocatedCost) // [10000, 20000]
 */
export function groupTable(input: KpiInput, by: string, ctx: KpiContext): GroupTable {
  const buckets = new Map<string, Bucket>();
  const bucket = (key: string): Bucket => {
    let found = buckets.get(key);
    if (found === undefined) {
      found = { hires: [], vacancies: [], costs: [], hours: [] };
      buckets.set(key, found);
    }
    return found;
  };
  for (const hire of input.hires) bucket(hire.dims.get(by) ?? NO_GROUP).hires.push(hire);
  for (const row of input.vacancies) {
    if (isOpenAt(row, ctx.asOf)) bucket(row.dims.get(by) ?? NO_GROUP).vacancies.push(row);
  }
  const sharedCosts: Cost[] = [];
  for (const cost of input.costs) {
    const key = cost.dims.get(by);
    if (key === undefined) sharedCosts.push(cost);
    else bucket(key).costs.push(cost);
  }
  const sharedHours: HoursEntry[] = [];
  for (const entry of input.hours) {
    const key = entry.dims.get(by);
    if (key === undefined) sharedHours.push(entry);
    else bucket(key).hours.push(entry);
  }

  const roles = new Set(ctx.businessRoles);
  const keys = [...buckets.keys()].sort(compareGroupKeys);
  const weights = keys.map((key) => (buckets.get(key) as Bucket).hires.length);
  const totalHires = weights.reduce((sum, w) => sum + w, 0);
  const shared = costTotals(sharedCosts, sharedHours, roles);
  const sharedEffort = effortHours(sharedHours, roles);
  const allocated = totalHires > 0 ? allocateCosts(shared, weights) : keys.map(() => ZERO_COSTS);

  const rows = keys.map((key, i): GroupRow => {
    const group = buckets.get(key) as Bucket;
    const direct = costTotals(group.costs, group.hours, roles);
    const share = allocated[i] as CostTotals;
    const sharedEffortOfGroup = totalHires > 0 ? (sharedEffort * group.hires.length) / totalHires : 0;
    const effort = effortHours(group.hours, roles) + sharedEffortOfGroup;
    const { kpis, reasons } = assembleKpis(
      { hires: group.hires, vacancies: group.vacancies, costs: addCostTotals(direct, share), effortHours: effort },
      ctx,
    );
    return { key, directCost: direct.total, allocatedCost: share.total, kpis, reasons };
  });
  return { by, rows, unallocatedCost: totalHires > 0 ? 0 : shared.total };
}
