import { allocateProportionally } from './allocation.js';
import { addCostTotals, costTotals, effortHours, ZERO_COSTS } from './costs.js';
import { type HireValues, hireValues, KEPT_VALUES_UP_TO, packedHireValues } from './hire-values.js';
import { assembleKpis, costSources, type KpiContext, type KpiInput, kpiValues } from './kpis.js';
import { isOpenAt } from './open-vacancies.js';
import { RecordList } from './record-list.js';
import type { GroupProcesses } from './process/group-processes.js';
import type { CostTotals, Dimensions, GroupRow, GroupTable, Hire } from './types.js';

export { allocateProportionally } from './allocation.js';

/**
 * The key of the group of records that lack the grouping attribute: the empty value, which no
 * data value can be (an empty cell is no value). A department named "(none)" is a group of its own.
 */
export const NO_GROUP = '';

/**
 * Group keys in a locale-independent order (UTF-16 code units), with the empty value last.
 *
 * @example ['Sales', NO_GROUP, 'IT'].sort(compareGroupKeys) // ['IT', 'Sales', '']
 */
export function compareGroupKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === NO_GROUP) return 1;
  if (b === NO_GROUP) return -1;
  return a < b ? -1 : 1;
}

/**
 * The group a record belongs to when grouped by `by`: its attribute, or "(none)" without one.
 *
 * @example groupKeyOf('department')({ dims: new Map([['department', 'ICT']]) }) // 'ICT'
 */
export function groupKeyOf(by: string): (record: { readonly dims: Dimensions }) => string {
  return (record) => record.dims.get(by) ?? NO_GROUP;
}

/**
 * The period's hires and the vacancies open on S, grouped by one attribute (see groupKeyOf), and
 * each group's hire values (see kpiValues). Over more than KEPT_VALUES_UP_TO hires in all they are
 * measured into typed arrays (see valuesToRead) each time they are asked for, and not kept: the
 * values of every group held at once took the peak of a million hires near 300 MB, while
 * measuring a group twice (for its KPIs, then its samples) costs one more pass over the hires.
 * Over fewer, a group's values are kept once measured, and that pass is spared; `measured`, the
 * groups' values when the caller has them (see hireValuesByGroup), are kept from the start.
 */
export interface HireGroups {
  readonly by: string;
  readonly hires: ReadonlyMap<string, RecordList<Hire>>;
  /** The vacancies open on ctx.openOn, by group. */
  readonly open: ReadonlyMap<string, RecordList<Hire>>;
  /** The values of the group's hires; of no hires for a group without any. */
  values(key: string): HireValues;
}

/**
 * The hires and open vacancies of `input` grouped by `by` (see HireGroups).
 *
 * @example groupHires(input, 'department', ctx).hires.get('ICT')?.length // 2
 */
export function groupHires(
  input: Pick<KpiInput, 'hires' | 'vacancies'>,
  by: string,
  ctx: KpiContext,
  measured: ReadonlyMap<string, HireValues> | null = null,
): HireGroups {
  const groupOf = groupKeyOf(by);
  const hires = RecordList.of(input.hires).groupBy(groupOf);
  const open = RecordList.of(input.vacancies)
    .filter((row) => isOpenAt(row, ctx.openOn, ctx.columns))
    .groupBy(groupOf);
  const none = RecordList.of<Hire>([]);
  const kept = measured !== null ? new Map(measured) : input.hires.length <= KEPT_VALUES_UP_TO ? new Map<string, HireValues>() : null;
  const values = (key: string): HireValues => {
    const known = kept?.get(key);
    if (known !== undefined) return known;
    const fresh = kpiValues(hires.get(key) ?? none, ctx, kept === null ? packedHireValues : hireValues);
    kept?.set(key, fresh);
    return fresh;
  };
  return { by, hires, open, values };
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
 * (NO_GROUP without one), an open vacancy likewise. A cost or hours row that carries the attribute
 * is that group's direct cost; the others are shared and allocated in proportion to the groups'
 * hires: allocated_g = allocateProportionally(shared, hires per group), per cost component, and
 * shared business hours as hours_g = shared hours × hires_g / hires. So
 * Σ_g (directCost_g + allocatedCost_g) + unallocatedCost = the period's total cost exactly.
 * Without hires in the period nothing can be allocated and the shared cost is `unallocatedCost`.
 * With the groups' process figures (an applications file), the groups its cohort gives are rows
 * too, and each row carries its group's process block.
 * Direct, allocated and unallocated cost are parts of the total, so like the total they are null
 * without a costs file (SPEC §2.4).
 *
 * @example
 * // IT 1 hire, Sales 2 hires; €300 shared: IT gets 10000, Sales 20000 cents allocated
 * groupTable(input, 'department', ctx).rows.map((r) => r.allocatedCost) // [10000, 20000]
 */
export function groupTable(
  input: KpiInput,
  by: string,
  ctx: KpiContext,
  process: GroupProcesses | null = null,
  grouped: HireGroups = groupHires(input, by, ctx),
): GroupTable {
  const { hires, open: vacancies } = grouped;
  // Costs and hours without the attribute are shared: their key is undefined.
  const costs = RecordList.of(input.costs ?? []).groupBy((cost) => cost.dims.get(by));
  const hours = RecordList.of(input.hours ?? []).groupBy((entry) => entry.dims.get(by));
  const none = RecordList.of<never>([]);
  const sources = costSources(input);
  const measured = (cents: number): number | null => (sources.costs ? cents : null);

  const roles = new Set(ctx.businessRoles);
  const keys = [...new Set([...hires.keys(), ...vacancies.keys(), ...costs.keys(), ...hours.keys(), ...(process?.keys ?? [])])]
    .filter((key) => key !== undefined)
    .sort(compareGroupKeys);
  const weights = keys.map((key) => hires.get(key)?.length ?? 0);
  const totalHires = weights.reduce((sum, w) => sum + w, 0);
  const sharedHours = hours.get(undefined) ?? none;
  const shared = costTotals(costs.get(undefined) ?? none, sharedHours, roles);
  const sharedEffort = effortHours(sharedHours, roles);
  const allocated = totalHires > 0 ? allocateCosts(shared, weights) : keys.map(() => ZERO_COSTS);

  const rows = keys.map((key, i): GroupRow => {
    const groupHires = hires.get(key) ?? none;
    const groupHours = hours.get(key) ?? none;
    const direct = costTotals(costs.get(key) ?? none, groupHours, roles);
    const share = allocated[i] as CostTotals;
    const sharedEffortOfGroup = totalHires > 0 ? (sharedEffort * groupHires.length) / totalHires : 0;
    const effort = effortHours(groupHours, roles) + sharedEffortOfGroup;
    const { kpis, reasons, notes } = assembleKpis(
      { hires: groupHires, vacancies: vacancies.get(key) ?? none, costs: addCostTotals(direct, share), effortHours: effort, sources },
      ctx,
      grouped.values(key),
    );
    return { key, directCost: measured(direct.total), allocatedCost: measured(share.total), kpis, reasons, notes, process: process?.measureOf(key).block ?? null };
  });
  return { by, rows, unallocatedCost: measured(totalHires > 0 ? 0 : shared.total) };
}
