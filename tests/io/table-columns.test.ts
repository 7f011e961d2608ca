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

  it('keeps every value when there are more distinct ones than codes (65,535)', () => {
    const values = Array.from({ length: 70_000 }, (_, i) => (i === 5 ? null : `free text ${i}`));
    const column = textColumn(values);
    column.set(1, 'changed');
    expect(column.length).toBe(70_000);
    expect([column.get(0), column.get(1), column.get(5), column.get(69_999)]).toEqual(['free text 0', 'changed', null, 'free text 69999']);
  });
});
