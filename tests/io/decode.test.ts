import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, type EncodingOption } from '../../src/io/decode.js';
import { linesOf, readText, valuesOf } from './helpers.js';

const SAVE_AS_CSV = 'in Excel use Save As → "CSV UTF-8 (comma delimited)" or "CSV (semicolon delimited)"';
const WINDOWS_1252_NOTICE = 'test.csv: not valid UTF-8, read as Windows-1252 (pass --encoding to choose)';

/** Windows-1252 bytes of a text: € and ’ have their own bytes, the rest is Latin-1. */
const WINDOWS_1252_BYTES = new Map([['€', 0x80], ['’', 0x92]]);
const windows1252 = (text: string): Buffer => Buffer.from([...text].map((c) => WINDOWS_1252_BYTES.get(c) ?? c.charCodeAt(0)));

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

async function* chunksOf(parts: readonly (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.isBuffer(part) ? part : Buffer.from(part, 'utf8');
}

async function decode(parts: readonly (string | Buffer)[], encoding: EncodingOption = 'auto') {
  const notices: string[] = [];
  const options = { fileName: 'test.csv', encoding, digest: createHash('sha256'), notice: (n: string) => notices.push(n) };
  let text = '';
  for await (const piece of decodeText(chunksOf(parts), options)) text += piece;
  return { text, notices };
}

describe('decodeText', () => {
  describe('UTF-8', () => {
    it('strips a UTF-8 byte order mark', async () => {
      expect(await decode([Buffer.concat([BOM, Buffer.from('datum;bedrag\n')])])).toEqual({ text: 'datum;bedrag\n', notices: [] });
    });

    it('strips a byte order mark split over two chunks', async () => {
      expect(await decode([BOM.subarray(0, 1), Buffer.concat([BOM.subarray(1), Buffer.from('datum\n')])])).toEqual({
        text: 'datum\n',
        notices: [],
      });
    });

    it('joins a multi-byte character that straddles two chunks', async () => {
      const bytes = Buffer.from('café €5\n', 'utf8');
      // é is C3 A9 at bytes 3–4; € is E2 82 AC at bytes 6–8
      expect(await decode([bytes.subarray(0, 4), bytes.subarray(4, 7), bytes.subarray(7)])).toEqual({
        text: 'café €5\n',
        notices: [],
      });
    });

    it('refuses a UTF-8 file that ends in the middle of a character', async () => {
      await expect(decode([Buffer.from('café\n', 'utf8'), Buffer.from([0x61, 0x0a, 0xe2, 0x82])])).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv ends in the middle of a UTF-8 character',
        hint: SAVE_AS_CSV,
      });
    });

    it('reads bytes that would start a UTF-8 character at the end of a file without UTF-8 text as Windows-1252', async () => {
      // E2 82 is "â‚" in Windows-1252; with no valid multi-byte sequence the file is not UTF-8
      expect(await decode([Buffer.from([0x61, 0x0a, 0xe2, 0x82])])).toEqual({ text: 'a\nâ‚', notices: [WINDOWS_1252_NOTICE] });
    });
  });

  describe('Windows-1252', () => {
    it('reads a file that is not UTF-8 as Windows-1252 with a notice', async () => {
      expect(await decode([windows1252('€ 5;Zoë;’t Hoekje\n')])).toEqual({
        text: '€ 5;Zoë;’t Hoekje\n',
        notices: [WINDOWS_1252_NOTICE],
      });
    });

    it('switches to Windows-1252 when the first high byte comes in a later chunk', async () => {
      expect(await decode(['datum;categorie\n', windows1252('2025-01-01;Zoë\n')])).toEqual({
        text: 'datum;categorie\n2025-01-01;Zoë\n',
        notices: [WINDOWS_1252_NOTICE],
      });
    });

    it('reads Windows-1252 without a notice when --encoding says so', async () => {
      expect(await decode([windows1252('€ 5\n')], 'windows-1252')).toEqual({ text: '€ 5\n', notices: [] });
    });

    it('refuses a Windows-1252 file under --encoding utf-8, naming the line', async () => {
      await expect(decode([windows1252('naam\nJan\nZoë\n')], 'utf-8')).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv:3: a byte that is not UTF-8, but --encoding says utf-8',
        hint: 'pass --encoding windows-1252 if Excel on Windows saved it',
      });
    });
  });

  describe('a file that mixes UTF-8 and Windows-1252', () => {
    const MIXED_HINT = `save it again in one encoding; ${SAVE_AS_CSV}`;

    it('refuses UTF-8 text first and a Windows-1252 byte in a later chunk, naming its line', async () => {
      await expect(decode(['naam\ncafé\n', windows1252('Zoë\n')])).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv:3: a byte that is not UTF-8, in a file with UTF-8 text (line 2): it mixes two encodings',
        hint: MIXED_HINT,
      });
    });

    it('refuses UTF-8 text and a Windows-1252 byte in one chunk (it read Zoë as ZoÃ«)', async () => {
      const bytes = Buffer.concat([Buffer.from('naam;afdeling\nZoë;Sales\n', 'utf8'), windows1252('Jan;Zoë\n')]);
      await expect(decode([bytes])).rejects.toMatchObject({
        message: 'test.csv:3: a byte that is not UTF-8, in a file with UTF-8 text (line 2): it mixes two encodings',
      });
    });

    it('refuses a Windows-1252 byte after a UTF-8 byte order mark (it made the header ï»¿hire_id)', async () => {
      await expect(decode([Buffer.concat([BOM, windows1252('hire_id;naam\nH1;Zoë\n')])])).rejects.toMatchObject({
        message: 'test.csv:2: a byte that is not UTF-8, in a file that starts with a UTF-8 byte order mark: it mixes two encodings',
        hint: MIXED_HINT,
      });
    });

    it('refuses a Windows-1252 byte first and UTF-8 text 200 KB later, naming the line of the first', async () => {
      const filler = 'H1;2025-01-06\n'.repeat(15_000);
      const chunks = [windows1252('naam\nZoë\n'), Buffer.from(filler), Buffer.from('café\n', 'utf8')];
      await expect(decode(chunks)).rejects.toMatchObject({
        message: 'test.csv:2: a byte that is not UTF-8, in a file with UTF-8 text (line 15003): it mixes two encodings',
      });
    });

    it('gives the same verdict wherever the chunks are split', async () => {
      const bytes = Buffer.concat([Buffer.from('a;b\r\nx;ë\r\n', 'utf8'), windows1252('y;ë\r\n')]);
      const whole = await decode([bytes]).catch((error: Error) => error.message);
      expect(whole).toBe('test.csv:3: a byte that is not UTF-8, in a file with UTF-8 text (line 2): it mixes two encodings');
      for (let split = 1; split < bytes.length; split += 1) {
        expect(await decode([bytes.subarray(0, split), bytes.subarray(split)]).catch((error: Error) => error.message)).toBe(whole);
      }
    });
  });

  describe('for any bytes', () => {
    // Pieces that make up files: ASCII with line ends, UTF-8 characters, Windows-1252 bytes, a BOM.
    const piece = fc.constantFrom(
      Buffer.from('a;b'), Buffer.from('\n'), Buffer.from('\r\n'), Buffer.from('\r'), Buffer.from('"x\ny"'),
      Buffer.from('ë', 'utf8'), Buffer.from('€', 'utf8'), Buffer.from('😀', 'utf8'),
      windows1252('ë'), windows1252('€'), windows1252('’'), Buffer.from([0xc3]), Buffer.from([0xe2, 0x82]),
    );
    const file = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 30 })).map(([bom, pieces]) => Buffer.concat([...(bom ? [BOM] : []), Buffer.from('h\n'), ...pieces]));

    it('gives the same text or the same refusal however the file is split into chunks', async () => {
      await fc.assert(
        fc.asyncProperty(file, fc.array(fc.nat(), { maxLength: 4 }), async (bytes, cuts) => {
          const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
          const parts = [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length));
          const outcome = (parts: readonly Buffer[]) => decode(parts).catch((error: Error) => error.message);
          expect(await outcome(parts)).toEqual(await outcome([bytes]));
        }),
        { numRuns: 300, seed: 17 },
      );
    }, 60_000);
  });

  describe('what is not text', () => {
    it('refuses UTF-16 little-endian with a byte order mark', async () => {
      await expect(decode([Buffer.from('\ufeffdatum;bedrag\n', 'utf16le')])).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv is UTF-16 text, which rkpi does not read',
        hint: SAVE_AS_CSV,
      });
    });

    it('refuses UTF-16 big-endian with a byte order mark', async () => {
      const bigEndian = Buffer.from('\ufeffdatum;bedrag\n', 'utf16le').swap16();
      expect(bigEndian.subarray(0, 2)).toEqual(Buffer.from([0xfe, 0xff]));
      await expect(decode([bigEndian])).rejects.toMatchObject({ message: 'test.csv is UTF-16 text, which rkpi does not read' });
    });

    it('refuses UTF-16 without a byte order mark by its NUL bytes', async () => {
      await expect(decode([Buffer.from('datum;bedrag\n', 'utf16le')])).rejects.toMatchObject({
        message: 'test.csv is UTF-16 text, which rkpi does not read',
      });
    });

    it('refuses an .xlsx workbook', async () => {
      await expect(decode([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])])).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv is an Excel workbook or another zip file, not CSV',
        hint: SAVE_AS_CSV,
      });
    });

    it('refuses a binary file with a few NUL bytes', async () => {
      await expect(decode([Buffer.from('datum;bedrag\n2025-01-01;5\u0000\n', 'utf8')])).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv is a binary file, not CSV (it contains NUL bytes)',
        hint: SAVE_AS_CSV,
      });
    });

    it('calls a file of only NUL bytes binary, not UTF-16 (/dev/zero)', async () => {
      await expect(decode([Buffer.alloc(65_536)])).rejects.toMatchObject({ message: 'test.csv is a binary file, not CSV (it contains NUL bytes)' });
    });

    it('refuses a file without bytes', async () => {
      await expect(decode([])).rejects.toMatchObject({
        name: 'InputError',
        message: 'test.csv is empty: a header row is needed',
        hint: 'export the data again with its column names',
      });
    });
  });

  describe('line ends', () => {
    it('turns CRLF and CR-only line ends into LF', async () => {
      expect((await decode(['a\r\nb\rc\n'])).text).toBe('a\nb\nc\n');
    });

    it('turns a CRLF split over two chunks into one line end', async () => {
      expect((await decode(['a\r', '\nb\r', '\r\n'])).text).toBe('a\nb\n\n');
    });

    it('ends a file whose last byte is a CR with LF', async () => {
      expect((await decode(['a\rb\r'])).text).toBe('a\nb\n');
    });
  });
});

