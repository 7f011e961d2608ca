import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayCounter } from '../../src/core/business-days.js';
import { durationDays, timeToFill, timeToFillDays, timeToHire, timeToStart } from '../../src/core/durations.js';
import { firstYearAttrition, leftInFirstYear } from '../../src/core/first-year.js';
import { type HireValues, hireValues, hireValuesByGroup, KEPT_VALUES_UP_TO, PackedNumbers, packedHireValues, valuesToRead } from '../../src/core/hire-values.js';
import { assembleKpis, computeKpis, hireValueContext, kpiValues } from '../../src/core/kpis.js';
import { onTimeRate, startedOnTime } from '../../src/core/on-time.js';
import { hireQuality, qualityOfHire } from '../../src/core/quality.js';
import { candidateSatisfaction, managerSatisfaction, scoresOf } from '../../src/core/satisfaction.js';
import { countOutcomes } from '../../src/core/stats/count-outcomes.js';
import { fillMeasure } from '../../src/core/time-to-fill.js';
import type { Hire } from '../../src/core/types.js';
import { columnsWithout, makeContext, makeHire } from '../builders.js';

/** The lists of some values as arrays, to compare packed values with those of hireValues. */
function asArrays(values: HireValues): HireValues {
  const list = (numbers: ArrayLike<number>) => Array.from(numbers);
  return {
    ...values,
    timeToFill: list(values.timeToFill),
    timeToHire: list(values.timeToHire),
    timeToStart: list(values.timeToStart),
    quality: list(values.quality),
    managerSatisfaction: list(values.managerSatisfaction),
    candidateSatisfaction: list(values.candidateSatisfaction),
  };
}

describe('the values of some hires', () => {
  // R = 2025-12-31, calendar days.
  // A: opened 01-01, applied 01-10, accepted 01-31, started 03-01 (needed 03-01), rating 5 on 1–5, managers 8
  // B: opened 01-01, accepted 03-02, started 04-01 (needed 03-15), probation failed, candidates 9
  const hires = [
    makeHire({ vacancyOpened: '2025-01-01', applicationDate: '2025-01-10', offerAccepted: '2025-01-31', startDate: '2025-03-01', neededBy: '2025-03-01', performanceRating: 5, managerSatisfaction: 8 }),
    makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-03-02', startDate: '2025-04-01', neededBy: '2025-03-15', probationPassed: false, candidateSatisfaction: 9 }),
  ];
  const values = kpiValues(hires, makeContext({ asOf: '2025-12-31' }));

  it('lists each duration of the hires that have it, in their order', () => {
    // fill: A 01-01 → 01-31 = 30, B 01-01 → 03-02 = 31 + 28 + 1 = 60; hire: only A, 01-10 → 01-31 = 21;
    // start: A 01-31 → 03-01 = 29, B 03-02 → 04-01 = 30
    expect(values).toMatchObject({ hires: 2, timeToFill: [30, 60], timeToHire: [21], timeToStart: [29, 30] });
  });

  it('lists the qualities and scores, and counts the outcomes', () => {
    // quality: A rating 5 on 1–5 → 1; B probation failed → 0; no first year over by R
    // on time: A 03-01 ≤ 03-01 yes, B 04-01 > 03-15 no
    expect(values).toMatchObject({
      quality: [1, 0],
      managerSatisfaction: [8],
      candidateSatisfaction: [9],
      onTime: { successes: 1, n: 2 },
      leftInFirstYear: { successes: 0, n: 0 },
    });
  });
});

