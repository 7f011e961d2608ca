import { isAscii, isUtf8 } from 'node:buffer';
import type { Digest } from './file-digest.js';
import { InputError } from '../errors.js';
import { incompleteTail, scanUtf8 } from './utf8-scan.js';
import { decodeWindows1252 } from './windows-1252.js';

export type EncodingOption = 'auto' | 'utf-8' | 'windows-1252';

export interface DecodeOptions {
  readonly fileName: string;
  readonly encoding: EncodingOption;
  /** Every byte read is fed to it, so the content hash covers the file as it is. */
  readonly digest: Digest;
  readonly notice: (message: string) => void;
  /**
   * true: a body whose bytes are already the text's (valid UTF-8 or ASCII, without a CR, in a file
   * read as UTF-8 or whose body is ASCII) is given out as those bytes, not decoded: a CSV parser
   * reads bytes, and would turn the text back into them.
   */
  readonly bytes?: boolean;
}

const SAVE_AS_CSV = 'in Excel use Save As → "CSV UTF-8 (comma delimited)" or "CSV (semicolon delimited)"';
const BOM = [0xef, 0xbb, 0xbf];

/** Refuses what is not text before a byte of it is parsed: workbooks, binaries, UTF-16. */
function refuseNonText(first: Buffer, fileName: string): void {
  if (first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04) {
    throw new InputError(`${fileName} is an Excel workbook or another zip file, not CSV`, SAVE_AS_CSV);
  }
  const head = first.subarray(0, 8192);
  // UTF-16 of mostly ASCII text has a NUL in every other byte, on one side only; a file of NULs
  // (an empty disk image, /dev/zero) has them on both and is binary.
  let even = 0;
  let odd = 0;
  for (let at = 0; at < head.length; at += 1) {
    if (head[at] === 0 && at % 2 === 0) even += 1;
    else if (head[at] === 0) odd += 1;
  }
  const oneSided = Math.max(even, odd) >= head.length / 8 && Math.min(even, odd) <= Math.max(even, odd) / 8;
  const utf16Bom = (first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff);
  if (utf16Bom || oneSided) throw new InputError(`${fileName} is UTF-16 text, which rkpi does not read`, SAVE_AS_CSV);
  if (even + odd > 0) throw new InputError(`${fileName} is a binary file, not CSV (it contains NUL bytes)`, SAVE_AS_CSV);
}

/**
 * Bodies end on a whole character (the rest waits in `carry`), so the decoder holds nothing back
 * between them; its streaming mode is three times as fast as a call of its own per chunk.
 */
const WHOLE_CHARACTERS = { stream: true } as const;

const countLineEnds = (text: string): number => {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count += 1;
  return count;
};

const CR = 0x0d;
const LF = 0x0a;

const countLineEndBytes = (bytes: Buffer): number => {
  let count = 0;
  for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) count += 1;
  return count;
};

type Encoding = 'undecided' | 'utf-8' | 'windows-1252';

/**
 * Turns the bytes of a CSV file into text with `\n` line ends. A file is one encoding, whatever
 * the position of its bytes (SPEC §2.1):
 * - a UTF-8 byte order mark means UTF-8, as does a valid multi-byte sequence;
 * - a byte above 0x7F that is no part of one makes the file Windows-1252 (with a notice), if the
 *   file has no valid multi-byte sequence anywhere;
 * - a file with both is refused as mixed, naming the line of the first byte that is not UTF-8:
 *   reading it either way would garble one of its spellings (Zoë as ZoÃ«).
 * The decision is taken on the first non-ASCII bytes and each later chunk is checked against it;
 * `encoding` other than 'auto' says which one it is. Line ends are made `\n` here so csv-parse
 * counts lines the same for LF, CRLF and CR-only files.
 */
