/**
 * A KPI that may not be computable: the figure (whose numbers are null when it cannot be
 * computed) and, in that case, why. A KPI that cannot be computed is a value, not an exception.
 */
export interface Measured<T> {
  readonly kpi: T;
  readonly reason: string | null;
}

/** Reason shared by every figure that is divided by the number of hires. */
export const NO_HIRES = 'no hires in the period';

/**
 * numerator / denominator, or null when the denominator is 0 or the result is not finite,
 * so no NaN or Infinity ever reaches a report.
 *
 * @example divideOrNull(300, 4) // 75
 * @example divideOrNull(300, 0) // null
 */
export function divideOrNull(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const quotient = numerator / denominator;
  return Number.isFinite(quotient) ? quotient : null;
}

/**
 * The arithmetic mean, or null for no values.
 *
 * @example meanOrNull([2, 4, 9]) // 5
 */
export function meanOrNull(values: ArrayLike<number>): number | null {
  let sum = 0;
  for (let i = 0; i < values.length; i += 1) sum += values[i] as number;
  return divideOrNull(sum, values.length);
}
