import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/io/problem.js';
import { costsOf, hiresOf, hoursOf } from '../../src/io/records.js';
import { day } from '../builders.js';
import { asArrays, plain, RECORD_SETTINGS, readText } from './helpers.js';

const DATE_ORDER_HINT = 'check the dates of this row; they must follow vacancy_opened ≤ application ≤ offer ≤ start';
const MONEY_HINT = 'write amounts like 1234,56 or 1.234,56 or 1234.56; pass --decimal , or --decimal . when a column is ambiguous';
const RATE_HINT = 'add a rate column to the hours file, or set "rates": {"<role>": <amount per hour>} in the config';

const HIRES_HEADER = 'id;Vacature geopend;sollicitatiedatum;Aanbod geaccepteerd;startdatum;uit_dienst;beoordeling;salaris';

async function hires(...rows: string[]) {
  return asArrays(hiresOf(await readText('hires', [HIRES_HEADER, ...rows].join('\n')), RECORD_SETTINGS));
}

describe('hiresOf', () => {
  it('turns a valid row into a hire', async () => {
    const { records, problems } = await hires('H1;2025-01-06;2025-01-20;2025-02-03;2025-03-03;;4;48000');
    expect(problems).toEqual([]);
    expect(records.map(plain)).toEqual([
      {
        line: 2,
        hireId: 'H1',
        vacancyOpened: day('2025-01-06'),
        statedTimeToFill: null,
        applicationDate: day('2025-01-20'),
        offerAccepted: day('2025-02-03'),
        startDate: day('2025-03-03'),
        neededBy: null,
        performanceRating: 4,
        probationPassed: null,
        leftDate: null,
        managerSatisfaction: null,
        candidateSatisfaction: null,
        salary: 4800000,
        dims: new Map(),
      },
    ]);
  });

  it('accepts an open vacancy: a row without an accepted offer', async () => {
    const { records, problems } = await hires('V1;2025-01-06;;;;;;');
    expect(problems).toEqual([]);
    expect(records.map((hire) => hire.offerAccepted)).toEqual([null]);
  });

  it('rejects an offer before the vacancy opened, naming the column as written and the value', async () => {
    const { records, problems } = await hires('H2;2025-02-01;;2025-01-15;;;;');
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: 'Aanbod geaccepteerd',
        value: '2025-01-15',
        reason: 'the accepted offer 2025-01-15 is before the vacancy opening 2025-02-01',
        hint: DATE_ORDER_HINT,
      },
    ]);
    expect(formatProblem(problems[0]!)).toBe(
      'test.csv:2: column "Aanbod geaccepteerd": the accepted offer 2025-01-15 is before the vacancy opening 2025-02-01 (value: "2025-01-15")',
    );
  });

  it('rejects an offer before the application', async () => {
    const { problems } = await hires('H3;2025-01-01;2025-02-10;2025-02-01;;;;');
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: 'Aanbod geaccepteerd',
        value: '2025-02-01',
        reason: 'the accepted offer 2025-02-01 is before the application 2025-02-10',
        hint: DATE_ORDER_HINT,
      },
    ]);
  });

  it('rejects a start before the offer', async () => {
    const { problems } = await hires('H4;2025-01-01;;2025-02-01;2025-01-20;;;');
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: 'startdatum',
        value: '2025-01-20',
        reason: 'the start 2025-01-20 is before the accepted offer 2025-02-01',
        hint: DATE_ORDER_HINT,
      },
    ]);
  });

  it('rejects a start without an offer', async () => {
    const { problems } = await hires('H5;2025-01-01;;;2025-03-01;;;');
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: 'startdatum',
        value: '2025-03-01',
        reason: 'a start date without an accepted offer (an empty offer_accepted marks an open vacancy)',
        hint: DATE_ORDER_HINT,
      },
    ]);
  });

  it('rejects leaving before the start', async () => {
    const { problems } = await hires('H6;2025-01-01;;2025-02-01;2025-03-01;2025-02-15;;');
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: 'uit_dienst',
        value: '2025-02-15',
        reason: 'leaving 2025-02-15 is before the start 2025-03-01',
        hint: DATE_ORDER_HINT,
      },
    ]);
  });

  it('accepts a start on the day of the offer and an offer on the day the vacancy opened', async () => {
    const { records, problems } = await hires('H7;2025-02-01;2025-02-01;2025-02-01;2025-02-01;2025-02-01;;');
    expect(problems).toEqual([]);
    expect(records.length).toBe(1);
  });

  it('rejects a rating outside its scale', async () => {
    const { problems } = await hires('H8;2025-01-01;;2025-02-01;;;6;', 'H9;2025-01-01;;2025-02-01;;;0,5;');
    const problem = {
      file: 'test.csv',
      column: 'beoordeling',
      reason: 'outside the scale 1–5 (scales.performance in the config)',
      hint: 'check the rating, or set "scales": {"performance": {"min": …, "max": …}} in the config',
    };
    expect(problems).toEqual([
      { ...problem, line: 2, value: '6' },
      { ...problem, line: 3, value: '0.5' },
    ]);
  });

  it('uses the scale of the config', async () => {
    const settings = { ...RECORD_SETTINGS, scales: { ...RECORD_SETTINGS.scales, performance: { min: 1, max: 10 } } };
    const table = await readText('hires', `${HIRES_HEADER}\nH8;2025-01-01;;2025-02-01;;;6;`);
    expect(hiresOf(table, settings).problems).toEqual([]);
  });

  it('rejects a negative salary and shows it in euros', async () => {
    const { problems } = await hires('H10;2025-01-01;;2025-02-01;;;;-48000');
    expect(problems).toEqual([
      { file: 'test.csv', line: 2, column: 'salaris', value: '-48000.00', reason: 'a salary cannot be negative', hint: undefined },
    ]);
  });

  it('rejects a second hire with the id of an earlier one, naming the first line', async () => {
    const { records, problems } = await hires(
      'H1;2025-01-01;;2025-02-01;;;;',
      'H2;2025-01-01;;2025-02-01;;;;',
      'H1;2025-01-05;;2025-02-10;;;;',
    );
    expect(records.map((hire) => hire.line)).toEqual([2, 3]);
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 4,
        column: 'id',
        value: 'H1',
        reason: 'duplicate hire id (first on line 2)',
        hint: 'give every hire its own id, or remove the repeated row',
      },
    ]);
  });

  it('never counts an empty hire id as a duplicate', async () => {
    const { records, problems } = await hires(';2025-01-01;;2025-02-01;;;;', ';2025-01-01;;2025-02-01;;;;');
    expect(problems).toEqual([]);
    expect(records.map((hire) => [hire.line, hire.hireId])).toEqual([
      [2, null],
      [3, null],
    ]);
  });

  it('keeps the problems of reading and of checking in line order', async () => {
    const { problems } = await hires('H1;2025-02-01;;2025-01-15;;;;', 'H2;31-02-2025;;;;;;', 'H3;2025-01-01;;2025-02-01;;;9;');
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [2, 'Aanbod geaccepteerd'],
      [3, 'Vacature geopend'],
      [4, 'beoordeling'],
    ]);
  });
});

