import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

const DEMO = 'fixtures/demo';
const ISO = 'fixtures/demo-iso';
/** Run inside a scenario folder, so both forms of the data name their files alike. */
const FILES = ['hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv'];
const report = (dir: string, args: readonly string[]) => runCli(['report', ...FILES, ...args], { cwd: dir });

const CASES: readonly { name: string; args: readonly string[] }[] = [
  { name: 'all-data', args: ['--as-of', '2025-12-31'] },
  { name: 'year-2025', args: ['--period', '2025'] },
  { name: 'q3-by-department', args: ['--period', '2025-Q3', '--by', 'department'] },
  { name: 'h1-2024-business-days-by-channel', args: ['--period', '2024-H1', '--business-days', '--by', 'kanaal'] },
];

describe('rkpi report on the demo data', () => {
  for (const { name, args } of CASES) {
    it(`prints the stored table for ${name}`, async () => {
      const result = await report(DEMO, args);
      expect(result.exitCode).toBe(0);
      expectGolden(result.stdout, `${DEMO}/expected/${name}.txt`);
    });

    it(`prints the stored JSON for ${name}`, async () => {
      const result = await report(DEMO, [...args, '--format', 'json']);
      expect(result.exitCode).toBe(0);
      expectGolden(result.stdout, `${DEMO}/expected/${name}.json`);
    });

    it(`gives the same JSON for the ISO and the Dutch Excel form of the data (${name})`, async () => {
      const dutch = JSON.parse((await report(DEMO, [...args, '-f', 'json'])).stdout);
      const iso = JSON.parse((await report(ISO, [...args, '-f', 'json'])).stdout);
      const withoutHashes = (doc: { inputs: Record<string, { sha256: string }> }) =>
        Object.values(doc.inputs).map((input) => ({ ...input, sha256: null }));
      expect({ ...iso, inputs: withoutHashes(iso) }).toEqual({ ...dutch, inputs: withoutHashes(dutch) });
    });
  }

  it('runs --demo on the bundled data with its own config, its applications file included', async () => {
    const demo = await runCli(['report', '--demo', '--as-of', '2025-12-31', '-f', 'json']);
    const explicit = await report(DEMO, ['--as-of', '2025-12-31', '-f', 'json']);
    expect(demo.exitCode).toBe(0);
    expect(JSON.parse(demo.stdout).kpis).toEqual(JSON.parse(explicit.stdout).kpis);
    expect(JSON.parse(demo.stdout).inputs.applications).toMatchObject({ file: 'demo/applications.csv', rejected: 0 });
    // The demo's applications hire whom its hires file hires, so there is no note about their counts.
    expect(demo.stderr).toBe('warning: demo/costs.csv:181: negative amount (credit note) of -612.40 included\n');
  }, 30_000);
});

