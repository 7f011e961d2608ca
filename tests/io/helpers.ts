import { isoOfDay } from '../../src/core/day.js';
import type { FileKind } from '../../src/io/columns.js';
import type { Validated } from '../../src/io/records.js';
import type { RecordSettings } from '../../src/io/record-schemas.js';
import { draftRows, readTable, type Table, type TableSettings } from '../../src/io/read-table.js';
import { RowDimensions } from '../../src/io/table-columns.js';

export const DUTCH_SETTINGS: TableSettings = {
  encoding: 'auto',
  delimiter: null,
  columns: {},
  currency: 'EUR',
  dateOrder: null,
  dateFallback: 'dmy',
  decimal: null,
  decimalFallback: ',',
};

async function* chunksOf(parts: readonly (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.isBuffer(part) ? part : Buffer.from(part, 'utf8');
}

/** Reads CSV text (or bytes, in chunks) as the given kind of file. */
export function readText(
  kind: FileKind | null,
  content: string | Buffer | readonly (string | Buffer)[],
  settings: Partial<TableSettings> = {},
): Promise<Table> {
  const parts = Array.isArray(content) ? content : [content as string | Buffer];
  return readTable({ fileName: 'test.csv', kind, chunks: chunksOf(parts) }, { ...DUTCH_SETTINGS, ...settings });
}

/** The values of one canonical column, draft by draft (undefined where the cell was empty). */
export function valuesOf(table: Table, column: string): unknown[] {
  const values = table.columns.get(column);
  return Array.from(draftRows(table), (row) => values?.get(row) ?? undefined);
}

/** The dates of one canonical column as ISO strings, draft by draft. */
export function datesOf(table: Table, column: string): (string | undefined)[] {
  return valuesOf(table, column).map((value) => (typeof value === 'number' ? isoOfDay(value) : undefined));
}

/** The line each draft starts on. */
export function linesOf(table: Table): number[] {
  return Array.from(draftRows(table), (row) => table.lines.get(row) ?? 0);
}

/** The number of drafts: rows that read without a problem. */
export function draftCount(table: Table): number {
  return draftRows(table).length;
}

/** The dimensions of the draft at `index` as a Map. */
export function dimsOf(table: Table, index: number): Map<string, string> {
  const row = draftRows(table)[index];
  return row === undefined ? new Map() : new Map(new RowDimensions(table.dimensions, row));
}

/** A record as a plain object with its dims as a Map, to compare with toEqual. */
export function plain<T extends object>(record: T): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key in record) copy[key] = key === 'dims' ? new Map(record[key] as ReadonlyMap<string, string>) : record[key];
  return copy;
}

/** The record checks' settings with the default scales and no configured rates. */
export const RECORD_SETTINGS: RecordSettings = {
  scales: { performance: { min: 1, max: 5 }, satisfaction: { min: 1, max: 10 } },
  rates: {},
};

/** A validation's records as an array, to compare with toEqual. */
export function asArrays<T>(validated: Validated<T>): { records: T[]; problems: Validated<T>['problems'] } {
  return { records: [...validated.records], problems: validated.problems };
}
