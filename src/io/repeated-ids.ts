import type { PackedTextColumn } from './packed-text-column.js';

/** Rows are below 2^31 and a hash keeps 22 bits: 53 bits in all, exact in a double. */
const ROW_RANGE = 2 ** 31;
const HASH_SHIFT = 32 - 22;

/**
 * The rows (of `rows`, which must be in ascending order, as a table's rows are) whose id an
 * earlier row already has, each with the row of the id's first occurrence; rows without an id
 * are never repeats.
 *
 * Sorts one number per row, hash × 2^31 + row, so rows of equal hash come together in row order,
 * and compares the ids themselves only within those runs: 8 bytes a row, where a Map of every id
 * would hold a million strings at once (SPEC §9).
 *
 * @example repeatedIds(Int32Array.of(0, 1, 2), ids of ['H1', 'H2', 'H1']) // Map { 2 → 0 }
 */
export function repeatedIds(rows: Int32Array, ids: PackedTextColumn): Map<number, number> {
  const keys = new Float64Array(rows.length);
  let count = 0;
  for (const row of rows) {
    if (ids.isNull(row)) continue;
    keys[count++] = (ids.hashOf(row) >>> HASH_SHIFT) * ROW_RANGE + row;
  }
  const sorted = keys.subarray(0, count).sort();
  const repeats = new Map<number, number>();
  for (let start = 0; start < count; ) {
    const hash = Math.floor((sorted[start] as number) / ROW_RANGE);
    let end = start + 1;
    while (end < count && Math.floor((sorted[end] as number) / ROW_RANGE) === hash) end += 1;
    if (end - start > 1) {
      const first = new Map<string, number>();
      for (let at = start; at < end; at += 1) {
        const row = (sorted[at] as number) % ROW_RANGE;
        const id = ids.get(row) as string;
        const earlier = first.get(id);
        if (earlier === undefined) first.set(id, row);
        else repeats.set(row, earlier);
      }
    }
    start = end;
  }
  return repeats;
}
