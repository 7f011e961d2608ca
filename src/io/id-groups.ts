import type { PackedTextColumn } from './packed-text-column.js';

/**
 * Rows gathered by their id: group g holds `rows[starts[g]] … rows[starts[g + 1] - 1]`, in file
 * order; the groups are in the order of their first row.
 */
export interface IdGroups {
  readonly rows: Int32Array;
  /** One more than there are groups: the last is rows.length. */
  readonly starts: Int32Array;
}

/** No id: the value leadersById gives a row without one. */
export const NO_ID = -1;

/**
 * For each of `rows`, the position (in `rows`) of the first of them with the same id; NO_ID for
 * a row without an id. A row that is the first of its id has its own position.
 *
 * An open-addressing table of positions, twice as many slots as rows, keyed by the id's 32-bit
 * hash (see PackedTextColumn.hashOf) and compared by bytes only when two hashes are equal: some
 * 20 bytes a row while it runs, where a Map of every id would hold a million strings at once
 * (SPEC §9), and one look-up a row where sorting every row's hash cost a sort of a million keys.
 *
 * @example leadersById(Int32Array.of(0, 1, 2), ids of ['H1', 'H2', 'H1']) // [0, 1, 0]
 */
export function leadersById(rows: Int32Array, ids: PackedTextColumn): Int32Array {
  // At least twice as many slots as rows, so that a look-up seldom goes far (2^30 at most).
  let bits = 1;
  while (bits < 30 && 1 << bits < rows.length * 2) bits += 1;
  const mask = (1 << bits) - 1;
  const slots = new Int32Array(mask + 1).fill(NO_ID);
  const hashes = new Int32Array(mask + 1);
  const leaders = new Int32Array(rows.length);
  for (let at = 0; at < rows.length; at += 1) {
    const row = rows[at] as number;
    if (ids.isNull(row)) {
      leaders[at] = NO_ID;
      continue;
    }
    const hash = ids.hashOf(row) | 0;
    // Fibonacci hashing: the product's top bits mix every bit of the hash into the slot.
    let slot = Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
    for (;;) {
      const first = slots[slot] as number;
      if (first === NO_ID) {
        slots[slot] = at;
        hashes[slot] = hash;
        leaders[at] = at;
        break;
      }
      if (hashes[slot] === hash && ids.sameValue(rows[first] as number, row)) {
        leaders[at] = first;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return leaders;
}

/**
 * The rows (of `rows`, ascending) gathered by their id, the groups in the order of their first
 * row and each group's rows in file order; rows without an id are left out. Each row is counted
 * into its group's place (a counting sort by group), so no sort is needed.
 *
 * @example groupsById(Int32Array.of(0, 1, 2, 3), ids of ['A', 'B', 'A', null])
 * // { rows: [0, 2, 1], starts: [0, 2, 3] }
 */
export function groupsById(rows: Int32Array, ids: PackedTextColumn): IdGroups {
  const leaders = leadersById(rows, ids);
  // Each row's group, numbered in the order of the groups' first rows, and each group's size.
  const groupOf = new Int32Array(rows.length);
  const sizes: number[] = [];
  for (let at = 0; at < rows.length; at += 1) {
    const leader = leaders[at] as number;
    if (leader === NO_ID) groupOf[at] = NO_ID;
    else if (leader === at) {
      groupOf[at] = sizes.length;
      sizes.push(1);
    } else {
      const group = groupOf[leader] as number;
      groupOf[at] = group;
      sizes[group] = (sizes[group] as number) + 1;
    }
  }
  const starts = new Int32Array(sizes.length + 1);
  for (let group = 0; group < sizes.length; group += 1) starts[group + 1] = (starts[group] as number) + (sizes[group] as number);
  // Each row into the next free place of its group: file order within a group.
  const next = starts.slice(0, sizes.length);
  const grouped = new Int32Array(starts[sizes.length] as number);
  for (let at = 0; at < rows.length; at += 1) {
    const group = groupOf[at] as number;
    if (group !== NO_ID) grouped[(next[group] as number)++] = rows[at] as number;
  }
  return { rows: grouped, starts };
}
