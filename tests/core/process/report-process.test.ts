import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report.js';
import { makeApplication, makeCost, makeHire, makeOptions } from '../../builders.js';

const hires = [
  makeHire({ offerAccepted: '2025-03-10', performanceRating: 5, dims: { channel: 'Indeed', department: 'Zorg' } }), // quality (5 − 1) / 4 = 1
  makeHire({ offerAccepted: '2025-03-20', performanceRating: 3, dims: { channel: 'Werken bij', department: 'ICT' } }), // quality 0.5
];
const costs = [makeCost({ date: '2025-03-05', amountEuros: 300, dims: { channel: 'Indeed' } }), makeCost({ date: '2025-03-06', amountEuros: 200 })];
const applications = [
  makeApplication({ applied: '2025-03-03', hired: '2025-03-10', dims: { channel: 'Indeed', department: 'Zorg' } }),
  makeApplication({ applied: '2025-03-04', rejected: '2025-03-05', dims: { channel: 'Indeed', department: 'Zorg' } }),
  makeApplication({ applied: '2025-03-05', withdrawn: '2025-03-06', dims: { channel: 'Werken bij' } }),
  makeApplication({ applied: '2025-03-06', dims: { channel: 'LinkedIn', department: 'Finance' } }),
];
const records = { hires, costs, hours: null, applications };

describe('the process figures of a report', () => {
  it('are null without an applications file', () => {
    expect(buildReport({ hires, costs, hours: null }, makeOptions({ period: '2025-03' })).process).toBeNull();
  });

  it('cost each channel as the --by channel groups do: direct costs plus the allocated share', () => {
    const report = buildReport(records, makeOptions({ period: '2025-03' }));
    const rows = report.process?.kpis.channels ?? [];
    // €200 shared over the two channels with a hire, €100 each: Indeed €300 + €100, Werken bij €0 + €100
    expect(rows.map((row) => [row.channel, row.cost, row.qualityOfHire])).toEqual([
      ['Indeed', 40000, 1],
      ['LinkedIn', 0, null],
      ['Werken bij', 10000, 0.5],
    ]);
    // Indeed: 2 applications, 1 hire → €200 per application, €400 per hire
    expect(rows[0]).toMatchObject({ costPerApplication: 20000, costPerHire: 40000 });
    const byChannel = buildReport(records, makeOptions({ period: '2025-03', by: 'channel' })).groups?.rows ?? [];
    expect(byChannel.map((row) => [row.key, (row.directCost ?? 0) + (row.allocatedCost ?? 0)])).toEqual([
      ['Indeed', 40000],
      ['LinkedIn', 0],
      ['Werken bij', 10000],
    ]);
  });

  it('are computed per group, with a row for a group only the applications have and the applications without the attribute in the group without a value', () => {
    const report = buildReport(records, makeOptions({ period: '2025-03', by: 'department' }));
    const rows = report.groups?.rows ?? [];
    expect(rows.map((row) => [row.key, row.kpis.hires, row.process?.kpis.applications])).toEqual([
      ['Finance', 0, 1],
      ['ICT', 1, 0],
      ['Zorg', 1, 2],
      ['', 0, 1],
    ]);
    expect(rows[2]?.process?.kpis.conversion).toBe(0.5);
    expect(report.process?.kpis.applications).toBe(4);
  });

  it('carry their samples, of the period and of each group', () => {
    const report = buildReport(records, makeOptions({ period: '2025-03', by: 'department' }));
    // 1 hired of 4 applications; in Zorg 1 of 2
    expect(report.samples.kpis.proportions['process.conversion']).toEqual({ successes: 1, n: 4 });
    const zorg = report.samples.groups?.find((group) => group.key === 'Zorg');
    expect(zorg?.samples.proportions['process.conversion']).toEqual({ successes: 1, n: 2 });
  });

  it('take the applications into the span of a report without a period (the hires\' vacancies open on 2025-01-01)', () => {
    const early = [makeApplication({ applied: '2024-12-01', rejected: '2024-12-03' })];
    expect(buildReport({ hires, costs: null, hours: null, applications: early }, makeOptions()).period.label).toBe('2024-12-01..2025-03-20');
  });

  it('give a group of its own to applications of an earlier cohort interviewed or decided in the period', () => {
    // Ann's candidate applied in February: no March cohort, but interviewed on 3 March with
    // feedback on the 10th (7 days = 168 h) and an offer declined on the 20th, both counted in March.
    const earlier = [
      makeApplication({ applied: '2025-02-20', interview: '2025-03-03', feedback: '2025-03-10', offer: '2025-03-12', declined: '2025-03-20', dims: { hiring_manager: 'Ann' } }),
      makeApplication({ applied: '2025-03-04', rejected: '2025-03-05', dims: { hiring_manager: 'Bob' } }),
    ];
    const report = buildReport({ hires: [], costs: null, hours: null, applications: earlier }, makeOptions({ period: '2025-03', by: 'hiring_manager' }));
    const ann = report.groups?.rows.find((row) => row.key === 'Ann')?.process?.kpis;
    expect(ann).toMatchObject({ applications: 0, feedbackTime: { n: 1, median: 168 }, offerAcceptanceRate: { n: 1, value: 0 } });
    expect(report.process?.kpis.feedbackTime.n).toBe(1);
  });
});
