import { columnsFromApplications, type HireColumn, type HireColumns } from '../core/hire-columns.js';
import type { Application } from '../core/process/application.js';
import type { Listed } from '../core/record-list.js';
import type { Day, Hire } from '../core/types.js';
import type { Table } from './read-table.js';

/**
 * The hires file's row of a hired application, or of a vacancy without a hire (`offerAccepted`
 * null: an open vacancy), with the columns the two files share (SPEC §2.6): the id, the vacancy's
 * opening, the application date, the day of the `hired` date, and the dimensions. What only a
 * hires file has (start date, rating, salary, …) is empty.
 */
function hireOf(application: Application, vacancyOpened: Day | null): Hire {
  return {
    line: application.line,
    hireId: application.hired === null ? null : application.applicationId,
    vacancyOpened,
    statedTimeToFill: null,
    applicationDate: application.hired === null ? null : application.applied.day,
    offerAccepted: application.hired?.day ?? null,
    startDate: null,
    neededBy: null,
    performanceRating: null,
    probationPassed: null,
    leftDate: null,
    managerSatisfaction: null,
    candidateSatisfaction: null,
    salary: null,
    dims: application.dims,
  };
}

/**
 * The hires columns the hires taken from an applications file have (see hireOf): the application
 * and hire dates, and the vacancy's opening when the file has that column.
 */
export function hireColumnsOfApplications(table: Table): HireColumns {
  const columns: HireColumn[] = ['application_date', 'offer_accepted'];
  if (table.columns.has('vacancy_opened')) columns.push('vacancy_opened');
  return columnsFromApplications(columns);
}

/**
 * Without a hires file, the hires are the applications with a `hired` date (SPEC §2.6), and a
 * vacancy whose applications have none is an open vacancy, as a row without `offer_accepted` is in
 * a hires file: opened on the first `vacancy_opened` its applications give, with the dimensions
 * of its first application. Vacancies are told apart by `vacancy_id`; without one, or without an
 * opening, no open vacancy can be told. A hire without the opening of its vacancy is a hire
 * without a time to fill, as a row of a hires file is (see hireColumnsOfApplications).
 *
 * @example hiresOfApplications([A1 hired on V1, A2 rejected on V1, A3 active on V2]) // [hire A1, open V2]
 */
export function hiresOfApplications(applications: Listed<Application>): Hire[] {
  const hires: Hire[] = [];
  const filled = new Set<string>();
  const unfilled = new Map<string, { first: Application; opened: number | null }>();
  for (const application of applications) {
    const vacancy = application.dims.get('vacancy_id');
    if (application.hired !== null) {
      hires.push(hireOf(application, application.vacancyOpened));
      if (vacancy !== undefined) filled.add(vacancy);
    } else if (vacancy !== undefined) {
      const known = unfilled.get(vacancy);
      if (known === undefined) unfilled.set(vacancy, { first: application, opened: application.vacancyOpened });
      else if (known.opened === null) unfilled.set(vacancy, { ...known, opened: application.vacancyOpened });
    }
  }
  for (const [vacancy, { first, opened }] of unfilled) if (!filled.has(vacancy) && opened !== null) hires.push(hireOf(first, opened));
  return hires;
}
