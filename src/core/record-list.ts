/**
 * Lists of records that cost 4 bytes a record instead of an object kept alive per record (SPEC §9:
 * a million rows must not mean a million objects). A RecordList holds row indexes into storage
 * elsewhere (a table's columns, or an array) and makes each record only when it is read, so a
 * record is garbage as soon as the loop that read it moves on.
 *
 * What follows for code that reads one:
 * - each pass makes new record objects (over a table), so records cannot be compared by identity
 *   or used as Map keys; compare a field such as `line` instead;
 * - `rows` is shared by the lists made from it (filter, groupBy and of() keep the same storage):
 *   read it, never write to it;
 * - loop with for…of; filter and groupBy are the ways to narrow a list without making records
 *   for keeps.
 */

/** Records to loop over and count: an array, or a RecordList. Every KPI function takes these. */
export type Listed<T> = Iterable<T> & { readonly length: number };

export class RecordList<T> implements Iterable<T> {
  /**
   * @param recordAt makes the record of a row index; called on every read, so it should be cheap
   * @param rows the row indexes of the list, in order
   */
  constructor(
    private readonly recordAt: (row: number) => T,
    readonly rows: Int32Array,
  ) {}

  /**
   * The list itself when it is a RecordList, else a RecordList over the records as they are.
   *
   * @example RecordList.of([a, b]).filter((r) => r === b).length // 1
   */
  static of<T>(records: Listed<T>): RecordList<T> {
    if (records instanceof RecordList) return records as RecordList<T>;
    const array: readonly T[] = Array.isArray(records) ? records : [...records];
    const rows = new Int32Array(array.length);
    for (let row = 0; row < rows.length; row += 1) rows[row] = row;
    return new RecordList((row) => array[row] as T, rows);
  }

  get length(): number {
    return this.rows.length;
  }

  /**
   * The record at a position of the list (0 … length − 1), made when asked.
   *
   * @example RecordList.of(['a', 'b']).at(1) // 'b'
   */
  at(index: number): T {
    return this.recordAt(this.rows[index] as number);
  }

  [Symbol.iterator](): Iterator<T> {
    const { rows, recordAt } = this;
    let at = 0;
    return {
      next: (): IteratorResult<T> =>
        at < rows.length ? { value: recordAt(rows[at++] as number), done: false } : { value: undefined, done: true },
    };
  }

  /** The records `keep` says yes to, in order. */
  filter(keep: (record: T) => boolean): RecordList<T> {
    const kept = new Int32Array(this.rows.length);
    let count = 0;
    const { rows } = this;
    // By index: an iterator over the rows made a result object per row.
    for (let at = 0; at < rows.length; at += 1) {
      const row = rows[at] as number;
      if (keep(this.recordAt(row))) kept[count++] = row;
    }
    return new RecordList(this.recordAt, kept.slice(0, count));
  }

  /**
   * The same rows, each record converted when it is read: no converted record is kept.
   *
   * @example RecordList.of(['a', 'bb']).map((s) => s.length) // [1, 2]
   */
  map<U>(convert: (record: T) => U): RecordList<U> {
    return new RecordList((row) => convert(this.recordAt(row)), this.rows);
  }

  /**
   * The records by their key, in order within each group; the groups in order of first
   * appearance.
   *
   * @example RecordList.of(['a', 'bb', 'c']).groupBy((s) => s.length) // Map { 1 → [a, c], 2 → [bb] }
   */
  groupBy<K>(keyOf: (record: T) => K): Map<K, RecordList<T>> {
    const codes = new Map<K, number>();
    const codeOfRow = new Int32Array(this.rows.length);
    const sizes: number[] = [];
    this.rows.forEach((row, index) => {
      const key = keyOf(this.recordAt(row));
      let code = codes.get(key);
      if (code === undefined) {
        code = sizes.length;
        codes.set(key, code);
        sizes.push(0);
      }
      codeOfRow[index] = code;
      sizes[code] = (sizes[code] as number) + 1;
    });
    const groups = sizes.map((size) => new Int32Array(size));
    const filled = sizes.map(() => 0);
    this.rows.forEach((row, index) => {
      const code = codeOfRow[index] as number;
      const at = filled[code] as number;
      (groups[code] as Int32Array)[at] = row;
      filled[code] = at + 1;
    });
    return new Map([...codes].map(([key, code]) => [key, new RecordList(this.recordAt, groups[code] as Int32Array)]));
  }
}