describe('rkpi report with the demo applications', () => {
  const run = (dir: string, file: string, args: readonly string[]) =>
    runCli(['report', '--applications', file, '--costs', 'costs.csv', '--hours', 'hours.csv', '--as-of', '2025-12-31', '-f', 'json', ...args], { cwd: dir });
  const withoutInputs = (stdout: string) => ({ ...JSON.parse(stdout), inputs: null });

  it('gives the same JSON for the applications file and the stage history, apart from inputs, Dutch and ISO', async () => {
    const args = ['--period', '2025', '--by', 'channel'];
    const wide = await run(DEMO, 'applications.csv', args);
    expect(wide.exitCode).toBe(0);
    expect(wide.stderr).toBe('warning: costs.csv:181: negative amount (credit note) of -612.40 included\n');
    for (const [dir, file] of [[DEMO, 'stage-history.csv'], [ISO, 'applications.csv'], [ISO, 'stage-history.csv']] as const) {
      const other = await run(dir, file, args);
      expect(other.exitCode).toBe(0);
      expect(withoutInputs(other.stdout)).toEqual(withoutInputs(wide.stdout));
    }
  }, 60_000);

  it('prints the stored process block of 2025', async () => {
    const result = await runCli(['report', ...FILES, '--applications', 'applications.csv', '--period', '2025', '--as-of', '2025-12-31', '-f', 'json'], { cwd: DEMO });
    expect(result.exitCode).toBe(0);
    expectGolden(`${JSON.stringify(JSON.parse(result.stdout).process, null, 2)}\n`, `${DEMO}/expected/process-2025.json`);
  }, 30_000);

  it('gives identical process figures for the wide applications file and the stage history, in working days and per group', async () => {
    const args = ['--period', '2024-H2', '--business-days', '--by', 'afdeling'];
    const processOf = async (file: string) => {
      const result = await runCli(['report', ...FILES, '--applications', file, '--as-of', '2025-12-31', '-f', 'json', ...args], { cwd: DEMO });
      expect(result.exitCode).toBe(0);
      const doc = JSON.parse(result.stdout);
      return { process: doc.process, groups: doc.groups.rows.map((row: { key: string; process: unknown }) => [row.key, row.process]) };
    };
    const wide = await processOf('applications.csv');
    expect(wide.process.kpis.applications).toBeGreaterThan(0);
    expect(await processOf('stage-history.csv')).toEqual(wide);
  }, 60_000);

  it('counts the hires and open vacancies of the hires file when they come from the applications', async () => {
    const fromApplications = JSON.parse((await run(DEMO, 'applications.csv', ['--period', '2025'])).stdout);
    const fromHires = JSON.parse((await report(DEMO, ['--period', '2025', '--as-of', '2025-12-31', '-f', 'json'])).stdout);
    expect(fromApplications.inputs.hires).toBeUndefined();
    expect(fromApplications.kpis.hires).toBe(fromHires.kpis.hires);
    expect(fromApplications.kpis.timeToFill).toEqual(fromHires.kpis.timeToFill);
    expect(fromApplications.kpis.timeToHire).toEqual(fromHires.kpis.timeToHire);
    expect(fromApplications.kpis.openVacancies).toEqual(fromHires.kpis.openVacancies);
  }, 30_000);
});

describe("rkpi report's process section on the demo applications", () => {
  const process = (args: readonly string[]) =>
    runCli(['report', 'hires.csv', '--applications', 'applications.csv', '--costs', 'costs.csv', '--hours', 'hours.csv', '--period', '2025', '--as-of', '2025-12-31', ...args], { cwd: DEMO });
  for (const [extra, file] of [
    [[], 'process-2025.txt'],
    [['--lang', 'nl'], 'process-2025.nl.txt'],
    [['--by', 'department', '--format', 'md'], 'process-2025-by-department.md'],
    [['--format', 'csv'], 'process-2025.csv'],
  ] as const) {
    it(`prints the stored ${file}`, async () => {
      const result = await process(extra);
      expect(result.exitCode, result.stderr).toBe(0);
      expectGolden(result.stdout, `${DEMO}/expected/${file}`);
    });
  }
});

describe('rkpi report in the other formats', () => {
  const args = ['--period', '2025', '--by', 'department'];
  for (const [format, extra, file] of [
    ['md', [], 'year-2025-by-department.md'],
    ['csv', [], 'year-2025-by-department.csv'],
    ['csv', ['--excel', '--wide', '--lang', 'nl'], 'year-2025-by-department.excel.csv'],
    ['table', ['--lang', 'nl'], 'year-2025-by-department.nl.txt'],
  ] as const) {
    it(`prints the stored ${file}`, async () => {
      const result = await report(DEMO, [...args, '--format', format, ...extra]);
      expect(result.exitCode).toBe(0);
      expectGolden(result.stdout, `${DEMO}/expected/${file}`);
    });
  }

  it('takes the format from the -o file name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rkpi-format-'));
    for (const name of ['report.json', 'report.md', 'report.csv']) {
      expect((await report(DEMO, [...args, '-o', join(folder, name)])).exitCode).toBe(0);
    }
    expect(JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')).schemaVersion).toBe(1);
    expect(readFileSync(join(folder, 'report.md'), 'utf8')).toMatch(/^# Recruitment KPIs/);
    expect(readFileSync(join(folder, 'report.csv'), 'utf8')).toMatch(/^section,group,metric,value,unit,note\n/);
    rmSync(folder, { recursive: true });
  });
});
