import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/io/problem.js';
import { readNumber } from '../../src/io/parse-number.js';
import { MAX_FIELD_CHARS } from '../../src/io/read-table.js';
import { costsOf, hiresOf, hoursOf } from '../../src/io/records.js';
import { readText, RECORD_SETTINGS } from './helpers.js';

/** Fixes found by the fuzzer and the error catalogue (tests/fuzz, fixtures/errors). */
describe('cells the fuzzer found', () => {
  it('rejects a field longer than 65,536 characters with its length, and reads the other rows', async () => {
    const long = 'x'.repeat(MAX_FIELD_CHARS + 1);
    const table = await readText('hires', `hire_id,vacancy_opened,offer_accepted,department\nH1,2025-01-06,,${long}\nH2,2025-01-06,,IT\n`);
    expect(table.rows).toBe(2);
    expect(table.problems.map(formatProblem)).toEqual([
      `test.csv:2: column "department": a field of 65,537 characters (rkpi reads at most 65,536) (value: "${'x'.repeat(57)}…")`,
    ]);
    expect([...hiresOf(table, RECORD_SETTINGS).records].map((hire) => hire.hireId)).toEqual(['H2']);
  });

  it('refuses a number of more than 12 digits before the decimal mark instead of losing cents', () => {
    expect(readNumber('999999999999,99')).toMatchObject({ kind: 'exact', value: { decimal: '999999999999.99' } });
    expect(readNumber('000001234,50')).toMatchObject({ kind: 'exact' });
    expect(readNumber('99999999999999999999.00')).toEqual({ kind: 'error', reason: 'too large: more than 12 digits before the decimal mark' });
    expect(readNumber('1.000.000.000.000.000')).toEqual({ kind: 'error', reason: 'too large: more than 12 digits before the decimal mark' });
  });

  it('says that a required value is empty in costs and hours files, without a date-order hint', async () => {
    const costs = costsOf(await readText('costs', 'date,amount\n,5\n2025-01-01,\n'));
    const hours = hoursOf(await readText('hours', 'date,hours,rate\n2025-01-01,,50\n'), RECORD_SETTINGS);
    const problems = [...costs.problems, ...hours.problems];
    expect(problems.map(formatProblem)).toEqual([
      'test.csv:2: column "date": a required value is empty',
      'test.csv:3: column "amount": a required value is empty',
      'test.csv:2: column "hours": a required value is empty',
    ]);
    expect(problems.map((problem) => problem.hint)).toEqual([undefined, undefined, undefined]);
  });

  it('rejects a hires row that is neither a hire nor an open vacancy, with its own hint', async () => {
    const offer = hiresOf(await readText('hires', 'hire_id,vacancy_opened,offer_accepted\nH1,,\nH2,2025-01-06,\n'), RECORD_SETTINGS);
    const start = hiresOf(await readText('hires', 'hire_id,Startdatum\nH1,\nH2,2025-02-03\n'), RECORD_SETTINGS);
    expect([...offer.problems, ...start.problems].map(formatProblem)).toEqual([
      'test.csv:2: column "offer_accepted": no offer_accepted and no vacancy_opened: neither a hire nor an open vacancy',
      'test.csv:2: column "Startdatum": no start_date and no vacancy_opened: neither a hire nor an open vacancy',
    ]);
    expect([...offer.problems, ...start.problems].map((problem) => problem.hint)).toEqual([
      'a hire needs the day its offer was accepted, an open vacancy the day it opened: fill in one of them, or leave the row out',
      'a hire needs its start date, an open vacancy the day it opened: fill in one of them, or leave the row out',
    ]);
    // H2 of the first file is an open vacancy, H2 of the second a hire
    expect([...offer.records, ...start.records].map((hire) => hire.hireId)).toEqual(['H2', 'H2']);
  });

  it('keeps a header with a line break on one line in notes and problems', async () => {
    const table = await readText('hires', 'hire_id,"vacature\ngeopend",aanbod_geaccepteerd\nH1,06-01-2025,2025-02-05\nH2,x,2025-02-05\n');
    expect(table.notices).toEqual([
      'test.csv: column "vacature\\ngeopend": every value is ambiguous, read as day-first (DD-MM-YYYY); set --date-format if that is wrong',
    ]);
    expect(table.problems.map(formatProblem)).toEqual(['test.csv:4: column "vacature\\ngeopend": not a date (value: "x")']);
  });

  it('gives the empty-file hint for a file of only delimiters', async () => {
    await expect(readText('hires', ';;;\n;;;\n')).rejects.toMatchObject({
      message: 'test.csv is empty: a header row is needed',
      hint: 'export the data again with its column names',
    });
  });
});
