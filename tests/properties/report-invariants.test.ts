import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/core/day.js';
import { costArbitrary, type DataSet, dataSetArbitrary, figuresOf, reportOver, scratchFolder } from './data-sets.js';

/**
 * Invariants of `rkpi report` that must hold for any valid data, run through the CLI over
 * generated CSV files. Few runs each: every run is a whole report.
 */
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 20), seed: Number(process.env.PROPERTY_SEED ?? 6) };
/** Generous: the runs are quick alone, slower when the whole suite runs in parallel. */
const TIMEOUT = 60_000;
const scratch = scratchFolder();
afterAll(scratch.remove);

/** Σ over the rows of a list, in cents, for figures rounded to cents. */
const cents = (euros: number): number => Math.round(euros * 100);

describe('report invariants', () => {
  it('gives the same figures whatever the order of the rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        dataSetArbitrary,
        fc.func(fc.integer()),
        async (data, rank) => {
          const shuffle = <T>(rows: readonly T[]): T[] =>
            rows.map((row, i) => ({ row, key: rank(i) })).sort((a, b) => a.key - b.key).map(({ row }) => row);
          const shuffled: DataSet = { ...data, hires: shuffle(data.hires), costs: shuffle(data.costs), hours: shuffle(data.hours) };
          const args = ['--by', 'department'];
          expect(figuresOf(await reportOver(scratch.path, shuffled, args))).toEqual(figuresOf(await reportOver(scratch.path, data, args)));
        },
      ),
      RUNS,
    );
  }, TIMEOUT);

  it('splits hires and costs over the groups so that they add up to the total, to the cent', async () => {
    await fc.assert(
      fc.asyncProperty(dataSetArbitrary, fc.constantFrom('department', 'channel'), async (data, by) => {
        const report = await reportOver(scratch.path, data, ['--by', by]);
        const rows = report.groups!.rows;
        expect(rows.reduce((sum, row) => sum + row.kpis.hires, 0)).toBe(report.kpis.hires);
        const groupCents = rows.reduce((sum, row) => sum + cents(row.kpis.costs.total), 0) + cents(report.groups!.unallocatedCost);
        expect(groupCents).toBe(cents(report.kpis.costs.total));
        for (const row of rows) expect(cents(row.directCost) + cents(row.allocatedCost)).toBe(cents(row.kpis.costs.total));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('scales cost per hire by k when every amount and rate is scaled by k', async () => {
    await fc.assert(
      fc.asyncProperty(dataSetArbitrary, fc.constantFrom(2, 3, 7, 10, 100), async (data, k) => {
        const scaled: DataSet = {
          hires: data.hires.map((hire) => ({ ...hire, salaryCents: hire.salaryCents === null ? null : hire.salaryCents * k })),
          costs: data.costs.map((cost) => ({ ...cost, amountCents: cost.amountCents * k })),
          hours: data.hours.map((entry) => ({ ...entry, rateEuros: entry.rateEuros === null ? null : entry.rateEuros * k })),
          rates: Object.fromEntries(Object.entries(data.rates).map(([role, rate]) => [role, rate * k])) as DataSet['rates'],
        };
        const base = await reportOver(scratch.path, data);
        const times = await reportOver(scratch.path, scaled);
        // Totals are whole cents and scale exactly; a per-hire figure is rounded to the cent after dividing.
        expect(cents(times.kpis.costs.total)).toBe(cents(base.kpis.costs.total) * k);
        if (base.kpis.costPerHire === null) expect(times.kpis.costPerHire).toBeNull();
        else expect(Math.abs(cents(times.kpis.costPerHire!) - cents(base.kpis.costPerHire) * k)).toBeLessThanOrEqual(k / 2 + 0.5);
        // A ratio of two scaled amounts does not move at all.
        expect(times.kpis.recruitingCostRatio).toEqual(base.kpis.recruitingCostRatio);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('ignores a cost or hours row dated outside the period', async () => {
    const outside = fc.oneof(
      fc.integer({ min: dayFromIso('2020-01-01')!, max: dayFromIso('2024-12-31')! }),
      fc.integer({ min: dayFromIso('2026-01-01')!, max: dayFromIso('2030-12-31')! }),
    );
    await fc.assert(
      fc.asyncProperty(dataSetArbitrary, costArbitrary, outside, fc.boolean(), async (data, cost, date, asHours) => {
        // The file is given on both sides: without one, its figures are not measured rather than 0.
        fc.pre(asHours ? data.hours.length > 0 : data.costs.length > 0);
        // Added at the end, so no other row's line number changes.
        const more: DataSet = asHours
          ? { ...data, hours: [...data.hours, { date, quarters: 8, role: 'recruiter', rateEuros: 60, department: cost.department, person: null }] }
          : { ...data, costs: [...data.costs, { ...cost, amountCents: Math.abs(cost.amountCents), date }] };
        const args = ['--period', '2025', '--by', 'department'];
        const without = await reportOver(scratch.path, data, args);
        const withRow = await reportOver(scratch.path, more, args);
        expect({ ...withRow, inputs: null }).toEqual({ ...without, inputs: null });
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('leaves a cost figure null exactly when its file is left out, never 0', async () => {
    await fc.assert(
      fc.asyncProperty(dataSetArbitrary, async (data) => {
        // reportOver leaves out a file without rows
        const { kpis } = await reportOver(scratch.path, data, ['--period', '2025']);
        const costs = kpis.costs as unknown as Record<string, number | null>;
        expect(costs.total === null).toBe(data.costs.length === 0);
        expect(costs.external === null).toBe(data.costs.length === 0);
        expect(costs.time === null).toBe(data.hours.length === 0);
        expect(kpis.effortHours === null).toBe(data.hours.length === 0);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
