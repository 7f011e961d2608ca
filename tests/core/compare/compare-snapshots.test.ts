import { describe, expect, it } from 'vitest';
import { compareSnapshots, refusals, type SnapshotBasis, type SnapshotFigures } from '../../../src/core/compare/compare-snapshots.js';
import type { KpiFigures } from '../../../src/core/compare/kpi-metrics.js';
import type { ProcessFigures } from '../../../src/core/compare/process-metrics.js';
import { day } from '../../builders.js';

const none = { mean: null, median: null };
function kpis(hires: number, costPerHire: number | null, medianFill: number | null): KpiFigures {
  return {
    hires,
    openVacancies: { count: 0, age: none },
    costs: { total: costPerHire === null ? 0 : costPerHire * hires },
    costPerHire,
    costPerHireComparable: null,
    externalCostPerHire: null,
    internalCostPerHire: null,
    recruitingCostRatio: null,
    timeToFill: { mean: medianFill, median: medianFill },
    timeToHire: none,
    timeToStart: none,
    onTimeRate: { value: null },
    qualityOfHire: { value: null },
    firstYearAttrition: { value: null },
    managerSatisfaction: { mean: null },
    candidateSatisfaction: { mean: null },
    effortHoursPerHire: null,
  };
}

const BASIS: SnapshotBasis = {
  businessRoles: ['hiring_manager', 'interviewer'],
  scales: { performance: { min: 1, max: 5 }, satisfaction: { min: 1, max: 10 } },
};

/** A snapshot; with an empty samples block unless `extra` says otherwise. */
function snapshot(label: string, start: string, end: string, figures: KpiFigures, extra: Partial<SnapshotFigures> = {}): SnapshotFigures {
  const samples = { proportions: {}, means: {}, values: {} };
  return { period: { label, start: day(start), end: day(end) }, currency: 'EUR', dayCount: 'calendar', basis: BASIS, reasons: {}, notes: {}, kpis: figures, value: null, groups: null, samples, ...extra };
}

