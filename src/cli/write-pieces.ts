import type { OutStream } from './proc.js';

/** How many UTF-16 units of text go to the stream in one write. */
export const PIECE = 1 << 20;

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
 * Writes `piece` to the stream: null when the stream took it, else (its write returned false: its
 * buffer is full) a promise of the moment the piece is out, or failed (the stream's 'error' event
 * tells why; see watchStreams).
 */
function written(stream: OutStream, piece: string): Promise<void> | null {
  let out = (): void => undefined;
  const flushed = new Promise<void>((resolve) => {
    out = resolve;
  });
  return stream.write(piece, () => out()) === false ? flushed : null;
}

/**
 * Writes text to a stream a piece at a time. A stream turns what it is given into bytes before
 * writing them: a report of tens of MB in one write would be held once more as bytes, a piece at
 * a time only a piece's bytes. Pieces that are made as they are written (see jsonPieces) are
 * never held whole at all. When the stream cannot take more yet, the next piece waits until it
 * can: stdout on a pipe is written asynchronously on Linux, and a reader slower than rkpi would
 * otherwise have every piece queued in memory (the 57 MB of a grouped report over a million rows).
 *
 * @example await writeInPieces(process.stdout, report) // the same bytes as process.stdout.write(report)
 */
export async function writeInPieces(stream: OutStream, text: Text, size = PIECE): Promise<void> {
  for (const piece of inPieces(text, size)) {
    const wait = written(stream, piece);
    if (wait !== null) await wait;
  }
}
