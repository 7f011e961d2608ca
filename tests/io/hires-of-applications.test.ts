import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Application, Moment } from '../../src/core/process/application.js';
import { applicationsOf } from '../../src/io/applications.js';
import { hiresOfApplications } from '../../src/io/hires-of-applications.js';
import { statusMap } from '../../src/io/statuses.js';
import { day } from '../builders.js';
import { plain, RECORD_SETTINGS, readText } from './helpers.js';

const moment = (iso: string | undefined): Moment | null => (iso === undefined ? null : { day: day(iso), minute: null });

/** An application with the given id, vacancy, opening and dates; every other field empty. */
function application(id: string, spec: { vacancy?: string; opened?: string; applied: string; hired?: string; rejected?: string; line?: number }): Application {
  return {
    line: spec.line ?? 2,
    applicationId: id,
    candidateId: null,
    applied: { day: day(spec.applied), minute: 600 },
    screened: null,
    interview: null,
    feedback: null,
    offer: null,
    hired: moment(spec.hired),
    declined: null,
    rejected: moment(spec.rejected),
    withdrawn: null,
    status: null,
    vacancyOpened: spec.opened === undefined ? null : day(spec.opened),
    dims: new Map(spec.vacancy === undefined ? [] : [['vacancy_id', spec.vacancy], ['department', 'Zorg']]),
  };
}

describe('hiresOfApplications', () => {
  it('makes a hire of each hired application, with the columns the two files share', () => {
    const hires = hiresOfApplications([
      application('A1', { vacancy: 'V1', opened: '2025-01-06', applied: '2025-01-20', hired: '2025-02-14', line: 7 }),
      application('A2', { vacancy: 'V1', opened: '2025-01-06', applied: '2025-01-21', rejected: '2025-01-30' }),
    ]);
    expect(hires).toEqual([
      {
        line: 7,
        hireId: 'A1',
        vacancyOpened: day('2025-01-06'),
        applicationDate: day('2025-01-20'),
        offerAccepted: day('2025-02-14'),
        startDate: null,
        neededBy: null,
        performanceRating: null,
        probationPassed: null,
        leftDate: null,
        managerSatisfaction: null,
        candidateSatisfaction: null,
        salary: null,
        statedTimeToFill: null,
        dims: new Map([['vacancy_id', 'V1'], ['department', 'Zorg']]),
      },
    ]);
  });

  it('makes an open vacancy of each vacancy without a hired application, opened on the first opening its applications give', () => {
    const hires = hiresOfApplications([
      application('A1', { vacancy: 'V2', applied: '2025-03-01', rejected: '2025-03-05', line: 2 }),
      application('A2', { vacancy: 'V2', opened: '2025-02-24', applied: '2025-03-02', line: 3 }),
      application('A3', { vacancy: 'V3', opened: '2025-02-01', applied: '2025-03-03', line: 4 }),
      application('A4', { vacancy: 'V3', opened: '2025-02-01', applied: '2025-03-04', hired: '2025-04-01', line: 5 }),
    ]);
    expect(hires.map((hire) => [hire.line, hire.hireId, hire.vacancyOpened, hire.applicationDate, hire.offerAccepted])).toEqual([
      [5, 'A4', day('2025-02-01'), day('2025-03-04'), day('2025-04-01')],
      [2, null, day('2025-02-24'), null, null],
    ]);
  });

  it('tells no open vacancy without a vacancy id or an opening', () => {
    expect(hiresOfApplications([
      application('A1', { applied: '2025-03-01', opened: '2025-02-01' }),
      application('A2', { vacancy: 'V9', applied: '2025-03-01' }),
    ])).toEqual([]);
  });

  it('reads from the columns of a file the hires and open vacancies its records give', async () => {
    // A row: vacancy (or none), opening (or none), hired (or rejected) on a day of March 2025.
    const row = fc.record({ vacancy: fc.option(fc.constantFrom('V1', 'V2', 'V3')), opened: fc.option(fc.integer({ min: 1, max: 9 })), hired: fc.boolean(), on: fc.integer({ min: 10, max: 28 }) });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const lines = rows.map(({ vacancy, opened, hired, on }, i) => {
          const date = `2025-03-${String(on).padStart(2, '0')}`;
          return [`A${i}`, vacancy ?? '', opened === null ? '' : `2025-02-0${opened}`, '2025-03-01 10:00', hired ? date : '', hired ? '' : date].join(',');
        });
        const table = await readText('applications', ['application_id,vacancy_id,vacancy_opened,applied,hired,rejected', ...lines].join('\n'));
        const { records } = applicationsOf(table, { ...RECORD_SETTINGS, statuses: statusMap() });
        const plainHires = (hires: ReturnType<typeof hiresOfApplications>) => hires.map(plain);
        expect(plainHires(hiresOfApplications(records))).toEqual(plainHires(hiresOfApplications([...records])));
      }),
      { numRuns: 200 },
    );
  });
});
