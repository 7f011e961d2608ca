/**
 * The words of an export that the config maps onto rkpi's own (a status onto an outcome, a stage
 * name onto a canonical stage): the usual English and Dutch words are built in, and the config's
 * lists add to them and win where they differ. Words match whatever their case and spacing.
 */

/**
 * A word as it is compared: trimmed, lower case, runs of spaces as one.
 *
 * @example normaliseWord('  Aanbod   Afgewezen ') // 'aanbod afgewezen'
 */
export const normaliseWord = (word: string): string => word.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Word → target, from the built-in lists and the config's (which win).
 *
 * @example wordMap({ hired: ['hired'] }, { hired: ['Started'] }).get('started') // 'hired'
 */
export function wordMap<K extends string>(
  builtIn: Readonly<Partial<Record<K, readonly string[]>>>,
  configured?: Readonly<Partial<Record<K, readonly string[]>>>,
): ReadonlyMap<string, K> {
  const map = new Map<string, K>();
  for (const lists of [builtIn, configured ?? {}]) {
    for (const [target, words] of Object.entries(lists) as [K, readonly string[] | undefined][]) {
      for (const word of words ?? []) map.set(normaliseWord(word), target);
    }
  }
  return map;
}

/** How many unknown words a hint names before it counts the rest. */
const WORDS_NAMED = 20;

/**
 * The hint for words the mapping does not know: every one of them (up to 20, then a count), and
 * the mapping that adds them, with the targets to choose from.
 *
 * @example unknownWordsHint('statuses', ['hired', 'rejected'], ['On hold'])
 * // 'add every one to "statuses" in rkpi.config.json under what it means: {"statuses": {"<hired|rejected>": ["On hold"]}}'
 */
export function unknownWordsHint(key: string, targets: readonly string[], words: readonly string[]): string {
  const named = words.slice(0, WORDS_NAMED).map((word) => JSON.stringify(word));
  const more = words.length > WORDS_NAMED ? `, … (${words.length - WORDS_NAMED} more)` : '';
  return (
    `add ${words.length === 1 ? 'it' : 'every one'} to "${key}" in rkpi.config.json under what it means: ` +
    `{"${key}": {"<${targets.join('|')}>": [${named.join(', ')}${more}]}}`
  );
}
