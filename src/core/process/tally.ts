/**
 * A process figure built up one application at a time and read once at the end. Each figure that
 * goes over a list of applications is written as a tally, and its list function feeds it every
 * application of the list; measureProcess feeds every figure from one pass over the applications,
 * reading each application's dates once (see processPass): a pass per figure, each reading every
 * date again from the file's columns, was most of the process figures' time on a large file.
 *
 * The tallies are classes rather than objects of closures: their methods are the same functions
 * from one report (or group) to the next, so the optimised pass stays valid, where closures made
 * anew for each group left it deoptimised and running some ten times slower (measured).
 */
export interface Tally<T, R> {
  /** Counts one more item in. */
  add(item: T): void;
  /** The figure over the items added so far. */
  result(): R;
}

/**
 * The result of a tally fed every item of a list, in order.
 *
 * @example tallied([a responded after 2 days, b not yet], new FirstResponseTally(days)) // [2]
 */
export function tallied<T, R>(items: Iterable<T>, tally: Tally<T, R>): R {
  for (const item of items) tally.add(item);
  return tally.result();
}

/** The room a ValuesTally starts with; it doubles as it fills. */
const FIRST_CAPACITY = 256;

/**
 * The values a figure gives the items added (see valueOf), in order, the items it gives null left
 * out: the durations behind a figure's statistics. They are kept in a Float64Array that doubles as
 * it fills, outside the engine's heap, where arrays of numbers grew by copies on the heap: over a
 * million applications the process pass took 23,000 page faults (some 90 MB of fresh memory, which
 * costs time on these machines) with arrays of numbers and 7,700 with these (measured).
 */
export abstract class ValuesTally<T> implements Tally<T, Float64Array> {
  #values = new Float64Array(FIRST_CAPACITY);
  #count = 0;

  /** The item's value, or null when it has none. */
  protected abstract valueOf(item: T): number | null;

  add(item: T): void {
    const value = this.valueOf(item);
    if (value === null) return;
    if (this.#count === this.#values.length) {
      const grown = new Float64Array(this.#count * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#count] = value;
    this.#count += 1;
  }

  /** The values added so far, in order (a view of the tally's own array: read it, never write to it). */
  result(): Float64Array {
    return this.#values.subarray(0, this.#count);
  }
}
