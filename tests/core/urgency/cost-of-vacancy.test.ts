import { describe, expect, it } from 'vitest';
import { EVERY_HIRE_COLUMN } from '../../../src/core/hire-columns.js';
import { DEFAULT_DUTCH_HOLIDAY_OPTIONS } from '../../../src/core/holidays/dutch-holidays.js';
import { holidayDays } from '../../../src/core/holidays/holiday-calendar.js';
import {
  costOfVacancy,
  NO_VACANCY_COST,
  openVacancyCosts,
  totalCostPerHire,
  vacancyCostOf,
} from '../../../src/core/urgency/cost-of-vacancy.js';
import { day, makeHire } from '../../builders.js';

const DUTCH_2025 = holidayDays({ dutch: DEFAULT_DUTCH_HOLIDAY_OPTIONS, dates: [] }, 2025, 2025);
const PER_DAY = { perDay: 35_000 }; // €350 a working day
const SALARY_MULTIPLE = { salaryMultiple: 1.5, workingDaysPerYear: 230 };

// Opened Thu 2025-04-17, accepted Fri 2025-05-09. The weekdays after the 17th up to and including
// the 9th: Fri 04-18; 04-21 … 04-25 (5); 04-28 … 05-02 (5); 05-05 … 05-09 (5) = 16. Dutch holidays
// among them: Goede Vrijdag 04-18, Tweede Paasdag 04-21, Bevrijdingsdag 05-05 (a lustrum year);
// Koningsdag is Saturday 04-26. Working days: 16 − 3 = 13.
const EASTER_HIRE = makeHire({ vacancyOpened: '2025-04-17', offerAccepted: '2025-05-09' });

// Opened Mon 2025-06-02, accepted Fri 2025-06-13: 06-03 … 06-06 (4) + 06-09 … 06-13 (5) = 9 weekdays,
// of which Tweede Pinksterdag 06-09 is a holiday: 8 working days.
const WHITSUN_HIRE = makeHire({ vacancyOpened: '2025-06-02', offerAccepted: '2025-06-13', salaryEuros: 46_000 });

describe('vacancyCostOf', () => {
  it('multiplies a fixed daily cost by the working days', () => {
    expect(vacancyCostOf(PER_DAY, null, 13)).toEqual({ cost: 455_000, reason: null }); // 13 × €350 = €4 550
  });

  it('spreads salary × multiple over the working days of a year, rounded once to whole cents', () => {
    // €46 000 × 1.5 / 230 = €300.00 a day; × 8 days = €2 400.00
    expect(vacancyCostOf(SALARY_MULTIPLE, 4_600_000, 8)).toEqual({ cost: 240_000, reason: null });
    // €45 000 × 1.5 × 7 / 230 = 472 500 / 230 = €2 054.3478… → 205 435 cents
    expect(vacancyCostOf(SALARY_MULTIPLE, 4_500_000, 7)).toEqual({ cost: 205_435, reason: null });
  });

  it('cannot estimate a salary multiple without a salary', () => {
    expect(vacancyCostOf(SALARY_MULTIPLE, null, 8).cost).toBeNull();
  });
});

describe('costOfVacancy', () => {
  it('counts the working days after vacancy_opened up to and including offer_accepted, holidays left out', () => {
    // 13 working days (see EASTER_HIRE) × €350 = €4 550
    expect(costOfVacancy([EASTER_HIRE], PER_DAY, DUTCH_2025, EVERY_HIRE_COLUMN)).toEqual({
      kpi: { n: 1, workingDays: 13, total: 455_000, perHire: 455_000 },
      reason: null,
    });
    // Without holidays all 16 weekdays count: 16 × €350 = €5 600
    expect(costOfVacancy([EASTER_HIRE], PER_DAY, [], EVERY_HIRE_COLUMN).kpi.total).toBe(560_000);
  });

  it('is not measured in a hires file without a vacancy_opened or offer_accepted column, and names the column', () => {
    const hrisColumns = new Set(['start_date', 'salary'] as const);
    expect(costOfVacancy([EASTER_HIRE], PER_DAY, DUTCH_2025, hrisColumns).reason).toBe(
      'the hires file has no vacancy_opened or offer_accepted column',
    );
    const noAcceptance = new Set(['vacancy_opened', 'start_date'] as const);
    expect(costOfVacancy([EASTER_HIRE], PER_DAY, DUTCH_2025, noAcceptance).reason).toBe('the hires file has no offer_accepted column');
    expect(openVacancyCosts([EASTER_HIRE], day('2025-04-30'), PER_DAY, DUTCH_2025, hrisColumns).reason).toBe(
      'the hires file has no vacancy_opened column',
    );
  });

  it('adds up the hires and divides by those it could estimate', () => {
    // 13 + 8 = 21 working days × €350 = €7 350; per hire €3 675
    expect(costOfVacancy([EASTER_HIRE, WHITSUN_HIRE], PER_DAY, DUTCH_2025, EVERY_HIRE_COLUMN).kpi).toEqual({
      n: 2,
      workingDays: 21,
      total: 735_000,
      perHire: 367_500,
    });
  });

  it('with a salary multiple, leaves out the hires without a salary', () => {
    // Only WHITSUN_HIRE has a salary: 8 days × €46 000 × 1.5 / 230 = €2 400
    expect(costOfVacancy([EASTER_HIRE, WHITSUN_HIRE], SALARY_MULTIPLE, DUTCH_2025, EVERY_HIRE_COLUMN)).toEqual({
      kpi: { n: 1, workingDays: 8, total: 240_000, perHire: 240_000 },
      reason: null,
    });
    expect(costOfVacancy([EASTER_HIRE], SALARY_MULTIPLE, DUTCH_2025, EVERY_HIRE_COLUMN)).toEqual({
      kpi: { n: 0, workingDays: 0, total: null, perHire: null },
      reason: 'no hire in the period has a salary',
    });
  });

  it('leaves out a hire without vacancy_opened, and says so when no hire has one', () => {
    const unopened = { ...EASTER_HIRE, vacancyOpened: null } as unknown as typeof EASTER_HIRE;
    expect(costOfVacancy([unopened, WHITSUN_HIRE], PER_DAY, DUTCH_2025, EVERY_HIRE_COLUMN).kpi).toMatchObject({ n: 1, total: 280_000 }); // 8 × €350
    expect(costOfVacancy([unopened], PER_DAY, DUTCH_2025, EVERY_HIRE_COLUMN).reason).toBe('no hire in the period has a vacancy_opened');
  });

  it('is not computed without vacancyCost, nor without hires', () => {
    expect(costOfVacancy([EASTER_HIRE], null, DUTCH_2025, EVERY_HIRE_COLUMN)).toEqual({
      kpi: { n: 0, workingDays: 0, total: null, perHire: null },
      reason: NO_VACANCY_COST,
    });
    expect(costOfVacancy([], PER_DAY, DUTCH_2025, EVERY_HIRE_COLUMN).reason).toBe('no hires in the period');
  });
});

