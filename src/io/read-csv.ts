import { CsvError, type Options, type Parser, parse } from 'csv-parse';
import { parse as parseAll } from 'csv-parse/sync';
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

/** csv-parse's quote character (its default), as a string and a Buffer search for it alike. */
const QUOTE = '"';

/** Text handed to the parser at a time: some hundreds of records. */
const BATCH_CHARS = 1 << 16;

const QUOTE_HINT = 'quote a field that contains the delimiter, a quote or a line break, and double a quote inside it ("")';

/**
 * csv-parse with the options rkpi reads every file with (the benchmark's parse-only row uses it
 * too). Text arrives with `\n` line ends (see decodeText). Blank lines are not skipped by the
 * parser but passed on as records, so that counting records and the line breaks inside their
 * fields gives every record's line without csv-parse's per-record `info` objects, which cost
 * more than the parsing of a short record.
 */
export function csvParser(delimiter: Delimiter): Parser {
  return parse(csvOptions(delimiter));
}

function csvOptions(delimiter: Delimiter): Options {
  return { delimiter, record_delimiter: '\n', relax_column_count: true };
}

function lineBreaksIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count += 1;
  }
  return count;
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

function parseFailure(error: CsvError, fileName: string, nextLine: number): InputError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    // Every record before it has been counted: the open quote's record starts on the next line.
    return new InputError(`${fileName}:${nextLine}: a quoted field that starts here is never closed`, QUOTE_HINT);
  }
  if (error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'INVALID_OPENING_QUOTE') {
    return new InputError(`${fileName}:${error.lines}: a quote in the middle of a field`, QUOTE_HINT);
  }
  return new InputError(`${fileName}:${error.lines}: ${error.message}`, QUOTE_HINT);
}

/** A first line longer than this is no header of column names: a binary or a one-line file. */
export const MAX_HEADER_CHARS = 1 << 20;

/** The text before the first data row: blank lines, then the header line, with where the header starts. */
interface Head {
  readonly text: string;
  /** Where the header line starts in `text`, and its 1-based line. */
  readonly start: number;
  readonly line: number;
  readonly header: string;
}

const NOT_A_HEADER_HINT = 'a CSV file starts with a row of column names; check that this is the export';

/**
 * The text up to the end of its first line that is not blank, however the chunks split it, so
 * the delimiter is sniffed from the whole header line. Each chunk is searched once, on its own
 * (searching the text read so far after every chunk took minutes for a long first line), and a
 * header of more than MAX_HEADER_CHARS is refused. Null for text that is all blank.
 */
async function readHead(chunks: AsyncIterator<string | Buffer>, fileName: string): Promise<Head | null> {
  const parts: string[] = [];
  let length = 0;
  let firstNonBlank = -1;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    const part = typeof next.value === 'string' ? next.value : next.value.toString('utf8');
    if (firstNonBlank < 0) {
      const at = part.search(/\S/);
      if (at >= 0) firstNonBlank = length + at;
    }
    parts.push(part);
    length += part.length;
    if (firstNonBlank >= 0 && part.indexOf('\n', Math.max(0, firstNonBlank - (length - part.length))) >= 0) break;
    if (length > MAX_HEADER_CHARS) {
      const what = firstNonBlank < 0 ? 'starts with more than 1 MB of blank lines' : 'has a first line of more than 1 MB';
      throw new InputError(`${fileName} ${what}: that is no header row`, NOT_A_HEADER_HINT);
    }
  }
  if (firstNonBlank < 0) return null;
  const text = parts.join('');
  const start = text.lastIndexOf('\n', firstNonBlank) + 1;
  const end = text.indexOf('\n', firstNonBlank);
  const header = text.slice(start, end < 0 ? undefined : end);
  if (header.length > MAX_HEADER_CHARS) throw new InputError(`${fileName} has a first line of more than 1 MB: that is no header row`, NOT_A_HEADER_HINT);
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < start; at = text.indexOf('\n', at + 1)) line += 1;
  return { text, start, line, header };
}

/**
 * Reads `\n`-separated CSV text (strings, or the UTF-8 bytes of text: see DecodeOptions.bytes)
 * into records with their starting line numbers, the header first, a batch per chunk of text.
 * Blank lines, and lines of only delimiters, are skipped. The delimiter is sniffed from the header
 * line (the first line that is not blank) unless given. Ragged rows are passed on as they are, for
 * the caller to report.
 *
 * Each chunk is written to the parser and its records are read back at once, in one synchronous
 * loop: no promise per record, and no more than a chunk's records in memory. A short text that
 * came whole with its header is parsed in one call instead (wholeText).
 */
