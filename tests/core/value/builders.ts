import { AREA_KEYS, type AreaKey, type AreaRecord } from '../../../src/core/value/areas.js';

/** An area record from six values in canonical order (bestFit … rightEffort). */
export function byArea<T>(values: readonly [T, T, T, T, T, T]): AreaRecord<T> {
  const out = {} as Record<AreaKey, T>;
  AREA_KEYS.forEach((key, index) => {
    out[key] = values[index] as T;
  });
  return out;
}

/** A frozen copy all the way down, so a write anywhere throws (ES modules are strict). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
