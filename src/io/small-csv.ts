import { InputError } from '../errors.js';
import { normaliseHeader } from './columns.js';
import { decodeText, type EncodingOption } from './decode.js';
import { FileDigest } from './file-digest.js';
import { RAGGED_HINT } from './hints.js';
import type { OpenedInput } from './open-input.js';
import type { Problem } from './problem.js';
import { type CsvRow, readCsvRows } from './read-csv.js';
import type { Delimiter } from './sniff-delimiter.js';

export interface SmallCsvSettings {
  readonly encoding: EncodingOption;
  readonly delimiter: Delimiter | null;
}

/** A small CSV file (rankings, scores) read whole: its header and data rows. */
export interface SmallCsv {
  readonly fileName: string;
  readonly header: readonly string[];
  /** Data rows with their line numbers; blank lines are skipped. */
  readonly rows: readonly CsvRow[];
  readonly notices: readonly string[];
  readonly sha256: string;
}

/**
 * Reads a small CSV file into memory with the same decoding (BOM, UTF-8 or Windows-1252) and
 * delimiter sniffing as the hires, costs and hours files. Refuses an empty file or one without
 * data rows; `what` names the rows in that message (e.g. "stakeholders").
 */
export async function readSmallCsv(source: OpenedInput, settings: SmallCsvSettings, what: string): Promise<SmallCsv> {
  const { fileName } = source;
  const digest = new FileDigest();
  const notices: string[] = [];
  const text = decodeText(source.chunks, { fileName, encoding: settings.encoding, digest, notice: (n) => notices.push(n) });
  let header: readonly string[] | null = null;
  const rows: CsvRow[] = [];
  for await (const row of readCsvRows(text, { fileName, delimiter: settings.delimiter })) {
    if (header === null) header = row.fields.map((field) => field.trim());
    else rows.push(row);
  }
  if (header === null) throw new InputError(`${fileName} is empty: a header row is needed`);
  if (rows.length === 0) throw new InputError(`${fileName} has a header but no ${what}`, `add one row per ${what.replace(/s$/, '')}`);
  return { fileName, header, rows, notices, sha256: digest.hex() };
}

/**
 * The index of the first header that is one of `names` (normalised as input headers are), or -1.
 *
 * @example headerIndex(['Naam', 'Groep'], ['stakeholder', 'naam']) // 0
 */
export function headerIndex(header: readonly string[], names: readonly string[]): number {
  return header.findIndex((name) => names.includes(normaliseHeader(name)));
}

/** A problem for a row with more or fewer fields than the header, or null when it fits. */
export function raggedRow(row: CsvRow, header: readonly string[], file: string): Problem | null {
  const surplus = row.fields.slice(header.length).some((field) => field.trim() !== '');
  if (row.fields.length >= header.length && !surplus) return null;
  return { file, line: row.line, column: null, value: null, reason: `${row.fields.length} fields where the header has ${header.length}`, hint: RAGGED_HINT };
}
