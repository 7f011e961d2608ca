import { describe, expect, it } from 'vitest';
import { exact } from '../../src/io/cell-token.js';
import { OrderSniffer } from '../../src/io/order-sniffer.js';
import { datesOf, linesOf, readText, valuesOf } from './helpers.js';

type Order = 'a' | 'b';

const sniffer = (explicit: Order | null = null) =>
  new OrderSniffer<Order, string>({ explicit, fallback: 'a', describe: (order) => `order ${order}`, flag: '--order' });

/** A cell that proves an order. */
const proof = (value: string, order: Order) => exact<Order, string>(value, order);

const ambiguous = { kind: 'ambiguous', byOrder: { a: 'as a', b: 'as b' } } as const;

describe('OrderSniffer', () => {
  it('reads an ambiguous cell in the fallback order at once', () => {
    expect(sniffer().read(ambiguous, 0, 2, 'x')).toEqual({ ok: true, value: 'as a' });
  });

  it('reads an ambiguous cell in the explicit order and never corrects it', () => {
    const column = sniffer('b');
    expect(column.read(ambiguous, 0, 2, 'x')).toEqual({ ok: true, value: 'as b' });
    expect(column.decide('c')).toEqual({ order: 'b', corrections: new Map(), refusals: new Map(), notes: [] });
  });

  it('refuses a cell that proves the other order than the explicit one', () => {
    expect(sniffer('a').read(proof('v', 'b'), 0, 2, 'x')).toEqual({ ok: false, reason: 'not order a as configured' });
  });

  it('passes an error token on as a refusal', () => {
    expect(sniffer().read({ kind: 'error', reason: 'broken' }, 0, 2, 'x')).toEqual({ ok: false, reason: 'broken' });
  });

  it('assumes the fallback once for a column of only ambiguous cells', () => {
    const column = sniffer();
    column.read(ambiguous, 0, 2, 'x');
    column.read(ambiguous, 1, 3, 'y');
    expect(column.decide('c')).toEqual({
      order: 'a',
      corrections: new Map(),
      refusals: new Map(),
      notes: ['column "c": every value is ambiguous, read as order a; set --order if that is wrong'],
    });
  });

  it('corrects the ambiguous cells read before the column proved the other order', () => {
    const column = sniffer();
    column.read(ambiguous, 0, 2, 'x');
    column.read(proof('proof', 'b'), 1, 3, 'p');
    column.read(ambiguous, 2, 4, 'y');
    expect(column.decide('c')).toEqual({
      order: 'b',
      corrections: new Map([[0, 'as b'], [2, 'as b']]),
      refusals: new Map(),
      notes: [],
    });
  });

  it('refuses only the ambiguous cells of a column that proves both orders', () => {
    const column = sniffer();
    column.read(proof('one', 'a'), 0, 2, 'p');
    column.read(ambiguous, 1, 3, 'x');
    column.read(proof('two', 'b'), 2, 4, 'q');
    column.read(proof('three', 'a'), 3, 5, 'r');
    const reason = 'ambiguous in a column that mixes order a (line 2: "p") and order b (line 4: "q")';
    expect(column.decide('c')).toEqual({
      order: null,
      corrections: new Map(),
      refusals: new Map([[1, { reason, text: 'x' }]]),
      notes: [],
    });
  });
});