const dayArbitrary = fc.option(fc.integer({ min: 19_700, max: 20_500 }), { nil: null });
const hireArbitrary: fc.Arbitrary<Hire> = fc.record({
  line: fc.integer({ min: 2, max: 1000 }),
  hireId: fc.constant(null),
  vacancyOpened: dayArbitrary,
  statedTimeToFill: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
  applicationDate: dayArbitrary,
  offerAccepted: dayArbitrary,
  startDate: dayArbitrary,
  neededBy: dayArbitrary,
  performanceRating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  probationPassed: fc.option(fc.boolean(), { nil: null }),
  leftDate: dayArbitrary,
  managerSatisfaction: fc.option(fc.double({ min: 1, max: 10, noNaN: true }), { nil: null }),
  candidateSatisfaction: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
  salary: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
  dims: fc.constant(new Map<string, string>()),
});
const contextArbitrary = fc.record({
  dayCount: fc.constantFrom('calendar' as const, 'business' as const),
  without: fc.subarray(['vacancy_opened', 'start_date', 'needed_by', 'left_date', 'performance_rating'] as const),
});

describe('the values read in one pass', () => {
  it('are the lists and counts each KPI reads on its own', () => {
    fc.assert(
      fc.property(fc.array(hireArbitrary, { maxLength: 30 }), contextArbitrary, (hires, { dayCount, without }) => {
        const ctx = makeContext({ dayCount, columns: columnsWithout(...without) });
        const days = dayCounter(ctx.dayCount, ctx.holidays);
        const fill = fillMeasure(ctx.columns, ctx.dayCount, days);
        const values = hireValues(hires, { asOf: ctx.asOf, days, fill, performance: ctx.scales.performance, columns: ctx.columns });
        expect(values).toEqual({
          hires: hires.length,
          timeToFill: timeToFillDays(hires, fill),
          timeToHire: durationDays(hires, 'timeToHire', days),
          timeToStart: durationDays(hires, 'timeToStart', days),
          quality: scoresOf(hires, (hire) => hireQuality(hire, ctx.asOf, ctx.scales.performance, ctx.columns)),
          managerSatisfaction: scoresOf(hires, (hire) => hire.managerSatisfaction),
          candidateSatisfaction: scoresOf(hires, (hire) => hire.candidateSatisfaction),
          onTime: countOutcomes(hires, startedOnTime),
          leftInFirstYear: countOutcomes(hires, (hire) => leftInFirstYear(hire, ctx.asOf)),
        });
      }),
    );
  });

  it('are, packed into typed arrays, the values of hireValues', () => {
    fc.assert(
      fc.property(fc.array(hireArbitrary, { maxLength: 30 }), contextArbitrary, (hires, { dayCount, without }) => {
        const ctx = makeContext({ dayCount, columns: columnsWithout(...without) });
        const days = dayCounter(ctx.dayCount, ctx.holidays);
        const valueCtx = { asOf: ctx.asOf, days, fill: fillMeasure(ctx.columns, ctx.dayCount, days), performance: ctx.scales.performance, columns: ctx.columns };
        expect(asArrays(packedHireValues(hires, valueCtx))).toEqual(hireValues(hires, valueCtx));
      }),
    );
  });

  it('pack whole days in 4 bytes each and keep a fraction, a large number and −0 as they are', () => {
    const list = new PackedNumbers(5);
    list.push(14);
    list.push(-3);
    expect(list.values()).toEqual(Int32Array.of(14, -3));
    list.push(7.5);
    list.push(2 ** 40);
    list.push(-0);
    expect([...list.values()]).toEqual([14, -3, 7.5, 2 ** 40, -0]);
    expect(Object.is(list.values()[4], -0)).toBe(true);
  });

  it('are, read for the hires and their groups in one pass, those of the hires and of each group on its own', () => {
    const departments = fc.constantFrom('ICT', 'Zorg', null);
    const groupOf = (hire: Hire) => hire.dims.get('department') ?? '';
    fc.assert(
      fc.property(fc.array(fc.tuple(hireArbitrary, departments), { maxLength: 30 }), contextArbitrary, (pairs, { dayCount, without }) => {
        const hires = pairs.map(([hire, department]) => ({ ...hire, dims: new Map(department === null ? [] : [['department', department]]) }));
        const valueCtx = hireValueContext(makeContext({ dayCount, columns: columnsWithout(...without) }));
        const { all, groups } = hireValuesByGroup(hires, groupOf, valueCtx);
        expect(all).toEqual(hireValues(hires, valueCtx));
        expect([...groups.keys()].sort()).toEqual([...new Set(hires.map(groupOf))].sort());
        for (const [key, values] of groups) expect(values).toEqual(hireValues(hires.filter((hire) => groupOf(hire) === key), valueCtx));
      }),
    );
  });

  it('are the same whether a report reads them into arrays or into typed arrays', () => {
    const ctx = makeContext({ asOf: '2025-12-31' });
    const days = dayCounter(ctx.dayCount, ctx.holidays);
    const valueCtx = { asOf: ctx.asOf, days, fill: fillMeasure(ctx.columns, ctx.dayCount, days), performance: ctx.scales.performance, columns: ctx.columns };
    const hire = makeHire({ vacancyOpened: '2025-01-01', applicationDate: '2025-01-10', offerAccepted: '2025-01-31', startDate: '2025-03-01', managerSatisfaction: 8 });
    // One hire more than are kept in arrays: typed arrays.
    const many = Array.from({ length: KEPT_VALUES_UP_TO + 1 }, () => hire);
    const packed = valuesToRead(many, valueCtx);
    expect(packed.timeToHire).toBeInstanceOf(Int32Array);
    expect(asArrays(packed)).toEqual(hireValues(many, valueCtx));
    // As many as are kept: arrays.
    const few = many.slice(1);
    expect(Array.isArray(valuesToRead(few, valueCtx).timeToHire)).toBe(true);
  });

  it('give the KPIs that each KPI function gives from the hires', () => {
    fc.assert(
      fc.property(fc.array(hireArbitrary, { maxLength: 30 }), contextArbitrary, (hires, { dayCount, without }) => {
        const ctx = makeContext({ dayCount, columns: columnsWithout(...without) });
        const days = dayCounter(ctx.dayCount, ctx.holidays);
        const { kpis, reasons } = computeKpis({ hires, vacancies: hires, costs: null, hours: null }, ctx);
        const byHire = {
          timeToFill: timeToFill(hires, fillMeasure(ctx.columns, ctx.dayCount, days)),
          timeToHire: timeToHire(hires, days, ctx.columns),
          timeToStart: timeToStart(hires, days, ctx.columns),
          onTimeRate: onTimeRate(hires, ctx.columns),
          qualityOfHire: qualityOfHire(hires, ctx.asOf, ctx.scales.performance, ctx.columns),
          firstYearAttrition: firstYearAttrition(hires, ctx.asOf, ctx.columns),
          managerSatisfaction: managerSatisfaction(hires, ctx.scales.satisfaction, ctx.columns),
          candidateSatisfaction: candidateSatisfaction(hires, ctx.scales.satisfaction, ctx.columns),
        };
        for (const [key, measured] of Object.entries(byHire)) {
          expect(kpis[key as keyof typeof byHire]).toEqual(measured.kpi);
          expect(reasons[key as keyof typeof byHire] ?? null).toEqual(measured.reason);
        }
      }),
    );
  });
});

describe('assembleKpis', () => {
  it('makes the hire KPIs from the values it is given', () => {
    // The values of two other hires: time to hire 10 and 20 days → mean 15
    const ctx = makeContext();
    const values = kpiValues([makeHire({ applicationDate: '2025-02-19' }), makeHire({ applicationDate: '2025-02-09' })], ctx);
    const parts = { hires: [makeHire(), makeHire()], vacancies: [], costs: { external: 0, internal: 0, time: 0, businessTime: 0, total: 0 }, effortHours: 0, sources: { costs: false, hours: false } };
    expect(assembleKpis(parts, ctx, values).kpis.timeToHire.mean).toBe(15);
  });
});
