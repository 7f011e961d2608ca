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

/**
 * The values a figure gives the items added (see valueOf), in order, the items it gives null left
 * out: the durations behind a figure's statistics.
 */
export abstract class ValuesTally<T> implements Tally<T, number[]> {
  readonly #values: number[] = [];

  /** The item's value, or null when it has none. */
  protected abstract valueOf(item: T): number | null;

  add(item: T): void {
    const value = this.valueOf(item);
    if (value !== null) this.#values.push(value);
  }

  result(): number[] {
    return this.#values;
  }
}
