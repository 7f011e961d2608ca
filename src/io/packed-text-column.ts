import type { Column } from './table-columns.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Offsets are int32: the bytes of one column stay below 2 GiB. */
const MAX_BYTES = 2 ** 31 - 1;

/**
 * Text whose values hardly repeat (hire ids), as UTF-8 bytes in one growing buffer with a start
 * and a length per row: 16 bytes an 8-character id (the buffers grow by doubling, so up to twice
 * that), where a string of its own and the pointer to it cost some 32 (SPEC §9). A value is
 * decoded each time it is read: by the record checks, the duplicate check's rare equal hashes,
 * messages, and `hire.hireId`.
 */
export class PackedTextColumn implements Column<string> {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private starts = new Int32Array(1024);
  /** Bytes of each value; -1 for null. */
  private sizes = new Int32Array(1024);
  length = 0;

  get(row: number): string | null {
    if (this.isNull(row)) return null;
    const start = this.starts[row] as number;
    return decoder.decode(this.bytes.subarray(start, start + (this.sizes[row] as number)));
  }

  /** Whether a row has no value (also for a row outside the column), without decoding it. */
  isNull(row: number): boolean {
    return !(row >= 0 && row < this.length) || (this.sizes[row] as number) < 0;
  }

  /**
   * A 32-bit FNV-1a hash of a row's bytes: equal values have equal hashes. A null row hashes as
   * the empty text does (0x811c9dc5); tell them apart with isNull.
   *
   * @example column.hashOf(0) === column.hashOf(5) // true when both rows hold 'H1'
   */
  hashOf(row: number): number {
    let hash = 0x811c9dc5;
    if (this.isNull(row)) return hash;
    const start = this.starts[row] as number;
    const end = start + (this.sizes[row] as number);
    for (let at = start; at < end; at += 1) hash = Math.imul(hash ^ (this.bytes[at] as number), 0x01000193);
    return hash >>> 0;
  }

  /** Whether two rows hold the same value, by their bytes (two nulls are the same; null and the empty text are not). */
  sameValue(a: number, b: number): boolean {
    if (this.isNull(a) || this.isNull(b)) return this.isNull(a) && this.isNull(b);
    const size = this.sizes[a] as number;
    if (this.sizes[b] !== size) return false;
    const from = this.starts[a] as number;
    const to = this.starts[b] as number;
    for (let at = 0; at < size; at += 1) if (this.bytes[from + at] !== this.bytes[to + at]) return false;
    return true;
  }

  push(value: string | null): void {
    if (this.length === this.starts.length) {
      this.starts = grownTo(this.starts, this.length * 2);
      this.sizes = grownTo(this.sizes, this.length * 2);
    }
    this.length += 1;
    this.set(this.length - 1, value);
  }

  /**
   * Makes room for `rows` rows, and for their bytes at the bytes per value so far (a quarter more),
   * so that the bytes are not copied at each doubling: memory not yet written costs nothing.
   */
  reserve(rows: number): void {
    if (rows <= this.starts.length) return;
    this.starts = grownTo(this.starts, rows);
    this.sizes = grownTo(this.sizes, rows);
    const bytes = this.length === 0 ? 0 : Math.min(MAX_BYTES, Math.ceil((this.used / this.length) * rows * 1.25));
    if (bytes > this.bytes.length) this.bytes = grownTo(this.bytes, bytes);
  }

  /** Writes the value's bytes after the others; the bytes of a value it replaces stay, unused. */
  set(row: number, value: string | null): void {
    if (!(row >= 0 && row < this.length)) throw new RangeError(`row ${row} is outside a column of ${this.length}`);
    if (value === null) {
      this.sizes[row] = -1;
      return;
    }
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const room = this.used + value.length * 3;
    if (room > MAX_BYTES) throw new RangeError('a text column holds at most 2 GiB');
    if (room > this.bytes.length) this.bytes = grownTo(this.bytes, Math.min(MAX_BYTES, Math.max(room, this.bytes.length * 2)));
    const written = writeAscii(value, this.bytes, this.used) ?? encoder.encodeInto(value, this.bytes.subarray(this.used)).written;
    this.starts[row] = this.used;
    this.sizes[row] = written;
    this.used += written;
  }
}

/**
 * Writes an ASCII value's bytes (its UTF-8 bytes are its char codes) at `at`, without the view
 * and result object encodeInto makes for every value; null, and nothing written, for other text.
 */
function writeAscii(value: string, bytes: Uint8Array, at: number): number | null {
  const length = value.length;
  for (let index = 0; index < length; index += 1) if (value.charCodeAt(index) > 0x7f) return null;
  for (let index = 0; index < length; index += 1) bytes[at + index] = value.charCodeAt(index);
  return length;
}

function grownTo<A extends Int32Array | Uint8Array>(from: A, length: number): A {
  const to = new (from.constructor as new (length: number) => A)(length);
  to.set(from);
  return to;
}
