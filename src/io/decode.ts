import { isAscii } from 'node:buffer';
import type { Hash } from 'node:crypto';
import { InputError } from '../errors.js';
import { decodeWindows1252 } from './windows-1252.js';

export type EncodingOption = 'auto' | 'utf-8' | 'windows-1252';

export interface DecodeOptions {
  readonly fileName: string;
  readonly encoding: EncodingOption;
  /** Every byte read is fed to it, so the content hash covers the file as it is. */
  readonly digest: Hash;
  readonly notice: (message: string) => void;
}

const SAVE_AS_CSV = 'in Excel use Save As → "CSV UTF-8 (comma delimited)" or "CSV (semicolon delimited)"';

/** Refuses what is not text before a byte of it is parsed: workbooks, binaries, UTF-16. */
function refuseNonText(first: Buffer, fileName: string): void {
  if (first[0] === 0x50 && first[1] === 0x4b && first[2] === 0x03 && first[3] === 0x04) {
    throw new InputError(`${fileName} is an Excel workbook or another zip file, not CSV`, SAVE_AS_CSV);
  }
  const utf16Bom = (first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff);
  const head = first.subarray(0, 8192);
  const zeros = head.reduce((count, byte) => count + (byte === 0 ? 1 : 0), 0);
  if (utf16Bom || (zeros > 0 && zeros >= head.length / 4)) {
    throw new InputError(`${fileName} is UTF-16 text, which rkpi does not read`, SAVE_AS_CSV);
  }
  if (zeros > 0) {
    throw new InputError(`${fileName} is a binary file, not CSV (it contains NUL bytes)`, SAVE_AS_CSV);
  }
}

/**
 * Turns the bytes of a CSV file into text with `\n` line ends. UTF-8 (with or without BOM) is
 * the default; a file that is not valid UTF-8 is read as Windows-1252 with a notice, unless
 * `encoding` says which one it is. Line ends are made `\n` here so csv-parse counts lines the
 * same for LF, CRLF and CR-only files.
 */
export async function* decodeText(chunks: AsyncIterable<Buffer>, options: DecodeOptions): AsyncGenerator<string> {
  let encoding = options.encoding;
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let first = true;
  let sawHighByte = false;
  let bytesBefore = 0;
  let carriedCr = '';
  for await (const chunk of chunks) {
    options.digest.update(chunk);
    if (first) {
      refuseNonText(chunk, options.fileName);
      first = false;
    }
    let text: string;
    if (encoding === 'windows-1252') {
      text = decodeWindows1252(chunk);
    } else {
      try {
        text = utf8.decode(chunk, { stream: true });
      } catch {
        if (encoding === 'utf-8' || sawHighByte) {
          throw new InputError(
            `${options.fileName} is not valid UTF-8 (after byte ${bytesBefore})`,
            encoding === 'utf-8' ? 'pass --encoding windows-1252 if Excel on Windows saved it' : `it mixes encodings; ${SAVE_AS_CSV}`,
          );
        }
        encoding = 'windows-1252';
        options.notice(`${options.fileName}: not valid UTF-8, read as Windows-1252 (pass --encoding to choose)`);
        text = decodeWindows1252(chunk);
      }
    }
    sawHighByte ||= !isAscii(chunk);
    bytesBefore += chunk.length;
    text = carriedCr + text;
    carriedCr = text.endsWith('\r') ? '\r' : '';
    if (carriedCr) text = text.slice(0, -1);
    yield text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  }
  if (first) throw new InputError(`${options.fileName} is empty: a header row is needed`, 'export the data again with its column names');
  if (encoding !== 'windows-1252') {
    try {
      utf8.decode();
    } catch {
      throw new InputError(`${options.fileName} ends in the middle of a UTF-8 character`, SAVE_AS_CSV);
    }
  }
  if (carriedCr) yield '\n';
}
