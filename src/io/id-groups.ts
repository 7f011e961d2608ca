import type { PackedTextColumn } from './packed-text-column.js';

/** Rows are below 2^31 and a hash keeps 22 bits: 53 bits in all, exact in a double. */
const ROW_RANGE = 2 ** 31;
const HASH_SHIFT = 32 - 22;

/**
 * Rows gathered by their id: group g holds `rows[starts[g]] … rows[starts[g + 1] - 1]`, in file
 * order; the groups are in the order of their first row.
 */
export interface IdGroups {
  readonly rows: Int32Array;
  /** One more than there are groups: the last is rows.length. */
  readonly starts: Int32Array;
}

/** Each row with an id, and the first row of its id. */
export interface IdLeaders {
  /** hash × 2^31 + row, sorted: rows of equal hash together, in row order (rowOfKey gives the row). */
  readonly keys: Float64Array;
  /** The first row (of `rows`) with the id of the row of keys[at], by at. */
  readonly leaders: Int32Array;
}

/** The row of a key of IdLeaders. */
export const rowOfKey = (key: number): number => key % ROW_RANGE;

/**
 * The first row of each row's id, for the rows (of `rows`, which must be ascending, as a table's
 * rows are) that have an id.
 *
 * Sorts one number per row, hash × 2^31 + row, so rows of equal hash come together in row order,
 * and compares the ids themselves only within those runs: 12 bytes a row, where a Map of every id
 * would hold a million strings at once (SPEC §9).
 *
 * @example leadersById(Int32Array.of(0, 1, 2), ids of ['H1', 'H2', 'H1']) // row 2's leader is 0, the others lead
 */
export function leadersById(rows: Int32Array, ids: PackedTextColumn): IdLeaders {
  const keys = new Float64Array(rows.length);
  let count = 0;
  for (const row of rows) if (!ids.isNull(row)) keys[count++] = (ids.hashOf(row) >>> HASH_SHIFT) * ROW_RANGE + row;
  const sorted = keys.subarray(0, count).sort();
  const leaders = new Int32Array(count);
  for (let start = 0; start < count; ) {
    const hash = Math.floor((sorted[start] as number) / ROW_RANGE);
    let end = start + 1;
    while (end < count && Math.floor((sorted[end] as number) / ROW_RANGE) === hash) end += 1;
    if (end - start === 1) leaders[start] = rowOfKey(sorted[start] as number);
    else {
      const first = new Map<string, number>();
      for (let at = start; at < end; at += 1) {
        const row = rowOfKey(sorted[at] as number);
        const id = ids.get(row) as string;
        const leader = first.get(id);
        if (leader === undefined) first.set(id, row);
        leaders[at] = leader ?? row;
      }
    }
    start = end;
  }
  return { keys: sorted, leaders };
}

/**
 * The rows (of `rows`, ascending) gathered by their id, the groups in the order of their first
 * row and each group's rows in file order; rows without an id are left out. A second sort of
 * (first row, row) pairs puts each group together.
 *
 * @example groupsById(Int32Array.of(0, 1, 2, 3), ids of ['A', 'B', 'A', null])
 * // { rows: [0, 2, 1], starts: [0, 2, 3] }
 */
export function groupsById(rows: Int32Array, ids: PackedTextColumn): IdGroups {
  const { keys, leaders } = leadersById(rows, ids);
  const count = keys.length;
  const pairs = new Float64Array(count);
  for (let at = 0; at < count; at += 1) pairs[at] = (leaders[at] as number) * ROW_RANGE + rowOfKey(keys[at] as number);
  pairs.sort();
  const grouped = new Int32Array(count);
  const starts: number[] = [];
  let previous = -1;
  for (let at = 0; at < count; at += 1) {
    const leader = Math.floor((pairs[at] as number) / ROW_RANGE);
    grouped[at] = rowOfKey(pairs[at] as number);
    if (leader !== previous) starts.push(at);
    previous = leader;
  }
  starts.push(count);
  return { rows: grouped, starts: Int32Array.from(starts) };
}
