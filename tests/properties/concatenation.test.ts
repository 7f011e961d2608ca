import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/schema.js';
import { buildReport } from '../../src/core/report.js';
import type { Listed } from '../../src/core/record-list.js';
import type { Records } from '../../src/core/types.js';
import type { FileKind } from '../../src/io/columns.js';
import { loadInputs } from '../../src/io/load-inputs.js';
import { inputSettings } from '../../src/cli/settings.js';
import { makeOptions } from '../builders.js';
import { costsCsv, type DataSet, dataSetArbitrary, DUTCH_EXCEL, hiresCsv, hoursCsv, ISO } from './data-sets.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 30), seed: Number(process.env.PROPERTY_SEED ?? 8) };

async function* bytesOf(text: string): AsyncGenerator<Buffer> {
  yield Buffer.from(text, 'utf8');
}

/** The records of CSV texts read by the io layer, by kind; a kind without text is left out. */
async function recordsOf(texts: Partial<Record<FileKind, string>>, rates: DataSet['rates']): Promise<Records> {
  const settings = inputSettings({}, { rates } as Config, 'en');
  const files = Object.fromEntries(
    Object.entries(texts).map(([kind, text]) => [kind, { fileName: `${kind}.csv`, chunks: bytesOf(text) }]),
  );
  const loaded = await loadInputs(files, settings);
  expect(loaded.problems).toEqual([]);
  return loaded.records;
}

/** A file's text without its header line (and BOM), to append to another. */
const body = (text: string): string => text.slice(text.search(/\r?\n/) + (text.includes('\r\n') ? 2 : 1));

/** What a report computes, without the line numbers that differ between one file and two. */
function figures(records: Records) {
  const report = buildReport(records, makeOptions({ asOf: '2026-06-30', by: 'department' }));
  return { ...report, warnings: report.warnings.map(({ message }) => message) };
}

describe('concatenating two files', () => {
  it('gives the same report as reading the two files apart', async () => {
    await fc.assert(
      fc.asyncProperty(
        dataSetArbitrary,
        dataSetArbitrary,
        fc.constantFrom(ISO, DUTCH_EXCEL),
        async (first, second, dialect) => {
          const write = (data: DataSet): Partial<Record<FileKind, string>> => ({
            hires: hiresCsv(data.hires, dialect),
            ...(data.costs.length > 0 ? { costs: costsCsv(data.costs, dialect) } : {}),
            ...(data.hours.length > 0 ? { hours: hoursCsv(data.hours, dialect) } : {}),
          });
          // The second file's hires get other ids, as a second export would have.
          const renamed = { ...second, hires: second.hires.map((hire) => ({ ...hire, id: `B-${hire.id}` })) };
          const [a, b] = [write(first), write(renamed)];
          const joined: Partial<Record<FileKind, string>> = {};
          for (const kind of ['hires', 'costs', 'hours'] as const) {
            const [x, y] = [a[kind], b[kind]];
            if (x !== undefined || y !== undefined) joined[kind] = x === undefined ? y : y === undefined ? x : x + body(y);
          }
          const apart = [await recordsOf(a, first.rates), await recordsOf(b, first.rates)];
          const together = await recordsOf(joined, first.rates);
          // A file that neither part has stays absent (null), as the joined files leave it out too.
          const rowsOf = <T,>(lists: readonly (Listed<T> | null)[]): T[] | null =>
            lists.every((list) => list === null) ? null : lists.flatMap((list) => [...(list ?? [])]);
          const merged: Records = {
            hires: apart.flatMap((records) => [...records.hires]),
            costs: rowsOf(apart.map((records) => records.costs)),
            hours: rowsOf(apart.map((records) => records.hours)),
          };
          expect(together.hires.length).toBe(first.hires.length + second.hires.length);
          expect(figures(together)).toEqual(figures(merged));
        },
      ),
      RUNS,
    );
  }, 60_000);
});
