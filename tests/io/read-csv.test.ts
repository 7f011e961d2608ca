import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvRow, readCsvRows } from '../../src/io/read-csv.js';
import type { Delimiter } from '../../src/io/sniff-delimiter.js';

const QUOTE_HINT = 'quote a field that contains the delimiter, a quote or a line break, and double a quote inside it ("")';

async function* textOf(parts: readonly string[]): AsyncGenerator<string> {
  for (const part of parts) yield part;
}

async function rowsOf(text: string | readonly string[], delimiter: Delimiter | null = null): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  const parts = typeof text === 'string' ? [text] : text;
  for await (const row of readCsvRows(textOf(parts), { fileName: 'test.csv', delimiter })) rows.push(row);
  return rows;
}

describe('readCsvRows', () => {
  it('reads the header and the records with the line each starts on', async () => {
    expect(await rowsOf('a;b\n1;2\n3;4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('counts the lines of blank lines and of a quoted field that spans two lines', async () => {
    expect(await rowsOf('a;b\n\n1;"two\nlines"\n\n\n3;4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', 'two\nlines'] },
      { line: 7, fields: ['3', '4'] },
    ]);
  });

  it('counts the lines of a quoted field that spans two lines in a part after parts without a quote', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i};x\n`).join('');
    const read = await rowsOf(['a;b\n', rows, '1;"two\nlines"\n', '3;4\n']);
    expect(read.slice(-2)).toEqual([
      { line: 3002, fields: ['1', 'two\nlines'] },
      { line: 3004, fields: ['3', '4'] },
    ]);
  });

  it('skips a line of only delimiters, with or without spaces', async () => {
    expect(await rowsOf('a;b;c\n;;\n ; ; \n1;2;3\n')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 4, fields: ['1', '2', '3'] },
    ]);
  });

  it('reads quoted fields with the delimiter and a doubled quote inside', async () => {
    expect(await rowsOf('a;b\n"x;y";"say ""hi"""\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x;y', 'say "hi"'] },
    ]);
  });

  it('passes ragged rows on as they are', async () => {
    expect(await rowsOf('a;b\n1\n1;2;3\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1'] },
      { line: 3, fields: ['1', '2', '3'] },
    ]);
  });

  it('uses a given delimiter instead of sniffing one', async () => {
    expect(await rowsOf('a;b,c\n1;2,3\n', ',')).toEqual([
      { line: 1, fields: ['a;b', 'c'] },
      { line: 2, fields: ['1;2', '3'] },
    ]);
  });

  it('sniffs the delimiter from a header that arrives in several chunks', async () => {
    expect(await rowsOf(['da', 'tum;bed', 'rag\n1;2\n'])).toEqual([
      { line: 1, fields: ['datum', 'bedrag'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('skips blank lines before the header and sniffs the delimiter from the header', async () => {
    expect(await rowsOf(['\n', '\ndatum;bedrag\n1;2\n'])).toEqual([
      { line: 3, fields: ['datum', 'bedrag'] },
      { line: 4, fields: ['1', '2'] },
    ]);
  });

  it('reads a short text in one call as the stream reads it in chunks: the same rows, or the same refusal', async () => {
    /** The rows, or the message of the refusal. */
    const outcome = (parts: readonly string[]) => rowsOf(parts).then((rows) => rows, (error: Error) => error.message);
    const body = fc.string({ unit: fc.constantFrom('x', '1', ';', '"', '\n', ' ', '\r'), maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(body, fc.nat(), async (text, at) => {
        const whole = `a;b\n${text}`;
        // split after the header line: the header arrives before the rest, so the stream reads it
        const cut = 4 + (at % (text.length + 1));
        expect(await outcome([whole])).toEqual(await outcome([whole.slice(0, cut), whole.slice(cut)]));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses text without a header', async () => {
    const empty = { name: 'InputError', message: 'test.csv is empty: a header row is needed', hint: 'export the data again with its column names' };
    await expect(rowsOf([])).rejects.toMatchObject(empty);
    await expect(rowsOf('')).rejects.toMatchObject(empty);
    await expect(rowsOf(['\n', ' \n\n'])).rejects.toMatchObject(empty);
  });

  describe('quote errors', () => {
    it('names the line where a quoted field that is never closed starts', async () => {
      await expect(rowsOf('a;b\n1;2\n3;"4\n5;6\n')).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv:3: a quoted field that starts here is never closed',
        hint: QUOTE_HINT,
      });
    });

    it('names that line after blank lines too', async () => {
      // lines 3 and 4 are blank; the quote opens on line 5
      await expect(rowsOf('a;b\n1;2\n\n\n"3;4\n5;6\n')).rejects.toMatchObject({
        message: 'test.csv:5: a quoted field that starts here is never closed',
      });
    });

    it('names the same line however the text is split into chunks', async () => {
      await expect(rowsOf(['a;b\n1;2\n', '\n3;"4\n', '5;6\n'])).rejects.toMatchObject({
        message: 'test.csv:4: a quoted field that starts here is never closed',
      });
    });

    it('names line 2 when the first record opens a quote that is never closed', async () => {
      await expect(rowsOf('a;b\n"1;2\n')).rejects.toMatchObject({
        message: 'test.csv:2: a quoted field that starts here is never closed',
      });
    });

    it('refuses a stray quote in the middle of an unquoted field', async () => {
      await expect(rowsOf('a;b\n1;2\n3;4"5\n')).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv:3: a quote in the middle of a field',
        hint: QUOTE_HINT,
      });
    });

    it('refuses text after the closing quote of a field', async () => {
      await expect(rowsOf('a;b\n1;2\n"3"x;4\n')).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv:3: a quote in the middle of a field',
        hint: QUOTE_HINT,
      });
    });
  });

  describe('a long first line', () => {
    /** A header of `columns` names of 10 characters, in 64 KB chunks as files are read. */
    const chunked = (text: string): string[] => Array.from({ length: Math.ceil(text.length / 65_536) }, (_, i) => text.slice(i * 65_536, (i + 1) * 65_536));

    it('reads a header of 900 KB, in chunks, in one pass over it (a rescan per chunk took minutes)', async () => {
      const names = Array.from({ length: 90_000 }, (_, i) => `c${String(i).padStart(8, '0')}`);
      const rows = await rowsOf(chunked(`\n\n${names.join(',')}\n1\n`));
      expect(rows[0]).toEqual({ line: 3, fields: names });
      expect(rows[1]).toEqual({ line: 4, fields: ['1'] });
    });

    it('refuses a first line of more than 1 MB as no header row', async () => {
      await expect(rowsOf(chunked('x'.repeat(1_100_000)))).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv has a first line of more than 1 MB: that is no header row',
        hint: 'a CSV file starts with a row of column names; check that this is the export',
      });
    });

    it('refuses a file that starts with more than 1 MB of blank lines', async () => {
      await expect(rowsOf(chunked('\n'.repeat(1_100_000)))).rejects.toMatchObject({
        message: 'test.csv starts with more than 1 MB of blank lines: that is no header row',
      });
    });
  });
});
