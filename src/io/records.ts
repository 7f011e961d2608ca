import { isoOfDay } from '../core/day.js';
import { RecordList } from '../core/record-list.js';
import type { HireColumns } from '../core/hire-columns.js';
import type { Cost, Hire, HoursEntry } from '../core/types.js';
import { COLUMNS, type TableKind } from './columns.js';
import { refuseCandidateExport } from './candidate-export.js';
import { hireColumnsOf, hireFileNotes } from './hire-file.js';
import { type HireStorage, hireViews } from './hire-views.js';
import { PackedTextColumn } from './packed-text-column.js';
import type { Problem } from './problem.js';
import { costSchema, hireSchema, hoursSchema, type RecordSettings } from './record-schemas.js';
import { type FieldReader, recordViews } from './record-views.js';
import { repeatedIds } from './repeated-ids.js';
import { costCheck, hireCheck, hoursCheck, type TypedCheck } from './typed-checks.js';
import type * as z from './zod-mini.js';
import { columnOf, draftRows, type Table } from './read-table.js';
import { type Column, RowDimensions } from './table-columns.js';

/** The files whose rows zod checks one by one (the applications file has checks of its own). */
type RowKind = 'hires' | 'costs' | 'hours';

function rowKind(table: Table): RowKind {
  if (table.kind === 'applications' || table.kind === 'stageHistory') throw new Error('the applications file is checked by applicationsOf');
  return table.kind;
}

/** Record field → canonical column, per file. */
const FIELDS: Readonly<Record<RowKind, Readonly<Record<string, string>>>> = {
  hires: {
    hireId: 'hire_id',
    vacancyOpened: 'vacancy_opened',
    statedTimeToFill: 'time_to_fill',
    applicationDate: 'application_date',
    offerAccepted: 'offer_accepted',
    startDate: 'start_date',
    neededBy: 'needed_by',
    performanceRating: 'performance_rating',
    probationPassed: 'probation_passed',
    leftDate: 'left_date',
    managerSatisfaction: 'manager_satisfaction',
    candidateSatisfaction: 'candidate_satisfaction',
    salary: 'salary',
  },
  costs: { date: 'date', amount: 'amount', type: 'type', category: 'category' },
  hours: { date: 'date', hours: 'hours', role: 'role', rate: 'rate', person: 'person' },
};

/** Defaults for optional enum columns left empty. */
const DEFAULTS: Readonly<Record<string, unknown>> = { type: 'external', role: 'other' };

const HINTS: Readonly<Record<string, string>> = {
  performance_rating: 'check the rating, or set "scales": {"performance": {"min": …, "max": …}} in the config',
  manager_satisfaction: 'check the score, or set "scales": {"satisfaction": {"min": …, "max": …}} in the config',
  candidate_satisfaction: 'check the score, or set "scales": {"satisfaction": {"min": …, "max": …}} in the config',
  role: 'add a rate column to the hours file, or set "rates": {"<role>": <amount per hour>} in the config',
};
const DATE_ORDER_HINT = 'check the dates of this row; they must follow vacancy_opened ≤ application ≤ offer ≤ start';

/** The hint a record check gives with its issue, else the date-order hint of the hires file. */
function customHint(issue: z.core.$ZodIssueCustom, kind: TableKind): string | undefined {
  const given: unknown = issue.params?.hint;
  if (typeof given === 'string') return given;
  return kind === 'hires' ? DATE_ORDER_HINT : undefined;
}

function display(kind: TableKind, column: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const type = COLUMNS[kind].find((spec) => spec.name === column)?.type;
  if (type === 'date' && typeof value === 'number') return isoOfDay(value);
  if (type === 'money' && typeof value === 'number') return (value / 100).toFixed(2);
  return String(value);
}

/** One record field: the column it is read from (null where the file lacks it) and its default. */
interface FieldSlot {
  readonly field: string;
  column: Column<unknown> | null;
  readonly fallback: unknown;
}

