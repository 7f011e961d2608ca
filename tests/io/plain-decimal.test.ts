import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsOf, readNumber } from '../../src/io/parse-number.js';
import { NOT_PLAIN, plainCents, plainShape, POINT, WHOLE } from '../../src/io/plain-decimal.js';

/** Texts of digits, points, commas and signs, long and short, with leading zeros now and then. */
const numberLike = fc.stringMatching(/^[-+]?0{0,3}[0-9]{0,14}([.,][0-9]{0,5}){0,2}$/);

describe('plainShape', () => {
  it('reads digits alone as a whole number', () => {
    expect(plainShape('45000')).toBe(WHOLE);
  });

  it('reads digits, a point and digits as proving the decimal point', () => {
    expect(plainShape('37406.97')).toBe(POINT);
    expect(plainShape('0.125')).toBe(POINT);
  });

  it('leaves what the column must decide to readNumber: 1.250 is 1250 or 1.25', () => {
    expect(plainShape('1.250')).toBe(NOT_PLAIN);
  });

  it('leaves commas, signs, spaces, currencies and bare points to readNumber', () => {
    for (const text of ['4,5', '-3', '+3', '1 000', '€ 5', '.5', '5.', '1.2.3', '']) expect(plainShape(text)).toBe(NOT_PLAIN);
  });

  it('leaves a number of more than twelve digits before the point to readNumber, which refuses it', () => {
    expect(plainShape('1234567890123')).toBe(NOT_PLAIN);
    expect(plainShape('000123456789012')).toBe(WHOLE);
  });

  it('agrees with readNumber on every text it reads: an exact token proving the same mark', () => {
    fc.assert(
      fc.property(numberLike, (text) => {
        const shape = plainShape(text);
        if (shape === NOT_PLAIN) return;
        expect(readNumber(text)).toEqual({ kind: 'exact', value: { decimal: text, currency: null }, proves: shape === POINT ? '.' : null });
      }),
      { numRuns: 5000 },
    );
  });
});

describe('plainCents', () => {
  it('rounds half away from zero at the third decimal: 1234.565 is 123,457 cents', () => {
    // 1234 × 100 + 56 + 1 (the third decimal is 5)
    expect(plainCents('1234.565')).toBe(123457);
  });

  it('pads missing decimals with zeros: 7.5 is 750 cents, 8 is 800', () => {
    expect(plainCents('7.5')).toBe(750);
    expect(plainCents('8')).toBe(800);
  });

  it('gives the cents centsOf gives for every plain text', () => {
    fc.assert(
      fc.property(numberLike, (text) => {
        if (plainShape(text) !== NOT_PLAIN) expect(plainCents(text)).toBe(centsOf(text));
      }),
      { numRuns: 5000 },
    );
  });
});
