import type { FileKind } from '../../src/io/columns.js';
import { readTable, type Table, type TableSettings } from '../../src/io/read-table.js';

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