describe('decoding through readTable', () => {
  it('keeps a byte order mark out of the first header', async () => {
    const table = await readText('costs', Buffer.concat([BOM, Buffer.from('datum;bedrag\n2025-01-01;5\n')]));
    expect(table.headers.get('date')).toBe('datum');
    expect(valuesOf(table, 'amount')).toEqual([500]);
  });

  it('hashes the bytes of the file as they are, byte order mark included', async () => {
    const bytes = Buffer.concat([BOM, Buffer.from('datum;bedrag\n2025-01-01;5\n')]);
    const table = await readText('costs', [bytes.subarray(0, 2), bytes.subarray(2)]);
    expect(table.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('reads €, ë and ’ of a Windows-1252 file right, with the notice', async () => {
    const table = await readText('costs', windows1252('datum;bedrag;categorie\n2025-01-01;€ 12,50;Zoë’s advertentie\n'));
    expect(valuesOf(table, 'amount')).toEqual([1250]);
    expect(valuesOf(table, 'category')).toEqual(['Zoë’s advertentie']);
    expect(table.notices).toEqual([WINDOWS_1252_NOTICE]);
  });

  it('reads a UTF-8 file whose multi-byte character straddles two chunks', async () => {
    const bytes = Buffer.from('datum;bedrag;categorie\n2025-01-01;5;café\n', 'utf8');
    const split = bytes.indexOf(0xc3) + 1;
    const table = await readText('costs', [bytes.subarray(0, split), bytes.subarray(split)]);
    expect(valuesOf(table, 'category')).toEqual(['café']);
    expect(table.notices).toEqual([]);
  });

  it('refuses an empty file and a file of only a byte order mark', async () => {
    const empty = { name: 'InputError', message: 'test.csv is empty: a header row is needed' };
    await expect(readText('costs', '')).rejects.toMatchObject(empty);
    await expect(readText('costs', [])).rejects.toMatchObject(empty);
    await expect(readText('costs', BOM)).rejects.toMatchObject(empty);
  });

  describe('line numbers', () => {
    const lf = 'datum;bedrag\n2025-01-01;5\n\n2025-01-02;"6\n"\n2025-01-03;7\n';

    it('counts LF lines, blank lines and the line break inside a quoted field', async () => {
      expect(linesOf(await readText('costs', lf))).toEqual([2, 4, 6]);
    });

    it('gives CRLF files the same line numbers as LF', async () => {
      expect(linesOf(await readText('costs', lf.replace(/\n/g, '\r\n')))).toEqual([2, 4, 6]);
    });

    it('gives CR-only files the same line numbers as LF', async () => {
      expect(linesOf(await readText('costs', lf.replace(/\n/g, '\r')))).toEqual([2, 4, 6]);
    });

    it('gives the same line numbers when a CRLF straddles two chunks', async () => {
      const crlf = lf.replace(/\n/g, '\r\n');
      const parts = crlf.split(/(?<=\r)/);
      // every chunk but the last ends in a CR whose LF opens the next chunk
      expect(parts.length).toBe(7);
      expect(linesOf(await readText('costs', parts))).toEqual([2, 4, 6]);
    });
  });
});

describe('decodeText giving out bytes where they are the text already', () => {
  /** The pieces as text: bytes read as the UTF-8 they are; or the message of the error thrown. */
  async function pieces(parts: readonly Buffer[], encoding: EncodingOption, bytes: boolean): Promise<{ text: string; notices: string[]; bytes: number } | string> {
    const notices: string[] = [];
    const options = { fileName: 'test.csv', encoding, digest: createHash('sha256'), notice: (n: string) => notices.push(n), bytes };
    let text = '';
    let given = 0;
    try {
      for await (const piece of decodeText(chunksOf(parts), options)) {
        if (Buffer.isBuffer(piece)) given += 1;
        text += Buffer.isBuffer(piece) ? piece.toString('utf8') : piece;
      }
    } catch (error) {
      return (error as Error).message;
    }
    return { text, notices, bytes: given };
  }

  it('gives the same text, notices and errors as decoding every byte, however the chunks fall', async () => {
    const textArbitrary = fc.array(fc.constantFrom('a', ';', '\n', '\r', '\r\n', 'é', '€', 'Zoë', '"'), { maxLength: 40 }).map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(
        textArbitrary,
        fc.constantFrom('utf-8', 'windows-1252', 'mixed'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.constantFrom<EncodingOption>('auto', 'utf-8', 'windows-1252'),
        async (text, written, bom, cuts, encoding) => {
          const body = written === 'utf-8' ? Buffer.from(text) : written === 'windows-1252' ? windows1252(text) : Buffer.concat([Buffer.from(text), windows1252(text)]);
          const file = bom ? Buffer.concat([BOM, body]) : body;
          const at = [...new Set(cuts.map((cut) => cut % (file.length + 1)))].sort((a, b) => a - b);
          const parts = [0, ...at].map((from, i) => file.subarray(from, [...at, file.length][i]));
          const decoded = await pieces(parts, encoding, false);
          const viaBytes = await pieces(parts, encoding, true);
          if (typeof decoded === 'string') expect(viaBytes).toBe(decoded);
          else expect(viaBytes).toMatchObject({ text: decoded.text, notices: decoded.notices });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives out the bytes of ASCII and of UTF-8 with `\\n` line ends, and decodes those with a CR', async () => {
    expect(await pieces([Buffer.from('a;b\n1;2\n')], 'auto', true)).toEqual({ text: 'a;b\n1;2\n', notices: [], bytes: 1 });
    expect(await pieces([Buffer.from('a;b\r\n1;2\r\n')], 'auto', true)).toEqual({ text: 'a;b\n1;2\n', notices: [], bytes: 0 });
  });
});
