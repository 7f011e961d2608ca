/**
 * At most `cap` of some ascending values, evenly spaced by rank: all of them when there are no
 * more than `cap`, else the values at ranks round(i · (n − 1) / (cap − 1)) for i = 0 … cap − 1, so
 * the first and the last are kept and the kept values trace the same distribution. A copy; the
 * input is not changed.
 *
 * @example thinSorted([1, 2, 3, 4, 5, 6, 7], 4) // [1, 3, 5, 7]: ranks 0, 2, 4, 6
 * @example thinSorted([1, 2, 3], 10) // [1, 2, 3]
 */
export function thinSorted(sorted: ArrayLike<number>, cap: number): number[] {
  const n = sorted.length;
  if (n <= cap) return copyOf(sorted);
  return thinRanks(n, cap).map((rank) => sorted[rank] as number);
}

/**
 * The ranks thinSorted keeps of n values: 0 … n − 1 when n ≤ cap, else round(i · (n − 1) / (cap − 1))
 * for i = 0 … cap − 1 (only rank 0 for a cap of 1).
 *
 * @example thinRanks(7, 4) // [0, 2, 4, 6]
 */
export function thinRanks(n: number, cap: number): number[] {
  if (cap === 1 && n > 1) return [0];
  // A plain loop: Array.from with a function per element took as long as the counting it serves.
  const kept = Math.min(n, cap);
  const ranks: number[] = [];
  for (let i = 0; i < kept; i += 1) ranks.push(n <= cap ? i : thinRank(i, n, cap));
  return ranks;
}

/**
 * The i-th rank thinRanks keeps of n values when there are more than `cap` (cap > 1):
 * round(i · (n − 1) / (cap − 1)).
 *
 * @example thinRank(1, 7, 4) // round(1 · 6 / 3) = 2
 */
export function thinRank(i: number, n: number, cap: number): number {
  return Math.round((i * (n - 1)) / (cap - 1));
}

/**
 * The values as an array, copied in a plain loop: Array.from goes through a typed array's
 * iterator, which took as long as sorting the values.
 */
function copyOf(values: ArrayLike<number>): number[] {
  const copy: number[] = [];
  for (let i = 0; i < values.length; i++) copy.push(values[i] as number);
  return copy;
}
