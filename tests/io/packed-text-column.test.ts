import { describe, expect, it } from 'vitest';
import { PackedTextColumn } from '../../src/io/packed-text-column.js';

function columnOf(values: readonly (string | null)[]): PackedTextColumn {
  const column = new PackedTextColumn();
  for (const value of values) column.push(value);
  return column;
}

describe('PackedTextColumn', () => {
  it('gives back what was pushed, nulls and non-ASCII text included', () => {
    const values = ['H1', null, 'Zoë-€', '', '𝔘nicode'];
    const column = columnOf(values);
    expect(column.length).toBe(5);
    expect(values.map((_, row) => column.get(row))).toEqual(values);
    expect(column.get(5)).toBeNull();
  });

  it('grows past its first buffers', () => {
    const values = Array.from({ length: 5000 }, (_, i) => `id-${i}-${'x'.repeat(i % 40)}`);
    const column = columnOf(values);
    expect(values.every((value, row) => column.get(row) === value)).toBe(true);
  });

  it('replaces a value with set, and refuses a row outside the column', () => {
    const column = columnOf(['a', 'b']);
    column.set(0, 'longer value');
    column.set(1, null);
    expect([column.get(0), column.get(1)]).toEqual(['longer value', null]);
    expect(() => column.set(2, 'c')).toThrow(RangeError);
    expect(() => column.set(-1, 'c')).toThrow(RangeError);
    expect([column.get(-1), column.get(2)]).toEqual([null, null]);
  });

  it('tells a null from an empty value, which hash alike', () => {
    const column = columnOf([null, '']);
    expect([column.isNull(0), column.isNull(1), column.isNull(2)]).toEqual([true, false, true]);
    // FNV-1a of no bytes is its offset basis.
    expect([column.hashOf(0), column.hashOf(1)]).toEqual([0x811c9dc5, 0x811c9dc5]);
  });

  it('hashes equal values alike and other values (almost always) not', () => {
    const column = columnOf(['H1', 'H2', 'H1']);
    expect(column.hashOf(0)).toBe(column.hashOf(2));
    expect(column.hashOf(0)).not.toBe(column.hashOf(1));
    // FNV-1a of "a": (0x811c9dc5 ^ 0x61) × 0x01000193 mod 2^32 = 0xe40c292c
    expect(columnOf(['a']).hashOf(0)).toBe(0xe40c292c);
  });

  it('compares two rows by their bytes', () => {
    const column = columnOf(['H1', 'H1', 'H10', 'H2', null, '', null, 'ä', 'ä']);
    const same = (a: number, b: number): boolean => column.sameValue(a, b);
    expect([same(0, 1), same(0, 2), same(0, 3), same(7, 8)]).toEqual([true, false, false, true]);
    // Two nulls are the same; a null is not the empty text.
    expect([same(4, 6), same(4, 5), same(5, 4)]).toEqual([true, false, false]);
  });

  it('keeps every value after making room for more rows and their bytes', () => {
    const values = Array.from({ length: 5000 }, (_, i) => (i % 11 === 0 ? null : `A${i}${i % 3 === 0 ? 'é' : ''}`));
    const column = new PackedTextColumn();
    for (const value of values.slice(0, 100)) column.push(value);
    column.reserve(4000);
    for (const value of values.slice(100)) column.push(value);
    expect(values.every((value, row) => column.get(row) === value)).toBe(true);
  });
});
