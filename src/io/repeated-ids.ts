import { leadersById, NO_ID } from './id-groups.js';
import type { PackedTextColumn } from './packed-text-column.js';

/**
 * The rows (of `rows`, which must be in ascending order, as a table's rows are) whose id an
 * earlier row already has, each with the row of the id's first occurrence; rows without an id
 * are never repeats. See leadersById for how ids are compared without a Map of every id.
 *
 * @example repeatedIds(Int32Array.of(0, 1, 2), ids of ['H1', 'H2', 'H1']) // Map { 2 → 0 }
 */
export function repeatedIds(rows: Int32Array, ids: PackedTextColumn): Map<number, number> {
  const leaders = leadersById(rows, ids);
  const repeats = new Map<number, number>();
  for (let at = 0; at < rows.length; at += 1) {
    const leader = leaders[at] as number;
    if (leader !== NO_ID && leader !== at) repeats.set(rows[at] as number, rows[leader] as number);
  }
  return repeats;
}
