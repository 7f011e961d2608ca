import { describe, expect, it } from 'vitest';
import { EVERY_HIRE_COLUMN } from '../../../src/core/hire-columns.js';
import { openVacanciesNow } from '../../../src/core/urgency/open-vacancies-now.js';
import { day, makeHire } from '../../builders.js';

const R = day('2025-06-13'); // a Friday
const perDay = { perDay: 35000 };

describe('openVacanciesNow', () => {
  it('lists the vacancies open on the as-of date, longest open first, with days open and the cost so far', () => {
    const rows = [
      makeHire({ vacancyOpened: '2025-06-02', offerAccepted: null, dims: { vacancy_id: 'VAC-2', hiring_manager: 'Rob Mulder', role: 'Verpleegkundige' } }),
      makeHire({ vacancyOpened: '2025-05-26', offerAccepted: '2025-06-20', dims: { vacancy_id: 'VAC-1' } }),
      makeHire({ vacancyOpened: '2025-05-01', offerAccepted: '2025-06-01', dims: { vacancy_id: 'filled' } }),
      makeHire({ vacancyOpened: '2025-06-16', offerAccepted: null, dims: { vacancy_id: 'later' } }),
    ];
    const open = openVacanciesNow(rows, R, perDay, [], EVERY_HIRE_COLUMN);
    // VAC-1: 26 May → 13 June = 18 days, working days 27 May … 13 June = 14, × €350 = €4,900
    // VAC-2: 2 → 13 June = 11 days, working days 3 … 13 June = 9, × €350 = €3,150
    expect(open.vacancies.map((v) => [v.vacancy, v.daysOpen, v.workingDays, v.cost])).toEqual([
      ['VAC-1', 18, 14, 490000],
      ['VAC-2', 11, 9, 315000],
    ]);
    expect(open.vacancies[1]).toMatchObject({ hiringManager: 'Rob Mulder', role: 'Verpleegkundige', reason: null });
    expect(open.totalCost).toBe(805000);
    expect(open.reason).toBeNull();
  });

  it('counts the cost in working days without the holidays', () => {
    const rows = [makeHire({ vacancyOpened: '2025-06-02', offerAccepted: null })];
    // Pinkstermaandag 9 June is off: 9 − 1 = 8 working days
    expect(openVacanciesNow(rows, R, perDay, [day('2025-06-09')], EVERY_HIRE_COLUMN).vacancies[0]).toMatchObject({ workingDays: 8, cost: 280000 });
  });

  it('still lists the vacancies and their days open without a vacancyCost, the cost null with the reason', () => {
    const rows = [makeHire({ vacancyOpened: '2025-06-02', offerAccepted: null, hireId: 'H1' })];
    const open = openVacanciesNow(rows, R, null, [], EVERY_HIRE_COLUMN);
    expect(open.vacancies.map((v) => [v.vacancy, v.daysOpen, v.cost, v.reason])).toEqual([['H1', 11, null, 'no vacancyCost in the config']]);
    expect(open).toMatchObject({ totalCost: null, reason: 'no vacancyCost in the config' });
  });

  it('estimates with a salary multiple only the vacancies whose row carries a salary', () => {
    const rule = { salaryMultiple: 1.5, workingDaysPerYear: 230 };
    const rows = [
      makeHire({ vacancyOpened: '2025-06-02', offerAccepted: null, salaryEuros: 46000, dims: { vacancy_id: 'budget' } }),
      makeHire({ vacancyOpened: '2025-06-02', offerAccepted: null, dims: { vacancy_id: 'none' } }),
    ];
    const open = openVacanciesNow(rows, R, rule, [], EVERY_HIRE_COLUMN);
    // €46,000 × 1.5 × 9 / 230 = €2,700
    expect(open.vacancies.map((v) => [v.vacancy, v.cost])).toEqual([['budget', 270000], ['none', null]]);
    expect(open).toMatchObject({ totalCost: 270000, reason: null });
  });

  it('says so when no vacancy is open, and when the file has no vacancy_opened column', () => {
    expect(openVacanciesNow([], R, perDay, [], EVERY_HIRE_COLUMN)).toEqual({ vacancies: [], totalCost: null, reason: 'no vacancy open on the as-of date' });
    const columns = new Set(['offer_accepted'] as const);
    expect(openVacanciesNow([makeHire({ offerAccepted: null })], R, perDay, [], columns).reason).toMatch(/vacancy_opened/);
  });
});
