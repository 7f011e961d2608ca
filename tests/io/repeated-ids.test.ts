import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedTextColumn } from '../../src/io/packed-text-column.js';
import { repeatedIds } from '../../src/io/repeated-ids.js';

function idsOf(values: readonly (string | null)[]): PackedTextColumn {
  const column = new PackedTextColumn();
  for (const value of values) column.push(value);
  return column;
}

const allRows = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

/** What repeatedIds must give, with a Map of every id. */
function reference(values: readonly (string | null)[], rows: Int32Array): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const row of rows) {
    const id = values[row];
    if (id === null || id === undefined) continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, row);
    else repeats.set(row, earlier);
  }
  return repeats;
}

describe('repeatedIds', () => {
  it('names every later row of an id with the row of its first', () => {
    const values = ['H1', 'H2', 'H1', null, 'H3', 'H1', null, 'H2'];
    expect(repeatedIds(allRows(values.length), idsOf(values))).toEqual(new Map([[2, 0], [5, 0], [7, 1]]));
  });

  it('looks only at the given rows', () => {
    const values = ['H1', 'H1', 'H1'];
    expect(repeatedIds(Int32Array.of(1, 2), idsOf(values))).toEqual(new Map([[2, 1]]));
  });

  it('tells apart ids whose whole 32-bit hashes are equal', () => {
    // FNV-1a hashes 'H65974' and 'H142600' alike (4005921202): only the ids themselves differ.
    const values = ['H65974', 'H142600', 'H142600', 'H65974'];
    expect(idsOf(values).hashOf(0)).toBe(idsOf(values).hashOf(1));
    expect(repeatedIds(allRows(4), idsOf(values))).toEqual(new Map([[2, 1], [3, 0]]));
  });

  it('finds the repeats among many ids, whose slots in the table collide', () => {
    // 5,000 ids in 16,384 slots, then each id again in reverse: row 5,000 + k repeats row 4,999 − k.
    const values = Array.from({ length: 10_000 }, (_, row) => `H${row < 5000 ? row : 9999 - row}`);
    const repeats = repeatedIds(allRows(values.length), idsOf(values));
    expect(repeats.size).toBe(5000);
    expect([repeats.get(5000), repeats.get(9999), repeats.get(4999)]).toEqual([4999, 0, undefined]);
  });

  it('agrees with a Map of every id on any ids and any ascending subset of rows', () => {
    const id = fc.option(fc.oneof(fc.constantFrom('H1', 'H2', 'H3', 'ä', 'H10', ''), fc.string({ maxLength: 4 })), { nil: null });
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), fc.array(fc.boolean(), { maxLength: 60 }), (values, skips) => {
        const rows = allRows(values.length).filter((row) => skips[row] !== true);
        expect(repeatedIds(rows, idsOf(values))).toEqual(reference(values, rows));
      }),
    );
  });
});
