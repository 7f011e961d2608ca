/**
 * Column storage for the rows of one input file: one typed array per date or number column, one
 * array of shared strings per text column (ids are packed: see PackedTextColumn), so a million
 * rows cost a few bytes per cell instead of an object and a Map per row (SPEC §9). Every column
 * holds one value per data row, rejected rows included (as null), so a row index means the same
 * in every column.
 */

/** A column's values by row; null where the cell is empty or the row was rejected. */
export interface Column<T> {
  readonly length: number;
  get(row: number): T | null;
  push(value: T | null): void;
  set(row: number, value: T | null): void;
  /** Makes room for `rows` rows in all (see readTable's RowEstimate), so that pushing up to them copies nothing. */
  reserve?(rows: number): void;
}

const FIRST_CAPACITY = 1024;

/** Whole numbers (days since 1970, line numbers) in an Int32Array; the lowest int32 is null. */
export class IntColumn implements Column<number> {
  private static readonly NULL = -0x80000000;
  private data = new Int32Array(FIRST_CAPACITY);
  length = 0;

  get(row: number): number | null {
    const value = this.data[row] ?? IntColumn.NULL;
    return value === IntColumn.NULL ? null : value;
  }

  push(value: number | null): void {
    if (this.length === this.data.length) this.data = grown(this.data, new Int32Array(this.data.length * 2));
    this.data[this.length] = value ?? IntColumn.NULL;
    this.length += 1;
  }

  set(row: number, value: number | null): void {
    this.data[row] = value ?? IntColumn.NULL;
  }

  reserve(rows: number): void {
    if (rows > this.data.length) this.data = grown(this.data, new Int32Array(rows));
  }
}

/** Numbers (and cents) in a Float64Array; NaN stands for null (no cell reads as NaN). */
export class NumberColumn implements Column<number> {
  private data = new Float64Array(FIRST_CAPACITY);
  length = 0;

  get(row: number): number | null {
    const value = this.data[row] ?? Number.NaN;
    return Number.isNaN(value) ? null : value;
  }

  push(value: number | null): void {
    if (this.length === this.data.length) this.data = grown(this.data, new Float64Array(this.data.length * 2));
    this.data[this.length] = value ?? Number.NaN;
    this.length += 1;
  }

  set(row: number, value: number | null): void {
    this.data[row] = value ?? Number.NaN;
  }

  reserve(rows: number): void {
    if (rows > this.data.length) this.data = grown(this.data, new Float64Array(rows));
  }
}

/** A few possible values (yes/no, a cost type, a role) as one byte per row; -1 is null. */
export class ChoiceColumn<T> implements Column<T> {
  private data = new Int8Array(FIRST_CAPACITY);
  private readonly codes = new Map<T, number>();
  private readonly values: T[] = [];
  length = 0;

  get(row: number): T | null {
    const code = this.data[row] ?? -1;
    return code < 0 ? null : (this.values[code] ?? null);
  }

  push(value: T | null): void {
    if (this.length === this.data.length) this.data = grown(this.data, new Int8Array(this.data.length * 2));
    this.data[this.length] = this.code(value);
    this.length += 1;
  }

  set(row: number, value: T | null): void {
    this.data[row] = this.code(value);
  }

  reserve(rows: number): void {
    if (rows > this.data.length) this.data = grown(this.data, new Int8Array(rows));
  }

  private code(value: T | null): number {
    if (value === null) return -1;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code > 127) throw new Error('a choice column holds at most 128 values');
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

/** The most distinct values a 2-byte code per row numbers (0 is null); more widen the codes to 4 bytes. */
const NARROW_CODES = 0xffff;

/**
 * The most distinct values a text column numbers. Up to here the Map of values and a 4-byte code
 * per row cost less than a pointer per row to a string of its own (a million rows); a column with
 * more (free text) keeps its strings as they are.
 */
const CODE_LIMIT = 1 << 18;

/**
 * Text cells. While the values repeat (departments, channels, vacancies), each row holds a code
 * of its value, 2 bytes while there are at most 65,535 values and 4 past them, instead of an
 * 8-byte pointer to a string of its own (SPEC §9); past CODE_LIMIT distinct values the column
 * turns into an array of strings. Code 0 is null; value v has code `values.indexOf(v)`.
 */
export class TextColumn implements Column<string> {
  private codes: Uint16Array | Uint32Array | null = new Uint16Array(FIRST_CAPACITY);
  /** The values by code; code 0 is null, its place is empty. */
  private readonly values: string[] = [''];
  private readonly codeOf = new Map<string, number>();
  private strings: (string | null)[] | null = null;
  /** The value last stored and its code: exports often list a vacancy's rows together, so a value tends to repeat. */
  private lastValue: string | null = null;
  private lastCode = 0;
  length = 0;