describe('date columns sniffed through readTable', () => {
  it('reads a column of only ambiguous dates day-first and says so once', async () => {
    const table = await readText('costs', 'datum;bedrag\n03-04-2025;10\n05-06-2025;20\n01-02-2025;30\n');
    expect(datesOf(table, 'date')).toEqual(['2025-04-03', '2025-06-05', '2025-02-01']);
    expect(table.notices).toEqual([
      'test.csv: column "datum": every value is ambiguous, read as day-first (DD-MM-YYYY); set --date-format if that is wrong',
    ]);
    expect(table.problems).toEqual([]);
  });

  it('reads the same column month-first with dateFallback mdy', async () => {
    const table = await readText('costs', 'datum;bedrag\n03-04-2025;10\n05-06-2025;20\n', { dateFallback: 'mdy' });
    expect(datesOf(table, 'date')).toEqual(['2025-03-04', '2025-05-06']);
    expect(table.notices).toEqual([
      'test.csv: column "datum": every value is ambiguous, read as month-first (MM/DD/YYYY); set --date-format if that is wrong',
    ]);
  });

  it('says nothing about a column of ambiguous dates once one date proves day-first', async () => {
    const table = await readText('costs', 'datum;bedrag\n03-04-2025;10\n25-04-2025;20\n');
    expect(datesOf(table, 'date')).toEqual(['2025-04-03', '2025-04-25']);
    expect(table.notices).toEqual([]);
  });

  it('corrects earlier ambiguous rows when the column later proves month-first', async () => {
    const table = await readText('costs', 'datum;bedrag\n03-04-2025;10\n05-06-2025;20\n04/25/2025;30\n07-08-2025;40\n');
    // 03-04 and 05-06 were first read day-first; 04/25 proves month-first
    expect(datesOf(table, 'date')).toEqual(['2025-03-04', '2025-05-06', '2025-04-25', '2025-07-08']);
    expect(table.notices).toEqual([]);
    expect(table.problems).toEqual([]);
  });

  it('rejects exactly the ambiguous rows of a column that mixes both orders', async () => {
    const table = await readText('costs', 'datum;bedrag\n25-03-2025;10\n03-04-2025;20\n03/25/2025;30\n05-05-2025;40\n');
    expect(linesOf(table)).toEqual([2, 4, 5]);
    expect(datesOf(table, 'date')).toEqual(['2025-03-25', '2025-03-25', '2025-05-05']);
    expect(table.problems).toEqual([
      {
        file: 'test.csv',
        line: 3,
        column: 'datum',
        value: '03-04-2025',
        reason:
          'ambiguous in a column that mixes day-first (DD-MM-YYYY) (line 2: "25-03-2025") ' +
          'and month-first (MM/DD/YYYY) (line 4: "03/25/2025")',
        hint: 'write dates as YYYY-MM-DD or DD-MM-YYYY with a four-digit year; pass --date-format dmy or mdy for a column of ambiguous dates',
      },
    ]);
    expect(table.notices).toEqual([]);
  });

  it('reads two-digit years as Excel does and says so once per column, naming the first such cell', async () => {
    const table = await readText('costs', 'datum;bedrag\n2025-01-02;5\n2/5/20 8:06;10\n2/15/20 17:30;20\n1/3/99;30\n');
    // 2/15/20 proves month-first, so 2/5/20 is 5 February; the time is left out
    expect(datesOf(table, 'date')).toEqual(['2025-01-02', '2020-02-05', '2020-02-15', '1999-01-03']);
    expect(table.notices).toEqual([
      'test.csv: column "datum": two-digit years read as Excel reads them, 00–29 as 2000–2029 and 30–99 as 1930–1999 (line 3: "2/5/20 8:06")',
    ]);
    expect(table.problems).toEqual([]);
  });

  it('gives the ambiguity note and the two-digit-year note of a column both', async () => {
    const table = await readText('costs', 'datum;bedrag\n2/5/20;10\n');
    expect(table.notices).toEqual([
      'test.csv: column "datum": every value is ambiguous, read as day-first (DD-MM-YYYY); set --date-format if that is wrong',
      'test.csv: column "datum": two-digit years read as Excel reads them, 00–29 as 2000–2029 and 30–99 as 1930–1999 (line 2: "2/5/20")',
    ]);
  });

  it('sniffs each date column on its own', async () => {
    const table = await readText(
      'hires',
      'geopend;aanbod_geaccepteerd\n02-03-2025;04/20/2025\n25-03-2025;04-05-2025\n',
    );
    // geopend proves day-first on line 3; aanbod_geaccepteerd proves month-first on line 2
    expect(datesOf(table, 'vacancy_opened')).toEqual(['2025-03-02', '2025-03-25']);
    expect(datesOf(table, 'offer_accepted')).toEqual(['2025-04-20', '2025-04-05']);
  });

  it('rejects a value that contradicts an explicit dateOrder, and reads ambiguous ones in it', async () => {
    const table = await readText('costs', 'datum;bedrag\n03-04-2025;10\n04/25/2025;20\n', { dateOrder: 'dmy' });
    expect(datesOf(table, 'date')).toEqual(['2025-04-03']);
    expect(table.problems).toEqual([
      {
        file: 'test.csv',
        line: 3,
        column: 'datum',
        value: '04/25/2025',
        reason: 'not day-first (DD-MM-YYYY) as configured',
        hint: 'write dates as YYYY-MM-DD or DD-MM-YYYY with a four-digit year; pass --date-format dmy or mdy for a column of ambiguous dates',
      },
    ]);
    expect(table.notices).toEqual([]);
  });

  it('accepts ISO dates and equal parts under an explicit dateOrder', async () => {
    const table = await readText('costs', 'datum;bedrag\n2025-04-25;10\n05-05-2025;20\n', { dateOrder: 'mdy' });
    expect(datesOf(table, 'date')).toEqual(['2025-04-25', '2025-05-05']);
    expect(table.problems).toEqual([]);
  });
});

