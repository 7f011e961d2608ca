import { describe, expect, it } from 'vitest';
import { columnsFromApplications, EVERY_HIRE_COLUMN, type HireColumn, hireDay, lackingAll, lackingAny } from '../../src/core/hire-columns.js';
import { buildReport } from '../../src/core/report.js';
import type { Hire } from '../../src/core/types.js';
import { columnsWithout, day, makeHire, makeOptions } from '../builders.js';

/** The report of 2025 over hires from a file with only the given columns; judged on 2026-06-30. */
const reportOf = (hires: Hire[], columns: readonly HireColumn[], dayCount: 'calendar' | 'business' = 'calendar') =>
  buildReport({ hires, costs: [], hours: [], hireColumns: new Set(columns) }, makeOptions({ period: '2025', asOf: '2026-06-30', dayCount }));

describe('the reasons for a missing column', () => {
  it('names the one column, or all the columns of which none is there', () => {
    const has = new Set<HireColumn>(['start_date']);
    expect(lackingAll(has, 'salary')).toBe('the hires file has no salary column');
    expect(lackingAll(has, 'vacancy_opened', 'time_to_fill')).toBe('the hires file has no vacancy_opened or time_to_fill column');
    expect(lackingAll(has, 'performance_rating', 'probation_passed', 'left_date')).toBe(
      'the hires file has no performance_rating, probation_passed or left_date column',
    );
    expect(lackingAll(has, 'start_date', 'left_date')).toBeNull();
  });

  it('names the columns a figure needs all of', () => {
    const has = new Set<HireColumn>(['start_date']);
    expect(lackingAny(has, 'start_date', 'left_date')).toBe('the hires file has no left_date column');
    expect(lackingAny(has, 'offer_accepted', 'application_date')).toBe('the hires file has no offer_accepted or application_date column');
    expect(lackingAny(EVERY_HIRE_COLUMN, 'start_date', 'left_date')).toBeNull();
  });
});

describe('the reasons for hires taken from the applications file', () => {
  it('say there is no hires file, and which column the applications file does not give', () => {
    const has = columnsFromApplications(['application_date', 'offer_accepted']);
    expect(lackingAll(has, 'start_date')).toBe('no hires file, and the applications file has no start_date column');
    expect(lackingAny(has, 'vacancy_opened', 'offer_accepted')).toBe('no hires file, and the applications file has no vacancy_opened column');
    expect(lackingAll(has, 'offer_accepted')).toBeNull();
  });
});

describe('hireDay', () => {
  const hire = makeHire({ offerAccepted: null, startDate: '2025-03-03' });

  it('is offer_accepted, or start_date in a file without an offer_accepted column', () => {
    expect(hireDay(hire, EVERY_HIRE_COLUMN)).toBeNull();
    expect(hireDay(hire, new Set(['start_date']))).toBe(day('2025-03-03'));
  });
});

describe('a report on an HRIS export: start and leaving dates only', () => {
  // Started 2025-01-06 (left 2025-09-30), 2025-03-03, 2024-11-04 (before the period); no offer dates.
  const hires = [
    makeHire({ vacancyOpened: null, offerAccepted: null, startDate: '2025-01-06', leftDate: '2025-09-30', performanceRating: 4 }),
    makeHire({ vacancyOpened: null, offerAccepted: null, startDate: '2025-03-03', performanceRating: 2 }),
    makeHire({ vacancyOpened: null, offerAccepted: null, startDate: '2024-11-04' }),
  ];
  const report = reportOf(hires, ['start_date', 'left_date', 'performance_rating']);

  it('counts the hires in the period of their start date', () => {
    expect(report.kpis.hires).toBe(2);
  });

  it('names the missing column as the reason of every figure that needs one', () => {
    expect(report.reasons).toMatchObject({
      openVacancies: 'the hires file has no vacancy_opened column',
      timeToFill: 'the hires file has no vacancy_opened or time_to_fill column',
      timeToHire: 'the hires file has no application_date or offer_accepted column',
      timeToStart: 'the hires file has no offer_accepted column',
      onTimeRate: 'the hires file has no needed_by column',
      managerSatisfaction: 'the hires file has no manager_satisfaction column',
      candidateSatisfaction: 'the hires file has no candidate_satisfaction column',
      recruitingCostRatio: 'the hires file has no salary column',
    });
    expect(report.kpis.openVacancies.count).toBeNull();
    expect(report.distributions.openVacancyAge).toEqual([]);
  });

  it('measures first-year attrition and the retention signal on the as-of date', () => {
    // As of 2026-06-30 both first years are over (2026-01-06, 2026-03-03 ≤ R); the first hire left
    // after 267 days: 1 / 2
    expect(report.kpis.firstYearAttrition).toEqual({ n: 2, value: 0.5 });
    // quality: (rating (4 − 1) / 4 = 0.75, left → 0) → 0.375; (rating 0.25, stayed → 1) → 0.625; mean 0.5
    expect(report.kpis.qualityOfHire).toEqual({ n: 2, value: 0.5 });
  });
});

