import { describe, expect, it } from 'vitest';
import { TextColumn } from '../../src/io/table-columns.js';

function textColumn(values: readonly (string | null)[]): TextColumn {
  const column = new TextColumn();
  for (const value of values) column.push(value);
  return column;
}

describe('TextColumn', () => {
  it('gives back what was pushed, nulls included, past its first capacity', () => {
    const values = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? null : ['IT', 'Zorg', 'Financiën', ''][i % 4] ?? null));
    const column = textColumn(values);
    expect(column.length).toBe(3000);
    expect(values.every((value, row) => column.get(row) === value)).toBe(true);
    expect([column.get(-1), column.get(3000)]).toEqual([null, null]);
  });

  it('replaces a value with set', () => {
    const column = textColumn(['IT', 'Zorg']);
    column.set(0, 'Zorg');
    column.set(1, null);
    expect([column.get(0), column.get(1)]).toEqual(['Zorg', null]);
  });

  it.each([
    ['4-byte codes past 65,535 distinct values', 70_000],
    ['strings past 262,144 distinct values', 270_000],
  ])('keeps every value with %s', (_, rows) => {
    const values = Array.from({ length: rows }, (_, i) => (i === 5 ? null : `free text ${i % (rows - 1)}`));
    const column = textColumn(values);
    column.set(1, 'changed');
    column.set(2, 'free text 0');
    const last = rows - 1;
    expect(column.length).toBe(rows);
    expect([column.get(0), column.get(1), column.get(2), column.get(5), column.get(last - 1), column.get(last)]).toEqual([
      'free text 0',
      'changed',
      'free text 0',
      null,
      `free text ${last - 1}`,
      'free text 0',
    ]);
  });

  it('reads a value repeated on the next rows, and a different one after it', () => {
    const column = textColumn(['V1', 'V1', 'V2', 'V1', null, 'V1']);
    expect(Array.from({ length: 6 }, (_, row) => column.get(row))).toEqual(['V1', 'V1', 'V2', 'V1', null, 'V1']);
  });

  it('gives equal keys for equal values, codes while it numbers them and the text once it keeps strings', () => {
    const coded = textColumn(['V1', 'V2', null, 'V1']);
    expect([coded.keyAt(0), coded.keyAt(1), coded.keyAt(2), coded.keyAt(3), coded.keyAt(4)]).toEqual([1, 2, null, 1, null]);
    const strings = textColumn(Array.from({ length: 270_000 }, (_, i) => (i === 1 ? null : `V${i % 269_999}`)));
    expect([strings.keyAt(0), strings.keyAt(1), strings.keyAt(269_999)]).toEqual(['V0', null, 'V0']);
  });
});
