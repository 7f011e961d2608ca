import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_KEYS } from '../../../src/core/value/areas.js';
import { aggregateWeights, type StakeholderRanking } from '../../../src/core/value/aggregate-weights.js';
import { byArea, deepFreeze } from './builders.js';

// ROC for six positions, over a common denominator of 360:
// 147/360, 87/360, 57/360, 37/360, 22/360, 10/360.
const ann: StakeholderRanking = { stakeholder: 'Ann', group: 'MT', ranks: byArea([1, 2, 3, 4, 5, 6]) };
const bob: StakeholderRanking = { stakeholder: 'Bob', group: 'HR', ranks: byArea([6, 5, 4, 3, 2, 1]) };
const cas: StakeholderRanking = { stakeholder: 'Cas', group: 'HR', ranks: byArea([6, 5, 4, 3, 2, 1]) };
const rows = deepFreeze([ann, bob, cas]);

function expectWeights(actual: Record<string, number>, expected: readonly number[]): void {
  AREA_KEYS.forEach((key, i) => expect(actual[key], key).toBeCloseTo(expected[i] ?? Number.NaN, 12));
}

describe('aggregateWeights', () => {
  it('averages every stakeholder equally by default', () => {
    // bestFit = (147 + 10 + 10) / 360 / 3 = 167/1080; rightEffort = (10 + 147 + 147) / 1080 = 304/1080
    const result = aggregateWeights(rows, { method: 'roc', balanceGroups: false });
    expectWeights(result?.weights ?? {}, [167 / 1080, 131 / 1080, 131 / 1080, 151 / 1080, 196 / 1080, 304 / 1080]);
    expect(result?.order).toEqual(['rightEffort', 'rightCosts', 'bestFit', 'candidateExperience', 'timelyDelivery', 'serviceQuality']);
    expect(result?.top3).toEqual(['rightEffort', 'rightCosts', 'bestFit']);
    expect(result?.stakeholders).toBe(3);
  });

  it('with balanceGroups averages the group means, so MT weighs as much as all of HR', () => {
    // MT = Ann; HR = Bob = Cas, the reverse. bestFit = (147 + 10) / 360 / 2 = 157/720 = rightEffort
    const result = aggregateWeights(rows, { method: 'roc', balanceGroups: true });
    expectWeights(result?.weights ?? {}, [157 / 720, 109 / 720, 94 / 720, 94 / 720, 109 / 720, 157 / 720]);
    expect(result?.top3).toEqual(['bestFit', 'rightEffort', 'timelyDelivery']);
  });

  it('reports each group side by side, in order of first appearance', () => {
    const result = aggregateWeights(rows, { method: 'roc', balanceGroups: false });
    expect(result?.groups.map((g) => [g.group, g.stakeholders])).toEqual([
      ['MT', 1],
      ['HR', 2],
    ]);
    expect(result?.groups[1]?.order[0]).toBe('rightEffort');
    expect(result?.groups[0]?.weights.bestFit).toBeCloseTo(147 / 360, 12);
  });

  it('puts stakeholders without a group together in one group', () => {
    const dee = { stakeholder: 'Dee', group: null, ranks: byArea([6, 5, 4, 3, 2, 1]) };
    const eve = { stakeholder: 'Eve', group: null, ranks: byArea([6, 5, 4, 3, 2, 1]) };
    const result = aggregateWeights([ann, dee, eve], { method: 'roc', balanceGroups: true });
    expect(result?.groups.map((g) => g.group)).toEqual(['MT', null]);
    expect(result?.weights.bestFit).toBeCloseTo(157 / 720, 12);
  });

  it('uses the chosen method', () => {
    const result = aggregateWeights([ann], { method: 'rank-sum', balanceGroups: false });
    expect(result?.weights.bestFit).toBeCloseTo(12 / 42, 12);
    expect(result?.method).toBe('rank-sum');
  });

  it('gives null without stakeholders', () => {
    expect(aggregateWeights([], { method: 'roc', balanceGroups: false })).toBeNull();
  });

  it('does not depend on the order of the rows and always sums to 1', () => {
    const ranking = fc.tuple(...AREA_KEYS.map(() => fc.integer({ min: 1, max: 6 })));
    const row = fc.record({
      stakeholder: fc.string(),
      group: fc.constantFrom('MT', 'HR', null),
      ranks: ranking.map((ranks) => byArea(ranks as [number, number, number, number, number, number])),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.boolean(), (list, balanceGroups) => {
        const forward = aggregateWeights(list, { method: 'roc', balanceGroups });
        const backward = aggregateWeights([...list].reverse(), { method: 'roc', balanceGroups });
        const total = AREA_KEYS.reduce((s, key) => s + (forward?.weights[key] ?? 0), 0);
        expect(total).toBeCloseTo(1, 12);
        for (const key of AREA_KEYS) expect(backward?.weights[key]).toBeCloseTo(forward?.weights[key] ?? Number.NaN, 12);
      }),
    );
  });
});
