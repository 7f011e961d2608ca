/**
 * The text of a cell without the spaces around it. Most cells have none: a cell that starts and
 * ends with a printable ASCII character is its own trimmed text, told without the call of trim.
 * Every character trim removes is below 33 or above 126 (tab, line ends, spaces, no-break and
 * other Unicode spaces, the byte order mark).
 *
 * @example trimmed(' 12 ') // '12'
 * @example trimmed('12') // '12', the same string
 */
export function trimmed(field: string): string {
  const length = field.length;
  if (length === 0) return field;
  const first = field.charCodeAt(0);
  const last = field.charCodeAt(length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? field : field.trim();
}