describe('costsOf', () => {
  const costs = async (...rows: string[]) =>
    asArrays(costsOf(await readText('costs', ['datum;bedrag;soort;valuta', ...rows].join('\n'))));

  it('reads a cost as cents, external by default', async () => {
    const { records, problems } = await costs('2025-01-10;€ 1.500,00;;EUR');
    expect(problems).toEqual([]);
    expect(records.map(plain)).toEqual([{ line: 2, date: day('2025-01-10'), amount: 150000, type: 'external', category: null, dims: new Map() }]);
  });

  it('reads the Dutch cost types extern and intern', async () => {
    const { records } = await costs('2025-01-10;250;extern;', '2025-01-11;100;intern;');
    expect(records.map((cost) => cost.type)).toEqual(['external', 'internal']);
  });

  it('accepts a negative amount, a credit note', async () => {
    const { records, problems } = await costs('2025-01-10;-75,50;extern;');
    expect(problems).toEqual([]);
    expect(records.map((cost) => cost.amount)).toEqual([-7550]);
  });

  it('rejects a row whose currency column is another currency', async () => {
    const { records, problems } = await costs('2025-01-10;100;extern;USD');
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: 'valuta',
        value: 'USD',
        reason: "another currency than this run's EUR (rkpi does not convert currencies)",
        hint: 'rkpi computes in one currency per run: filter the other rows out or set "currency" in the config',
      },
    ]);
  });

  it('rejects $ 100 in a run in EUR', async () => {
    const { records, problems } = await costs('2025-01-10;$ 100;extern;');
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'test.csv',
        line: 2,
        column: 'bedrag',
        value: '$ 100',
        reason: 'amount in USD, but this run is in EUR (rkpi does not convert currencies)',
        hint: MONEY_HINT,
      },
    ]);
    expect(formatProblem(problems[0]!)).toBe(
      'test.csv:2: column "bedrag": amount in USD, but this run is in EUR (rkpi does not convert currencies) (value: "$ 100")',
    );
  });
});

