import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { InputError } from '../errors.js';
import { type Delimiter, sniffDelimiter } from './sniff-delimiter.js';

/** One CSV record and the 1-based line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvOptions {
  readonly fileName: string;
  /** null: sniffed from the header line. */
  readonly delimiter: Delimiter | null;
}

const QUOTE_HINT = 'quote a field that contains the delimiter, a quote or a line break, and double a quote inside it ("")';

function lineBreaksIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    if (!field.includes('\n')) continue;
    for (const char of field) if (char === '\n') count += 1;
  }
  return count;
}

function isBlank(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

function parseFailure(error: CsvError, fileName: string, lastLine: number): InputError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new InputError(`${fileName}:${lastLine + 1}: a quoted field that starts here is never closed`, QUOTE_HINT);
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE') {
    return new InputError(`${fileName}:${error.lines}: a quote in the middle of a field`, QUOTE_HINT);
  }
  return new InputError(`${fileName}:${error.lines}: ${error.message}`, QUOTE_HINT);
}

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Reads `\n`-separated CSV text into records with their starting line numbers, the header first.
 * Blank lines, and lines of only delimiters, are skipped. The delimiter is sniffed from the
 * header line unless given. Ragged rows are passed on as they are, for the caller to report.
 */
export async function* readCsvRows(text: AsyncIterable<string>, options: CsvOptions): AsyncGenerator<CsvRow> {
  const chunks = text[Symbol.asyncIterator]();
  const first = await chunks.next();
  if (first.done || first.value.trim() === '') {
    throw new InputError(`${options.fileName} is empty: a header row is needed`, 'export the data again with its column names');
  }
  const headerLine = first.value.slice(0, first.value.indexOf('\n') >>> 0);
  const parser = parse({
    delimiter: options.delimiter ?? sniffDelimiter(headerLine),
    record_delimiter: '\n',
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
  });
  const source = Readable.from(prepend(first.value, chunks), { objectMode: false });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let lastLine = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = info.lines - lineBreaksIn(record);
      lastLine = info.lines;
      if (!isBlank(record)) yield { line, fields: record };
    }
  } catch (error) {
    if (error instanceof CsvError) throw parseFailure(error, options.fileName, lastLine);
    throw error;
  }
}
