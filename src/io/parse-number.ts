import { type CellToken, cellError, exact } from './cell-token.js';

export type DecimalMark = ',' | '.';

/** A number as a plain decimal string (`-1234.56`) and the currency written with it, if any. */
export interface ParsedNumber {
  readonly decimal: string;
  readonly currency: string | null;
}

const SYMBOLS: Readonly<Record<string, string>> = { '€': 'EUR', $: 'USD', '£': 'GBP' };
const LEADING_CURRENCY = /^(€|\$|£|[A-Za-z]{3}\b)\s*/;
const TRAILING_CURRENCY = /\s*(€|\$|£|\b[A-Za-z]{3})$/;
const GROUPED: Readonly<Record<DecimalMark, RegExp>> = {
  ',': /^\d{1,3}(\.\d{3})*,\d+$/,
  '.': /^\d{1,3}(,\d{3})*\.\d+$/,
};

const other = (mark: DecimalMark): DecimalMark => (mark === ',' ? '.' : ',');

/** A leading sign: minus (ASCII or U+2212), or plus, which the README promises as well. */
function stripSign(text: string): { negative: boolean; rest: string } {
  const match = /^([-−+])\s*/.exec(text);
  return match ? { negative: match[1] !== '+', rest: text.slice(match[0].length) } : { negative: false, rest: text };
}

/** Splits off a sign and a currency symbol or code written before or after the number. */
function splitDecorations(text: string): { negative: boolean; currency: string | null; body: string } {
  let { negative, rest } = stripSign(text.trim());
  let currency: string | null = null;
  const leading = LEADING_CURRENCY.exec(rest);
  if (leading?.[1]) {
    currency = leading[1];
    rest = rest.slice(leading[0].length);
    const signed = stripSign(rest);
    negative ||= signed.negative;
    rest = signed.rest;
  }
  const trailing = TRAILING_CURRENCY.exec(rest);
  if (trailing?.[1] && currency === null) {
    currency = trailing[1];
    rest = rest.slice(0, rest.length - trailing[0].length);
  }
  const code = currency === null ? null : (SYMBOLS[currency] ?? currency.toUpperCase());
  return { negative, currency: code, body: rest.replace(/(\d)[\s\u00a0\u202f]+(?=\d{3}\b)/g, '$1') };
}

/**
 * Reads a number cell in any of the forms `1234.56`, `1234,56`, `1.234,56`, `1,234.56`, with an
 * optional sign and currency (`€ 1.234,56`, `EUR 1234`, `-250`). Which mark is the decimal one
 * is proven by the value where it can be (`1,5`; `1.234,56`; `1.234.567`) and ambiguous where
 * both readings are numbers (`1.250`: 1250 or 1.25).
 *
 * @example readNumber('€ 1.234,56') // exact { decimal: '1234.56', currency: 'EUR' }, proves ','
 * @example readNumber('1.250') // ambiguous: '1250' with decimal comma, '1.250' with decimal point
 */
export function readNumber(text: string): CellToken<DecimalMark, ParsedNumber> {
  const token = readPlain(text) ?? readDigits(text);
  // Only an exact reading can be long: an ambiguous one has at most three digits before its mark.
  if (token.kind === 'exact' && integerDigits(token.value.decimal) > MAX_INTEGER_DIGITS) {
    return cellError(`too large: more than ${MAX_INTEGER_DIGITS} digits before the decimal mark`);
  }
  return token;
}

/**
 * Twelve digits before the mark hold any amount, count or score an HR export has, and keep
 * cents exact integers and sums of them exact.
 */
const MAX_INTEGER_DIGITS = 12;

/** Digits before the point of a plain decimal string, without a sign or leading zeros. */
function integerDigits(decimal: string): number {
  let at = decimal.startsWith('-') ? 1 : 0;
  while (decimal[at] === '0') at += 1;
  const point = decimal.indexOf('.', at);
  return (point === -1 ? decimal.length : point) - at;
}

/** Digits with at most one mark and no sign, currency or space: what most cells of an export hold. */
const PLAIN = /^(\d+)(?:([.,])(\d+))?$/;

/** Digits grouped by thousands with one separator, then the other mark and decimals: `37.406,97`. */
const GROUPED_DECIMAL = /^(\d{1,3}([.,])\d{3}(?:\2\d{3})*)([.,])(\d+)$/;

/**
 * readDigits for the plain forms (`37406.97`, `4,5`, `8`, `37.406,97`) without its regular
 * expressions for signs, currencies and spaces, which a million cells notice; null for any other
 * text.
 */
function readPlain(text: string): CellToken<DecimalMark, ParsedNumber> | null {
  const grouped = GROUPED_DECIMAL.exec(text);
  if (grouped !== null) {
    const [, digits = '', separator = '', mark = '', decimals = ''] = grouped;
    if (separator === mark) return null;
    return exact({ decimal: `${digits.split(separator).join('')}.${decimals}`, currency: null }, mark as DecimalMark);
  }
  const match = PLAIN.exec(text);
  if (match === null) return null;
  const [, integer = '', separator, fraction] = match;
  if (separator === undefined || fraction === undefined) return exact({ decimal: integer, currency: null });
  const mark = separator as DecimalMark;
  const asDecimal: ParsedNumber = { decimal: `${integer}.${fraction}`, currency: null };
  if (fraction.length !== 3 || integer.startsWith('0') || integer.length > 3) return exact(asDecimal, mark);
  const asThousands: ParsedNumber = { decimal: integer + fraction, currency: null };
  return { kind: 'ambiguous', byOrder: mark === ',' ? { ',': asDecimal, '.': asThousands } : { '.': asDecimal, ',': asThousands } };
}

function readDigits(text: string): CellToken<DecimalMark, ParsedNumber> {
  const { negative, currency, body } = splitDecorations(text);
  const number = (digits: string): ParsedNumber => ({ decimal: (negative ? '-' : '') + digits, currency });
  if (!/^\d[\d.,]*$/.test(body)) return cellError('not a number');
  const commas = body.split(',').length - 1;
  const points = body.split('.').length - 1;
  if (commas === 0 && points === 0) return exact(number(body));
  if (commas > 0 && points > 0) {
    const mark: DecimalMark = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    if (!GROUPED[mark].test(body)) return cellError('not a number');
    return exact(number(body.split(other(mark)).join('').replace(',', '.')), mark);
  }
  const separator: DecimalMark = commas > 0 ? ',' : '.';
  const [integer = '', fraction = ''] = body.split(separator);
  if (commas + points > 1) {
    const grouped = new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(body);
    return grouped ? exact(number(body.split(separator).join('')), other(separator)) : cellError('not a number');
  }
  if (fraction === '') return cellError('not a number');
  const asDecimal = number(`${integer}.${fraction}`);
  if (fraction.length !== 3 || integer.startsWith('0') || integer.length > 3) return exact(asDecimal, separator);
  const asThousands = number(integer + fraction);
  return {
    kind: 'ambiguous',
    byOrder: separator === ',' ? { ',': asDecimal, '.': asThousands } : { '.': asDecimal, ',': asThousands },
  };
}

/**
 * Whole cents of a decimal string, rounding half away from zero at the third decimal.
 *
 * @example centsOf('1234.565') // 123457
 */
export function centsOf(decimal: string): number {
  const negative = decimal.startsWith('-');
  const [integer = '0', fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const padded = fraction.padEnd(3, '0');
  const cents = Number(integer) * 100 + Number(padded.slice(0, 2)) + (Number(padded[2]) >= 5 ? 1 : 0);
  return negative && cents !== 0 ? -cents : cents;
}
