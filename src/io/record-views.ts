import { RecordList } from '../core/record-list.js';

/** Where a record view keeps its row: a symbol, so the row is no field of the record. */
const ROW = Symbol('row');

/** How a record's field is read from the storage of its row. */
export type FieldReader = readonly [field: string, read: (row: number) => unknown];

/**
 * The records of the given rows, made when they are read: small objects whose fields read the
 * row's values from column storage, so the core gets records of its own types (Hire, Cost,
 * HoursEntry, Application) while the list keeps only the row indexes, not an object per row.
 * The fields are getters on one prototype: a view holds nothing but its row.
 */
export function recordViews<T>(fields: readonly FieldReader[], rows: Int32Array): RecordList<T> {
  class RecordView {
    readonly [ROW]: number;
    constructor(row: number) {
      this[ROW] = row;
    }
  }
  for (const [field, read] of fields) {
    Object.defineProperty(RecordView.prototype, field, {
      enumerable: true,
      get(this: RecordView) {
        return read(this[ROW]);
      },
    });
  }
  return new RecordList((row) => new RecordView(row) as T, rows);
}
