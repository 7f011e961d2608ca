import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

const FOLDER = 'fixtures/candidate-export';
const report = (...extra: string[]) => runCli(['report', '--applications', 'candidates.csv', '--period', '2024', '--as-of', '2024-12-31', ...extra], { cwd: FOLDER });

/**
 * fixtures/candidate-export: a candidate-level ATS export (one row per candidate, US dates with
 * times, an "Offer Status" of Accepted, Declined, Rejected, Withdrew, In Process or Offer
 * Pending), read with nothing but the `columns` and `statuses` of its rkpi.config.json. Only the
 * accepted candidates have a closing date (Hire Date); the other outcomes are known from their
 * status alone. Worked out by hand:
 * - hires: C-1001, C-1009, C-1016, C-1020, C-1026;
 *   R-106 has no accepted candidate and is the one open vacancy.
 */
describe('a candidate export as the applications file, without a hires file', () => {
  it('reads every row and takes the accepted candidates as the hires', async () => {
    const result = await report('-f', 'json');
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.inputs).toEqual({ applications: expect.objectContaining({ file: 'candidates.csv', rows: 34, accepted: 34, rejected: 0 }) });
    expect(doc.kpis.hires).toBe(5);
    // Req Opened → Hire Date: 01-08→02-09 = 32, 02-05→03-06 = 30 (2024 is a leap year),
    // 03-18→04-23 = 13 + 23 = 36, 04-22→05-24 = 8 + 24 = 32, 09-16→10-18 = 14 + 18 = 32;
    // mean 162 / 5 = 32.4, median 32
    expect(doc.kpis.timeToFill).toMatchObject({ n: 5, mean: 32.4, median: 32, min: 30, max: 36 });
    // Applied Date → Hire Date: 01-15→02-09 = 25, 02-13→03-06 = 22, 03-27→04-23 = 27,
    // 04-29→05-24 = 25, 09-23→10-18 = 25; mean 124 / 5 = 24.8
    expect(doc.kpis.timeToHire).toMatchObject({ n: 5, mean: 24.8, median: 25, min: 22, max: 27 });
    // R-106 opened 2024-11-18: 12 days of November + 31 of December = 43 days open on 2024-12-31
    expect(doc.kpis.openVacancies).toEqual({ count: 1, age: { n: 1, mean: 43, median: 43, p90: 43, min: 43, max: 43 } });
  });

  it('prints the stored report', async () => {
    const table = await report();
    expect(table.exitCode).toBe(0);
    expectGolden(table.stdout, `${FOLDER}/expected.txt`);
    const json = await report('-f', 'json');
    expectGolden(json.stdout, `${FOLDER}/expected.json`);
  });
});