describe('compareSnapshots', () => {
  it('compares a year with the year before, figure by figure', () => {
    // snapshots of an rkpi that did not save samples
    const comparison = compareSnapshots(
      snapshot('2024', '2024-01-01', '2024-12-31', kpis(70, 4100, 48), { samples: null }),
      snapshot('2025', '2025-01-01', '2025-12-31', kpis(80, 3900, 45), { samples: null }),
    );
    const byKey = new Map(comparison.changes.map((c) => [c.key, c]));
    // cost per hire 4100 → 3900: −200, −200 / 4100 = −0.04878…, lower is better
    expect(byKey.get('costPerHire')).toMatchObject({ change: -200, verdict: 'better' });
    expect(byKey.get('costPerHire')?.relativeChange).toBeCloseTo(-0.04878, 5);
    // total cost 70 × 4100 = 287000 → 80 × 3900 = 312000: +25000, worse
    expect(byKey.get('costs.total')).toMatchObject({ change: 25000, verdict: 'worse' });
    expect(byKey.get('timeToFill.median')).toMatchObject({ change: -3, verdict: 'better' });
    expect(byKey.get('hires')).toMatchObject({ change: 10, verdict: 'changed' });
    // without samples the durations are judged by their direction, and the comparison says so
    expect(comparison.warnings).toEqual([
      'neither snapshot carries the samples behind its figures (saved by an older rkpi), so no interval could be computed; verdicts go by direction alone',
    ]);
    // better: cost per hire (−4.9 %), fill median, fill mean; worse: total cost (+8.7 %); changed: hires, hires per month
    expect(comparison.counts).toMatchObject({ better: 3, worse: 1, changed: 2, 'within noise': 0 });
  });

  it('puts intervals on the figures whose samples the snapshots carry', () => {
    // 30 fills a side, 40–69 days against 41–70: one day slower, well within noise
    const fills = (from: number) => Array.from({ length: 30 }, (_, i) => from + i);
    const samples = (from: number) => ({ proportions: {}, means: {}, values: { timeToFill: { n: 30, sorted: fills(from) } } });
    const comparison = compareSnapshots(
      snapshot('2024', '2024-01-01', '2024-12-31', kpis(30, 4000, 54.5), { samples: samples(40) }),
      snapshot('2025', '2025-01-01', '2025-12-31', kpis(30, 4000, 55.5), { samples: samples(41) }),
      { confidence: 0.9, materiality: 0.02 },
    );
    const median = comparison.changes.find((c) => c.key === 'timeToFill.median');
    expect(median).toMatchObject({ change: 1, verdict: 'within noise', sampleSizes: { baseline: 30, current: 30 } });
    expect(median?.interval?.low).toBeLessThan(0);
    expect(median?.interval?.high).toBeGreaterThan(1);
    expect(comparison.warnings).toEqual([]);
  });

  it('says which snapshot lacks the samples', () => {
    const samples = { proportions: {}, means: {}, values: {} };
    const comparison = compareSnapshots(
      snapshot('2024', '2024-01-01', '2024-12-31', kpis(3, 4000, 40), { samples: null }),
      snapshot('2025', '2025-01-01', '2025-12-31', kpis(3, 4000, 40), { samples }),
    );
    expect(comparison.warnings).toEqual([
      'the baseline snapshot does not carry the samples behind its figures (saved by an older rkpi), so no interval could be computed; verdicts go by direction alone',
    ]);
  });

  it('warns when the periods differ in length and compares hires per month', () => {
    const comparison = compareSnapshots(
      snapshot('2025-Q1', '2025-01-01', '2025-03-31', kpis(21, 4000, 40)),
      snapshot('2025', '2025-01-01', '2025-12-31', kpis(80, 4000, 40)),
    );
    expect(comparison.warnings).toEqual([
      'the periods differ in length: 2025-Q1 (2025-01-01 to 2025-03-31, 3 months) against 2025 (2025-01-01 to 2025-12-31, 12 months); compare hires per month rather than hires',
    ]);
    // 21 / 3 = 7 a month against 80 / 12 = 6.666…
    const perMonth = comparison.changes.find((c) => c.key === 'hiresPerMonth');
    expect(perMonth?.baseline).toBe(7);
    expect(perMonth?.current).toBeCloseTo(6.6667, 4);
  });

  it('warns when the business roles or the scales differ, and names the figures they make unlike', () => {
    const year = (label: string, basis: SnapshotBasis) => snapshot(label, `${label}-01-01`, `${label}-12-31`, kpis(10, 4000, 40), { basis });
    const comparison = compareSnapshots(
      year('2024', BASIS),
      year('2025', {
        businessRoles: ['interviewer', 'hiring_manager', 'management'],
        scales: { performance: { min: 1, max: 10 }, satisfaction: { min: 1, max: 5 } },
      }),
    );
    expect(comparison.warnings).toEqual([
      'the business roles differ (hiring_manager, interviewer against hiring_manager, interviewer, management); not like for like: cost per hire comparable, effort hours per hire',
      'the performance scales differ (1–5 against 1–10); not like for like: quality of hire',
      'the satisfaction scales differ (1–10 against 1–5); not like for like: manager satisfaction, candidate satisfaction',
    ]);
  });

  it('names the value too when both snapshots have one', () => {
    const value = { value: 1, weightedScore: 80 };
    const year = (label: string, basis: SnapshotBasis) => snapshot(label, `${label}-01-01`, `${label}-12-31`, kpis(10, 4000, 40), { basis, value });
    const comparison = compareSnapshots(year('2024', BASIS), year('2025', { ...BASIS, businessRoles: ['management'] }));
    expect(comparison.warnings).toEqual([
      'the business roles differ (hiring_manager, interviewer against management); not like for like: cost per hire comparable, effort hours per hire, the value',
    ]);
  });

  it('warns when the agreed first-response or feedback times differ, as the shares within them are then unlike', () => {
    const agreed = (agreement: number) => ({ median: 3, agreement, withinAgreement: { value: 0.5 } });
    const process = (days: number, hours: number): ProcessFigures => ({
      applications: 100,
      funnel: [{ stage: 'applied', passThrough: 0.5 }],
      conversion: 0.05,
      outcomes: { withdrawn: { share: 0.1 } },
      offerAcceptanceRate: { value: 0.8 },
      timeToFirstResponse: agreed(days),
      timeInStage: {},
      feedbackTime: agreed(hours),
    });
    const year = (label: string, figures: ProcessFigures | null) => snapshot(label, `${label}-01-01`, `${label}-12-31`, kpis(10, 4000, 40), { process: figures });
    expect(compareSnapshots(year('2024', process(5, 24)), year('2025', process(3, 48))).warnings).toEqual([
      'the agreed first-response times differ (5 days against 3 days); not like for like: first response within agreement',
      'the agreed feedback times differ (24 hours against 48 hours); not like for like: feedback within agreement',
    ]);
    expect(compareSnapshots(year('2024', process(5, 24)), year('2025', process(5, 24))).warnings).toEqual([]);
    // without an applications file on one side there are no process figures to compare
    expect(compareSnapshots(year('2024', null), year('2025', process(3, 48))).warnings).toEqual([]);
  });

  it('takes business roles in another order as the same', () => {
    const year = (label: string, basis: SnapshotBasis) => snapshot(label, `${label}-01-01`, `${label}-12-31`, kpis(10, 4000, 40), { basis });
    const other = { ...BASIS, businessRoles: ['interviewer', 'hiring_manager'] };
    expect(compareSnapshots(year('2024', BASIS), year('2025', other)).warnings).toEqual([]);
  });

  it('says when only one snapshot records its settings, and nothing when neither does', () => {
    const year = (label: string, basis: SnapshotBasis | null) => snapshot(label, `${label}-01-01`, `${label}-12-31`, kpis(10, 4000, 40), { basis });
    expect(compareSnapshots(year('2024', null), year('2025', BASIS)).warnings).toEqual([
      'only the current snapshot records its settings; business roles and scales are not checked',
    ]);
    expect(compareSnapshots(year('2024', null), year('2025', null)).warnings).toEqual([]);
  });

  it('compares groups row by row and marks new and gone groups', () => {
    const groups = (rows: [string, KpiFigures][]) => ({ by: 'department', rows: rows.map(([key, k]) => ({ key, kpis: k })) });
    const comparison = compareSnapshots(
      snapshot('2024', '2024-01-01', '2024-12-31', kpis(3, 5000, 50), { groups: groups([['ICT', kpis(2, 6000, 60)], ['Zorg', kpis(1, 3000, 30)]]) }),
      snapshot('2025', '2025-01-01', '2025-12-31', kpis(3, 4000, 40), { groups: groups([['HR', kpis(1, 2000, 20)], ['ICT', kpis(2, 5000, 50)]]) }),
    );
    expect(comparison.groups?.rows.map((row) => [row.key, row.status])).toEqual([
      ['HR', 'new'],
      ['ICT', 'both'],
      ['Zorg', 'gone'],
    ]);
    const ict = comparison.groups?.rows[1]?.changes.find((c) => c.key === 'costPerHire');
    expect(ict).toMatchObject({ baseline: 6000, current: 5000, change: -1000, verdict: 'better' });
    const hr = comparison.groups?.rows[0]?.changes.find((c) => c.key === 'costPerHire');
    expect(hr).toMatchObject({ baseline: null, current: 2000, verdict: 'not comparable' });
  });
});

describe('refusals', () => {
  it('refuses another currency and another day count', () => {
    const eur = snapshot('2024', '2024-01-01', '2024-12-31', kpis(1, 1, 1));
    const usdBusiness = { ...eur, currency: 'USD', dayCount: 'business' as const };
    expect(refusals(eur, usdBusiness)).toEqual([
      'the baseline is in EUR and the current snapshot in USD',
      'the baseline counts calendar days and the current snapshot business days',
    ]);
    expect(refusals(eur, eur)).toEqual([]);
  });
});
