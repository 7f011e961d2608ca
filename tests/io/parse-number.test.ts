import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsOf, readNumber } from '../../src/io/parse-number.js';

const plain = (decimal: string, currency: string | null = null) => ({ decimal, currency });

describe('readNumber', () => {
  describe('the forms of SPEC §2.1', () => {
    it('reads 1234.56 as a decimal point', () => {
      expect(readNumber('1234.56')).toEqual({ kind: 'exact', value: plain('1234.56'), proves: '.' });
    });

    it('reads 1234,56 as a decimal comma', () => {
      expect(readNumber('1234,56')).toEqual({ kind: 'exact', value: plain('1234.56'), proves: ',' });
    });

    it('reads 1.234,56 with grouped thousands and a decimal comma', () => {
      expect(readNumber('1.234,56')).toEqual({ kind: 'exact', value: plain('1234.56'), proves: ',' });
    });

    it('reads 1,234.56 with grouped thousands and a decimal point', () => {
      expect(readNumber('1,234.56')).toEqual({ kind: 'exact', value: plain('1234.56'), proves: '.' });
    });

    it('reads € 1.234,56 with the euro sign as EUR', () => {
      expect(readNumber('€ 1.234,56')).toEqual({ kind: 'exact', value: plain('1234.56', 'EUR'), proves: ',' });
    });

    it('reads EUR 1234 as a whole number that proves no mark', () => {
      expect(readNumber('EUR 1234')).toEqual({ kind: 'exact', value: plain('1234', 'EUR'), proves: null });
    });

    it('reads a currency written after the number', () => {
      expect(readNumber('1234,56 €')).toEqual({ kind: 'exact', value: plain('1234.56', 'EUR'), proves: ',' });
      expect(readNumber('99.50 usd')).toEqual({ kind: 'exact', value: plain('99.50', 'USD'), proves: '.' });
    });

    it('reads -250 as a negative whole number', () => {
      expect(readNumber('-250')).toEqual({ kind: 'exact', value: plain('-250'), proves: null });
    });

    it('reads +100 and € +1.250,50 with a plus sign, which the README promises as well', () => {
      expect(readNumber('+100')).toEqual({ kind: 'exact', value: plain('100'), proves: null });
      expect(readNumber('€ +1.250,50')).toEqual({ kind: 'exact', value: plain('1250.50', 'EUR'), proves: ',' });
    });

    it('reads € -250,00 with the sign after the currency', () => {
      expect(readNumber('€ -250,00')).toEqual({ kind: 'exact', value: plain('-250.00', 'EUR'), proves: ',' });
    });

    it('reads -€ 250 with the sign before the currency', () => {
      expect(readNumber('-€ 250')).toEqual({ kind: 'exact', value: plain('-250', 'EUR'), proves: null });
    });

    it('reads 1 234,56 with a space between the thousands', () => {
      expect(readNumber('1 234,56')).toEqual({ kind: 'exact', value: plain('1234.56'), proves: ',' });
      expect(readNumber('12 345 678,9')).toEqual({ kind: 'exact', value: plain('12345678.9'), proves: ',' });
    });

    it('reads $ and £ as USD and GBP', () => {
      expect(readNumber('$ 100')).toEqual({ kind: 'exact', value: plain('100', 'USD'), proves: null });
      expect(readNumber('£7.5')).toEqual({ kind: 'exact', value: plain('7.5', 'GBP'), proves: '.' });
    });
  });

  describe('ambiguous values', () => {
    it('carries both readings of 1.250', () => {
      // decimal comma: the point groups thousands, 1250; decimal point: 1.250
      expect(readNumber('1.250')).toEqual({ kind: 'ambiguous', byOrder: { '.': plain('1.250'), ',': plain('1250') } });
    });

    it('carries both readings of 1,250', () => {
      expect(readNumber('1,250')).toEqual({ kind: 'ambiguous', byOrder: { ',': plain('1.250'), '.': plain('1250') } });
    });

    it('keeps the sign and the currency in both readings', () => {
      expect(readNumber('€ -1.250')).toEqual({
        kind: 'ambiguous',
        byOrder: { '.': plain('-1.250', 'EUR'), ',': plain('-1250', 'EUR') },
      });
    });
  });

  describe('proofs', () => {
    it('takes 1,5 as a decimal comma: one digit after a mark cannot group thousands', () => {
      expect(readNumber('1,5')).toEqual({ kind: 'exact', value: plain('1.5'), proves: ',' });
    });

    it('takes 1.234.567 as points grouping thousands, so the decimal mark is a comma', () => {
      expect(readNumber('1.234.567')).toEqual({ kind: 'exact', value: plain('1234567'), proves: ',' });
    });

    it('takes 12,345,678 as commas grouping thousands, so the decimal mark is a point', () => {
      expect(readNumber('12,345,678')).toEqual({ kind: 'exact', value: plain('12345678'), proves: '.' });
    });

    it('takes 0,500 as a decimal comma: thousands are never written with a leading 0', () => {
      expect(readNumber('0,500')).toEqual({ kind: 'exact', value: plain('0.500'), proves: ',' });
    });

    it('takes 1234.567 as a decimal point: a group before a mark has at most three digits', () => {
      expect(readNumber('1234.567')).toEqual({ kind: 'exact', value: plain('1234.567'), proves: '.' });
    });
  });

  describe('what is not a number', () => {
    it('rejects letters', () => {
      expect(readNumber('abc')).toEqual({ kind: 'error', reason: 'not a number' });
      expect(readNumber('12abc')).toEqual({ kind: 'error', reason: 'not a number' });
      expect(readNumber('n.v.t.')).toEqual({ kind: 'error', reason: 'not a number' });
    });

    it('rejects marks in impossible places', () => {
      expect(readNumber('1.2.3')).toEqual({ kind: 'error', reason: 'not a number' });
      expect(readNumber('1,23.456,7')).toEqual({ kind: 'error', reason: 'not a number' });
      expect(readNumber('12.')).toEqual({ kind: 'error', reason: 'not a number' });
      expect(readNumber('1 23')).toEqual({ kind: 'error', reason: 'not a number' });
    });
  });
});

