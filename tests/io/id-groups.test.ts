import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsById } from '../../src/io/id-groups.js';
import { PackedTextColumn } from '../../src/io/packed-text-column.js';

function idsOf(values: readonly (string | null)[]): PackedTextColumn {
  const column = new PackedTextColumn();
  for (const value of values) column.push(value);
  return column;
}

const allRows = (n: number): Int32Array => Int32Array.from({ length: n }, (_, i) => i);

/** The groups as lists of rows. */
function listed(values: readonly (string | null)[], rows: Int32Array): number[][] {
  const { rows: grouped, starts } = groupsById(rows, idsOf(values));
  return Array.from({ length: starts.length - 1 }, (_, g) => Array.from(grouped.subarray(starts[g], starts[g + 1])));
}

/** What groupsById must give, with a Map of every id. */
function reference(values: readonly (string | null)[], rows: Int32Array): number[][] {
  const groups = new Map<string, number[]>();
  for (const row of rows) {
    const id = values[row];
    if (id === null || id === undefined) continue;
    groups.set(id, [...(groups.get(id) ?? []), row]);
  }
  return [...groups.values()];
}

describe('groupsById', () => {
  it('gathers the rows of each id in file order, the groups in the order of their first row, leaving out rows without an id', () => {
    const values = ['A', 'B', 'A', null, 'C', 'B', 'A'];
    expect(listed(values, allRows(values.length))).toEqual([[0, 2, 6], [1, 5], [4]]);
  });

  it('tells apart ids whose whole 32-bit hashes are equal', () => {
    // FNV-1a hashes 'H65974' and 'H142600' alike (4005921202): only the ids themselves differ.
    const values = ['H65974', 'H142600', 'H65974', 'H142600'];
    expect(idsOf(values).hashOf(0)).toBe(idsOf(values).hashOf(1));
    expect(listed(values, allRows(values.length))).toEqual([[0, 2], [1, 3]]);
  });

  it('gives no group for no rows', () => {
    expect(groupsById(new Int32Array(0), idsOf([]))).toEqual({ rows: new Int32Array(0), starts: Int32Array.of(0) });
  });

  it('agrees with a Map of every id on any ids and any ascending subset of rows', () => {
    const id = fc.option(fc.oneof(fc.constantFrom('A1', 'A2', 'A3', 'ä', ''), fc.string({ maxLength: 3 })), { nil: null });
    fc.assert(
      fc.property(fc.array(id, { maxLength: 60 }), fc.array(fc.boolean(), { maxLength: 60 }), (values, skips) => {
        const rows = allRows(values.length).filter((row) => skips[row] !== true);
        expect(listed(values, rows)).toEqual(reference(values, rows));
      }),
    );
  });
});
