import type { MeanSample } from './welch.js';

/**
 * n, mean and sample standard deviation of some values, in two passes (the mean first, then the
 * squared deviations from it, which keeps the digits that Σx² − n·m² would lose):
 *
 *   mean = Σx / n;  sd = √(Σ(x − mean)² / (n − 1)), null for n < 2
 *
 * Null for no values.
 *
 * @example meanSample([2, 4, 4, 4, 5, 5, 7, 9]) // { n: 8, mean: 5, sd: √(32 / 7) = 2.138… }
 */
export function meanSample(values: ArrayLike<number>): MeanSample | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  const mean = sum / n;
  if (n < 2) return { n, mean, sd: null };
  let squares = 0;
  for (let i = 0; i < n; i++) squares += ((values[i] as number) - mean) ** 2;
  return { n, mean, sd: Math.sqrt(squares / (n - 1)) };
}
