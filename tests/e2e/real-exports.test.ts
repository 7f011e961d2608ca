import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

/**
 * Three exports made in the image of real ones (fixtures/hris-export, us-excel-requisitions,
 * ats-candidates), each read as it is, with only the rkpi.config.json beside it.
 */
const HRIS = 'fixtures/hris-export';
const US = 'fixtures/us-excel-requisitions';
const ATS = 'fixtures/ats-candidates';

async function report(folder: string, args: readonly string[]) {
  const result = await runCli(['report', 'hires.csv', ...args], { cwd: folder });
  return { ...result, json: result.exitCode === 0 && args.includes('json') ? JSON.parse(result.stdout) : null };
}

/**
 * fixtures/hris-export: an HRIS employee export, M/D/YYYY dates, no offer or requisition dates.
 * Hires count on DateofHire (start_date); 2023 has eight of them (EmpID 10001–10008). As of
 * 2025-06-30 every 2023 first year is over (the last starts 2023-11-06; + 365 = 2024-11-05).
 * Days to leaving: 10002 2023-02-13 → 2023-09-29 = 15 + 31 + 30 + 31 + 30 + 31 + 31 + 29 = 228;
 * 10003 2023-03-06 → 2024-04-19 = 366 (2024 is a leap year) + 44 = 410 (stayed a first year);
 * 10005 2023-06-26 → 2024-01-12 = 4 + 31 + 31 + 30 + 31 + 30 + 31 + 12 = 200;
 * 10008 2023-11-06 → 2024-10-25 = 24 + 31 + 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 25 = 354.
 * Labels on 1–4 (Exceeds 4, Fully Meets 3, Needs Improvement 2, PIP 1) normalise as (r − 1) / 3.
 */
describe('an HRIS export', () => {
  const args = ['--period', '2023', '--as-of', '2025-06-30'];

  it('counts hires on their start date, and says so once', async () => {
    const { json, stderr } = await report(HRIS, [...args, '-f', 'json']);
    expect(json.kpis.hires).toBe(8);
    expect(json.settings.hiresCountOn).toBe('start_date');
    expect(stderr).toBe('note: hires.csv: no offer_accepted column: a hire counts in the period of its start_date (column "DateofHire")\n');
    // 10009 started 2024-01-08, the only 2024 hire
    expect((await report(HRIS, ['--period', '2024', '--as-of', '2025-06-30', '-f', 'json'])).json.kpis.hires).toBe(1);
  });

  it('measures first-year attrition and quality of hire, with the labels as numbers', async () => {
    const { json } = await report(HRIS, [...args, '-f', 'json']);
    // left within 365 days: 10002 (228), 10005 (200), 10008 (354) → 3 / 8 = 0.375
    expect(json.kpis.firstYearAttrition).toEqual({ n: 8, value: 0.375 });
    // (rating, retained): 10001 (1, 1) → 1; 10002 (1/3, 0) → 1/6; 10003, 10004, 10007 (2/3, 1) → 5/6 each;
    // 10005 (0, 0) → 0; 10006 (1, 1) → 1; 10008 (2/3, 0) → 1/3.
    // Σ = (6 + 1 + 5 + 5 + 0 + 6 + 5 + 2) / 6 = 30 / 6 = 5 → 5 / 8 = 0.625
    expect(json.kpis.qualityOfHire).toEqual({ n: 8, value: 0.625 });
  });

  it('names the missing column of every figure it cannot measure', async () => {
    const { json } = await report(HRIS, [...args, '-f', 'json']);
    expect(json.kpis.openVacancies.count).toBeNull();
    expect(json.reasons).toMatchObject({
      openVacancies: 'the hires file has no vacancy_opened column',
      timeToFill: 'the hires file has no vacancy_opened or time_to_fill column',
      timeToStart: 'the hires file has no offer_accepted column',
      onTimeRate: 'the hires file has no needed_by column',
    });
  });

  it('groups by the RecruitmentSource header the config maps to channel', async () => {
    const { json } = await report(HRIS, [...args, '--by', 'RecruitmentSource', '-f', 'json']);
    expect(json.groups.by).toBe('channel');
    const rows = Object.fromEntries(
      json.groups.rows.map((row: { key: string; kpis: { hires: number; firstYearAttrition: { value: number }; qualityOfHire: { value: number } } }) => [
        row.key,
        [row.kpis.hires, row.kpis.firstYearAttrition.value, row.kpis.qualityOfHire.value],
      ]),
    );
    // Employee Referral 10003, 10006: none left, (5/6 + 1) / 2 = 11/12; Google Search 10007: 5/6;
    // Indeed 10002, 10005: both left, (1/6 + 0) / 2 = 1/12; LinkedIn 10001, 10004, 10008: 1 of 3 left,
    // (1 + 5/6 + 1/3) / 3 = 13/18
    expect(rows).toEqual({
      'Employee Referral': [2, 0, 0.9167],
      'Google Search': [1, 0, 0.8333],
      Indeed: [2, 1, 0.0833],
      LinkedIn: [3, 0.3333, 0.7222],
    });
  });

  it('prints the stored table, and says in the HTML why open vacancies are not drawn', async () => {
    const table = await report(HRIS, [...args, '--by', 'RecruitmentSource']);
    expect(table.exitCode).toBe(0);
    expectGolden(table.stdout, `${HRIS}/expected/2023-by-source.txt`);
    const html = await report(HRIS, [...args, '-f', 'html']);
    expect(html.stdout).toContain('The hires file has no vacancy_opened column.');
  });

  it('is told from its columns as a hires file by rkpi validate', async () => {
    const result = await runCli(['validate', 'hires.csv'], { cwd: HRIS });
    expect([result.exitCode, result.stdout]).toEqual([0, 'hires.csv: hires file, 11 rows, all valid\n']);
  });
});

