import { InputError } from '../errors.js';
import { candidateCheckKeys } from './candidate-export.js';
import { type CellSettings, type TypedColumn, typedColumn } from './cell-readers.js';
import { type ColumnType, type FileKind, fileKindOf, type TableKind } from './columns.js';
import { decodeText, type EncodingOption } from './decode.js';
import { FileDigest } from './file-digest.js';
import { applicationsShape, type ColumnMapping, detectKind, type HeaderSlot, mapHeader } from './header.js';
import { CELL_HINTS, LONG_FIELD_HINT, RAGGED_HINT } from './hints.js';
import { PackedTextColumn } from './packed-text-column.js';
import { type Problem, shorten } from './problem.js';
import { readCsvBatches } from './read-csv.js';
import { RowEstimate } from './row-estimate.js';
import { trimmed } from './trimmed.js';
import type { Delimiter } from './sniff-delimiter.js';
import { ChoiceColumn, type Column, IntColumn, NumberColumn, TextColumn } from './table-columns.js';

export interface TableSource {
  /** The name messages use: the path as given, or `stdin`. */
  readonly fileName: string;
  /**
   * null: told from the header (for `rkpi validate`). An applications file is read in the shape
   * its header has: one row per application, or one row per stage entered.
   */
  readonly kind: FileKind | null;
  readonly chunks: AsyncIterable<Buffer>;
  /** The file's size in bytes, when it is a file: its columns are made about as long as it needs (see RowEstimate). */
  readonly bytes?: number;
}

export interface TableSettings extends CellSettings {
  readonly encoding: EncodingOption;
  readonly delimiter: Delimiter | null;
  /** The config's `columns` mappings, per kind of file. */
  readonly columns: Readonly<Partial<Record<FileKind, ColumnMapping>>>;
  /**
   * The dimensions to keep (canonical names or normalised extra headers), e.g. only the one of
   * `--by`; absent: all of them. A dimension nobody groups by need not cost memory per row.
   */
  readonly dimensions?: readonly string[];
}

export interface Table {
  readonly fileName: string;
  readonly kind: TableKind;
  readonly sha256: string;
  /** Data rows in the file (blank lines not counted). */
  readonly rows: number;
  /** The line each data row starts on, by row index. */
  readonly lines: Column<number>;
  /** Typed values of each canonical column in the header, by row index; null where empty. */
  readonly columns: ReadonlyMap<string, Column<unknown>>;
  /** Text columns kept as dimensions, by key; of several columns the first non-empty one counts. */
  readonly dimensions: ReadonlyMap<string, readonly Column<string>[]>;
  /**
   * Every dimension the file has, kept or not, by key (canonical name or normalised extra header),
   * with its header as written: what `--by` can group this file by.
   */
  readonly dimensionHeaders: ReadonlyMap<string, string>;
  /** Rows with a problem; every other row is a draft whose values still have to pass the record checks. */
  readonly rejected: ReadonlySet<number>;
  readonly problems: readonly Problem[];
  /** The header as written, by canonical column, for messages. */
  readonly headers: ReadonlyMap<string, string>;
  readonly notices: readonly string[];
}

/** The row indexes of a table's drafts, in file order (4 bytes a row). */
export function draftRows(table: Table): Int32Array {
  const rows = new Int32Array(table.rows - table.rejected.size);
  let count = 0;
  for (let row = 0; row < table.rows; row += 1) if (!table.rejected.has(row)) rows[count++] = row;
  return rows;
}

/**
 * Stores the text of a cell (trimmed, not empty, not too long) in its column: null when stored,
 * else the reason the cell is refused (its row then holds null).
 */
type CellStore = (text: string, row: number, line: number) => string | null;

/** How one field of every row is read and where its value goes (null: not kept). */
interface Slot {
  readonly header: HeaderSlot;
  readonly typed: TypedColumn | null;
  readonly column: Column<unknown> | null;
  /** A named column that is neither kept nor read: only a cell too long to be a value is a problem in it. */
  readonly skipped: boolean;
  readonly store: CellStore;
}

