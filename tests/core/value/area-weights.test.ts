import { describe, expect, it } from 'vitest';
import { consensusOrder, meanWeights, normaliseWeights, topAreas } from '../../../src/core/value/area-weights.js';
import { byArea, deepFreeze } from './builders.js';

describe('normaliseWeights', () => {
  it('scales hand-set weights to sum 1 and counts a missing area as 0', () => {
    expect(normaliseWeights(deepFreeze({ bestFit: 30, timelyDelivery: 10 }))).toEqual(byArea([0.75, 0.25, 0, 0, 0, 0]));
  });

  it('gives null when every weight is 0', () => {
    expect(normaliseWeights({})).toBeNull();
  });

  it('rejects a negative weight', () => {
    expect(() => normaliseWeights({ bestFit: -1, rightCosts: 2 })).toThrow(RangeError);
  });
});

describe('meanWeights', () => {
  it('averages per area', () => {
    expect(meanWeights([byArea([1, 0, 0, 0, 0, 0]), byArea([0, 0, 0, 0, 0.5, 0.5])])).toEqual(
      byArea([0.5, 0, 0, 0, 0.25, 0.25]),
    );
  });
});

describe('consensusOrder', () => {
  it('sorts by weight and breaks ties by area order', () => {
    expect(consensusOrder(byArea([0.1, 0.3, 0.3, 0.1, 0.1, 0.1]))).toEqual([
      'timelyDelivery',
      'serviceQuality',
      'bestFit',
      'candidateExperience',
      'rightCosts',
      'rightEffort',
    ]);
  });

  it('treats weights that differ only by float noise as tied', () => {
    expect(consensusOrder(byArea([0.2, 0.2 + 1e-15, 0.2, 0.2, 0.1, 0.1]))[0]).toBe('bestFit');
  });
});

describe('topAreas', () => {
  it('takes exactly three areas, never one with weight 0', () => {
    expect(topAreas(byArea([0.1, 0.4, 0.2, 0.1, 0.2, 0]))).toEqual(['timelyDelivery', 'serviceQuality', 'rightCosts']);
    expect(topAreas(byArea([0.5, 0, 0, 0, 0.5, 0]))).toEqual(['bestFit', 'rightCosts']);
  });

  it('has no top areas when every area weighs the same', () => {
    expect(topAreas(byArea([1, 1, 1, 1, 1, 1]))).toEqual([]);
    // four equal weighted areas and two at 0: still no ranking among the four
    expect(topAreas(byArea([0.25, 0.25, 0, 0.25, 0.25, 0]))).toEqual([]);
  });
});
