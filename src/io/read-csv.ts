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

/** How far the parser had read when it finished its last whole record. */
interface Progress {
  lines: number;
  emptyLines: number;
}

function parseFailure(error: CsvError, fileName: string, last: Progress): InputError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    // The open quote's record starts after the last whole record and the blank lines skipped since.
    const line = last.lines + 1 + (Number(error.empty_lines) - last.emptyLines);
    return new InputError(`${fileName}:${line}: a quoted field that starts here is never closed`, QUOTE_HINT);
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'INVALID_OPENING_QUOTE') {
    return new InputError(`${fileName}:${error.lines}: a quote in the middle of a field`, QUOTE_HINT);
  }
  return new InputError(`${fileName}:${error.lines}: ${error.message}`, QUOTE_HINT);
}

/**
 * The text up to the end of its first line that is not blank, however the chunks split it, so
 * the delimiter is sniffed from the whole header line.
 */
async function readHead(chunks: AsyncIterator<string>): Promise<string> {
  let head = '';
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    head += next.value;
    if (/\S[^\n]*\n/.test(head)) break;
  }
  return head;
}

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Reads `\n`-separated CSV text into records with their starting line numbers, the header first.
 * Blank lines, and lines of only delimiters, are skipped. The delimiter is sniffed from the
 * header line (the first line that is not blank) unless given. Ragged rows are passed on as they
 * are, for the caller to report.
 */
export async function* readCsvRows(text: AsyncIterable<string>, options: CsvOptions): AsyncGenerator<CsvRow> {
  const chunks = text[Symbol.asyncIterator]();
  const head = await readHead(chunks);
  if (head.trim() === '') {
    throw new InputError(`${options.fileName} is empty: a header row is needed`, 'export the data again with its column names');
  }
  const headerLine = /^.*\S.*$/m.exec(head)?.[0] ?? '';
  // Tracked as the parser goes, not as records are consumed: a parse error can come before them.
  const last: Progress = { lines: 0, emptyLines: 0 };
  const parser = parse({
    delimiter: options.delimiter ?? sniffDelimiter(headerLine),
    record_delimiter: '\n',
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record, context) => {
      last.lines = context.lines;
      last.emptyLines = context.empty_lines;
      return record;
    },
  });
  const source = Readable.from(prepend(head, chunks), { objectMode: false });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = info.lines - lineBreaksIn(record);
      if (!isBlank(record)) yield { line, fields: record };
    }
  } catch (error) {
    if (error instanceof CsvError) throw parseFailure(error, options.fileName, last);
    throw error;
  }
}
