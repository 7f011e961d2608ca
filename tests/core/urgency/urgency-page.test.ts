import { describe, expect, it } from 'vitest';
import { DEFAULT_AGREEMENTS } from '../../../src/core/process/process-block.js';
import type { Records } from '../../../src/core/types.js';
import { urgencyPage, type UrgencyOptions } from '../../../src/core/urgency/urgency-page.js';
import { day, makeApplication, makeHire } from '../../builders.js';

const R = day('2025-12-31');
const slow = { hiring_manager: 'Willem van den Berg', vacancy_id: 'VAC-W' };
const fast = { hiring_manager: 'Anouk Bakker', vacancy_id: 'VAC-A' };

const records: Records = {
  hires: [
    makeHire({ vacancyOpened: '2025-11-17', offerAccepted: null, dims: slow }),
    makeHire({ vacancyOpened: '2025-12-01', offerAccepted: null, dims: fast }),
    makeHire({ vacancyOpened: '2025-01-06', offerAccepted: '2025-03-03', dims: slow }),
  ],
  costs: null,
  hours: null,
  applications: [
    // Willem: answered after 72 h and 120 h; one waits since Monday 29 December
    makeApplication({ id: 'W1', applied: '2025-10-01', interview: '2025-10-06 10:00', feedback: '2025-10-09 10:00', rejected: '2025-10-09 10:00', dims: slow }),
    makeApplication({ id: 'W2', applied: '2025-10-01', interview: '2025-10-06 10:00', feedback: '2025-10-11 10:00', withdrawn: '2025-10-11 10:00', dims: slow }),
    makeApplication({ id: 'W3', applied: '2025-12-01', interview: '2025-12-29 10:00', dims: slow }),
    // Anouk: answered after 4 h; one applied before the period
    makeApplication({ id: 'A1', applied: '2025-11-03', interview: '2025-11-10 09:00', feedback: '2025-11-10 13:00', hired: '2025-11-20', dims: fast }),
    makeApplication({ id: 'A2', applied: '2024-06-03', interview: '2024-06-10', withdrawn: '2024-06-20', dims: fast }),
  ],
};

const options = (scope: UrgencyOptions['scope']): UrgencyOptions => ({
  scope,
  asOf: R,
  period: null,
  agreements: DEFAULT_AGREEMENTS,
  vacancyCost: { perDay: 35000 },
  holidays: [],
});

describe('urgencyPage', () => {
  it("gives a manager's page their open vacancies, waiting candidates and feedback times, over the twelve months up to the as-of date", () => {
    const page = urgencyPage(records, options({ kind: 'manager', name: 'Willem van den Berg' }));
    expect(page.period.label).toBe('2025-01-01..2025-12-31');
    // VAC-W: 17 Nov → 31 Dec = 44 days; working days 18 Nov … 31 Dec = 32, × €350 = €11,200
    expect(page.openVacancies.vacancies.map((v) => [v.vacancy, v.daysOpen, v.workingDays, v.cost])).toEqual([['VAC-W', 44, 32, 1120000]]);
    // W3: Monday 29 December 10:00 → 31 December (no time): 2 days × 24 = 48 h, over 24
    expect(page.waiting.candidates.map((c) => [c.application, c.hoursWaiting, c.overdue])).toEqual([['W3', 48, true]]);
    // W1 72 h, W2 120 h: median (72 + 120) / 2 = 96, none within 24 h
    expect(page.feedbackTime.kpi).toMatchObject({ n: 2, median: 96, agreement: 24, withinAgreement: { n: 2, value: 0 } });
    expect(page.feedbackTime.reason).toBeNull();
  });

  it("counts availability over the organisation's cohort of the period, whatever the scope", () => {
    const willem = urgencyPage(records, options({ kind: 'manager', name: 'Willem van den Berg' }));
    const everyone = urgencyPage(records, options({ kind: 'everyone' }));
    // interviewed and applied in 2025: W1 (rejected day 8, censored), W2 (withdrew day 10), W3 (active, censored day 30), A1 (hired day 17, censored)
    // S(10) = 1 − 1/3 = 0.6667 (at risk on day 10: W2, W3, A1; W1 left on day 8): the same on both pages; A2 applied in 2024 is not in it
    expect(willem.availability.kpi).toEqual(everyone.availability.kpi);
    expect(everyone.availability.kpi).toMatchObject({ n: 4, events: 1, medianDays: null });
    expect(everyone.availability.kpi.curve.map((point) => [point.day, point.survival.toFixed(4)])).toEqual([[10, '0.6667']]);
  });

  it("gives everyone's page every open vacancy and every waiting candidate, and Anouk's page hers", () => {
    expect(urgencyPage(records, options({ kind: 'everyone' })).openVacancies.vacancies.map((v) => v.vacancy)).toEqual(['VAC-W', 'VAC-A']);
    const anouk = urgencyPage(records, options({ kind: 'manager', name: 'anouk bakker' }));
    expect(anouk.waiting.candidates).toEqual([]);
    // A1: 09:00 → 13:00 = 4 h, within 24
    expect(anouk.feedbackTime.kpi).toMatchObject({ n: 1, median: 4, withinAgreement: { n: 1, value: 1 } });
  });

  it("gives a vacancy's page that vacancy only, and a period asked for instead of the default", () => {
    const page = urgencyPage(records, { ...options({ kind: 'vacancy', id: 'VAC-A' }), period: { label: '2025-Q4', start: day('2025-10-01'), end: day('2025-12-31') } });
    expect(page.period.label).toBe('2025-Q4');
    expect(page.openVacancies.vacancies.map((v) => v.vacancy)).toEqual(['VAC-A']);
    expect(page.feedbackTime.kpi.n).toBe(1);
  });

  it('says the process figures are not measured without an applications file', () => {
    const page = urgencyPage({ ...records, applications: null }, options({ kind: 'everyone' }));
    expect([page.feedbackTime.reason, page.availability.reason, page.dropOut.reason]).toEqual(['no applications file', 'no applications file', 'no applications file']);
    expect(page.openVacancies.vacancies).toHaveLength(2);
  });
});
