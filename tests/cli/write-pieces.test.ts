import { describe, expect, it } from 'vitest';
import { inPieces, writeInPieces } from '../../src/cli/write-pieces.js';

function collector() {
  const writes: string[] = [];
  return { writes, stream: { write: (chunk: string) => writes.push(chunk) } };
}

describe('writing a long text in pieces', () => {
  it('writes the whole text, in pieces of the given size and a shorter last one', () => {
    const { writes, stream } = collector();
    writeInPieces(stream, 'abcdefghij', 4);
    expect(writes).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('ends no piece between the halves of a surrogate pair', () => {
    const { writes, stream } = collector();
    // 'ab😀cd': a, b, then the emoji's high and low surrogate, then c, d. A cut after 3 units
    // would fall inside the pair, so the first piece is 'ab' and the pair goes with the next.
    writeInPieces(stream, 'ab😀cd', 3);
    expect(writes).toEqual(['ab', '😀c', 'd']);
    expect(writes.every((piece) => Buffer.from(piece, 'utf8').toString('utf8') === piece)).toBe(true);
  });

  it('waits for a stream that cannot take more before it writes the next piece', async () => {
    const writes: string[] = [];
    const callbacks: (() => void)[] = [];
    // A stream whose buffer is full after every write: it takes the next once the last is out.
    const stream = {
      write: (chunk: string, callback?: () => void) => {
        writes.push(chunk);
        if (callback) callbacks.push(callback);
        return false;
      },
    };
    const done = writeInPieces(stream, 'abcdefghij', 4);
    expect(writes).toEqual(['abcd']);
    callbacks.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['abcd', 'efgh']);
    callbacks.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['abcd', 'efgh', 'ij']);
    callbacks.shift()?.();
    await done;
  });

  it('writes nothing for an empty text and one piece for a short one', () => {
    const empty = collector();
    writeInPieces(empty.stream, '');
    expect(empty.writes).toEqual([]);
    const short = collector();
    writeInPieces(short.stream, '{"hires": 3}\n');
    expect(short.writes).toEqual(['{"hires": 3}\n']);
  });
});

describe('a text in pieces', () => {
  it('joins short pieces into pieces of the given size, the last one shorter', () => {
    expect([...inPieces(['ab', 'cde', 'f', 'ghij', 'k'], 4)]).toEqual(['abcd', 'efgh', 'ijk']);
  });

  it('keeps the halves of a surrogate pair together when they come in different pieces', () => {
    // 'ab' and the high surrogate fill a piece of 3 but for the low half: the pair goes on together.
    expect([...inPieces(['ab\ud83d', '\ude00cd'], 3)]).toEqual(['ab', '😀c', 'd']);
  });

  it('writes pieces to a stream as the same bytes as the whole text', () => {
    const { writes, stream } = collector();
    writeInPieces(stream, ['{"hires": ', '3', '}\n'], 4);
    expect(writes).toEqual(['{"hi', 'res"', ': 3}', '\n']);
  });
});
