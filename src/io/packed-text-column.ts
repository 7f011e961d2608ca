import type { Column } from './table-columns.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Text whose values hardly repeat (hire ids), as UTF-8 bytes in one growing buffer with an offset
 * and a length per row: about 12 bytes an 8-character id, where a string of its own and the
 * pointer to it cost some 32 (SPEC §9). Values are decoded when read, which only messages and
 * the duplicate check do.
 */
export class PackedTextColumn implements Column<string> {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private starts = new Int32Array(1024);
  /** Bytes of each value; -1 for null. */
  private sizes = new Int32Array(1024);
  length = 0;

  get(row: number): string | null {
    const size = row < this.length ? (this.sizes[row] as number) : -1;
    if (size < 0) return null;
    const start = this.starts[row] as number;
    return decoder.decode(this.bytes.subarray(start, start + size));
  }

  /**
   * A 32-bit FNV-1a hash of a row's bytes (0 for null): equal values have equal hashes.
   *
   * @example column.hashOf(0) === column.hashOf(5) // true when both rows hold 'H1'
   */
  hashOf(row: number): number {
    const size = this.sizes[row] ?? -1;
    const start = this.starts[row] ?? 0;
    let hash = 0x811c9dc5;
    for (let at = start; at < start + size; at += 1) hash = Math.imul(hash ^ (this.bytes[at] as number), 0x01000193);
    return hash >>> 0;
  }

  push(value: string | null): void {
    if (this.length === this.starts.length) {
      this.starts = grownTo(this.starts, this.length * 2);
      this.sizes = grownTo(this.sizes, this.length * 2);
    }
    this.length += 1;
    this.set(this.length - 1, value);
  }

  /** Writes the value's bytes after the others; the bytes of a value it replaces stay unused. */
  set(row: number, value: string | null): void {
    if (value === null) {
      this.sizes[row] = -1;
      return;
    }
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const room = this.used + value.length * 3;
    if (room > this.bytes.length) this.bytes = grownTo(this.bytes, Math.max(room, this.bytes.length * 2));
    const { written } = encoder.encodeInto(value, this.bytes.subarray(this.used));
    this.starts[row] = this.used;
    this.sizes[row] = written;
    this.used += written;
  }
}

function grownTo<A extends Int32Array | Uint8Array>(from: A, length: number): A {
  const to = new (from.constructor as new (length: number) => A)(length);
  to.set(from);
  return to;
}
