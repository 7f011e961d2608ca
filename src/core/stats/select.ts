/**
 * Order statistics by selection (Hoare's quickselect, with a three-way partition so that the many
 * equal values of whole-day durations cost one pass): the k-th smallest of n values in O(n) on
 * average, where sorting them all costs O(n log n). A median or a percentile needs two or three
 * of them, not the order of all.
 */

/**
 * Rearranges `values[from..to]` (inclusive) so that `values[k]` is the value a sort would put
 * there, with no greater value before it and no smaller one after it, and returns it. The values
 * must not be NaN. Works in place: pass a copy to keep the caller's order.
 *
 * @example selectInPlace(Float64Array.of(9, 1, 8, 2, 7), 2) // 7: sorted 1, 2, 7, 8, 9
 */
export function selectInPlace(values: Float64Array, k: number, from = 0, to = values.length - 1): number {
  let low = from;
  let high = to;
  while (low < high) {
    const pivot = medianOfThree(values[low] as number, values[(low + high) >>> 1] as number, values[high] as number);
    // Three parts: [low, lt) below the pivot, [lt, i) equal to it, (gt, high] above it.
    let lt = low;
    let gt = high;
    let i = low;
    while (i <= gt) {
      const value = values[i] as number;
      if (value < pivot) {
        values[i] = values[lt] as number;
        values[lt] = value;
        lt += 1;
        i += 1;
      } else if (value > pivot) {
        values[i] = values[gt] as number;
        values[gt] = value;
        gt -= 1;
      } else {
        i += 1;
      }
    }
    if (k < lt) high = lt - 1;
    else if (k > gt) low = gt + 1;
    else return pivot;
  }
  return values[k] as number;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

/** The smallest of `values[from..to]` (inclusive); after selectInPlace(values, k), from = k + 1 gives the (k + 1)-th value. */
export function smallestIn(values: Float64Array, from: number, to: number): number {
  let smallest = values[from] as number;
  for (let at = from + 1; at <= to; at += 1) if ((values[at] as number) < smallest) smallest = values[at] as number;
  return smallest;
}

/** The greatest of `values[from..to]` (inclusive); after selectInPlace(values, k), to = k − 1 gives the (k − 1)-th value. */
export function greatestIn(values: Float64Array, from: number, to: number): number {
  let greatest = values[from] as number;
  for (let at = from + 1; at <= to; at += 1) if ((values[at] as number) > greatest) greatest = values[at] as number;
  return greatest;
}
