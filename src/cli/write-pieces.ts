import type { OutStream } from './proc.js';

/** How many UTF-16 units of text go to the stream in one write. */
export const PIECE = 1 << 20;

/**
 * Writes text to a stream a piece at a time. A stream turns what it is given into bytes before
 * writing them: a report of tens of MB in one write would be held once more as bytes, a piece at
 * a time only a piece's bytes. A piece never ends between the two halves of a surrogate pair,
 * which would each be written as U+FFFD.
 *
 * @example writeInPieces(process.stdout, report) // the same bytes as process.stdout.write(report)
 */
export function writeInPieces(stream: OutStream, text: string, size = PIECE): void {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end -= 1;
    stream.write(text.slice(start, end));
    start = end;
  }
}