describe('readNumber on plain digits', () => {
  it('reads digits with at most one mark as the full reading does (a leading space takes that path)', () => {
    const plain = fc
      .tuple(fc.stringMatching(/^\d{1,15}$/), fc.option(fc.tuple(fc.constantFrom('.', ','), fc.stringMatching(/^\d{1,6}$/))))
      .map(([integer, rest]) => (rest === null ? integer : `${integer}${rest[0]}${rest[1]}`));
    fc.assert(
      fc.property(plain, (text) => {
        expect(readNumber(text)).toEqual(readNumber(` ${text}`));
      }),
    );
  });
});

describe('readNumber on grouped thousands with decimals', () => {
  it('reads them as the full reading does, mixed or repeated separators included', () => {
    const mark = fc.constantFrom('.', ',');
    const grouped = fc
      .tuple(fc.stringMatching(/^\d{1,3}$/), fc.array(fc.tuple(mark, fc.stringMatching(/^\d{3}$/)), { minLength: 1, maxLength: 4 }), mark, fc.stringMatching(/^\d{1,6}$/))
      .map(([head, groups, decimalMark, decimals]) => `${head}${groups.map(([separator, digits]) => separator + digits).join('')}${decimalMark}${decimals}`);
    fc.assert(
      fc.property(grouped, (text) => {
        expect(readNumber(text)).toEqual(readNumber(` ${text}`));
      }),
    );
  });

  it('reads 39.763,42 and 1,234,567.5, and refuses 1.234,567.89', () => {
    expect(readNumber('39.763,42')).toEqual({ kind: 'exact', value: plain('39763.42'), proves: ',' });
    expect(readNumber('1,234,567.5')).toEqual({ kind: 'exact', value: plain('1234567.5'), proves: '.' });
    expect(readNumber('1.234,567.89')).toEqual({ kind: 'error', reason: 'not a number' });
  });
});

describe('centsOf', () => {
  it('turns a decimal string into whole cents', () => {
    expect(centsOf('1234.56')).toBe(123456);
    expect(centsOf('1234')).toBe(123400);
    expect(centsOf('7.5')).toBe(750);
    expect(centsOf('-250.00')).toBe(-25000);
  });

  it('rounds half away from zero at the third decimal', () => {
    expect(centsOf('1234.565')).toBe(123457);
    expect(centsOf('1234.564')).toBe(123456);
    // 2.675 × 100 is 267.49999… in floating point; the string arithmetic gives 268
    expect(centsOf('2.675')).toBe(268);
    expect(centsOf('0.995')).toBe(100);
  });

  it('rounds negative amounts half away from zero too', () => {
    expect(centsOf('-1234.565')).toBe(-123457);
    expect(centsOf('-0.005')).toBe(-1);
    expect(centsOf('-0.004')).toBe(0);
  });

  it('gives 0 cents, not -0, for a negative zero as Excel writes it', () => {
    // -0 would be shown as € -0,00
    expect(centsOf('-0.00')).toBe(0);
    expect(centsOf('-0')).toBe(0);
  });

  it('ignores decimals after the third', () => {
    expect(centsOf('1.23499')).toBe(123);
  });
});
