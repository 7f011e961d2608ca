import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareGroupKeys, NO_GROUP } from '../../src/core/grouping.js';
import { buildReport } from '../../src/core/report.js';
import type { Records } from '../../src/core/types.js';
import { makeCost, makeHire, makeHours, makeOptions } from '../builders.js';

/**
 * 2025-Q1: IT 1 hire, Sales 2 hires, 1 hire without department; Marketing only has a cost.
 * Direct: IT €1 000 external; Marketing €500 external; Sales 2 h hiring manager at €60 = 12000.
 * Shared: €1 000.01 external, €300 internal, 3 h interviewer at €50 = 15000, 1 h recruiter at €33.33 = 3333.
 */
function departments(): Records {
  return {
    hires: [
      makeHire({ dims: { department: 'IT' } }),
      makeHire({ dims: { department: 'Sales' } }),
      makeHire({ dims: { department: 'Sales' } }),
      makeHire(),
    ],
    costs: [
      makeCost({ amountEuros: 1000, dims: { department: 'IT' } }),
      makeCost({ amountEuros: 500, dims: { department: 'Marketing' } }),
      makeCost({ amountCents: 100_001 }),
      makeCost({ amountEuros: 300, type: 'internal' }),
    ],
    hours: [
      makeHours({ hours: 2, role: 'hiring_manager', rateEuros: 60, dims: { department: 'Sales' } }),
      makeHours({ hours: 3, role: 'interviewer', rateEuros: 50 }),
      makeHours({ hours: 1, role: 'recruiter', rateCents: 3333 }),
    ],
  };
}

describe('group table', () => {
  const report = buildReport(departments(), makeOptions({ period: '2025-Q1', by: 'department' }));
  const rows = report.groups?.rows ?? [];
  const row = (key: string) => rows.find((r) => r.key === key);

  it('sorts the groups by key with the hires without a department last', () => {
    expect(rows.map((r) => r.key)).toEqual(['IT', 'Marketing', 'Sales', NO_GROUP]);
  });

  it('keeps the hires without a department apart from a department named "(none)"', () => {
    const records: Records = { hires: [makeHire({ dims: { department: '(none)' } }), makeHire(), makeHire()], costs: [], hours: [] };
    const groups = buildReport(records, makeOptions({ period: '2025-Q1', by: 'department' })).groups?.rows ?? [];
    expect(groups.map((r) => [r.key, r.kpis.hires])).toEqual([['(none)', 1], [NO_GROUP, 2]]);
  });

  it('allocates each shared component by hires with the largest remainder', () => {
    // weights [IT 1, Marketing 0, Sales 2, (none) 1], 4 hires:
    // external 100001 → 25000.25, 0, 50000.5, 25000.25 → [25000, 0, 50001, 25000]
    // internal 30000 → [7500, 0, 15000, 7500]; business time 15000 → [3750, 0, 7500, 3750]
    // other time 3333 → 833.25, 0, 1666.5, 833.25 → [833, 0, 1667, 833]
    expect(rows.map((r) => r.allocatedCost)).toEqual([37_083, 0, 74_168, 37_083]);
    expect(rows.map((r) => r.directCost)).toEqual([100_000, 50_000, 12_000, 0]);
    expect(row('Sales')?.kpis.costs).toEqual({
      external: 50_001,
      internal: 15_000,
      time: 12_000 + 7_500 + 1_667,
      businessTime: 12_000 + 7_500,
      total: 86_168,
    });
  });

  it('adds up exactly to the report total', () => {
    // 137083 + 50000 + 86168 + 37083 = 310334 = 250001 external + 30000 internal + 30333 time
    const sum = rows.reduce((total, r) => total + (r.directCost ?? 0) + (r.allocatedCost ?? 0), 0);
    expect(report.kpis.costs.total).toBe(310_334);
    expect(sum).toBe(310_334);
    expect(report.groups?.unallocatedCost).toBe(0);
  });

  it('computes every KPI per group over its own hires and costs', () => {
    // Sales: 86168 / 2 = 43084; comparable (86168 − 19500) / 2 = 33334
    // effort: 2 h direct + 3 h × 2/4 shared = 3.5 h → 1.75 per hire
    expect(row('Sales')?.kpis).toMatchObject({
      hires: 2,
      costPerHire: 43_084,
      costPerHireComparable: 33_334,
      effortHours: 3.5,
      effortHoursPerHire: 1.75,
    });
  });

  it('keeps a group that only has costs, with null per-hire figures and a reason', () => {
    expect(row('Marketing')?.kpis.hires).toBe(0);
    expect(row('Marketing')?.kpis.costPerHire).toBeNull();
    expect(row('Marketing')?.reasons.costPerHire).toBe('no hires in the period');
  });

  it('leaves shared costs unallocated when the period has no hires', () => {
    const records = { ...departments(), hires: [makeHire({ offerAccepted: null, dims: { department: 'IT' } })] };
    const groups = buildReport(records, makeOptions({ period: '2025-Q1', by: 'department' })).groups;
    // shared: 100001 + 30000 + 15000 + 3333 = 148334
    expect(groups?.unallocatedCost).toBe(148_334);
    expect(groups?.rows.map((r) => [r.key, r.allocatedCost, r.kpis.openVacancies.count])).toEqual([
      ['IT', 0, 1],
      ['Marketing', 0, 0],
      ['Sales', 0, 0],
    ]);
  });

  it('places open vacancies by their own attribute', () => {
    const hr = makeHire({ offerAccepted: null, dims: { department: 'HR' } });
    const records = { ...departments(), hires: [...departments().hires, hr] };
    const groups = buildReport(records, makeOptions({ period: '2025-Q1', by: 'department' })).groups;
    expect(groups?.rows.find((r) => r.key === 'HR')?.kpis.openVacancies.count).toBe(1);
  });

  it('adds up to the report total for any costs and hires', () => {
    const department = fc.constantFrom<string | undefined>('A', 'B', 'C', undefined);
    const dimsOf = (name: string | undefined): Record<string, string> =>
      name === undefined ? {} : { department: name };
    const cost = fc.tuple(fc.integer({ min: -100_000, max: 1_000_000 }), department);
    const hours = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 20_000 }), department);
    fc.assert(
      fc.property(
        fc.array(department, { maxLength: 8 }),
        fc.array(cost, { maxLength: 8 }),
        fc.array(hours, { maxLength: 8 }),
        (hireDepartments, costRows, hoursRows) => {
          const records: Records = {
            hires: hireDepartments.map((d) => makeHire({ dims: dimsOf(d) })),
            costs: costRows.map(([amountCents, d]) => makeCost({ amountCents, dims: dimsOf(d) })),
            hours: hoursRows.map(([quarters, rateCents, d]) =>
              makeHours({ hours: quarters / 4, rateCents, role: 'interviewer', dims: dimsOf(d) }),
            ),
          };
          const report = buildReport(records, makeOptions({ period: '2025', by: 'department' }));
          const groups = report.groups;
          let sum = groups?.unallocatedCost ?? 0;
          for (const row of groups?.rows ?? []) sum += (row.directCost ?? 0) + (row.allocatedCost ?? 0);
          expect(sum).toBe(report.kpis.costs.total);
        },
      ),
    );
  });
});