/*
 * A store per kind of column, chosen once per file (storeFor): each holds one class of column and
 * one way of reading, so its calls stay monomorphic and the engine inlines them, where one
 * function for every cell saw every class of column and called through a property lookup per cell
 * (a million rows of twenty cells notice that).
 */

function textStore(column: Column<unknown>): CellStore {
  return (text) => {
    column.push(text);
    return null;
  };
}

/** A date or moment column: its common form (see TypedColumn.quick) straight into the int column. */
function dayStore(typed: TypedColumn, quick: NonNullable<TypedColumn['quick']>, column: IntColumn): CellStore {
  const slow = readStore(typed, column);
  return (text, row, line) => {
    const value = quick(text, line);
    if (value === null) return slow(text, row, line);
    column.push(value);
    return null;
  };
}

/**
 * A number, money or rating column: its plain form straight into the number column. dayStore
 * written again on purpose: one function for both would see two classes of column and two quick
 * readers at its call sites, which is what the stores are there to avoid.
 */
function numberStore(typed: TypedColumn, quick: NonNullable<TypedColumn['quick']>, column: NumberColumn): CellStore {
  const slow = readStore(typed, column);
  return (text, row, line) => {
    const value = quick(text, line);
    if (value === null) return slow(text, row, line);
    column.push(value);
    return null;
  };
}

/** Any typed column, through its reader's result. */
function readStore(typed: TypedColumn, column: Column<unknown>): CellStore {
  return (text, row, line) => {
    const result = typed.read(text, row, line);
    if (result.ok) {
      column.push(result.value);
      return null;
    }
    column.push(null);
    return result.reason;
  };
}

/** Reading without keeping: a column of a dimension nobody groups by, read for its problems only. */
const DISCARD: Column<unknown> = { length: 0, get: () => null, push: () => undefined, set: () => undefined };

function storeFor(typed: TypedColumn | null, column: Column<unknown> | null): CellStore {
  const into = column ?? DISCARD;
  if (typed === null) return textStore(into);
  if (typed.quick !== undefined && into instanceof IntColumn) return dayStore(typed, typed.quick, into);
  if (typed.quick !== undefined && into instanceof NumberColumn) return numberStore(typed, typed.quick, into);
  return readStore(typed, into);
}

function slotOf(header: HeaderSlot, typed: TypedColumn | null, column: Column<unknown> | null): Slot {
  return { header, typed, column, skipped: header.kind !== 'unnamed' && typed === null && column === null, store: storeFor(typed, column) };
}

/** An empty column for values of the given type. */
export function columnOf(type: ColumnType): Column<unknown> {
  if (type === 'text') return new TextColumn();
  if (type === 'date' || type === 'moment') return new IntColumn();
  if (type === 'money' || type === 'number' || type === 'rating') return new NumberColumn();
  return new ChoiceColumn();
}

/**
 * Dimensions an applications file always keeps, whatever `--by` asks: the process's channel table
 * is per channel (SPEC §10), and without a hires file its vacancies without a hire are the open
 * vacancies (see hiresOfApplications).
 */
const ALWAYS_KEPT: Readonly<Record<TableKind, readonly string[]>> = {
  hires: [],
  costs: [],
  hours: [],
  applications: ['vacancy_id', 'channel'],
  stageHistory: ['vacancy_id', 'channel'],
};