describe('totalCostPerHire', () => {
  const vacancy = costOfVacancy([EASTER_HIRE], PER_DAY, DUTCH_2025, EVERY_HIRE_COLUMN);

  it('adds the cost of vacancy per hire to the cost per hire', () => {
    // €1 375 + €4 550 = €5 925
    expect(totalCostPerHire({ kpi: 137_500, reason: null }, vacancy)).toEqual({ kpi: 592_500, reason: null });
  });

  it('is null when the cost per hire is, or the cost of vacancy is', () => {
    expect(totalCostPerHire({ kpi: null, reason: 'no costs file' }, vacancy)).toEqual({ kpi: null, reason: 'no costs file' });
    expect(totalCostPerHire({ kpi: 137_500, reason: null }, costOfVacancy([EASTER_HIRE], null, [], EVERY_HIRE_COLUMN))).toEqual({
      kpi: null,
      reason: NO_VACANCY_COST,
    });
  });
});

describe('openVacancyCosts', () => {
  const R = day('2025-06-13'); // a Friday
  // Both opened Mon 2025-06-02: 9 weekdays up to and including R, 8 working days without Tweede Pinksterdag.
  const open = makeHire({ vacancyOpened: '2025-06-02', offerAccepted: null, dims: { vacancy_id: 'V-7' } });
  const budgeted = makeHire({ hireId: 'H-9', vacancyOpened: '2025-06-02', offerAccepted: null, salaryEuros: 46_000, line: 9 });
  const filled = makeHire({ vacancyOpened: '2025-05-01', offerAccepted: '2025-06-10' });

  it('gives each vacancy open on the reference day its cost so far, by id', () => {
    const costs = openVacancyCosts([open, filled, budgeted], R, PER_DAY, DUTCH_2025, EVERY_HIRE_COLUMN);
    // 8 working days × €350 = €2 800 each; total €5 600
    expect(costs).toEqual({
      kpi: {
        count: 2,
        n: 2,
        total: 560_000,
        vacancies: [
          { vacancy: 'V-7', opened: day('2025-06-02'), workingDays: 8, cost: 280_000, reason: null },
          { vacancy: 'H-9', opened: day('2025-06-02'), workingDays: 8, cost: 280_000, reason: null },
        ],
      },
      reason: null,
    });
    expect(openVacancyCosts([open], R, PER_DAY, [], EVERY_HIRE_COLUMN).kpi.total).toBe(315_000); // 9 × €350 without holidays
  });

  it('with a salary multiple, estimates only the rows with a budgeted salary and says why not the others', () => {
    const costs = openVacancyCosts([open, budgeted], R, SALARY_MULTIPLE, DUTCH_2025, EVERY_HIRE_COLUMN).kpi;
    // H-9: €46 000 × 1.5 / 230 = €300 a day × 8 = €2 400
    expect(costs).toMatchObject({ count: 2, n: 1, total: 240_000 });
    expect(costs.vacancies.map((v) => [v.vacancy, v.cost, v.reason])).toEqual([
      ['V-7', null, 'no salary on its row to estimate vacancyCost.salaryMultiple from'],
      ['H-9', 240_000, null],
    ]);
    expect(openVacancyCosts([open], R, SALARY_MULTIPLE, DUTCH_2025, EVERY_HIRE_COLUMN).reason).toBe(
      'no open vacancy has a salary to estimate vacancyCost.salaryMultiple from',
    );
  });

  it('names a vacancy by its line when the row has no id', () => {
    const bare = makeHire({ vacancyOpened: '2025-06-02', offerAccepted: null, line: 4 });
    expect(openVacancyCosts([bare], R, PER_DAY, [], EVERY_HIRE_COLUMN).kpi.vacancies[0]?.vacancy).toBe('line 4');
  });

  it('is null without open vacancies or without vacancyCost', () => {
    expect(openVacancyCosts([filled], R, PER_DAY, DUTCH_2025, EVERY_HIRE_COLUMN)).toEqual({
      kpi: { count: 0, n: 0, total: null, vacancies: [] },
      reason: 'no vacancy open on 2025-06-13',
    });
    expect(openVacancyCosts([open], R, null, DUTCH_2025, EVERY_HIRE_COLUMN).reason).toBe(NO_VACANCY_COST);
  });
});