describe('group table without a costs or an hours file', () => {
  const withoutCosts = buildReport({ ...departments(), costs: null }, makeOptions({ period: '2025-Q1', by: 'department' })).groups;
  const withoutHours = buildReport({ ...departments(), hours: null }, makeOptions({ period: '2025-Q1', by: 'department' })).groups;

  it('leaves direct, allocated and unallocated cost null without a costs file, with the reason', () => {
    expect(withoutCosts?.unallocatedCost).toBeNull();
    expect(withoutCosts?.rows.map((r) => [r.key, r.directCost, r.allocatedCost, r.kpis.costs.total, r.kpis.costPerHire])).toEqual([
      ['IT', null, null, null, null],
      ['Sales', null, null, null, null],
      ['', null, null, null, null],
    ]);
    expect(withoutCosts?.rows[0]?.reasons['costs.total']).toBe('no costs file');
  });

  it('still splits the time cost and effort of the hours file over the groups', () => {
    // Sales: 2 h × €60 = 12000 direct; shared time 15000 + 3333 by hires 2/4: 7500 + 1667 → 21167;
    // effort 2 h + 3 h × 2/4 = 3.5 h
    const sales = withoutCosts?.rows.find((r) => r.key === 'Sales');
    expect(sales?.kpis.costs.time).toBe(21_167);
    expect(sales?.kpis.effortHours).toBe(3.5);
  });

  it('splits the costs file alone without an hours file, and notes that time cost is left out', () => {
    // IT: €1 000 direct; shared external 100001 and internal 30000 by hires 1/4: 25000 + 7500 = 32500
    const it = withoutHours?.rows.find((r) => r.key === 'IT');
    expect([it?.directCost, it?.allocatedCost, it?.kpis.costs.total, it?.kpis.costs.time]).toEqual([100_000, 32_500, 132_500, null]);
    expect(it?.notes.costPerHire).toBe('without time cost: no hours file');
    expect(it?.reasons.effortHoursPerHire).toBe('no hours file');
  });
});

describe('compareGroupKeys', () => {
  it('orders by code unit, independent of locale, with the empty value last', () => {
    expect(['b', NO_GROUP, 'B', 'a', 'Ä'].sort(compareGroupKeys)).toEqual(['B', 'a', 'b', 'Ä', NO_GROUP]);
  });
});
