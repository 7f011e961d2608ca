/**
 * A process figure built up one application at a time and read once at the end. Each figure that
 * goes over a list of applications is written as a tally, and its list function feeds it every
 * application of the list; measureProcess feeds every figure from one pass over the applications,
 * reading each application's dates once (see tallyProcess): a pass per figure, each reading every
 * date again from the file's columns, was most of the process figures' time on a large file.
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
 * @example tallied([3, 4], sumTally()) // 7, for a tally that sums
 */
export function tallied<T, R>(items: Iterable<T>, tally: Tally<T, R>): R {
  for (const item of items) tally.add(item);
  return tally.result();
}

/**
 * The values `valueOf` gives the items added, in order, the items it gives null left out: the
 * durations behind a figure's statistics.
 *
 * @example tallied([a responded after 2 days, b not yet], valuesTally((x) => firstResponseDays(x, days))) // [2]
 */
export function valuesTally<T>(valueOf: (item: T) => number | null): Tally<T, number[]> {
  const values: number[] = [];
  return {
    add(item) {
      const value = valueOf(item);
      if (value !== null) values.push(value);
    },
    result: () => values,
  };
}
