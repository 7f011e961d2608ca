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

describe('reading the process figures of a snapshot', () => {
  const process = {
    kpis: {
      applications: 200,
      funnel: [{ stage: 'applied', passThrough: 0.5 }],
      conversion: 0.05,
      outcomes: { withdrawn: { share: 0.1 } },
      offerAcceptanceRate: { value: 0.8 },
      timeToFirstResponse: { median: 4, agreement: 5, withinAgreement: { value: 0.6 } },
      timeInStage: { screening: { median: 3 } },
      feedbackTime: { median: 30, agreement: 24, withinAgreement: { value: 0.4 } },
    },
    reasons: {},
  };

  it('takes them when the report had an applications file', () => {
    expect(figuresFromJson({ ...snapshot(undefined), process }, 'with.json').process?.conversion).toBe(0.05);
  });

  it('has none for a report without one, saved before the block existed or with process null', () => {
    expect(figuresFromJson(snapshot(undefined), 'old.json').process).toBeNull();
    expect(figuresFromJson({ ...snapshot(undefined), process: null }, 'none.json').process).toBeNull();
  });

  it('keeps the agreed times the within-agreement shares were measured against', () => {
    const figures = figuresFromJson({ ...snapshot(undefined), process }, 'with.json').process;
    expect([figures?.timeToFirstResponse.agreement, figures?.feedbackTime.agreement]).toEqual([5, 24]);
  });

  it('refuses a share outside 0..1, as it does for the hires figures', () => {
    const broken = { ...process, kpis: { ...process.kpis, conversion: 1.5 } };
    expect(() => readSnapshot({ ...snapshot(undefined), process: broken }, 'edited.json')).toThrow('key "process.kpis.conversion": a share lies in 0..1');
  });
});
