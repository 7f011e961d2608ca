/**
 * Translating the lines rkpi writes to stderr by a table of twins: an English pattern and its
 * translation, with placeholders in braces.
 *
 * - `{file}`, `{column}`, `{value}`, … stand for any text, copied as it is (file names, headers,
 *   values, config keys);
 * - `{line}`, `{count}`, `{total}` and `{n}` (or `{count2}`, …) stand for a number only (`12`,
 *   `10,485,760`), written as the language writes numbers (see catalogueOf), `{date}` (`{date2}`)
 *   for a date with or without a time (`2025-01-28 14:00`);
 * - `{message}` (`{message2}`) stands for a text that is translated in turn by the same table: a
 *   frame such as `hint: {message}` or `{file}:{line}: {message}` holds a message, and both must
 *   be known.
 *
 * A placeholder at the very start of a pattern stands for text without ": " (a file name, an
 * option), so that `{file} is empty` never takes in a prefix such as `rkpi: ` or `hint: `.
 *
 * The frames are tried first, in their order, peeling the line's outer layers; then the messages,
 * from the most specific to the least (the one with the most literal text first), so the order of
 * a table of messages does not matter. The first twin whose pattern matches the whole text (and
 * whose `{message}` is known) wins. A text no twin knows is not translated: the line stays English.
 */

/** An English pattern and its translation, e.g. `['{file} is empty', '{file} is leeg']`. */
export type Twin = readonly [english: string, translation: string];

/** A twin made ready to match: its pattern as a regular expression, its placeholders in order. */
interface CompiledTwin {
  readonly pattern: RegExp;
  /** How much of the pattern is literal text: the more, the more specific. */
  readonly literal: number;
  readonly names: readonly string[];
  readonly translation: string;
}

export interface Catalogue {
  readonly twins: readonly CompiledTwin[];
  /** A number of an English message (`10,485,760`, `2.5`) as the language writes it. */
  readonly number: (english: string) => string;
}

const PLACEHOLDER = /\{(\w+)\}/g;
/** A placeholder whose text is translated in turn. */
export const isNested = (name: string): boolean => /^message\d*$/.test(name);

/** What a placeholder may stand for, by its name; at the start of a pattern, text without ": ". */
const isNumber = (name: string): boolean => /^(line|count|total|n)\d*$/.test(name);

function placeholderSource(name: string, leading: boolean): string {
  if (isNumber(name)) return '(\\d[\\d,.]*)';
  if (/^date\d*$/.test(name)) return '(\\d{4}-\\d\\d-\\d\\d(?: \\d\\d?:\\d\\d)?)';
  if (leading && !isNested(name)) return '((?:(?!: )[^])+?)';
  return '([^]+?)';
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The placeholders of a pattern or template, in the order they are written. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

function compileTwin([english, translation]: Twin): CompiledTwin {
  const names = placeholdersOf(english);
  const parts = english.split(PLACEHOLDER);
  // split with a capturing group alternates literal text and placeholder names.
  const source = parts
    .map((part, index) => (index % 2 === 0 ? escapeRegExp(part) : placeholderSource(part, index === 1 && parts[0] === '')))
    .join('');
  const literal = parts.filter((_, index) => index % 2 === 0).join('').length;
  return { pattern: new RegExp(`^${source}$`), literal, names, translation };
}

/** The frames and messages of a language, ready to translate with, and how it writes a number (as English by default). */
export function catalogueOf(messages: readonly Twin[], frames: readonly Twin[] = [], number = (english: string): string => english): Catalogue {
  const specificFirst = messages.map(compileTwin).sort((a, b) => b.literal - a.literal);
  return { twins: [...frames.map(compileTwin), ...specificFirst], number };
}

/**
 * The translation of one message, or null when no twin knows it.
 *
 * @example translateMessage('hires.csv is empty', catalogueOf([['{file} is empty', '{file} is leeg']])) // 'hires.csv is leeg'
 */
export function translateMessage(text: string, catalogue: Catalogue): string | null {
  for (const twin of catalogue.twins) {
    const match = twin.pattern.exec(text);
    if (match === null) continue;
    const values = new Map<string, string | null>();
    for (const [index, name] of twin.names.entries()) {
      const text = match[index + 1] ?? '';
      values.set(name, isNested(name) ? translateMessage(text, catalogue) : isNumber(name) ? catalogue.number(text) : text);
    }
    if ([...values.values()].includes(null)) continue;
    return twin.translation.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole);
  }
  return null;
}

/**
 * Every line of a text translated where the table knows it, left as it is where not; line ends
 * stay where they are.
 *
 * @example translateLines('hint: check the path\n', catalogue) // 'tip: controleer het pad\n'
 */
export function translateLines(text: string, catalogue: Catalogue): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : (translateMessage(line, catalogue) ?? line)))
    .join('\n');
}
