import type { Scale } from './types.js';

/**
 * A score mapped onto 0..1 of its scale: (value − min) / (max − min); null for an empty scale
 * (max = min), which config validation should already have refused.
 *
 * @example normaliseOnScale(4, { min: 1, max: 5 }) // 0.75
 * @example normaliseOnScale(7.2, { min: 1, max: 10 }) // 0.6888…
 */
export function normaliseOnScale(value: number, scale: Scale): number | null {
  const width = scale.max - scale.min;
  if (!(width > 0)) return null;
  return (value - scale.min) / width;
}