function fieldSlots(table: Table): FieldSlot[] {
  return Object.entries(FIELDS[rowKind(table)]).map(([field, column]) => ({
    field,
    column: table.columns.get(column) ?? null,
    fallback: DEFAULTS[field] ?? null,
  }));
}

/** A row's values as the record schema reads them: empty cells are null or the column's default. */
function inputOf(table: Table, slots: readonly FieldSlot[], row: number): Record<string, unknown> {
  const input: Record<string, unknown> = { line: table.lines.get(row) };
  for (const { field, column, fallback } of slots) input[field] = column?.get(row) ?? fallback;
  return input;
}

/**
 * Stores what zod returned where it differs from what was read (a default, a resolved rate), so
 * the record is the schema's output; a field without a column in the file gets one.
 */
function keepOutput(table: Table, slots: readonly FieldSlot[], row: number, input: Record<string, unknown>, output: Record<string, unknown>): void {
  for (const slot of slots) {
    const value = output[slot.field] ?? null;
    // The column holds the input, except where a default filled an empty cell.
    if (Object.is(input[slot.field], value) && slot.fallback === null) continue;
    keepValue(table, slot, row, value);
  }
}

/** Stores one value of a record's output in its field's column, giving the field a column where the file has none. */
function keepValue(table: Table, slot: FieldSlot, row: number, value: unknown): void {
  if (Object.is(slot.column?.get(row) ?? null, value)) return;
  if (slot.column === null) {
    const type = COLUMNS[table.kind].find((spec) => spec.name === FIELDS[rowKind(table)][slot.field])?.type ?? 'text';
    slot.column = columnOf(type);
    for (let i = 0; i < table.rows; i += 1) slot.column.push(null);
  }
  slot.column.set(row, value);
}

/**
 * The records of accepted rows, read from the table's columns when they are read (see
 * recordViews): the list keeps only the row indexes.
 */
function recordsOf<T>(table: Table, slots: readonly FieldSlot[], rows: Int32Array): RecordList<T> {
  return recordViews<T>(
    [
      ['line', (row) => table.lines.get(row)],
      ...slots.map(({ field, column }): FieldReader => [field, column ? (row) => column.get(row) : () => null]),
      ['dims', (row) => new RowDimensions(table.dimensions, row)],
    ],
    rows,
  );
}

/** The columns of a validated hires table by field (see hireViews). */
function hireStorage(table: Table, slots: readonly FieldSlot[]): HireStorage {
  const byField = Object.fromEntries(slots.map(({ field, column }) => [field, column]));
  return { ...byField, line: table.lines, dimensions: table.dimensions } as HireStorage;
}

/** What the record checks leave: the accepted rows, and the problems of the others. */
interface Checked {
  readonly slots: readonly FieldSlot[];
  readonly accepted: Int32Array;
  readonly problems: Problem[];
}

/**
 * Validates a table's drafts: on the typed columns (see typed-checks.ts), and with zod where
 * those checks do not accept a row, for the issues. Every draft is either accepted or adds a
 * problem naming the file, line, column and value.
 */
function validate(table: Table, schemaOf: () => z.ZodMiniType, check: TypedCheck): Checked {
  const fields = FIELDS[rowKind(table)];
  const slots = fieldSlots(table);
  const slotOf = new Map(slots.map((slot) => [slot.field, slot]));
  const keep = (row: number, field: string, value: unknown): void => keepValue(table, slotOf.get(field) as FieldSlot, row, value);
  const drafts = draftRows(table);
  const accepted = new Int32Array(drafts.length);
  let count = 0;
  const problems: Problem[] = [...table.problems];
  // The schema is built for the first row the typed checks do not accept: most files have none.
  let schema: z.ZodMiniType | null = null;
  for (const row of drafts) {
    if (check(row, keep)) {
      accepted[count++] = row;
      continue;
    }
    schema ??= schemaOf();
    const input = inputOf(table, slots, row);
    const result = schema.safeParse(input);
    if (result.success) {
      keepOutput(table, slots, row, input, result.data as Record<string, unknown>);
      accepted[count++] = row;
      continue;
    }
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? '');
      const column = fields[field] ?? field;
      if (seen.has(column)) continue;
      seen.add(column);
      problems.push({
        file: table.fileName,
        line: Number(input.line),
        column: table.headers.get(column) ?? column,
        value: display(table.kind, column, input[field]),
        reason: issue.message,
        hint: HINTS[column] ?? (issue.code === 'custom' ? customHint(issue, table.kind) : undefined),
      });
    }
  }
  return { slots, accepted: accepted.subarray(0, count), problems };
}

