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
