import { describe, expect, it } from 'vitest';
import { type CellSettings, moneyValue, typedColumn } from '../../src/io/cell-readers.js';
import type { ColumnType } from '../../src/io/columns.js';

const SETTINGS: CellSettings = { currency: 'EUR', dateOrder: null, dateFallback: 'dmy', decimal: null, decimalFallback: ',' };

/** Reads one cell with a fresh column of the type. */
const cell = (type: ColumnType, text: string, settings: CellSettings = SETTINGS) => typedColumn(type, settings).read(text, 0, 2);

describe('typedColumn', () => {
  it('keeps text as it is', () => {
    expect(cell('text', 'Vacature 12 (zorg)')).toEqual({ ok: true, value: 'Vacature 12 (zorg)' });
  });

  it('reads English and Dutch yes/no words of any case', () => {
    const values = ['yes', 'Ja', 'J', 'TRUE', '1', 'no', 'nee', 'N', 'False', '0'].map((text) => cell('boolean', text));
    expect(values.map((result) => result.ok && result.value)).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  it('refuses another word in a yes/no column, listing the words it knows', () => {
    expect(cell('boolean', 'misschien')).toEqual({
      ok: false,
      reason: 'not a yes/no value (one of: yes, ja, true, waar, no, nee, false, onwaar)',
    });
  });

  it('reads cost types in English and Dutch', () => {
    expect(['external', 'Extern', 'interne', 'INTERN'].map((text) => cell('costType', text))).toEqual([
      { ok: true, value: 'external' },
      { ok: true, value: 'external' },
      { ok: true, value: 'internal' },
      { ok: true, value: 'internal' },
    ]);
  });

  it('reads roles by name and by Dutch alias, with spaces for _', () => {
    expect(['Hiring Manager', 'vacaturehouder', 'MT', 'P&O', 'overig'].map((text) => cell('hoursRole', text))).toEqual([
      { ok: true, value: 'hiring_manager' },
      { ok: true, value: 'hiring_manager' },
      { ok: true, value: 'management' },
      { ok: true, value: 'hr' },
      { ok: true, value: 'other' },
    ]);
  });

  it("accepts the run's currency in any case and refuses another", () => {
    expect(cell('currency', 'eur')).toEqual({ ok: true, value: 'EUR' });
    expect(cell('currency', 'USD')).toEqual({
      ok: false,
      reason: "another currency than this run's EUR (rkpi does not convert currencies)",
    });
  });

  it('reads money as integer cents', () => {
    expect(cell('money', '€ 1.234,56')).toEqual({ ok: true, value: 123456 });
    expect(cell('money', '-250')).toEqual({ ok: true, value: -25000 });
  });

  it('refuses money in another currency than the run', () => {
    expect(cell('money', '$ 100')).toEqual({
      ok: false,
      reason: 'amount in USD, but this run is in EUR (rkpi does not convert currencies)',
    });
  });

  it('reads a plain number and refuses one with a currency', () => {
    expect(cell('number', '7,5')).toEqual({ ok: true, value: 7.5 });
    expect(cell('number', 'EUR 5')).toEqual({ ok: false, reason: 'a plain number was expected, not an amount in EUR' });
  });

  it('reads a date as its day', () => {
    // 2025-03-01 is day 20148
    expect(cell('date', '01-03-2025')).toEqual({ ok: true, value: 20148 });
  });
});

describe('moneyValue', () => {
  it('accepts an amount without a currency or in the run’s currency', () => {
    expect(moneyValue({ decimal: '12.345', currency: null }, 'EUR')).toEqual({ ok: true, value: 1235 });
    expect(moneyValue({ decimal: '-0.5', currency: 'EUR' }, 'EUR')).toEqual({ ok: true, value: -50 });
  });

  it('refuses an amount in another currency', () => {
    expect(moneyValue({ decimal: '1', currency: 'EUR' }, 'USD')).toEqual({
      ok: false,
      reason: 'amount in EUR, but this run is in USD (rkpi does not convert currencies)',
    });
  });
});

describe('a money column whose cells hardly repeat', () => {
  it('reads every cell right, also once its memo is full', () => {
    // 6,000 distinct amounts fill the memo (4,096 texts) with no hit: later cells are read afresh,
    // repeated ones included. Cell i is i,25 euro, 100·i + 25 cents; 1.250 stays ambiguous.
    const column = typedColumn('money', SETTINGS);
    for (let i = 0; i < 6000; i += 1) {
      expect(column.read(`${i},25`, i, i + 2)).toEqual({ ok: true, value: 100 * i + 25 });
    }
    expect(column.read('5999,25', 6000, 6002)).toEqual({ ok: true, value: 599925 });
    expect(column.read('1,25', 6001, 6003)).toEqual({ ok: true, value: 125 });
    expect(column.read('1.250', 6002, 6004)).toEqual({ ok: true, value: 125000 });
    expect(column.decide?.('bedrag').refusals.size).toBe(0);
  });
});

describe('the quick reading of a column', () => {
  const texts = ['2025-03-01', '2024-02-29', '2025-02-29', '01-03-2025', '45000', '37406.97', '4.5', '1.250', '1,5', '-3', '€ 12', '0.125'];
  const QUICK_TYPES: readonly ColumnType[] = ['date', 'moment', 'money', 'number', 'rating'];

  it('gives every cell it reads the value read gives it, in a column read in file order', () => {
    for (const type of QUICK_TYPES) {
      const [quick, slow] = [typedColumn(type, SETTINGS), typedColumn(type, SETTINGS)];
      texts.forEach((text, row) => {
        const value = quick.quick?.(text, row + 2) ?? null;
        const result = slow.read(text, row, row + 2);
        if (value !== null) expect(result, `${type} ${text}`).toEqual({ ok: true, value });
        else expect(quick.read(text, row, row + 2)).toEqual(result);
      });
      expect(quick.decide?.('c')).toEqual(slow.decide?.('c'));
    }
  });

  it('leaves a cell that proves a point to read where the column is configured for a decimal comma', () => {
    const column = typedColumn('money', { ...SETTINGS, decimal: ',' });
    expect(column.quick?.('37406.97', 2)).toBeNull();
    expect(column.quick?.('45000', 3)).toBe(4_500_000);
  });
});