/**
 * fixtures/us-excel-requisitions: filled requisitions as US Excel saves them (M/D/YY H:MM, CRLF),
 * with the ATS's own time to fill and no requisition date. 2020-H1 has nine fills (R-2009 was
 * filled 2019-12-28). Their TTF days sorted: 19, 27, 30, 34, 41, 45, 58, 62, 73.
 */
describe('a US Excel requisition list', () => {
  const args = ['--period', '2020-H1', '--as-of', '2025-06-30'];

  it("takes time to fill from the ATS's own column", async () => {
    const { json, stderr } = await report(US, [...args, '-f', 'json']);
    expect(json.kpis.hires).toBe(9);
    // Σ = 389, mean 389 / 9 = 43.222…; median the 5th = 41; p90: h = 8 × 0.9 = 7.2 → 62 + 0.2 × (73 − 62) = 64.2
    expect(json.kpis.timeToFill).toEqual({ n: 9, mean: 43.22, median: 41, p90: 64.2, min: 19, max: 73 });
    expect(stderr).toBe(
      'note: hires.csv: column "Date Filled": two-digit years read as Excel reads them, 00–29 as 2000–2029 and 30–99 as 1930–1999 (line 2: "1/6/20 9:12")\n' +
        'note: hires.csv: no vacancy_opened column: time to fill is the file\'s own time_to_fill (column "TTF (Days)"), in days as the ATS counted them\n',
    );
  });

  it('reads "2/5/20 8:06" as 5 February 2020, the column proving month-first', async () => {
    // R-2003's fill is in 2020-02 and nowhere else: 5 February, not 2 May
    const { json } = await report(US, ['--period', '2020-02', '--as-of', '2025-06-30', '-f', 'json']);
    expect(json.kpis).toMatchObject({ hires: 2, timeToFill: { n: 2, min: 27, max: 58 } });
  });

  it('groups the fills by recruiter', async () => {
    const { json } = await report(US, [...args, '--by', 'recruiter', '-f', 'json']);
    // Dana Whitfield 34, 27, 19, 45, 30 → sorted 19, 27, 30, 34, 45: median 30;
    // Sam Okafor 41, 58, 73, 62 → sorted 41, 58, 62, 73: median (58 + 62) / 2 = 60
    const medians = json.groups.rows.map((row: { key: string; kpis: { hires: number; timeToFill: { median: number } } }) => [
      row.key,
      row.kpis.hires,
      row.kpis.timeToFill.median,
    ]);
    expect(medians).toEqual([['Dana Whitfield', 5, 30], ['Sam Okafor', 4, 60]]);
  });

  it('does not count the ATS days as working days', async () => {
    const { json } = await report(US, [...args, '--business-days', '-f', 'json']);
    expect(json.kpis.timeToFill.n).toBe(0);
    expect(json.reasons.timeToFill).toBe('the time_to_fill column holds days as the ATS counted them, which cannot be recounted as working days');
  });

  it('prints the stored table', async () => {
    const table = await report(US, [...args, '--by', 'recruiter']);
    expect(table.exitCode).toBe(0);
    expectGolden(table.stdout, `${US}/expected/2020-h1-by-recruiter.txt`);
  });
});

describe('a candidate-level ATS export given as the hires file', () => {
  it('stops with a message that points to --applications, and counts no candidate as a vacancy', async () => {
    const result = await report(ATS, ['-f', 'json']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('');
    expectGolden(result.stderr, `${ATS}/expected/report-stderr.txt`);
  });

  it('is recognised by rkpi validate as the applications file it is', async () => {
    // validate tells the kind from the header: an applied date beside an interview step and an
    // offer status make it an applications file, whatever the config's hires mapping says.
    const result = await runCli(['validate', 'hires.csv'], { cwd: ATS });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('hires.csv: applications file, 9 rows, all valid\n');
  });
});