function slotsFor(header: readonly HeaderSlot[], kind: TableKind, settings: TableSettings, dimensions: Map<string, Column<string>[]>): Slot[] {
  const keys = header.flatMap((slot) => (slot.kind === 'extra' ? [slot.key] : slot.kind === 'known' ? [slot.spec.name] : []));
  // A hires file keeps the columns that tell a candidate export from a hires file (see candidate-export.ts).
  const checked = kind === 'hires' ? candidateCheckKeys(keys) : new Set<string>();
  const kept = (key: string): boolean =>
    settings.dimensions === undefined || settings.dimensions.includes(key) || ALWAYS_KEPT[kind].includes(key) || checked.has(key);
  const asDimension = (key: string, column: TextColumn): void => {
    dimensions.set(key, [...(dimensions.get(key) ?? []), column]);
  };
  const slots = header.map((slot): Slot => {
    if (slot.kind === 'unnamed') return slotOf(slot, null, null);
    if (slot.kind === 'extra') return slotOf(slot, null, kept(slot.key) ? new TextColumn() : null);
    const { spec } = slot;
    if (spec.dimension && !kept(spec.name)) return slotOf(slot, null, null);
    const column = spec.distinct ? new PackedTextColumn() : columnOf(spec.type);
    return slotOf(slot, spec.type === 'text' ? null : typedColumn(spec.type, settings), column);
  });
  // A known dimension comes before an extra column of the same name: `department` mapped to
  // "Team" is not overwritten by a "department" column.
  for (const { header, column } of slots) {
    if (header.kind === 'known' && header.spec.dimension && column) asDimension(header.spec.name, column as TextColumn);
  }
  for (const { header, column } of slots) if (header.kind === 'extra' && column) asDimension(header.key, column as TextColumn);
  return slots;
}

function kindOf(given: FileKind | null, fields: readonly string[], fileName: string, settings: TableSettings, line: number): TableKind {
  if (given === null) return detectKind(fields, fileName, settings.columns, line);
  return given === 'applications' ? applicationsShape(fields, settings.columns.applications ?? {}) : given;
}

/**
 * Reads one input file into columns: decoding, delimiter and header, then every cell by its
 * column's type. Each row either becomes a draft or adds its problems; none is dropped. Date and
 * number columns are settled once the whole file is read (see OrderSniffer).
 */
export async function readTable(source: TableSource, settings: TableSettings): Promise<Table> {
  const { fileName } = source;
  const digest = new FileDigest();
  const notices: string[] = [];
  const estimate = source.bytes === undefined ? null : new RowEstimate(source.bytes);
  const chunks = estimate === null ? source.chunks : estimate.counting(source.chunks);
  const text = decodeText(chunks, { fileName, encoding: settings.encoding, digest, notice: (n) => notices.push(n), bytes: true });
  const problems: Problem[] = [];
  const rejected = new Set<number>();
  const lines = new IntColumn();
  const dimensions = new Map<string, Column<string>[]>();
  let slots: Slot[] | null = null;
  let kind: TableKind = source.kind ?? 'hires';
  /** The rows the columns have room for, once an estimate has made it (see RowEstimate). */
  let room = ESTIMATE_FROM_ROWS;
  for await (const batch of readCsvBatches(text, { fileName, delimiter: settings.delimiter })) {
    // A batch's rows are all the bytes read so far hold: the bytes per row are those of whole rows.
    if (slots !== null && estimate !== null && lines.length + batch.length > room) {
      const rows = estimate.rowsFor(lines.length + batch.length);
      if (rows !== null && rows > room) {
        room = rows;
        lines.reserve(rows);
        for (const { column } of slots) column?.reserve?.(rows);
      }
    }
    for (const { line, fields } of batch) {
      if (slots === null) {
        kind = kindOf(source.kind, fields, fileName, settings, line);
        slots = slotsFor(mapHeader(fields, kind, settings.columns[fileKindOf(kind)] ?? {}, fileName, line), kind, settings, dimensions);
        continue;
      }
      const row = lines.length;
      lines.push(line);
      if (!readRow(slots, fields, row, line, fileName, problems)) rejected.add(row);
    }
  }
  const read = slots as Slot[] | null;
  if (read === null) throw new InputError(`${fileName} is empty: a header row is needed`, 'export the data again with its column names');
  if (lines.length === 0) {
    throw new InputError(`${fileName} has a header but no data rows`, 'export the data again, or leave the file out');
  }
  settleColumns(read, lines, rejected, problems, notices, fileName);
  const known = read.flatMap((s) => (s.header.kind === 'known' && s.column ? [[s.header.spec.name, s.column] as const] : []));
  return {
    fileName,
    kind,
    sha256: digest.hex(),
    rows: lines.length,
    lines,
    columns: new Map(known),
    dimensions,
    rejected,
    problems: problems.sort((a, b) => a.line - b.line),
    headers: new Map(read.flatMap((s) => (s.header.kind === 'known' ? [[s.header.spec.name, s.header.header] as const] : []))),
    dimensionHeaders: dimensionHeadersOf(read),
    notices,
  };
}

