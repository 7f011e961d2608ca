/**
 * Ranks read as an ordering. A rater's ranks are sorted; equal ranks form a tie group that occupies
 * as many consecutive positions as it has members. So (1, 2, 2, 4, 5, 6) and (1, 2, 2, 3, 4, 5)
 * both mean "first, then two shared second places, then three more": the numbers only order the
 * items, gaps and dense numbering give the same ordering. Shared by the weights and Kendall's W so
 * both read a ranking the same way.
 */

/** Items sharing one rank, and the consecutive 1-based positions they occupy together. */
export interface TieGroup {
  /** Indices into the ranks array, in index order. */
  readonly items: readonly number[];
  /** The first position the group occupies; it spans `first .. first + items.length − 1`. */
  readonly first: number;
}

/**
 * The tie groups of a ranking, best (lowest rank) first.
 *
 * @example tieGroups([1, 2, 2, 4]) // [{ items: [0], first: 1 }, { items: [1, 2], first: 2 }, { items: [3], first: 4 }]
 * @example tieGroups([3, 1, 2]) // [{ items: [1], first: 1 }, { items: [2], first: 2 }, { items: [0], first: 3 }]
 */
export function tieGroups(ranks: readonly number[]): TieGroup[] {
  for (const rank of ranks) {
    if (!Number.isFinite(rank)) throw new RangeError(`a rank must be a finite number, got ${rank}`);
  }
  const sorted = ranks.map((rank, index) => ({ rank, index })).sort((a, b) => a.rank - b.rank || a.index - b.index);
  const groups: TieGroup[] = [];
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && sorted[end]?.rank === sorted[start]?.rank) end += 1;
    groups.push({ items: sorted.slice(start, end).map((entry) => entry.index), first: start + 1 });
    start = end;
  }
  return groups;
}

/**
 * Each item's mid-rank: the mean of the positions its tie group occupies.
 *
 * midRank = first + (t − 1) / 2 for a group of t items starting at position `first`
 *
 * @example midRanks([1, 2, 2, 4]) // [1, 2.5, 2.5, 4]
 * @example midRanks([1, 2, 2, 3]) // [1, 2.5, 2.5, 4]
 */
export function midRanks(ranks: readonly number[]): number[] {
  const out = new Array<number>(ranks.length).fill(0);
  for (const group of tieGroups(ranks)) {
    const mid = group.first + (group.items.length - 1) / 2;
    for (const item of group.items) out[item] = mid;
  }
  return out;
}
