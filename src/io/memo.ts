/** Distinct cell texts remembered per column: dates and scores repeat, so most cells are looked up. */
export const MEMO_LIMIT = 4096;

/**
 * `read` with its results remembered for the first MEMO_LIMIT distinct keys; `read` must be pure.
 * In a column whose cells hardly repeat (salaries, amounts), looking up costs more than it saves:
 * once the memo is full and fewer than half of the lookups found their key, it stops looking up.
 */
export function memo<K, V>(read: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  let lookups = 0;
  let hits = 0;
  let worthIt = true;
  return (key) => {
    if (!worthIt) return read(key);
    lookups += 1;
    let value = known.get(key);
    if (value !== undefined) {
      hits += 1;
      return value;
    }
    value = read(key);
    if (known.size < MEMO_LIMIT) known.set(key, value);
    else worthIt = hits * 2 >= lookups;
    return value;
  };
}