/** Every dimension among the slots, by key, with its header: known dimensions first, then extra columns. */
function dimensionHeadersOf(slots: readonly Slot[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (const { header } of slots) if (header.kind === 'known' && header.spec.dimension) headers.set(header.spec.name, header.header);
  for (const { header } of slots) if (header.kind === 'extra' && !headers.has(header.key)) headers.set(header.key, header.header);
  return headers;
}

/** The rows read before the columns are made as long as the file needs: enough to tell its bytes per row. */
const ESTIMATE_FROM_ROWS = 1 << 16;

/** A longer field rejects its row: no export has a cell this long unless a quote went astray. */
export const MAX_FIELD_CHARS = 65_536;

/** Reads one row's cells into the columns (null for every cell of a rejected row); false when the row has a problem. */
function readRow(slots: readonly Slot[], fields: readonly string[], row: number, line: number, file: string, problems: Problem[]): boolean {
  let surplus = false;
  for (let index = slots.length; index < fields.length; index += 1) if (fields[index]?.trim() !== '') surplus = true;
  if (fields.length < slots.length || surplus) {
    const reason = `${fields.length} fields where the header has ${slots.length}`;
    problems.push({ file, line, column: null, value: null, reason, hint: RAGGED_HINT });
    for (const { column } of slots) column?.push(null);
    return false;
  }
  let ok = true;
  for (let index = 0; index < slots.length; index += 1) {
    const slot = slots[index] as Slot;
    const field = fields[index] as string;
    // A skipped column's cell matters only when it is too long; its text is not even trimmed.
    if (slot.skipped && field.length <= MAX_FIELD_CHARS) continue;
    const { header, column } = slot;
    const text = trimmed(field);
    if (text === '') {
      column?.push(null);
    } else if (text.length > MAX_FIELD_CHARS) {
      column?.push(null);
      const name = header.kind === 'unnamed' ? `#${index + 1}` : header.header;
      problems.push({ file, line, column: name, value: text, reason: `a field of ${text.length.toLocaleString('en')} characters (rkpi reads at most ${MAX_FIELD_CHARS.toLocaleString('en')})`, hint: LONG_FIELD_HINT });
      ok = false;
    } else if (header.kind === 'unnamed') {
      problems.push({ file, line, column: `#${index + 1}`, value: text, reason: 'a value in a column without a header' });
      ok = false;
    } else {
      const reason = slot.store(text, row, line);
      if (reason !== null) {
        const type = header.kind === 'known' ? header.spec.type : 'text';
        problems.push({ file, line, column: header.header, value: text, reason, hint: CELL_HINTS[type] });
        ok = false;
      }
    }
  }
  return ok;
}

/** Applies each sniffed column's final decision to the rows read before it was known. */
function settleColumns(
  slots: readonly Slot[],
  lines: Column<number>,
  rejected: Set<number>,
  problems: Problem[],
  notices: string[],
  file: string,
): void {
  for (const { header, typed, column } of slots) {
    if (header.kind !== 'known' || typed?.decide == null || column === null) continue;
    const decision = typed.decide(shorten(header.header));
    for (const note of decision.notes) notices.push(`${file}: ${note}`);
    const refuse = (row: number, reason: string, text: string, hint = CELL_HINTS[header.spec.type]): void => {
      if (rejected.has(row)) return;
      problems.push({ file, line: lines.get(row) ?? 0, column: header.header, value: text || null, reason, hint });
      rejected.add(row);
    };
    for (const [row, result] of decision.corrections) {
      if (result.ok) column.set(row, result.value);
      else refuse(row, result.reason, '');
    }
    for (const [row, { reason, text, hint }] of decision.refusals) refuse(row, reason, text, hint);
  }
}
