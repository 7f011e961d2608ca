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

/** How one field of every row is read and where its value goes (null: not kept). */
interface Slot {
  readonly header: HeaderSlot;
  readonly typed: TypedColumn | null;
  readonly column: Column<unknown> | null;
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
    if (slot.kind === 'unnamed') return { header: slot, typed: null, column: null };
    if (slot.kind === 'extra') {
      if (!kept(slot.key)) return { header: slot, typed: null, column: null };
      return { header: slot, typed: null, column: new TextColumn() };
    }
    const { spec } = slot;
    if (spec.dimension && !kept(spec.name)) return { header: slot, typed: null, column: null };
    const column = spec.distinct ? new PackedTextColumn() : columnOf(spec.type);
    return { header: slot, typed: spec.type === 'text' ? null : typedColumn(spec.type, settings), column };
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
  const text = decodeText(source.chunks, { fileName, encoding: settings.encoding, digest, notice: (n) => notices.push(n), bytes: true });
  const problems: Problem[] = [];
  const rejected = new Set<number>();
  const lines = new IntColumn();
  const dimensions = new Map<string, Column<string>[]>();
  let slots: Slot[] | null = null;
  let kind: TableKind = source.kind ?? 'hires';
  for await (const batch of readCsvBatches(text, { fileName, delimiter: settings.delimiter })) {
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
    const { header, typed, column } = slots[index] as Slot;
    const text = (fields[index] as string).trim();
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
    } else if (typed === null) {
      column?.push(text);
    } else if (typed.quick !== undefined && pushQuick(typed.quick, text, line, column)) {
      continue;
    } else {
      const result = typed.read(text, row, line);
      if (result.ok) column?.push(result.value);
      else {
        column?.push(null);
        const type = header.kind === 'known' ? header.spec.type : 'text';
        problems.push({ file, line, column: header.header, value: text, reason: result.reason, hint: CELL_HINTS[type] });
        ok = false;
      }
    }
  }
  return ok;
}

/** Pushes the cell's quick value (see TypedColumn.quick); false where the cell needs `read`. */
function pushQuick(quick: (text: string, line: number) => number | null, text: string, line: number, column: Column<unknown> | null): boolean {
  const value = quick(text, line);
  if (value === null) return false;
  column?.push(value);
  return true;
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