describe('a file without left_date', () => {
  const hires = [makeHire({ startDate: '2024-01-08', performanceRating: 5 })];
  const report = reportOf(hires, columnsWithout('left_date'));

  it('does not measure first-year attrition, rather than count every hire as staying', () => {
    expect(report.kpis.firstYearAttrition).toEqual({ n: 0, value: null });
    expect(report.reasons.firstYearAttrition).toBe('the hires file has no left_date column');
  });

  it('leaves the retention signal out of quality of hire', () => {
    // probation failed → 0; the first year is over by R and no left_date, but that is no sign of
    // staying: quality 0, not (0 + 1) / 2 = 0.5
    const failed = [makeHire({ startDate: '2024-01-08', probationPassed: false })];
    expect(reportOf(failed, columnsWithout('left_date')).kpis.qualityOfHire).toEqual({ n: 1, value: 0 });
    // rating 5 on 1–5 → 1
    expect(report.kpis.qualityOfHire).toEqual({ n: 1, value: 1 });
  });

  it('names the missing columns when no quality signal can exist', () => {
    const bare = reportOf([makeHire()], ['offer_accepted', 'vacancy_opened', 'start_date']);
    expect(bare.reasons.qualityOfHire).toBe('the hires file has no performance_rating, probation_passed or left_date column');
  });
});

describe("time to fill from the file's own time_to_fill column", () => {
  // No vacancy_opened: the ATS's 30 and 50 days; the third hire has none
  const hires = [
    makeHire({ vacancyOpened: null, statedTimeToFill: 30 }),
    makeHire({ vacancyOpened: null, statedTimeToFill: 50 }),
    makeHire({ vacancyOpened: null }),
  ];
  const columns: HireColumn[] = ['offer_accepted', 'time_to_fill'];

  it('takes the stated days as they are, and bins them', () => {
    // mean (30 + 50) / 2 = 40; p90 = 30 + 0.9 × 20 = 48
    const report = reportOf(hires, columns);
    expect(report.kpis.timeToFill).toEqual({ n: 2, mean: 40, median: 40, p90: 48, min: 30, max: 50 });
    expect(report.distributions.timeToFill.reduce((sum, bin) => sum + bin.count, 0)).toBe(2);
  });

  it('does not measure time to fill in working days, rather than mix two units', () => {
    const report = reportOf(hires, columns, 'business');
    expect(report.kpis.timeToFill.n).toBe(0);
    expect(report.reasons.timeToFill).toBe(
      'the time_to_fill column holds days as the ATS counted them, which cannot be recounted as working days',
    );
  });

  it('is not used where the file has vacancy_opened and offer_accepted', () => {
    // opened 2025-01-01, accepted 2025-03-01: 59 days, whatever the stated 30
    const report = reportOf([makeHire({ statedTimeToFill: 30 })], ['vacancy_opened', 'offer_accepted', 'time_to_fill']);
    expect(report.kpis.timeToFill.mean).toBe(59);
  });
});

describe('open vacancies in a file that counts hires on their start date', () => {
  it('are rows opened by the period end that have not started by then', () => {
    // R (period end) = 2025-12-31: opened 2025-11-01, starts 2026-01-05 → open, 60 days;
    // opened 2025-10-01, started 2025-12-01 → filled
    const rows = [
      makeHire({ vacancyOpened: '2025-11-01', offerAccepted: null, startDate: '2026-01-05' }),
      makeHire({ vacancyOpened: '2025-10-01', offerAccepted: null, startDate: '2025-12-01' }),
    ];
    const options = makeOptions({ period: '2025', asOf: '2025-12-31' });
    const report = buildReport({ hires: rows, costs: [], hours: [], hireColumns: new Set(['vacancy_opened', 'start_date']) }, options);
    expect(report.kpis.openVacancies).toMatchObject({ count: 1, age: { n: 1, mean: 60 } });
    expect(report.kpis.hires).toBe(1);
  });
});