export async function* readCsvBatches(text: AsyncIterable<string | Buffer>, options: CsvOptions): AsyncGenerator<CsvRow[]> {
  const chunks = text[Symbol.asyncIterator]();
  const head = await readHead(chunks, options.fileName);
  if (head === null) {
    throw new InputError(`${options.fileName} is empty: a header row is needed`, 'export the data again with its column names');
  }
  const delimiter = options.delimiter ?? sniffDelimiter(head.header);
  // The blank lines before the header are not parsed: the first record sets the expected width.
  const afterBlankLines = head.text.slice(head.start);
  const next = afterBlankLines.length <= BATCH_CHARS ? await chunks.next() : null;
  if (next?.done) {
    const whole = wholeText(afterBlankLines, delimiter, head.line);
    if (whole !== null) {
      yield whole;
      return;
    }
  }
  const counter = new RecordCounter(head.line);
  const parser = csvParser(delimiter);
  const failed = (): InputError | null =>
    parser.errored instanceof CsvError ? parseFailure(parser.errored, options.fileName, counter.nextLine) : null;
  parser.on('error', () => undefined); // read from parser.errored, after the records before it
  const drain = (): void => {
    for (let fields: string[] | null = parser.read(); fields !== null; fields = parser.read()) counter.add(fields);
  };
  const feed = (part: string | Buffer): CsvRow[] => {
    counter.sawText(part);
    parser.write(part);
    drain();
    const failure = failed();
    if (failure) throw failure;
    return counter.take();
  };
  // Small batches: their strings are garbage before the next young-generation collection, instead
  // of surviving it and filling the old generation (which made the peak memory grow with the file).
  async function* slices(): AsyncGenerator<string | Buffer> {
    yield afterBlankLines;
    for (let part = next ?? (await chunks.next()); !part.done; part = await chunks.next()) {
      const value = part.value;
      // Bytes may be cut inside a character: the parser joins a field's bytes before it decodes them.
      for (let at = 0; at < value.length; at += BATCH_CHARS) yield typeof value === 'string' ? value.slice(at, at + BATCH_CHARS) : value.subarray(at, at + BATCH_CHARS);
    }
  }
  try {
    for await (const part of slices()) yield feed(part);
  } finally {
    await chunks.return?.(undefined);
  }
  const ended = new Promise<void>((resolve, reject) => {
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  parser.on('readable', drain);
  parser.end();
  try {
    await ended;
  } catch (error) {
    throw failed() ?? error;
  }
  yield counter.take();
}

/**
 * The records of a text that came whole with its header and fits in one batch (a short file),
 * parsed in one call of csv-parse's synchronous API: the same parser without the stream around
 * it, whose first use costs a short run some 5 ms of CPU. Null when the parser refuses the text:
 * the stream path then reads it again, to report the mistake on the line it reports it on.
 */
function wholeText(text: string, delimiter: Delimiter, line: number): CsvRow[] | null {
  let records: string[][];
  try {
    records = parseAll(text, csvOptions(delimiter));
  } catch (error) {
    if (error instanceof CsvError) return null;
    throw error;
  }
  const counter = new RecordCounter(line);
  counter.sawText(text);
  for (const fields of records) counter.add(fields);
  return counter.take();
}

/**
 * Gives each record the line it starts on, counting records and the line breaks inside their
 * fields, and keeps those that are not blank until taken. A line break inside a field needs quotes
 * around it: until the text has had a quote, no field holds one, and its records are counted
 * without searching every field (a few per cent of the reading of a file without quotes, as most
 * exports are).
 */
class RecordCounter {
  private quoted = false;
  private batch: CsvRow[] = [];

  /** @param nextLine the line the first record starts on */
  constructor(public nextLine: number) {}

  /** Notes the text about to be parsed: whether it has a quote. */
  sawText(part: string | Buffer): void {
    this.quoted ||= part.indexOf(QUOTE) !== -1;
  }

  add(fields: string[]): void {
    const line = this.nextLine;
    this.nextLine += this.quoted ? 1 + lineBreaksIn(fields) : 1;
    if (!isBlank(fields)) this.batch.push({ line, fields });
  }

  /** The records kept since the last take. */
  take(): CsvRow[] {
    const rows = this.batch;
    this.batch = [];
    return rows;
  }
}

/** readCsvBatches one record at a time, for small files. */
export async function* readCsvRows(text: AsyncIterable<string | Buffer>, options: CsvOptions): AsyncGenerator<CsvRow> {
  for await (const batch of readCsvBatches(text, options)) yield* batch;
}