describe('hoursOf', () => {
  const hours = async (rates: Record<string, number>, ...rows: string[]) =>
    asArrays(hoursOf(await readText('hours', ['datum;uren;rol;tarief', ...rows].join('\n')), { ...RECORD_SETTINGS, rates }));

  it('takes the rate of a role from the config, in cents', async () => {
    const { records, problems } = await hours({ recruiter: 4500 }, '2025-01-10;2;recruiter;');
    expect(problems).toEqual([]);
    expect(records.map(plain)).toEqual([
      { line: 2, date: day('2025-01-10'), hours: 2, role: 'recruiter', rate: 4500, person: null, dims: new Map() },
    ]);
  });

  it('lets the rate of the row win over the rate of the config', async () => {
    const { records } = await hours({ recruiter: 4500 }, '2025-01-10;1,5;recruiter;€ 60,00');
    expect(records.map((entry) => [entry.hours, entry.rate])).toEqual([[1.5, 6000]]);
  });

  it('counts a configured rate of 0 as a rate', async () => {
    const { records, problems } = await hours({ other: 0 }, '2025-01-10;2;;');
    expect(problems).toEqual([]);
    expect(records.map((entry) => [entry.role, entry.rate])).toEqual([['other', 0]]);
  });

  it('rejects negative hours', async () => {
    const { problems } = await hours({ recruiter: 4500 }, '2025-01-10;-1;recruiter;');
    expect(problems).toEqual([
      { file: 'test.csv', line: 2, column: 'uren', value: '-1', reason: 'hours cannot be negative', hint: undefined },
    ]);
  });

  it('rejects a row without a rate whose role has none in the config, saying how to set one', async () => {
    const { records, problems } = await hours({ recruiter: 4500 }, '2025-01-10;3;interviewer;', '2025-01-11;3;;');
    expect(records).toEqual([]);
    expect(problems).toEqual([
      { file: 'test.csv', line: 2, column: 'rol', value: 'interviewer', reason: 'no hourly rate for role "interviewer"', hint: RATE_HINT },
      { file: 'test.csv', line: 3, column: 'rol', value: 'other', reason: 'no hourly rate for role "other"', hint: RATE_HINT },
    ]);
    expect(formatProblem(problems[0]!)).toBe('test.csv:2: column "rol": no hourly rate for role "interviewer" (value: "interviewer")');
  });

  it('names the canonical role column when the file has none', async () => {
    const { problems } = hoursOf(await readText('hours', 'datum;uren\n2025-01-10;2\n'), RECORD_SETTINGS);
    expect(problems).toEqual([
      { file: 'test.csv', line: 2, column: 'role', value: 'other', reason: 'no hourly rate for role "other"', hint: RATE_HINT },
    ]);
  });
});
