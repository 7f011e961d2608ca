import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * fixtures/small, period 2025-H1, as of its end (R = 2025-06-30), worked out by hand:
 * - hires H1 (offer 02-05), H2 (03-05), H3 (04-02); V1 is open since 05-01.
 * - costs in H1: external 1000.00 (Sales) + 500.50 (shared); internal 300.00 (shared);
 *   the 999.00 of 2025-07-01 is outside the period.
 * - hours: recruiter 10 h × €50 = 500.00 (Sales), hiring manager 4 h × €70 = 280.00 (Sales),
 *   interviewer 2.5 h × €80 (row rate) = 200.00 (IT). Business roles: hiring manager, interviewer.
 */
async function smallReport(...extra: string[]) {
  const result = await runCli(
    ['report', 'hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv', '--period', '2025-H1', '--as-of', '2025-06-30', '-f', 'json', ...extra],
    { cwd: 'fixtures/small' },
  );
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout);
}

describe('rkpi report on fixtures/small', () => {
  it('adds up the costs and divides them by the hires', async () => {
    const { kpis } = await smallReport();
    // external 1000.00 + 500.50 = 1500.50; internal 300.00; time 500 + 280 + 200 = 980.00
    expect(kpis.costs).toEqual({ external: 1500.5, internal: 300, time: 980, businessTime: 480, total: 2780.5 });
    expect(kpis.hires).toBe(3);
    expect(kpis.costPerHire).toBe(926.83); // 2780.50 / 3 = 926.833…
    expect(kpis.costPerHireComparable).toBe(766.83); // (2780.50 − 280 − 200) / 3 = 766.833…
    expect(kpis.externalCostPerHire).toBe(500.17); // 1500.50 / 3 = 500.166…
    expect(kpis.internalCostPerHire).toBe(426.67); // (300 + 980) / 3 = 426.666…
    // cost per hire / mean salary of the hires with one: 926.833… / ((40000 + 50000) / 2) × 100
    expect(kpis.recruitingCostRatio).toBe(2.0596);
    expect(kpis.effortHoursPerHire).toBe(2.17); // (4 + 2.5) h / 3
  });

  it('computes the durations in calendar days', async () => {
    const { kpis } = await smallReport();
    // fill: 01-06→02-05 = 30, 02-03→03-05 = 30 (February has 28 days), 02-21→04-02 = 7 + 31 + 2 = 40
    // p90: sorted 30, 30, 40; h = (3 − 1) × 0.9 = 1.8 → 30 + 0.8 × (40 − 30) = 38
    expect(kpis.timeToFill).toEqual({ n: 3, mean: 33.33, median: 30, p90: 38, min: 30, max: 40 });
    // hire: 01-20→02-05 = 16, 02-10→03-05 = 18 + 5 = 23; p90 = 16 + 0.9 × 7 = 22.3
    expect(kpis.timeToHire).toEqual({ n: 2, mean: 19.5, median: 19.5, p90: 22.3, min: 16, max: 23 });
    // start: 02-05→03-03 = 23 + 3 = 26, 03-05→03-17 = 12, 04-02→05-01 = 29; p90 = 26 + 0.8 × 3 = 28.4
    expect(kpis.timeToStart).toEqual({ n: 3, mean: 22.33, median: 26, p90: 28.4, min: 12, max: 29 });
    // V1 opened 05-01, open on 06-30: 30 + 30 = 60 days
    expect(kpis.openVacancies).toEqual({ count: 1, age: { n: 1, mean: 60, median: 60, p90: 60, min: 60, max: 60 } });
  });

  it('scores on-time delivery, quality and satisfaction', async () => {
    const { kpis, reasons } = await smallReport();
    // H1 starts 03-03 after needed 03-01 (late), H2 starts 03-17 before 04-01 (on time); H3 has no needed_by
    expect(kpis.onTimeRate).toEqual({ n: 2, value: 0.5 });
    // H1: mean((4 − 1) / 4, 1) = 0.875; H2: probation failed = 0; H3: (5 − 1) / 4 = 1 → (0.875 + 0 + 1) / 3
    expect(kpis.qualityOfHire).toEqual({ n: 3, value: 0.625 });
    // manager: (8 + 6) / 2 = 7 → (7 − 1) / 9; candidate: (9 + 7) / 2 = 8 → (8 − 1) / 9
    expect(kpis.managerSatisfaction).toEqual({ n: 2, mean: 7, normalised: 0.6667 });
    expect(kpis.candidateSatisfaction).toEqual({ n: 2, mean: 8, normalised: 0.7778 });
    expect(kpis.firstYearAttrition).toEqual({ n: 0, value: null });
    expect(reasons.firstYearAttrition).toBe('no hire has completed a first year by 2025-06-30');
  });

  it('splits the costs over the departments so that they add up to the total', async () => {
    const { groups } = await smallReport('--by', 'department');
    // shared: external 500.50 and internal 300.00, by hires Sales 2 : IT 1
    // external 50050 cents → 33366.67 / 16683.33 → largest remainder to Sales: 333.67 / 166.83
    // internal 30000 cents → 200.00 / 100.00
    const [it, sales] = groups.rows;
    expect(sales).toMatchObject({ key: 'Sales', directCost: 1780, allocatedCost: 533.67 }); // 1000 + 500 + 280
    expect(it).toMatchObject({ key: 'IT', directCost: 200, allocatedCost: 266.83 });
    expect(sales.kpis.costs.total).toBe(2313.67);
    expect(it.kpis.costs.total).toBe(466.83);
    expect(sales.kpis.costPerHire).toBe(1156.84); // 2313.67 / 2 = 1156.835, rounded half up
    expect(Math.round((sales.kpis.costs.total + it.kpis.costs.total) * 100)).toBe(278050);
  });

  it('counts in working days with --business-days', async () => {
    const { kpis } = await smallReport('--business-days');
    // Mon 01-06 → Wed 02-05: working days after the 6th up to the 5th = 22;
    // Mon 02-03 → Wed 03-05: 22; Fri 02-21 → Wed 04-02: 5 + 21 + 2 = 28 (no holidays configured)
    expect(kpis.timeToFill).toMatchObject({ n: 3, min: 22, max: 28, median: 22 });
  });

  it('judges first years on the as-of date, today by default, and counts open vacancies at the period end', async () => {
    // No --as-of: R = today, 2026-11-23 on the tests' clock. Every first year is over by R
    // (starts 03-03, 03-17 and 05-01 of 2025, + 365 days ≤ 2026-11-23) and no hire left:
    const result = await runCli(
      ['report', 'hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv', '--period', '2025-H1', '-f', 'json'],
      { cwd: 'fixtures/small' },
    );
    const { asOf, openVacanciesOn, kpis } = JSON.parse(result.stdout);
    expect([asOf, openVacanciesOn]).toEqual(['2026-11-23', '2025-06-30']);
    // attrition 0 left / 3 first years over
    expect(kpis.firstYearAttrition).toEqual({ n: 3, value: 0 });
    // quality with the retention signal (1 for each): H1 (0.75 + 1 + 1) / 3 = 0.91667;
    // H2 (0 + 1) / 2 = 0.5; H3 (1 + 1) / 2 = 1 → (0.91667 + 0.5 + 1) / 3 = 0.80556
    expect(kpis.qualityOfHire).toEqual({ n: 3, value: 0.8056 });
    // V1 is still counted at the period end: open on 2025-06-30, 60 days old
    expect(kpis.openVacancies).toEqual({ count: 1, age: { n: 1, mean: 60, median: 60, p90: 60, min: 60, max: 60 } });
  });
});
