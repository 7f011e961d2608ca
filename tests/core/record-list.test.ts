import { describe, expect, it } from 'vitest';
import { RecordList } from '../../src/core/record-list.js';

describe('RecordList', () => {
  it('lists the records of its rows, in order', () => {
    const list = new RecordList((row) => `record ${row}`, Int32Array.of(4, 1, 7));
    expect(list.length).toBe(3);
    expect([...list]).toEqual(['record 4', 'record 1', 'record 7']);
  });

  it('makes each record only when a loop reads it, and anew on every pass', () => {
    let made = 0;
    const list = new RecordList((row) => {
      made += 1;
      return { row };
    }, Int32Array.of(0, 1, 2));
    expect(made).toBe(0);
    const first = [...list];
    expect(made).toBe(3);
    const second = [...list];
    expect(made).toBe(6);
    expect(second).toEqual(first);
    expect(second[0]).not.toBe(first[0]);
  });

  it('wraps an array, and returns a RecordList as it is', () => {
    const list = RecordList.of(['a', 'b']);
    expect([...list]).toEqual(['a', 'b']);
    expect(RecordList.of(list)).toBe(list);
    expect(RecordList.of([]).length).toBe(0);
  });

  it('gives the record at a position of the list', () => {
    const list = new RecordList((row) => `record ${row}`, Int32Array.of(4, 1, 7));
    expect(list.at(0)).toBe('record 4');
    expect(list.at(2)).toBe('record 7');
  });

  it('filters into row indexes of the same storage', () => {
    const list = RecordList.of([3, 8, 1, 9]).filter((n) => n > 2);
    expect([...list]).toEqual([3, 8, 9]);
    expect(Array.from(list.rows)).toEqual([0, 1, 3]);
  });

  it('groups by key, groups in order of first appearance and rows in order within each', () => {
    const groups = RecordList.of(['IT', 'Sales', 'IT', 'HR', 'Sales', 'IT']).groupBy((key) => key);
    expect([...groups.keys()]).toEqual(['IT', 'Sales', 'HR']);
    expect(Array.from(groups.get('IT')?.rows ?? [])).toEqual([0, 2, 5]);
    expect(Array.from(groups.get('Sales')?.rows ?? [])).toEqual([1, 4]);
    expect(Array.from(groups.get('HR')?.rows ?? [])).toEqual([3]);
  });

  it('keeps records without a key apart under undefined', () => {
    const groups = RecordList.of([{ d: 'IT' }, {}, { d: 'IT' }]).groupBy((r: { d?: string }) => r.d);
    expect(groups.get(undefined)?.length).toBe(1);
    expect(groups.get('IT')?.length).toBe(2);
  });
});
