import { describe, expect, it } from 'vitest';
import {
  rankOrderCentroid,
  rankSum,
  rankWeights,
  reciprocalRank,
  weightsFromRanking,
} from '../../../src/core/value/weights.js';
import { byArea, deepFreeze } from './builders.js';

const round4 = (values: readonly number[]) => values.map((v) => Number(v.toFixed(4)));
const sum = (values: readonly number[]) => values.reduce((total, v) => total + v, 0);

describe('rankOrderCentroid', () => {
  it('gives 0.4083, 0.2417, 0.1583, 0.1028, 0.0611, 0.0278 for six areas', () => {
    expect(round4(rankOrderCentroid(6))).toEqual([0.4083, 0.2417, 0.1583, 0.1028, 0.0611, 0.0278]);
  });

  it('gives exactly 49/120, 29/120, 19/120, 37/360, 11/180, 1/36 (summing to 1)', () => {
    const expected = [49 / 120, 29 / 120, 19 / 120, 37 / 360, 11 / 180, 1 / 36];
    rankOrderCentroid(6).forEach((w, i) => expect(w).toBeCloseTo(expected[i] ?? Number.NaN, 12));
    expect(sum(rankOrderCentroid(6))).toBeCloseTo(1, 12);
  });

  it('gives 1 for a single item and 3/4, 1/4 for two', () => {
    expect(rankOrderCentroid(1)).toEqual([1]);
    expect(rankOrderCentroid(2)).toEqual([0.75, 0.25]);
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => rankOrderCentroid(0)).toThrow(RangeError);
    expect(() => rankOrderCentroid(2.5)).toThrow(RangeError);
  });
});

describe('rankSum', () => {
  it('gives 0.2857, 0.2381, 0.1905, 0.1429, 0.0952, 0.0476 for six areas', () => {
    // 2(7 − i) / 42: 12/42, 10/42, 8/42, 6/42, 4/42, 2/42
    expect(round4(rankSum(6))).toEqual([0.2857, 0.2381, 0.1905, 0.1429, 0.0952, 0.0476]);
    expect(sum(rankSum(6))).toBeCloseTo(1, 12);
  });
});

describe('reciprocalRank', () => {
  it('gives 0.4082, 0.2041, 0.1361, 0.1020, 0.0816, 0.0680 for six areas', () => {
    // Σ 1/k = 49/20 = 2.45, so w_i = (1/i) / 2.45
    expect(round4(reciprocalRank(6))).toEqual([0.4082, 0.2041, 0.1361, 0.102, 0.0816, 0.068]);
    expect(sum(reciprocalRank(6))).toBeCloseTo(1, 12);
  });
});

describe('rankWeights', () => {
  it('picks the table of the method', () => {
    expect(rankWeights(6, 'roc')).toEqual(rankOrderCentroid(6));
    expect(rankWeights(6, 'rank-sum')).toEqual(rankSum(6));
    expect(rankWeights(6, 'reciprocal')).toEqual(reciprocalRank(6));
  });
});

describe('weightsFromRanking', () => {
  it('gives each area the weight of its position', () => {
    const weights = weightsFromRanking(byArea([6, 5, 4, 3, 2, 1]));
    expect(weights.rightEffort).toBeCloseTo(49 / 120, 12);
    expect(weights.bestFit).toBeCloseTo(1 / 36, 12);
  });

  it('gives two areas tied at rank 2 the mean of positions 2 and 3', () => {
    // (29/120 + 19/120) / 2 = 24/120 = 0.2
    const weights = weightsFromRanking(byArea([1, 2, 2, 4, 5, 6]));
    expect(weights.timelyDelivery).toBeCloseTo(0.2, 12);
    expect(weights.serviceQuality).toBeCloseTo(0.2, 12);
    expect(weights.candidateExperience).toBeCloseTo(37 / 360, 12);
    expect(sum(Object.values(weights))).toBeCloseTo(1, 12);
  });

  it('reads dense tie numbering (1,2,2,3,4,5) as the same ordering as (1,2,2,4,5,6)', () => {
    expect(weightsFromRanking(byArea([1, 2, 2, 3, 4, 5]))).toEqual(weightsFromRanking(byArea([1, 2, 2, 4, 5, 6])));
  });

  it('gives every area 1/6 when all six are tied', () => {
    for (const w of Object.values(weightsFromRanking(byArea([1, 1, 1, 1, 1, 1]), 'reciprocal'))) {
      expect(w).toBeCloseTo(1 / 6, 12);
    }
  });

  it('shares a three-way tie over positions 4..6 with rank-sum', () => {
    // rank-sum positions 4, 5, 6: 6/42, 4/42, 2/42 → mean 4/42
    const weights = weightsFromRanking(byArea([1, 2, 3, 4, 4, 4]), 'rank-sum');
    expect(weights.rightEffort).toBeCloseTo(4 / 42, 12);
    expect(weights.bestFit).toBeCloseTo(12 / 42, 12);
  });

  it('does not write into the ranking', () => {
    const ranks = deepFreeze(byArea([2, 1, 3, 4, 5, 6]));
    expect(weightsFromRanking(ranks).timelyDelivery).toBeCloseTo(49 / 120, 12);
  });
});
