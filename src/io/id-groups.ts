import type { PackedTextColumn } from './packed-text-column.js';

/** A key keeps 53 bits, exact in a double: a hash's and a row's. */
const KEY_BITS = 53;

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
  /** hash × rowRange + row, sorted: rows of equal hash together, in row order (rowOfKey gives the row). */
  readonly keys: Float64Array;
  /** A power of two above every row: the row is the key's remainder by it. */
  readonly rowRange: number;
  /** The first row (of `rows`) with the id of the row of keys[at], by at. */
  readonly leaders: Int32Array;
}

/** The row of a key of IdLeaders. */
export const rowOfKey = (key: number, rowRange: number): number => key % rowRange;

/** The least power of two above `row` (rows are below 2^31). */
function rangeAbove(row: number): number {
  let range = 1;
  while (range <= row) range *= 2;
  return range;
}

/**
 * The first row of each row's id, for the rows (of `rows`, which must be ascending, as a table's
 * rows are) that have an id.
 *
 * Sorts one number per row, hash × rowRange + row, so rows of equal hash come together in row
 * order, and compares the ids themselves only within those runs: 12 bytes a row, where a Map of
 * every id would hold a million strings at once (SPEC §9). The hash keeps the bits the rows leave
 * of a double's 53: all 32 below 2^21 rows, so that few ids share a hash and are decoded (with 22
 * bits, a million ids had a fifth of them in shared hashes).
 *
 * @example leadersById(Int32Array.of(0, 1, 2), ids of ['H1', 'H2', 'H1']) // row 2's leader is 0, the others lead
 */
export function leadersById(rows: Int32Array, ids: PackedTextColumn): IdLeaders {
  const rowRange = rangeAbove(rows.length === 0 ? 0 : (rows[rows.length - 1] as number));
  const hashShift = Math.max(0, 32 - (KEY_BITS - Math.log2(rowRange)));
  const keys = new Float64Array(rows.length);
  let count = 0;
  for (const row of rows) if (!ids.isNull(row)) keys[count++] = (ids.hashOf(row) >>> hashShift) * rowRange + row;
  const sorted = keys.subarray(0, count).sort();
  const leaders = new Int32Array(count);
  for (let start = 0; start < count; ) {
    const hash = Math.floor((sorted[start] as number) / rowRange);
    let end = start + 1;
    while (end < count && Math.floor((sorted[end] as number) / rowRange) === hash) end += 1;
    if (end - start === 1) leaders[start] = rowOfKey(sorted[start] as number, rowRange);
    else {
      const first = new Map<string, number>();
      for (let at = start; at < end; at += 1) {
        const row = rowOfKey(sorted[at] as number, rowRange);
        const id = ids.get(row) as string;
        const leader = first.get(id);
        if (leader === undefined) first.set(id, row);
        leaders[at] = leader ?? row;
      }
    }
    start = end;
  }
  return { keys: sorted, rowRange, leaders };
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
  const { keys, rowRange, leaders } = leadersById(rows, ids);
  const count = keys.length;
  const pairs = new Float64Array(count);
  for (let at = 0; at < count; at += 1) pairs[at] = (leaders[at] as number) * rowRange + rowOfKey(keys[at] as number, rowRange);
  pairs.sort();
  const grouped = new Int32Array(count);
  const starts: number[] = [];
  let previous = -1;
  for (let at = 0; at < count; at += 1) {
    const leader = Math.floor((pairs[at] as number) / rowRange);
    grouped[at] = rowOfKey(pairs[at] as number, rowRange);
    if (leader !== previous) starts.push(at);
    previous = leader;
  }
  starts.push(count);
  return { rows: grouped, starts: Int32Array.from(starts) };
}
