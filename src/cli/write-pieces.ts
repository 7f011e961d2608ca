import type { OutStream } from './proc.js';

/**
 * How many UTF-16 units of text go to the stream in one write: 64 K, so that a piece, and the text
 * it is cut from, stay below the size (128 KB) above which V8 keeps a string among its large
 * objects, which only a full collection frees. Pieces of 1 MB made the heap of a grouped report
 * over a million rows grow by some 50 MB of such garbage while it was written.
 */
export const PIECE = 1 << 16;

/** A result to write: the whole text, or its pieces in order (a JSON report as it is made). */
export type Text = string | Iterable<string>;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * A text in pieces of `size` UTF-16 units (the last one shorter), however it comes: a long text is
 * cut, short pieces are joined, so that a writer neither holds a whole report as bytes nor makes a
 * write for every few characters. A piece never ends between the two halves of a surrogate pair,
 * which would each be written as U+FFFD.
 *
 * @example [...inPieces(['ab', 'cdefg'], 4)] // ['abcd', 'efg']
 */
export function* inPieces(text: Text, size = PIECE): Generator<string> {
  let pending = '';
  for (const piece of typeof text === 'string' ? [text] : text) {
    pending += piece;
    while (pending.length >= size) {
      const end = size > 1 && isHighSurrogate(pending.charCodeAt(size - 1)) ? size - 1 : size;
      yield pending.slice(0, end);
      pending = pending.slice(end);
    }
  }
  if (pending.length > 0) yield pending;
}

/**
 * Writes text to a stream a piece at a time. A stream turns what it is given into bytes before
 * writing them: a report of tens of MB in one write would be held once more as bytes, a piece at
 * a time only a piece's bytes. Pieces that are made as they are written (see jsonPieces) are
 * never held whole at all.
 *
 * @example writeInPieces(process.stdout, report) // the same bytes as process.stdout.write(report)
 */
export function writeInPieces(stream: OutStream, text: Text, size = PIECE): void {
  for (const piece of inPieces(text, size)) stream.write(piece);
}
