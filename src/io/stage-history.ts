import type { Application } from '../core/process/application.js';
import { applicationIssues, MOMENT_FIELDS, type MomentField } from './application-checks.js';
import { type ApplicationColumns, applicationList } from './application-records.js';
import { groupsById } from './id-groups.js';
import { PackedTextColumn } from './packed-text-column.js';
import { isBefore, momentText } from './parse-moment.js';
import type { Problem } from './problem.js';
import type { Table } from './read-table.js';
import type { Validated } from './records.js';
import { HISTORY_STAGES, type HistoryStage } from './stage-names.js';
import { type Column, IntColumn, RowDimensions, TextColumn } from './table-columns.js';
import { normaliseWord, unknownWordsHint } from './word-mapping.js';

/** The record field each canonical stage dates. */
const FIELD_OF: Readonly<Record<HistoryStage, MomentField>> = {
  applied: 'applied',
  screening: 'screened',
  interview: 'interview',
  offer: 'offer',
  hired: 'hired',
  declined: 'declined',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

const LEFT_HINT = 'a stage is left after it is entered: check the two dates of this row';

/** A folded date and the row it came from, for messages. */
interface Dated {
  readonly value: number;
  readonly row: number;
}

/**
 * One application's dates from its rows (SPEC §2.7): each canonical date is the earliest
 * `entered` of the rows mapped onto it; `applied`, when no row is mapped onto it, the earliest
 * `entered` of all; `feedback` the `entered` of the first row after the first interview, in the
 * order of `entered` (then of the file), whatever its stage. A moment with a time comes before a
 * date without one on the same day.
 */
function foldRows(rows: readonly number[], stageOf: (row: number) => HistoryStage, enteredOf: (row: number) => number): Map<MomentField, Dated> {
  const dates = new Map<MomentField, Dated>();
  const keepEarliest = (field: MomentField, dated: Dated): void => {
    const known = dates.get(field);
    if (known === undefined || dated.value < known.value) dates.set(field, dated);
  };
  let earliest: Dated | null = null;
  for (const row of rows) {
    const dated = { value: enteredOf(row), row };
    keepEarliest(FIELD_OF[stageOf(row)], dated);
    if (earliest === null || dated.value < earliest.value) earliest = dated;
  }
  if (!dates.has('applied') && earliest !== null) dates.set('applied', earliest);
  const ordered = [...rows].sort((a, b) => enteredOf(a) - enteredOf(b) || a - b);
  const interview = ordered.findIndex((row) => stageOf(row) === 'interview');
  const next = interview < 0 ? undefined : ordered[interview + 1];
  if (next !== undefined) dates.set('feedback', { value: enteredOf(next), row: next });
  return dates;
}

/** The first non-empty value among the rows, for the columns that do not change by stage. */
function first<T>(rows: readonly number[], read: (row: number) => T | null | undefined): T | null {
  for (const row of rows) {
    const value = read(row);
    if (value != null) return value;
  }
  return null;
}

/** The vacancy's opening, from the first row that gives it. */
const openingOf = (table: Table, rows: readonly number[]): number | null =>
  first(rows, (row) => table.columns.get('vacancy_opened')?.get(row) as number | null);

/** The folded applications' columns, filled one application at a time. */
function foldedColumns(table: Table) {
  const moments = new Map<MomentField, IntColumn>(MOMENT_FIELDS.map((field) => [field, new IntColumn()]));
  const dimensions = new Map<string, Column<string>[]>([...table.dimensions.keys()].map((key) => [key, [new TextColumn()]]));
  const columns: ApplicationColumns = {
    lines: new IntColumn(),
    applicationId: new PackedTextColumn(),
    candidateId: table.columns.has('candidate_id') ? new PackedTextColumn() : null,
    moments,
    status: null,
    vacancyOpened: table.columns.has('vacancy_opened') ? new IntColumn() : null,
    dimensions,
  };
  const push = (rows: readonly number[], dates: ReadonlyMap<MomentField, Dated> | null): void => {
    const lead = rows[0] as number;
    columns.lines.push(table.lines.get(lead) ?? 0);
    columns.applicationId?.push(table.columns.get('application_id')?.get(lead) as string);
    columns.candidateId?.push(first(rows, (row) => table.columns.get('candidate_id')?.get(row) as string | null));
    columns.vacancyOpened?.push(openingOf(table, rows));
    for (const [field, column] of moments) column.push(dates?.get(field)?.value ?? null);
    for (const [key, [column]] of dimensions) column?.push(first(rows, (row) => new RowDimensions(table.dimensions, row).get(key)));
  };
  return { columns, push };
}

type Fail = (row: number, column: string | null, value: string | null, reason: string, hint?: string) => void;

/**
 * The checks of each row on its own: an application id, a stage the mapping knows, an `entered`,
 * and a `left` not before it. The hint for unknown stages names every one of the file.
 */
function checkRows(table: Table, stageOf: (row: number) => HistoryStage | undefined, fail: Fail): void {
  const ids = table.columns.get('application_id') as PackedTextColumn;
  const names = table.columns.get('stage') as Column<string>;
  const entered = table.columns.get('entered') as Column<number>;
  const left = table.columns.get('left') as Column<number> | undefined;
  const unknown = new Map<string, number[]>();
  for (let row = 0; row < table.rows; row += 1) {
    if (table.rejected.has(row)) continue;
    const name = names.get(row);
    const at = entered.get(row);
    const leftAt = left?.get(row) ?? null;
    if (ids.isNull(row)) fail(row, 'application_id', null, 'a required value is empty');
    else if (name === null) fail(row, 'stage', null, 'a required value is empty');
    else if (at === null) fail(row, 'entered', null, 'a required value is empty');
    else if (stageOf(row) === undefined) {
      if (unknown.has(name)) unknown.get(name)?.push(row);
      else unknown.set(name, [row]);
    } else if (leftAt !== null && isBefore(leftAt, at)) {
      fail(row, 'left', momentText(leftAt), `left ${momentText(leftAt)}, before it was entered ${momentText(at)}`, LEFT_HINT);
    }
  }
  const hint = unknownWordsHint('stages', HISTORY_STAGES, [...unknown.keys()]);
  for (const [name, rows] of unknown) for (const row of rows) fail(row, 'stage', name, 'not a stage rkpi knows', hint);
}

/**
 * The applications of a stage history (SPEC §2.7), folded into the records of the wide shape.
 * A row without an application id, stage or `entered`, with a stage the mapping does not know, or
 * left before it was entered, is rejected; so is every other row of its application, since an
 * application short of a row would be folded into wrong dates. The folded application then has
 * the record checks of §2.6, each problem shown at the row its date came from.
 */
export function foldedApplications(table: Table, stages: ReadonlyMap<string, HistoryStage>): Validated<Application> {
  const file = table.fileName;
  const ids = table.columns.get('application_id') as PackedTextColumn;
  const names = table.columns.get('stage') as Column<string>;
  const entered = table.columns.get('entered') as Column<number>;
  const header = (column: string): string => table.headers.get(column) ?? column;
  const problems: Problem[] = [...table.problems];
  const failed = new Set<number>(table.rejected);
  const fail: Fail = (row, column, value, reason, hint) => {
    failed.add(row);
    problems.push({ file, line: table.lines.get(row) ?? 0, column: column === null ? null : header(column), value, reason, hint });
  };
  const stageOf = (row: number): HistoryStage | undefined => stages.get(normaliseWord(names.get(row) ?? ''));
  checkRows(table, stageOf, fail);

  const groups = groupsById(Int32Array.from({ length: table.rows }, (_, row) => row), ids);
  const folded = foldedColumns(table);
  const accepted: number[] = [];
  let acceptedRows = 0;
  for (let group = 0; group + 1 < groups.starts.length; group += 1) {
    const rows = Array.from(groups.rows.subarray(groups.starts[group], groups.starts[group + 1]));
    let dates: Map<MomentField, Dated> | null = null;
    if (rows.every((row) => !failed.has(row))) {
      dates = foldRows(rows, (row) => stageOf(row) as HistoryStage, (row) => entered.get(row) as number);
      const found = dates;
      const vacancyOpened = openingOf(table, rows);
      const issues = applicationIssues({ moment: (field) => found.get(field)?.value ?? null, status: null, vacancyOpened });
      for (const { field, reason, hint: issueHint } of issues) {
        const source = field === 'status' || field === 'vacancy_opened' ? undefined : found.get(field);
        if (source === undefined) fail(rows[0] as number, field, null, reason, issueHint);
        else fail(source.row, 'entered', momentText(source.value), reason, issueHint);
      }
    }
    const culprit = rows.find((row) => failed.has(row));
    if (culprit === undefined) {
      accepted.push(group);
      acceptedRows += rows.length;
    } else {
      const id = ids.get(rows[0] as number) ?? '';
      const reason = `rejected with the rest of application ${JSON.stringify(id)} (see line ${table.lines.get(culprit) ?? 0})`;
      for (const row of rows) if (!failed.has(row)) fail(row, null, null, reason);
      dates = null;
    }
    folded.push(rows, dates);
  }
  const records = applicationList(folded.columns, Int32Array.from(accepted));
  return { records, problems: problems.sort((a, b) => a.line - b.line), acceptedRows };
}
