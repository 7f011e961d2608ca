import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FOLDER = 'fixtures/applications-only';
const report = async (file: string) => {
  const result = await runCli(['report', '--applications', file, '-f', 'json'], { cwd: FOLDER });
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout);
};

/**
 * Without a hires file the hires are the hired applications (SPEC §2.6), and as in a hires file no
 * column is required (§2.2): a hire without its vacancy's opening has no time to fill.
 */
describe('an applications file without a hires file', () => {
  it('without a vacancy_opened column gives the hires and their time to hire, and says why time to fill is not measured', async () => {
    const doc = await report('no-opening-column.csv');
    expect(doc.kpis.hires).toBe(1);
    // A1: applied 2025-01-20, hired 2025-02-14: 11 days of January + 14 of February = 25
    expect(doc.kpis.timeToHire).toMatchObject({ n: 1, mean: 25 });
    expect(doc.kpis.timeToFill).toMatchObject({ n: 0, mean: null });
    expect(doc.reasons.timeToFill).toBe('no hires file, and the applications file has no vacancy_opened or time_to_fill column');
    expect(doc.kpis.openVacancies.count).toBeNull();
    expect(doc.reasons.openVacancies).toBe('no hires file, and the applications file has no vacancy_opened column');
    // what only a hires file has: its reason does not blame a hires file that was not given
    expect(doc.reasons.timeToStart).toBe('no hires file, and the applications file has no start_date column');
  });

  it('counts a hired application with an empty opening as a hire without a time to fill', async () => {
    const doc = await report('openings-partly-empty.csv');
    expect(doc.kpis.hires).toBe(2);
    // A1: opened 2025-01-06, hired 2025-02-14: 25 + 14 = 39 days; A2 has no opening
    expect(doc.kpis.timeToFill).toMatchObject({ n: 1, mean: 39 });
    // A1 25 days; A2: 2025-01-21 → 2025-02-20 = 10 + 20 = 30 days; mean 27.5
    expect(doc.kpis.timeToHire).toMatchObject({ n: 2, mean: 27.5 });
  });
});
