/**
 * The largest of the values and `floor`. A loop: `Math.max(...values)` passes every value as an
 * argument, and a list of some 120,000 groups overflows the stack.
 *
 * @example largest([3, 7, 5], 0) // 7
 */
export function largest(values: Iterable<number>, floor = -Infinity): number {
  let most = floor;
  for (const value of values) if (value > most) most = value;
  return most;
}