export async function* decodeText(chunks: AsyncIterable<Buffer>, options: DecodeOptions): AsyncGenerator<string | Buffer> {
  const { fileName } = options;
  const forced = options.encoding !== 'auto';
  let encoding: Encoding = options.encoding === 'auto' ? 'undecided' : options.encoding;
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  /** Bytes of a multi-byte sequence that the next chunk may complete. */
  let carry: Buffer = Buffer.alloc(0);
  let carriedCr = '';
  let started = false;
  /** Line ends in the text given out so far; where the evidence for each encoding was found. */
  let lineEnds = 0;
  let bom = false;
  let firstInvalidLine = 0;
  let firstMultiByteLine = 0;

  /** The line of a byte of `body` (any one-byte decoding counts the line ends before it right). */
  const lineAt = (body: Uint8Array, at: number): number => lineEnds + 1 + countLineEnds((carriedCr + decodeWindows1252(body.subarray(0, at))).replace(/\r\n?/g, '\n'));
  const mixed = (): InputError => {
    const utf8Evidence = bom ? 'that starts with a UTF-8 byte order mark' : `with UTF-8 text (line ${firstMultiByteLine})`;
    return new InputError(`${fileName}:${firstInvalidLine}: a byte that is not UTF-8, in a file ${utf8Evidence}: it mixes two encodings`, `save it again in one encoding; ${SAVE_AS_CSV}`);
  };

  /**
   * Bytes as UTF-8 text, or null where they are not UTF-8. Bytes that still end in a part of a
   * character have an invalid one before the tail, which the streaming decoder would hold back.
   */
  const asUtf8 = (body: Uint8Array): string | null => {
    if (incompleteTail(body) > 0) return null;
    try {
      return utf8.decode(body, WHOLE_CHARACTERS);
    } catch {
      return null;
    }
  };

  /** The text of bytes that end on a whole character, by the encoding rule above. */
  const textOf = (body: Uint8Array): string => {
    if (encoding === 'windows-1252' && forced) return decodeWindows1252(body);
    if (isAscii(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
    if (encoding === 'utf-8') {
      const text = asUtf8(body);
      if (text !== null) return text;
      firstInvalidLine = lineAt(body, scanUtf8(body).firstInvalid);
      if (!forced) throw mixed();
      throw new InputError(`${fileName}:${firstInvalidLine}: a byte that is not UTF-8, but --encoding says utf-8`, 'pass --encoding windows-1252 if Excel on Windows saved it');
    }
    const { firstInvalid, firstMultiByte } = scanUtf8(body);
    if (firstMultiByte >= 0) firstMultiByteLine = lineAt(body, firstMultiByte);
    if (encoding === 'windows-1252') {
      if (firstMultiByte >= 0) throw mixed();
      return decodeWindows1252(body);
    }
    if (firstInvalid < 0) {
      encoding = 'utf-8';
      return utf8.decode(body, WHOLE_CHARACTERS);
    }
    firstInvalidLine = lineAt(body, firstInvalid);
    if (firstMultiByte >= 0) throw mixed();
    encoding = 'windows-1252';
    options.notice(`${fileName}: not valid UTF-8, read as Windows-1252 (pass --encoding to choose)`);
    return decodeWindows1252(body);
  };

  /**
   * The bytes of a body when they are its text already (see DecodeOptions.bytes): ASCII, which
   * every encoding reads alike, or valid UTF-8 in a file read as UTF-8; and no CR to make `\n`.
   * Null: the body is decoded (textOf), which also takes the encoding's decision.
   */
  const asBytes = (body: Buffer): Buffer | null => {
    if (!options.bytes || carriedCr !== '' || (encoding === 'windows-1252' && forced) || body.indexOf(CR) !== -1) return null;
    return isAscii(body) || (encoding === 'utf-8' && isUtf8(body)) ? body : null;
  };

  /** The text of the next chunk with `\n` line ends; a CR at its end waits for a LF that may follow. */
  const next = (chunk: Buffer, last: boolean): string | Buffer => {
    let bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    if (!started && encoding !== 'windows-1252' && bytes.length >= 3 && BOM.every((byte, i) => bytes[i] === byte)) {
      bom = true;
      encoding = 'utf-8';
      bytes = bytes.subarray(3);
    }
    const tail = last || (forced && encoding === 'windows-1252') ? 0 : incompleteTail(bytes);
    // The first bytes wait until there are three: they may be a byte order mark.
    if (!started && !last && bytes.length < 3 && tail === bytes.length) {
      carry = Buffer.from(bytes);
      return '';
    }
    started = true;
    carry = Buffer.from(bytes.subarray(bytes.length - tail));
    if (last && encoding === 'utf-8' && incompleteTail(bytes) > 0) throw new InputError(`${fileName} ends in the middle of a UTF-8 character`, SAVE_AS_CSV);
    const same = asBytes(bytes.subarray(0, bytes.length - tail));
    if (same !== null) {
      lineEnds += countLineEndBytes(same);
      return same;
    }
    let text = carriedCr + textOf(bytes.subarray(0, bytes.length - tail));
    carriedCr = !last && text.endsWith('\r') ? '\r' : '';
    if (carriedCr) text = text.slice(0, -1);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    lineEnds += countLineEnds(text);
    return text;
  };

  let empty = true;
  for await (const chunk of chunks) {
    options.digest.update(chunk);
    if (empty && chunk.length > 0) {
      refuseNonText(chunk, fileName);
      empty = false;
    }
    const text = next(chunk, false);
    if (text.length > 0) yield text;
  }
  if (empty) throw new InputError(`${fileName} is empty: a header row is needed`, 'export the data again with its column names');
  const rest = next(Buffer.alloc(0), true);
  if (rest.length > 0) yield rest;
}
