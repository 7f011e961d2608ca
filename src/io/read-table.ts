import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import type { CellResult } from './cell-token.js';
import { type CellSettings, type TypedColumn, typedColumn } from './cell-readers.js';
import type { FileKind } from './columns.js';
import { decodeText, type EncodingOption } from './decode.js';
import { type ColumnMapping, detectKind, type HeaderSlot, mapHeader } from './header.js';
import { CELL_HINTS, RAGGED_HINT } from './hints.js';
import type { Problem } from './problem.js';
import { readCsvRows } from './read-csv.js';
import type { Delimiter } from './sniff-delimiter.js';

export interface TableSource {
  /** The name messages use: the path as given, or `stdin`. */
  readonly fileName: string;
  /** null: told from the header (for `rkpi validate`). */
  readonly kind: FileKind | null;
  readonly chunks: AsyncIterable<Buffer>;
}

export interface TableSettings extends CellSettings {
  readonly encoding: EncodingOption;
  readonly delimiter: Delimiter | null;
  /** The config's `columns` mappings, per kind of file. */
  readonly columns: Readonly<Partial<Record<FileKind, ColumnMapping>>>;
}

/** A row whose cells all read; the values still have to pass the record checks. */
export interface DraftRow {
  readonly line: number;
  /** Typed values by canonical column; empty cells are absent. */
  readonly values: Map<string, unknown>;
  readonly dims: Map<string, string>;
}

export interface Table {
  readonly fileName: string;
  readonly kind: FileKind;
  readonly sha256: string;
  /** Data rows in the file (blank lines not counted). */
  readonly rows: number;
  readonly drafts: readonly DraftRow[];
  readonly problems: readonly Problem[];
  /** The header as written, by canonical column, for messages. */
  readonly headers: ReadonlyMap<string, string>;
  readonly notices: readonly string[];
}

interface Slot {
  readonly header: HeaderSlot;
  readonly typed: TypedColumn | null;
}

function slotsFor(header: readonly HeaderSlot[], settings: CellSettings): Slot[] {
  return header.map((slot) => ({
    header: slot,
    typed: slot.kind === 'known' && slot.spec.type !== 'text' ? typedColumn(slot.spec.type, settings) : null,
  }));
}

/**
 * Reads one input file into draft rows: decoding, delimiter and header, then every cell by its
 * column's type. Each row either becomes a draft or adds its problems; none is dropped. Date and
 * number columns are settled once the whole file is read (see OrderSniffer).
 */
export async function readTable(source: TableSource, settings: TableSettings): Promise<Table> {
  const { fileName } = source;
  const digest = createHash('sha256');
  const notices: string[] = [];
  const text = decodeText(source.chunks, { fileName, encoding: settings.encoding, digest, notice: (n) => notices.push(n) });
  const drafts: (DraftRow | null)[] = [];
  const problems: Problem[] = [];
  let slots: Slot[] | null = null;
  let kind: FileKind = source.kind ?? 'hires';
  let rows = 0;
  for await (const { line, fields } of readCsvRows(text, { fileName, delimiter: settings.delimiter })) {
    if (slots === null) {
      kind = source.kind ?? detectKind(fields, fileName, settings.columns, line);
      slots = slotsFor(mapHeader(fields, kind, settings.columns[kind] ?? {}, fileName, line), settings);
      continue;
    }
    const row = rows;
    rows += 1;
    const rowProblems = readRow(slots, fields, row, line, fileName);
    if (Array.isArray(rowProblems)) {
      problems.push(...rowProblems);
      drafts.push(null);
    } else drafts.push(rowProblems);
  }
  if (slots === null) throw new InputError(`${fileName} is empty: a header row is needed`);
  if (rows === 0) {
    throw new InputError(`${fileName} has a header but no data rows`, 'export the data again, or leave the file out');
  }
  settleColumns(slots, drafts, problems, notices, fileName);
  const headers = new Map(slots.flatMap((s) => (s.header.kind === 'known' ? [[s.header.spec.name, s.header.header] as const] : [])));
  return {
    fileName,
    kind,
    sha256: digest.digest('hex'),
    rows,
    drafts: drafts.filter((draft): draft is DraftRow => draft !== null),
    problems: problems.sort((a, b) => a.line - b.line),
    headers,
    notices,
  };
}

function readRow(slots: readonly Slot[], fields: readonly string[], row: number, line: number, file: string): DraftRow | Problem[] {
  const surplus = fields.slice(slots.length).some((field) => field.trim() !== '');
  if (fields.length < slots.length || surplus) {
    const reason = `${fields.length} fields where the header has ${slots.length}`;
    return [{ file, line, column: null, value: null, reason, hint: RAGGED_HINT }];
  }
  const values = new Map<string, unknown>();
  const dims = new Map<string, string>();
  const problems: Problem[] = [];
  slots.forEach(({ header, typed }, index) => {
    const text = (fields[index] ?? '').trim();
    if (text === '') return;
    if (header.kind === 'unnamed') {
      problems.push({ file, line, column: `#${index + 1}`, value: text, reason: 'a value in a column without a header' });
    } else if (header.kind === 'extra') {
      // A known dimension wins: `department` mapped to "Team" is not overwritten by a "department" column.
      if (!dims.has(header.key)) dims.set(header.key, text);
    } else {
      const result: CellResult<unknown> = typed ? typed.read(text, row, line) : { ok: true, value: text };
      if (!result.ok) {
        problems.push({ file, line, column: header.header, value: text, reason: result.reason, hint: CELL_HINTS[header.spec.type] });
      }
      else {
        values.set(header.spec.name, result.value);
        if (header.spec.dimension) dims.set(header.spec.name, text);
      }
    }
  });
  return problems.length > 0 ? problems : { line, values, dims };
}

/** Applies each sniffed column's final decision to the drafts read before it was known. */
function settleColumns(slots: readonly Slot[], drafts: (DraftRow | null)[], problems: Problem[], notices: string[], file: string): void {
  for (const { header, typed } of slots) {
    if (header.kind !== 'known' || typed?.decide == null) continue;
    const decision = typed.decide(header.header);
    if (decision.assumption) notices.push(`${file}: ${decision.assumption}`);
    const refuse = (row: number, reason: string, text: string): void => {
      const draft = drafts[row];
      if (!draft) return;
      problems.push({ file, line: draft.line, column: header.header, value: text || null, reason, hint: CELL_HINTS[header.spec.type] });
      drafts[row] = null;
    };
    for (const [row, result] of decision.corrections) {
      if (result.ok) drafts[row]?.values.set(header.spec.name, result.value);
      else refuse(row, result.reason, '');
    }
    for (const [row, { reason, text }] of decision.refusals) refuse(row, reason, text);
  }
}
