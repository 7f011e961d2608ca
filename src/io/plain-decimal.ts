/**
 * The plain forms most number cells of an export hold (`8`, `37406.97`), read without a token,
 * a regular expression or an intermediate string: a million cells notice each of those (SPEC §9).
 * Every other form, and every form whose reading needs a decision (an ambiguous `1.250`, more
 * digits than readNumber accepts), is left to readNumber, which reads it as before.
 */

/** Not one of the plain forms this file reads: the cell is read by readNumber. */
export const NOT_PLAIN = 0;
/** Digits only: exact, and proves no decimal mark. */
export const WHOLE = 1;
/** Digits, a point, digits, and not readable as thousands: exact, and proves the decimal point. */
export const POINT = 2;

export type PlainShape = typeof NOT_PLAIN | typeof WHOLE | typeof POINT;

/** As readNumber's MAX_INTEGER_DIGITS: more digits before the mark are an error it explains. */
const MAX_INTEGER_DIGITS = 12;

const ZERO = 48;
const NINE = 57;
const DOT = 46;

/**
 * How readNumber would read the text, for the plain forms it reads as exact values; NOT_PLAIN
 * for every other text (a sign, a currency, a comma, spaces, an ambiguous `1.250`, too many
 * digits).
 *
 * @example plainShape('37406.97') // POINT
 * @example plainShape('1.250') // NOT_PLAIN: 1250 or 1.25, which the column decides
 */
export function plainShape(text: string): PlainShape {
  const length = text.length;
  let point = -1;
  let leadingZeros = 0;
  let counting = true;
  for (let at = 0; at < length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === DOT && point < 0 && at > 0) {
      point = at;
      counting = false;
    } else if (code < ZERO || code > NINE) {
      return NOT_PLAIN;
    } else if (counting && code === ZERO) {
      leadingZeros += 1;
    } else {
      counting = false;
    }
  }
  const integerLength = point < 0 ? length : point;
  if (integerLength === 0 || point === length - 1) return NOT_PLAIN;
  if (integerLength - Math.min(leadingZeros, integerLength) > MAX_INTEGER_DIGITS) return NOT_PLAIN;
  if (point < 0) return WHOLE;
  const fractionLength = length - point - 1;
  if (fractionLength === 3 && text.charCodeAt(0) !== ZERO && integerLength <= 3) return NOT_PLAIN;
  return POINT;
}

/**
 * Whole cents of a text of a plain shape (WHOLE or POINT), as centsOf rounds them: half away
 * from zero at the third decimal.
 *
 * @example plainCents('1234.565') // 123457
 */
export function plainCents(text: string): number {
  const length = text.length;
  let integer = 0;
  let at = 0;
  for (; at < length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === DOT) break;
    integer = integer * 10 + (code - ZERO);
  }
  return integer * 100 + (digitAt(text, at + 1) * 10 + digitAt(text, at + 2)) + (digitAt(text, at + 3) >= 5 ? 1 : 0);
}

/** The digit at an index, 0 past the end (a decimal padded with zeros). */
function digitAt(text: string, at: number): number {
  return at < text.length ? text.charCodeAt(at) - ZERO : 0;
}
