/** What a message quotes of a value: a 10 MB string or a list nested 5,000 deep is not echoed whole. */
const MAX_CHARS = 60;
const MAX_ITEMS = 8;
const MAX_DEPTH = 3;

function bounded(value: unknown, depth: number): string {
  if (typeof value === 'string') return JSON.stringify(value.length > MAX_CHARS ? value.slice(0, MAX_CHARS) : value);
  if (typeof value === 'number') return String(value); // 1e400 reads as Infinity, which JSON would write as null
  if (Array.isArray(value)) {
    if (depth === 0) return value.length === 0 ? '[]' : '[…]';
    const items = value.slice(0, MAX_ITEMS).map((item: unknown) => bounded(item, depth - 1));
    return `[${items.join(',')}${value.length > MAX_ITEMS ? ',…' : ''}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (depth === 0) return entries.length === 0 ? '{}' : '{…}';
    const shown = entries.slice(0, MAX_ITEMS).map(([key, item]) => `${bounded(key, 0)}:${bounded(item, depth - 1)}`);
    return `{${shown.join(',')}${entries.length > MAX_ITEMS ? ',…' : ''}}`;
  }
  return String(value);
}

/**
 * A JSON value as a one-line message quotes it: compact JSON of at most 60 characters, a few
 * levels deep, cut with `…`; control characters escaped as JSON escapes them.
 *
 * @example quoteJson({ recruiter: '55 euro' }) // '{"recruiter":"55 euro"}'
 * @example quoteJson(1e400) // 'Infinity'
 */
export function quoteJson(value: unknown): string {
  const text = bounded(value, MAX_DEPTH);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}
