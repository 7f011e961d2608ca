import { regularizedIncompleteBeta } from './incomplete-beta.js';

/**
 * P(T ≤ t) for Student's t with `df` degrees of freedom (any df > 0, also a fraction, as Welch's
 * degrees of freedom are): for t ≥ 0 it is 1 − ½ · I_{df/(df+t²)}(df/2, ½), and symmetric below 0.
 *
 * @example studentTCdf(0, 7) // 0.5
 * @example studentTCdf(1, 1) // 0.75 (the Cauchy distribution: ½ + arctan(1) / π)
 */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/**
 * The p-quantile t of Student's t with `df` degrees of freedom, P(T ≤ t) = p, by inverting the
 * distribution function above: for p > ½, the x in (0, 1) with I_x(df/2, ½) = 2(1 − p), found by
 * bisection (I_x rises with x, so 200 halvings pin x down to the last bit), gives
 * t = √(df (1 − x) / x). Symmetric below ½; NaN for p outside (0, 1) or df ≤ 0.
 *
 * @example studentTQuantile(0.95, 10) // 1.8124611… (a textbook t table: 1.812)
 * @example studentTQuantile(0.975, 1) // 12.7062047… (tan(0.475 π))
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return Number.NaN;
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const target = 2 * (1 - p);
  let low = 0;
  let high = 1;
  for (let i = 0; i < 200 && high - low > Number.EPSILON * high; i++) {
    const middle = (low + high) / 2;
    if (regularizedIncompleteBeta(middle, df / 2, 0.5) < target) low = middle;
    else high = middle;
  }
  const x = (low + high) / 2;
  return Math.sqrt((df * (1 - x)) / x);
}