  get(row: number): string | null {
    if (this.strings !== null) return this.strings[row] ?? null;
    const code = row < this.length ? ((this.codes as Uint16Array | Uint32Array)[row] ?? 0) : 0;
    return code === 0 ? null : (this.values[code] ?? null);
  }

  push(value: string | null): void {
    if (this.strings !== null) {
      this.strings.push(value);
      this.length += 1;
      return;
    }
    const codes = this.codes as Uint16Array | Uint32Array;
    if (this.length === codes.length) this.codes = grown(codes, codes instanceof Uint16Array ? new Uint16Array(codes.length * 2) : new Uint32Array(codes.length * 2));
    this.length += 1;
    this.set(this.length - 1, value);
  }

  set(row: number, value: string | null): void {
    if (this.strings !== null) {
      this.strings[row] = value;
      return;
    }
    const code = value === null ? 0 : this.code(value);
    if (code === null) {
      this.toStrings();
      this.set(row, value);
      return;
    }
    (this.codes as Uint16Array | Uint32Array)[row] = code;
  }

  /**
   * What stands for the row's value in this column, equal for equal values: its code (a number),
   * or the text once the column keeps strings; null where empty. A Map keyed by it finds a value
   * without hashing its text.
   *
   * @example column.keyAt(0) === column.keyAt(5) // true when both rows hold 'V1'
   */
  keyAt(row: number): number | string | null {
    if (this.strings !== null) return this.strings[row] ?? null;
    const code = row < this.length ? ((this.codes as Uint16Array | Uint32Array)[row] ?? 0) : 0;
    return code === 0 ? null : code;
  }

  reserve(rows: number): void {
    const codes = this.codes;
    if (codes !== null && rows > codes.length) this.codes = grown(codes, codes instanceof Uint16Array ? new Uint16Array(rows) : new Uint32Array(rows));
  }

  /** The value's code, numbering a new value; null when there is no code left. */
  private code(value: string): number | null {
    if (value === this.lastValue) return this.lastCode;
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code > CODE_LIMIT) return null;
      if (code > NARROW_CODES && this.codes instanceof Uint16Array) this.codes = grown(this.codes, new Uint32Array(this.codes.length));
      this.codeOf.set(value, code);
      this.values.push(value);
    }
    this.lastValue = value;
    this.lastCode = code;
    return code;
  }

  private toStrings(): void {
    this.strings = Array.from({ length: this.length }, (_, row) => this.get(row));
    this.codes = null;
    this.codeOf.clear();
    this.values.length = 0;
  }
}

function grown<A extends Int32Array | Float64Array | Int8Array | Uint16Array | Uint32Array>(from: ArrayLike<number>, to: A): A {
  to.set(from);
  return to;
}

/**
 * The dimensions of one row (SPEC §2.1: grouping attributes by canonical name or extra header),
 * read from the table's text columns when asked. A key may have several columns, the first
 * non-empty one wins: a mapped `department` before an extra column of the same name.
 */
export class RowDimensions implements ReadonlyMap<string, string> {
  constructor(
    private readonly columns: ReadonlyMap<string, readonly Column<string>[]>,
    private readonly row: number,
  ) {}

  get(key: string): string | undefined {
    const columns = this.columns.get(key);
    if (columns === undefined) return undefined;
    for (const column of columns) {
      const value = column.get(this.row);
      if (value !== null) return value;
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.toMap().size;
  }

  entries(): MapIterator<[string, string]> {
    return this.toMap().entries();
  }

  keys(): MapIterator<string> {
    return this.toMap().keys();
  }

  values(): MapIterator<string> {
    return this.toMap().values();
  }

  forEach(callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [key, value] of this.toMap()) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  /** The row's non-empty dimensions as a Map, for the rare callers that list them. */
  private toMap(): Map<string, string> {
    const map = new Map<string, string>();
    for (const key of this.columns.keys()) {
      const value = this.get(key);
      if (value !== undefined) map.set(key, value);
    }
    return map;
  }
}
