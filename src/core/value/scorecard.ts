/**
 * Per-area indices and 0–100 scores. Result and process areas: more is better, capped at the
 * target. Cost and effort areas ("juiste" kosten, "juiste" inspanning): the right amount is best,
 * so both overspending and underspending lose points once outside the tolerance band.
 */
import type { AreaKind } from './areas.js';

export const DEFAULT_TOLERANCE = 0.1;
/** A budget area scores 0 at this distance from target (±50 %). */
export const ZERO_SCORE_DEVIATION = 0.5;

/**
 * Indices are ratios of decimal data: 4400 / 4000 − 1 is 0.10000000000000009 in floating point,
 * which must count as "within 10 %". Differences below 1e-12 are float noise, never data.
 */
function denoise(value: number): number {
  return Math.round(value * 1e12) / 1e12;
}

function assertTolerance(tolerance: number): void {
  if (!(tolerance >= 0 && tolerance < ZERO_SCORE_DEVIATION)) {
    throw new RangeError(`tolerance must be in [0, ${ZERO_SCORE_DEVIATION}), got ${tolerance}`);
  }
}

/**
 * An area's index, or null when the actual or the target is missing or the target is 0.
 *
 * x = actual / target
 *
 * @example areaIndex(7.2, 8) // 0.9
 * @example areaIndex(null, 8) // null
 */
export function areaIndex(actual: number | null, target: number | null): number | null {
  if (actual === null || target === null || target === 0) return null;
  return actual / target;
}

/**
 * The 0–100 score of an area with index x.
 *
 * result:  score = min(100, 100·x)
 * budget:  score = 100 when |x − 1| ≤ tolerance, else 100 · (0.50 − |x − 1|) / (0.50 − tolerance), clamped to 0..100
 *
 * @example areaScore('result', 0.9) // 90
 * @example areaScore('budget', 1.3) // 50 (tolerance 0.10)
 * @example areaScore('budget', 0.7) // 50
 */
export function areaScore(kind: AreaKind, x: number, tolerance = DEFAULT_TOLERANCE): number {
  assertTolerance(tolerance);
  if (kind === 'result') return Math.max(0, Math.min(100, 100 * x));
  const deviation = denoise(Math.abs(x - 1));
  if (deviation <= tolerance) return 100;
  const score = (100 * (ZERO_SCORE_DEVIATION - deviation)) / (ZERO_SCORE_DEVIATION - tolerance);
  return Math.max(0, Math.min(100, score));
}

/**
 * Whether an index misses its target. Result areas: below target (x < 1). Budget areas: outside
 * the tolerance band in either direction (|x − 1| > tolerance), because too little money or
 * effort is as much a miss as too much.
 *
 * @example missesTarget('result', 0.95) // true
 * @example missesTarget('budget', 1.08) // false (tolerance 0.10)
 * @example missesTarget('budget', 0.8) // true
 */
export function missesTarget(kind: AreaKind, x: number, tolerance = DEFAULT_TOLERANCE): boolean {
  assertTolerance(tolerance);
  return kind === 'result' ? denoise(x) < 1 : denoise(Math.abs(x - 1)) > tolerance;
}
