import { describe, expect, it } from 'vitest';
import { writeInPieces } from '../../src/cli/write-pieces.js';

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

  it('writes nothing for an empty text and one piece for a short one', () => {
    const empty = collector();
    writeInPieces(empty.stream, '');
    expect(empty.writes).toEqual([]);
    const short = collector();
    writeInPieces(short.stream, '{"hires": 3}\n');
    expect(short.writes).toEqual(['{"hires": 3}\n']);
  });
});
