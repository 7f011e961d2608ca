import type { Proportion } from './wilson.js';

/**
 * Successes out of the records that have an outcome: n counts the records whose outcome is not
 * null, successes those whose outcome is true.
 *
 * @example countOutcomes([1, 2, 3, 4], (x) => (x === 4 ? null : x > 1)) // { successes: 2, n: 3 }
 */
export function countOutcomes<T>(records: Iterable<T>, outcome: (record: T) => boolean | null): Proportion {
  let n = 0;
  let successes = 0;
  for (const record of records) {
    const result = outcome(record);
    if (result === null) continue;
    n += 1;
    if (result) successes += 1;
  }
  return { successes, n };
}
