import { describe, expect, it } from 'vitest';
import { areasChart, valueTiles } from '../../src/render/areas-chart.js';
import { formatter } from '../../src/render/format.js';
import type { ValueDocument } from '../../src/render/value-document.js';

type Area = ValueDocument['areas'][number];

const area = (key: Area['key'], index: number | null, missesTarget: boolean | null, weight: number): Area =>
  ({ key, index, weight, measured: index !== null, missesTarget }) as Area;

const doc = {
  value: 0.92,
  reason: null,
  weightedScore: 93.2,
  tolerance: 0.1,
  belowTarget: ['timelyDelivery'],
  areas: [
    area('bestFit', 1.02, false, 0.3),
    area('timelyDelivery', 0.74, true, 0.25),
    area('serviceQuality', null, null, 0.15),
    area('candidateExperience', 0.97, true, 0.1),
    area('rightCosts', 1.05, false, 0.12),
    area('rightEffort', 0.8, true, 0.08),
  ],
} as unknown as ValueDocument;

describe('areasChart', () => {
  const chart = areasChart(doc, formatter('en', 'EUR'), 'en');

  it('gives every area its index, weight and verdict: meets the target, misses it, or not measured', () => {
    expect(chart.rows.map((row) => [row.key, row.index, row.weight, row.verdict])).toEqual([
      ['bestFit', 1.02, 'Weight 30.0%', 'better'],
      ['timelyDelivery', 0.74, 'Weight 25.0%', 'worse'],
      ['serviceQuality', null, 'Weight 15.0%', 'not comparable'],
      ['candidateExperience', 0.97, 'Weight 10.0%', 'worse'],
      ['rightCosts', 1.05, 'Weight 12.0%', 'better'],
      ['rightEffort', 0.8, 'Weight 8.0%', 'worse'],
    ]);
    expect(chart.rows[2]?.text).toBe('not measured');
  });

  it('shades the on-target band 1 ± tolerance for the cost and effort areas only', () => {
    expect(chart.rows.map((row) => row.band)).toEqual([null, null, null, null, [0.9, 1.1], [0.9, 1.1]]);
  });
});

describe('valueTiles', () => {
  it('shows the value, the weighted score and the top-3 areas below target by name', () => {
    const tiles = valueTiles(doc, formatter('nl', 'EUR'), 'nl').tiles;
    expect(tiles.map((tile) => tile.text)).toEqual(['0,92', '93,2 / 100', '1']);
    expect(tiles[2]).toMatchObject({ detail: 'Tijdige levering', verdict: 'worse' });
  });
});

describe('the top-3 tile', () => {
  const top3 = ['bestFit', 'timelyDelivery', 'serviceQuality'];
  const tile = (extra: Partial<ValueDocument>) =>
    valueTiles({ ...doc, top3, belowTarget: [], unmeasured: [], ...extra } as ValueDocument, formatter('en', 'EUR'), 'en').tiles[2];

  it('calls the top 3 on target only when every area of it is measured', () => {
    expect(tile({})).toMatchObject({ text: '0', detail: 'Every top-3 area is on target', verdict: 'better' });
    expect(tile({ unmeasured: ['serviceQuality'] })).toMatchObject({ detail: 'Every measured top-3 area is on target', verdict: 'better' });
  });

  it('gives no verdict when no area of the top 3 is measured', () => {
    expect(tile({ unmeasured: ['bestFit', 'timelyDelivery', 'serviceQuality', 'rightEffort'] })).toMatchObject({
      text: '–',
      detail: 'Not measured among the top 3: Best Fit, Timely Delivery, Service Quality',
      verdict: 'not comparable',
    });
  });

  it('names the areas below target', () => {
    expect(tile({ belowTarget: ['timelyDelivery'], unmeasured: ['serviceQuality'] })).toMatchObject({ text: '1', detail: 'Timely Delivery', verdict: 'worse' });
  });
});
