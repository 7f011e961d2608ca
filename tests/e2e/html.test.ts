import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

const DEMO = 'fixtures/demo';
const FILES = ['hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv'];
const scratch = mkdtempSync(join(tmpdir(), 'rkpi-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('rkpi report and compare as HTML on the demo data', () => {
  it('prints the stored page of 2025 by department', async () => {
    const result = await runCli(['report', ...FILES, '--period', '2025', '--by', 'department', '-f', 'html'], { cwd: DEMO });
    expect(result.exitCode).toBe(0);
    expectGolden(result.stdout, `${DEMO}/expected/year-2025-by-department.html`);
  });

  it('prints the stored page of 2025 with the process of the demo applications, in Dutch', async () => {
    const args = ['report', ...FILES, '--applications', 'applications.csv', '--period', '2025', '--as-of', '2025-12-31', '--lang', 'nl', '-f', 'html'];
    const result = await runCli(args, { cwd: DEMO });
    expect(result.exitCode).toBe(0);
    expectGolden(result.stdout, `${DEMO}/expected/process-2025.nl.html`);
  });

  it('prints the stored page of 2024 against 2025', async () => {
    const result = await runCli(['compare', '--baseline', '2024', '--current', '2025', ...FILES, '-f', 'html'], { cwd: DEMO });
    expect(result.exitCode).toBe(0);
    expectGolden(result.stdout, `${DEMO}/expected/compare-2024-2025.html`);
  });

  it('writes HTML for -o report.html and -o report.htm, in the language of --lang', async () => {
    for (const name of ['report.html', 'report.htm']) {
      const result = await runCli(['report', '--demo', '--lang', 'nl', '-o', join(scratch, name)]);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toBe('');
    }
    const { readFileSync } = await import('node:fs');
    const page = readFileSync(join(scratch, 'report.htm'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(page).toContain('Doorlooptijd vacatures');
  });
});

describe('HTML escaping of the data', () => {
  const evil = '<script>alert(1)</script>';
  const file = `hires "&'.csv`;
  writeFileSync(
    join(scratch, file),
    ['vacancy_opened,offer_accepted,department', `2025-01-01,2025-02-01,${evil}`, `2025-01-05,2025-03-01,"""&'"`, ''].join('\n'),
  );

  it('shows group and file names with < > & " and \' as text, never as markup', async () => {
    const result = await runCli(['report', file, '--by', 'department', '-f', 'html'], { cwd: scratch });
    expect(result.exitCode).toBe(0);
    const page = result.stdout;
    expect(page).not.toContain('<script');
    expect(page).not.toContain(`"&'`);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;'); // the group
    expect(page).toContain('&quot;&amp;&#39;'); // the other group
    expect(page).toContain('hires &quot;&amp;&#39;.csv'); // the file, under Inputs
  });
});

describe('the time-to-fill histogram with one very long requisition', () => {
  // 19 fills of 10–28 days (opened 2025-01-01, accepted 10–28 days later) and one of 1 760 days
  const day = (offset: number) => new Date(Date.UTC(2025, 0, 1 + offset)).toISOString().slice(0, 10);
  const rows = Array.from({ length: 19 }, (_, i) => `2025-01-01,${day(10 + i)}`);
  writeFileSync(join(scratch, 'long.csv'), ['vacancy_opened,offer_accepted', ...rows, `${day(-1760)},2025-01-01`, ''].join('\n'));

  it('fits the bins to the bulk and puts the long one in an overflow bin, labelled "≥ 30"', async () => {
    // bulk edge: the 19th of 20 sorted fills, 28 → bins of 5 days 0–4 … 25–29; 1760 in "≥ 30"
    const json = JSON.parse((await runCli(['report', 'long.csv', '-f', 'json'], { cwd: scratch })).stdout);
    expect(json.distributions.timeToFill.map((bin: { count: number }) => bin.count)).toEqual([0, 0, 5, 5, 5, 4, 1]);
    expect(json.distributions.timeToFill.at(-1)).toEqual({ from: 30, to: null, count: 1 });
    const page = (await runCli(['report', 'long.csv', '-f', 'html'], { cwd: scratch })).stdout;
    expect(page).toContain('20 hires in bins of 5 calendar days, the last for 30 or more; the dashed line is the median');
    expect(page).toContain('>≥ 30</text>');
  });
});
