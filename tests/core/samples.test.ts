import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.js';
import { groupHires, groupTable } from '../../src/core/grouping.js';
import { RecordList } from '../../src/core/record-list.js';
import { reportSamples, sampledWhenMeasured, samplesOf } from '../../src/core/samples.js';
import { thinRank, thinSorted } from '../../src/core/stats/thin-sorted.js';
import { makeContext, makeHire, makeOptions } from '../builders.js';

describe('samplesOf', () => {
  // R = 2025-12-31. Three hires:
  // A opened 01-01, applied 01-10, accepted 01-31, started 03-01 (needed 03-01), rating 5, managers 8
  // B opened 01-01, accepted 03-02, started 04-01 (needed 03-15), rating 1, managers 6, candidates 9
  // C opened 02-01, accepted 02-11, no start
  const hires = [
    makeHire({ vacancyOpened: '2025-01-01', applicationDate: '2025-01-10', offerAccepted: '2025-01-31', startDate: '2025-03-01', neededBy: '2025-03-01', performanceRating: 5, managerSatisfaction: 8 }),
    makeHire({ vacancyOpened: '2025-01-01', offerAccepted: '2025-03-02', startDate: '2025-04-01', neededBy: '2025-03-15', performanceRating: 1, managerSatisfaction: 6, candidateSatisfaction: 9 }),
    makeHire({ vacancyOpened: '2025-02-01', offerAccepted: '2025-02-11' }),
  ];
  const open = [makeHire({ vacancyOpened: '2025-12-01', offerAccepted: null }), makeHire({ vacancyOpened: '2025-11-01', offerAccepted: null })];
  const samples = samplesOf(hires, [...hires, ...open], makeContext({ asOf: '2025-12-31' }));

  it('counts the hires behind each share', () => {
    // on time: A (03-01 ≤ 03-01) yes, B (04-01 > 03-15) no, C has no dates; no first year over by R
    expect(samples.proportions).toEqual({ onTimeRate: { successes: 1, n: 2 }, firstYearAttrition: { successes: 0, n: 0 } });
  });

  it('summarises the values behind each mean', () => {
    // fills 30, 60, 10 → mean 100 / 3 = 33.333, sd √((3.333² + 26.667² + 23.333²) / 2) = √(1266.667 / 2) = 25.166
    expect(samples.means.timeToFill).toEqual({ n: 3, mean: expect.closeTo(33.3333, 4), sd: expect.closeTo(25.1661, 4) });
    // quality: A rating 5 on 1–5 → 1, B rating 1 → 0: mean 0.5, sd √((0.25 + 0.25) / 1) = 0.7071
    expect(samples.means.qualityOfHire).toEqual({ n: 2, mean: 0.5, sd: expect.closeTo(0.7071, 4) });
    expect(samples.means.managerSatisfaction).toEqual({ n: 2, mean: 7, sd: expect.closeTo(1.4142, 4) });
    expect(samples.means.candidateSatisfaction).toEqual({ n: 1, mean: 9, sd: null });
    // time to hire only for A: 21 days, one value
    expect(samples.means.timeToHire).toEqual({ n: 1, mean: 21, sd: null });
  });

  it('keeps the durations and open-vacancy ages sorted', () => {
    expect(samples.values.timeToFill).toEqual({ n: 3, sorted: [10, 30, 60] });
    // A: 01-31 → 03-01 = 29 days; B: 03-02 → 04-01 = 30 days
    expect(samples.values.timeToStart).toEqual({ n: 2, sorted: [29, 30] });
    // open on 12-31 since 12-01 and 11-01: 30 and 60 days
    expect(samples.values.openVacancyAge).toEqual({ n: 2, sorted: [30, 60] });
  });

  it('has no mean where there is no value', () => {
    expect(samplesOf([], [], makeContext()).means.timeToFill).toBeNull();
  });
});

describe('the samples of a report', () => {
  it('are kept per group, in the order of the groups', () => {
    const records = {
      hires: [makeHire({ dims: { department: 'Zorg' }, vacancyOpened: '2025-01-01', offerAccepted: '2025-01-21' }), makeHire({ dims: { department: 'ICT' } })],
      costs: [],
      hours: [],
    };
    const report = buildReport(records, makeOptions({ period: '2025', by: 'department' }));
    expect(report.samples.groups?.map((row) => row.key)).toEqual(report.groups?.rows.map((row) => row.key));
    expect(report.samples.groups?.find((row) => row.key === 'Zorg')?.samples.values.timeToFill).toEqual({ n: 1, sorted: [20] });
    expect(report.samples.valuesCap).toBe(100_000);
  });
});

describe('sampledWhenMeasured', () => {
  it('takes each group’s samples from the values its KPIs are measured from, as reportSamples would take them', () => {
    const hires = [
      makeHire({ dims: { department: 'Zorg' }, vacancyOpened: '2025-01-01', offerAccepted: '2025-01-21', managerSatisfaction: 7 }),
      makeHire({ dims: { department: 'ICT' }, vacancyOpened: '2025-02-01', offerAccepted: '2025-02-11' }),
      makeHire({ dims: { department: 'Zorg' }, vacancyOpened: '2025-03-01', offerAccepted: '2025-03-31' }),
      makeHire({ dims: { department: 'ICT' }, vacancyOpened: '2025-11-01', offerAccepted: null }),
    ];
    const ctx = makeContext({ asOf: '2025-12-31' });
    const input = { hires: RecordList.of(hires).filter((hire) => hire.offerAccepted !== null), costs: null, hours: null, vacancies: RecordList.of(hires.slice(3)) };
    const grouped = groupHires(input, 'department', ctx);
    const asked: string[] = [];
    const counted = { ...grouped, values: (key: string) => (asked.push(key), grouped.values(key)) };
    const taken = new Map();
    const groups = groupTable(input, 'department', ctx, null, sampledWhenMeasured(counted, ctx, taken));
    // ICT, Zorg: each group's values asked for once, by its KPIs; the samples then ask for none.
    expect(asked).toEqual(['ICT', 'Zorg']);
    const samples = reportSamples(input, ctx, groups, counted, undefined, taken);
    expect(asked).toEqual(['ICT', 'Zorg']);
    expect(samples).toEqual(reportSamples(input, ctx, groups, grouped));
    // Zorg's fills: 01-01 → 01-21 = 20 days, 03-01 → 03-31 = 30 days
    expect(samples.groups?.find((row) => row.key === 'Zorg')?.samples.values.timeToFill).toEqual({ n: 2, sorted: [20, 30] });
  });
});

describe('thinSorted', () => {
  it('keeps every value up to the cap, and evenly spaced ones above it', () => {
    expect(thinSorted([1, 2, 3], 10)).toEqual([1, 2, 3]);
    // ranks round(i · 6 / 3) for i = 0..3: 0, 2, 4, 6
    expect(thinSorted([1, 2, 3, 4, 5, 6, 7], 4)).toEqual([1, 3, 5, 7]);
    // 10 values to 4: ranks round(i · 9 / 3) = 0, 3, 6, 9
    expect(thinSorted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 3, 6, 9]);
  });

  it('keeps rank round(i · (n − 1) / (cap − 1)), halves rounded up', () => {
    // 6 values to 5: i · 5 / 4 = 1.25, 2.5, 3.75 → 1, 3, 4
    expect([1, 2, 3].map((i) => thinRank(i, 6, 5))).toEqual([1, 3, 4]);
  });
});
