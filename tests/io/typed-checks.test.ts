import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hireColumnsOf } from '../../src/io/hire-file.js';
import { draftRows, type Table } from '../../src/io/read-table.js';
import { costSchema, hireSchema, hoursSchema, type RecordSettings } from '../../src/io/record-schemas.js';
import { costCheck, hireCheck, hoursCheck, type TypedCheck } from '../../src/io/typed-checks.js';
import { readText } from './helpers.js';

const SETTINGS: RecordSettings = {
  scales: { performance: { min: 1, max: 5 }, satisfaction: { min: 1, max: 10 } },
  rates: { recruiter: 5500 },
};

/** Record field → column, as records.ts reads a row for the schema. */
const HIRE_FIELDS = {
  hireId: 'hire_id',
  neededBy: 'needed_by',
  probationPassed: 'probation_passed',
  candidateSatisfaction: 'candidate_satisfaction',
  vacancyOpened: 'vacancy_opened',
  applicationDate: 'application_date',
  offerAccepted: 'offer_accepted',
  startDate: 'start_date',
  leftDate: 'left_date',
  statedTimeToFill: 'time_to_fill',
  performanceRating: 'performance_rating',
  managerSatisfaction: 'manager_satisfaction',
  salary: 'salary',
};
const COST_FIELDS = { date: 'date', amount: 'amount', type: 'type', category: 'category' };
const HOURS_FIELDS = { date: 'date', hours: 'hours', role: 'role', rate: 'rate', person: 'person' };
const DEFAULTS: Readonly<Record<string, unknown>> = { type: 'external', role: 'other' };

/** A cell that is empty now and then. */
const maybe = (cell: fc.Arbitrary<string>) => fc.oneof({ arbitrary: fc.constant(''), weight: 1 }, { arbitrary: cell, weight: 3 });
/** Dates of one fortnight, so that their order goes wrong often. */
const date = maybe(fc.integer({ min: 1, max: 14 }).map((d) => `2025-03-${String(d).padStart(2, '0')}`));
const number = (min: number, max: number) => maybe(fc.integer({ min: min * 2, max: max * 2 }).map((half) => String(half / 2)));
/** A row with at least one cell: a row of empty cells is a blank line, which the reader skips (a file of only those has no data rows). */
const notBlank = (line: string): boolean => /[^;]/.test(line);

/**
 * Every draft of the table, checked both ways: the typed check's answer and the values it keeps,
 * against the schema's success and what its output changes.
 */
function expectSameAnswers(table: Table, schema: { safeParse: (input: unknown) => { success: boolean; data?: unknown } }, check: TypedCheck, fields: Record<string, string>): void {
  for (const row of draftRows(table)) {
    const input: Record<string, unknown> = { line: table.lines.get(row) };
    for (const [field, column] of Object.entries(fields)) input[field] = table.columns.get(column)?.get(row) ?? DEFAULTS[field] ?? null;
    const kept: Record<string, unknown> = {};
    const accepted = check(row, (_, field, value) => {
      kept[field] = value;
    });
    const result = schema.safeParse(input);
    expect(accepted, JSON.stringify(input)).toBe(result.success);
    if (!result.success) continue;
    const output = result.data as Record<string, unknown>;
    const changed = Object.fromEntries(
      Object.keys(fields)
        .filter((field) => !Object.is(table.columns.get(fields[field] as string)?.get(row) ?? null, output[field] ?? null))
        .map((field) => [field, output[field]]),
    );
    expect(kept).toEqual(changed);
  }
}

describe('the record checks on typed columns', () => {
  it('accept a hires row exactly where the hires schema accepts it, with and without offer_accepted', async () => {
    const row = fc.tuple(date, date, date, date, date, number(-2, 40), number(0, 6), number(0, 11), number(-3, 3)).map((cells) => cells.join(';'));
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), fc.boolean(), async (rows, withOffer) => {
        const header = 'hire_id;vacancy_opened;application_date;offer_accepted;start_date;left_date;time_to_fill;performance_rating;manager_satisfaction;salary';
        const lines = rows.map((cells, i) => `H${i};${cells}`);
        const text = withOffer ? [header, ...lines].join('\n') : [header.replace('offer_accepted', 'other'), ...lines].join('\n');
        const table = await readText('hires', text, { decimal: '.' });
        const columns = hireColumnsOf(table);
        expectSameAnswers(table, hireSchema(SETTINGS, columns), hireCheck(table, SETTINGS, columns), HIRE_FIELDS);
      }),
      { numRuns: 200 },
    );
  });

  it('accept a costs row exactly where the costs schema accepts it, keeping external for an empty type', async () => {
    const row = fc.tuple(date, number(-50, 50), maybe(fc.constantFrom('extern', 'intern')), maybe(fc.constant('bureau'))).map((cells) => cells.join(';')).filter(notBlank);
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
        const table = await readText('costs', ['date;amount;type;category', ...rows].join('\n'), { decimal: '.' });
        expectSameAnswers(table, costSchema(), costCheck(table), COST_FIELDS);
      }),
      { numRuns: 100 },
    );
  });

  it('accept an hours row exactly where the hours schema accepts it, keeping the role and the rate it resolves', async () => {
    const row = fc.tuple(date, number(-2, 8), maybe(fc.constantFrom('recruiter', 'hr')), number(-5, 80)).map((cells) => cells.join(';')).filter(notBlank);
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 30 }), async (rows) => {
        const table = await readText('hours', ['date;hours;role;rate', ...rows].join('\n'), { decimal: '.' });
        expectSameAnswers(table, hoursSchema(SETTINGS), hoursCheck(table, SETTINGS), HOURS_FIELDS);
      }),
      { numRuns: 100 },
    );
  });
});