describe('number columns sniffed through readTable', () => {
  const MONEY_HINT = 'write amounts like 1234,56 or 1.234,56 or 1234.56; pass --decimal , or --decimal . when a column is ambiguous';

  it('reads a column of only ambiguous amounts with a decimal comma and says so once', async () => {
    const table = await readText('costs', 'datum;bedrag\n2025-01-01;1.250\n2025-01-02;2.500\n');
    // decimal comma: the points group thousands, € 1250 and € 2500
    expect(valuesOf(table, 'amount')).toEqual([125000, 250000]);
    expect(table.notices).toEqual([
      'test.csv: column "bedrag": every value is ambiguous, read as written with a decimal comma (1.234,56); set --decimal if that is wrong',
    ]);
  });

  it('reads the same column with a decimal point with decimalFallback .', async () => {
    const table = await readText('costs', 'datum;bedrag\n2025-01-01;1.250\n2025-01-02;2.500\n', { decimalFallback: '.' });
    expect(valuesOf(table, 'amount')).toEqual([125, 250]);
    expect(table.notices).toEqual([
      'test.csv: column "bedrag": every value is ambiguous, read as written with a decimal point (1,234.56); set --decimal if that is wrong',
    ]);
  });

  it('corrects earlier ambiguous amounts when the column later proves a decimal point', async () => {
    const table = await readText('costs', 'datum;bedrag\n2025-01-01;1.250\n2025-01-02;99.95\n');
    // 1.250 was first read as 1250 euros; 99.95 proves the point, so it is 1.25 euros
    expect(valuesOf(table, 'amount')).toEqual([125, 9995]);
    expect(table.notices).toEqual([]);
  });

  it('rejects exactly the ambiguous amounts of a column that mixes both marks', async () => {
    const table = await readText('costs', 'datum;bedrag\n2025-01-01;1,5\n2025-01-02;1.250\n2025-01-03;2.5\n');
    expect(valuesOf(table, 'amount')).toEqual([150, 250]);
    expect(table.problems).toEqual([
      {
        file: 'test.csv',
        line: 3,
        column: 'bedrag',
        value: '1.250',
        reason:
          'ambiguous in a column that mixes written with a decimal comma (1.234,56) (line 2: "1,5") ' +
          'and written with a decimal point (1,234.56) (line 4: "2.5")',
        hint: MONEY_HINT,
      },
    ]);
  });

  it('rejects an amount that contradicts an explicit decimal mark', async () => {
    const table = await readText('costs', 'datum;bedrag\n2025-01-01;1.250\n2025-01-02;1,5\n', { decimal: '.' });
    expect(valuesOf(table, 'amount')).toEqual([125]);
    expect(table.problems).toEqual([
      {
        file: 'test.csv',
        line: 3,
        column: 'bedrag',
        value: '1,5',
        reason: 'not written with a decimal point (1,234.56) as configured',
        hint: MONEY_HINT,
      },
    ]);
    expect(table.notices).toEqual([]);
  });
});