/** The id column whose repeats are rejected, and how messages name it. */
export interface IdColumn {
  readonly column: string;
  /** `hire id`, `application id`. */
  readonly what: string;
  readonly hint: string;
}

const HIRE_ID: IdColumn = { column: 'hire_id', what: 'hire id', hint: 'give every hire its own id, or remove the repeated row' };

/**
 * The accepted rows without the repeats of an id: the first row with an id is kept, every later
 * one is rejected. Runs before the records are made.
 */
export function withoutDuplicateIds(table: Table, rows: Int32Array, problems: Problem[], id: IdColumn = HIRE_ID): Int32Array {
  const ids = table.columns.get(id.column);
  if (ids === undefined) return rows;
  if (!(ids instanceof PackedTextColumn)) throw new Error(`${id.column} is read into a PackedTextColumn (columns.ts: distinct)`);
  const repeats = repeatedIds(rows, ids);
  if (repeats.size === 0) return rows;
  const unique = new Int32Array(rows.length - repeats.size);
  let count = 0;
  for (const row of rows) {
    const first = repeats.get(row);
    if (first === undefined) {
      unique[count++] = row;
      continue;
    }
    problems.push({
      file: table.fileName,
      line: table.lines.get(row) ?? 0,
      column: table.headers.get(id.column) ?? id.column,
      value: ids.get(row),
      reason: `duplicate ${id.what} (first on line ${table.lines.get(first) ?? 0})`,
      hint: id.hint,
    });
  }
  return unique;
}

export interface Validated<T> {
  readonly records: RecordList<T>;
  readonly problems: readonly Problem[];
  /** How the file was read, said once on stderr (besides the table's own notices); absent: nothing to say. */
  readonly notices?: readonly string[];
  /** The rows of the file behind the records, where a record takes several (a stage history); absent: one row each. */
  readonly acceptedRows?: number;
}

const byLine = (a: Problem, b: Problem): number => a.line - b.line;

/**
 * The hires, with the columns their file has: a KPI whose column is absent is not measured. A
 * candidate export stops here (see refuseCandidateExport).
 */
export function hiresOf(table: Table, settings: RecordSettings): Validated<Hire> & { readonly columns: HireColumns } {
  refuseCandidateExport(table);
  const columns = hireColumnsOf(table);
  const { slots, accepted, problems } = validate(table, () => hireSchema(settings, columns), hireCheck(table, settings, columns));
  const records = hireViews(hireStorage(table, slots), withoutDuplicateIds(table, accepted, problems));
  return { records, problems: problems.sort(byLine), notices: hireFileNotes(table), columns };
}

export function costsOf(table: Table): Validated<Cost> {
  const { slots, accepted, problems } = validate(table, costSchema, costCheck(table));
  return { records: recordsOf<Cost>(table, slots, accepted), problems: problems.sort(byLine), notices: [] };
}

export function hoursOf(table: Table, settings: RecordSettings): Validated<HoursEntry> {
  const { slots, accepted, problems } = validate(table, () => hoursSchema(settings), hoursCheck(table, settings));
  return { records: recordsOf<HoursEntry>(table, slots, accepted), problems: problems.sort(byLine), notices: [] };
}
