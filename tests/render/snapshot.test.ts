import { describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/render/snapshot.js';

const figuresFromJson = (json: unknown, name: string) => readSnapshot(json, name).figures;

const kpis = {
  hires: 2,
  openVacancies: { count: 0, age: { mean: null, median: null } },
  costs: { total: 0 },
  costPerHire: 0,
  costPerHireComparable: 0,
  externalCostPerHire: 0,
  internalCostPerHire: 0,
  recruitingCostRatio: null,
  timeToFill: { mean: 35, median: 35, p90: 39 },
  timeToHire: { mean: null, median: null },
  timeToStart: { mean: null, median: null },
  onTimeRate: { value: 0.5 },
  qualityOfHire: { value: null },
  firstYearAttrition: { value: null },
  managerSatisfaction: { mean: null },
  candidateSatisfaction: { mean: null },
  effortHoursPerHire: null,
};
const snapshot = (samples: unknown) => ({
  schemaVersion: 1,
  period: { label: '2025', start: '2025-01-01', end: '2025-12-31' },
  settings: { currency: 'EUR', dayCount: 'calendar' },
  kpis,
  groups: null,
  ...(samples === undefined ? {} : { samples }),
});
const samples = (values: number[], onTime = { successes: 1, n: 2 }) => ({
  valuesCap: 100000,
  kpis: { proportions: { onTimeRate: onTime }, means: { timeToFill: { n: 2, mean: 35, sd: 7.0711 } }, values: { timeToFill: { n: 2, sorted: values } } },
  groups: null,
});

describe('reading the samples of a snapshot', () => {
  it('takes them as the comparison needs them, the values in ascending order', () => {
    const figures = figuresFromJson(snapshot(samples([40, 30])), 'report.json');
    expect(figures.samples?.proportions.onTimeRate).toEqual({ successes: 1, n: 2 });
    expect(Array.from(figures.samples?.values.timeToFill?.sorted ?? [])).toEqual([30, 40]);
  });

  it('reads a snapshot without them as one without intervals', () => {
    expect(figuresFromJson(snapshot(undefined), 'old.json').samples).toBeNull();
  });

  it('refuses counts that cannot be', () => {
    expect(() => figuresFromJson(snapshot(samples([30, 40], { successes: 3, n: 2 })), 'edited.json')).toThrow(
      'edited.json: key "samples.kpis.proportions.onTimeRate": successes must not exceed n',
    );
  });
});
