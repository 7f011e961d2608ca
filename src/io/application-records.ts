import type { Application, Outcome } from '../core/process/application.js';
import type { RecordList } from '../core/record-list.js';
import { type ApplicationIssue, applicationIssues, MOMENT_FIELDS, type MomentField } from './application-checks.js';
import { unpackMoment } from './parse-moment.js';
import type { Problem } from './problem.js';
import { type FieldReader, recordViews } from './record-views.js';
import { type Column, RowDimensions } from './table-columns.js';

/**
 * The applications of a file as columns, one value per application: the rows of a file with one
 * row per application, or the applications a stage history was folded into. Moments are packed
 * (see packMoment); a column the file lacks is absent.
 */
export interface ApplicationColumns {
  readonly lines: Column<number>;
  readonly applicationId: Column<string> | null;
  readonly candidateId: Column<string> | null;
  readonly moments: ReadonlyMap<MomentField, Column<number>>;
  /** The outcome each status word means (the config's `statuses`); absent without a status column. */
  readonly status: Column<Outcome> | null;
  readonly vacancyOpened: Column<number> | null;
  readonly dimensions: ReadonlyMap<string, readonly Column<string>[]>;
}

/** Where a problem with one field of an application is shown: its line, column and value. */
export interface Location {
  readonly line: number;
  readonly column: string;
  readonly value: string | null;
}

/**
 * Runs the record checks of SPEC §2.6 on the given applications: each is either accepted or adds
 * a problem for every column at fault, at the line and column `locate` names.
 */
export function checkApplications(
  columns: ApplicationColumns,
  rows: Int32Array,
  file: string,
  locate: (row: number, field: ApplicationIssue['field']) => Location,
): { accepted: Int32Array; problems: Problem[] } {
  const accepted = new Int32Array(rows.length);
  let count = 0;
  const problems: Problem[] = [];
  for (const row of rows) {
    const issues = applicationIssues({
      moment: (field) => columns.moments.get(field)?.get(row) ?? null,
      status: columns.status?.get(row) ?? null,
      vacancyOpened: columns.vacancyOpened?.get(row) ?? null,
    });
    if (issues.length === 0) {
      accepted[count++] = row;
      continue;
    }
    for (const { field, reason, hint } of issues) problems.push({ file, ...locate(row, field), reason, hint });
  }
  return { accepted: accepted.subarray(0, count), problems };
}

/**
 * The Application records of the given rows, read from the columns when a record is read (see
 * recordViews): 4 bytes an application in the list.
 */
export function applicationList(columns: ApplicationColumns, rows: Int32Array): RecordList<Application> {
  const text = (column: Column<string> | null) => (row: number) => column?.get(row) ?? null;
  const moment = (field: MomentField): FieldReader => {
    const column = columns.moments.get(field);
    return [field, (row) => {
      const packed = column?.get(row) ?? null;
      return packed === null ? null : unpackMoment(packed);
    }];
  };
  return recordViews<Application>(
    [
      ['line', (row) => columns.lines.get(row)],
      ['applicationId', text(columns.applicationId)],
      ['candidateId', text(columns.candidateId)],
      ...MOMENT_FIELDS.map(moment),
      ['status', (row) => columns.status?.get(row) ?? null],
      ['vacancyOpened', (row) => columns.vacancyOpened?.get(row) ?? null],
      ['dims', (row) => new RowDimensions(columns.dimensions, row)],
    ],
    rows,
  );
}
