import { columnsFromApplications, type HireColumn, type HireColumns } from '../core/hire-columns.js';
import type { Application } from '../core/process/application.js';
import type { Listed } from '../core/record-list.js';
import type { Day, Hire } from '../core/types.js';
import { ApplicationList } from './application-records.js';
import { dayOfMoment } from './parse-moment.js';
import type { Table } from './read-table.js';
import { type Column, TextColumn } from './table-columns.js';

/**
 * The hires file's row of a hired application (hired on `hired`), or of a vacancy without a hire
 * (`hired` null: an open vacancy), with the columns the two files share (SPEC §2.6): the id, the
 * vacancy's opening, the application date, the day of the `hired` date, and the dimensions. What
 * only a hires file has (start date, rating, salary, …) is empty.
 */
function hireOf(application: Application, hired: Day | null, vacancyOpened: Day | null): Hire {
  return {
    line: application.line,
    hireId: hired === null ? null : application.applicationId,
    vacancyOpened,
    statedTimeToFill: null,
    applicationDate: hired === null ? null : application.applied.day,
    offerAccepted: hired,
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
  const fields = hireFieldsOf(applications);
  const hires: Hire[] = [];
  const filled = new Set<VacancyKey>();
  // The first application of each vacancy without a hire so far, and the first opening given.
  const unfilled = new Map<VacancyKey, { first: number; opened: Day | null }>();
  for (let at = 0; at < fields.length; at += 1) {
    const vacancy = fields.vacancy(at);
    const hired = fields.hired(at);
    if (hired !== null) {
      hires.push(hireOf(fields.record(at), hired, fields.vacancyOpened(at)));
      if (vacancy !== undefined) filled.add(vacancy);
    } else if (vacancy !== undefined) {
      const known = unfilled.get(vacancy);
      if (known === undefined) unfilled.set(vacancy, { first: at, opened: fields.vacancyOpened(at) });
      else if (known.opened === null) known.opened = fields.vacancyOpened(at);
    }
  }
  for (const [vacancy, { first, opened }] of unfilled) if (!filled.has(vacancy) && opened !== null) hires.push(hireOf(fields.record(first), null, opened));
  return hires;
}

/** What tells a vacancy from the others: its id, or the code of the id in its column (see TextColumn.keyAt). */
type VacancyKey = string | number;

/** What hiresOfApplications reads of the application at each position of the list. */
interface HireFields {
  readonly length: number;
  /** The day of its `hired` date, or null. */
  hired(at: number): Day | null;
  vacancy(at: number): VacancyKey | undefined;
  vacancyOpened(at: number): Day | null;
  /** The whole record, for a hire or an open vacancy. */
  record(at: number): Application;
}

/**
 * The fields of a file's applications read from its columns by row (see ApplicationList): the
 * hires are a few in a hundred applications, and a record, a Moment and a dimensions view per
 * application only to find them were a twentieth of an applications report. Of any other list,
 * the records' own fields.
 */
function hireFieldsOf(applications: Listed<Application>): HireFields {
  if (!(applications instanceof ApplicationList)) {
    const records = [...applications];
    return {
      length: records.length,
      hired: (at) => records[at]?.hired?.day ?? null,
      vacancy: (at) => records[at]?.dims.get('vacancy_id'),
      vacancyOpened: (at) => records[at]?.vacancyOpened ?? null,
      record: (at) => records[at] as Application,
    };
  }
  const { rows, columns } = applications;
  const hired = columns.moments.get('hired') ?? null;
  const vacancies = columns.dimensions.get('vacancy_id') ?? [];
  // One column of vacancy ids (as a file has, unless a mapped column and an extra one share the
  // name): its codes tell the vacancies apart, a cheaper Map key than their ids.
  const single = vacancies.length === 1 && vacancies[0] instanceof TextColumn ? vacancies[0] : null;
  return {
    length: rows.length,
    hired: (at) => {
      const packed = hired === null ? null : hired.get(rows[at] as number);
      return packed === null ? null : dayOfMoment(packed);
    },
    vacancy: (at) => {
      if (single !== null) return single.keyAt(rows[at] as number) ?? undefined;
      // The first non-empty of the key's columns, as the record's dims read it (RowDimensions).
      for (let i = 0; i < vacancies.length; i += 1) {
        const value = (vacancies[i] as Column<string>).get(rows[at] as number);
        if (value !== null) return value;
      }
      return undefined;
    },
    vacancyOpened: (at) => columns.vacancyOpened?.get(rows[at] as number) ?? null,
    record: (at) => applications.at(at),
  };
}
