import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dataSetArbitrary, DUTCH_EXCEL, figuresOf, ISO, type ReportJson, reportOver, scratchFolder } from './data-sets.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 15), seed: Number(process.env.PROPERTY_SEED ?? 7) };
const scratch = scratchFolder();
afterAll(scratch.remove);

/** Everything but the file hashes, warnings included (the rows keep their lines in both forms). */
const sameFigures = (report: ReportJson) => ({ ...figuresOf(report), warnings: report.warnings });

describe('the same data as ISO CSV and as Dutch Excel CSV', () => {
  it('gives identical JSON apart from the file hashes', async () => {
    await fc.assert(
      fc.asyncProperty(dataSetArbitrary, fc.constantFrom([], ['--by', 'department'], ['--period', '2025', '--by', 'kanaal']), async (data, args) => {
        // Dutch Excel: `;`, a BOM, CRLF, dd-mm-yyyy, decimal comma and thousands dots, ja/nee, Dutch headers and roles.
        const dutch = await reportOver(scratch.path, data, args, DUTCH_EXCEL);
        const iso = await reportOver(scratch.path, data, args, ISO);
        expect(sameFigures(dutch)).toEqual(sameFigures(iso));
      }),
      RUNS,
    );
  }, 60_000);
});
