import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

const DEMO = 'fixtures/demo';
const FILES = ['hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv'];
const scratch = mkdtempSync(join(tmpdir(), 'rkpi-compare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('rkpi compare on the demo data', () => {
  it('prints the stored comparison of 2024 against 2025', async () => {
    const result = await runCli(['compare', '--baseline', '2024', '--current', '2025', ...FILES], { cwd: DEMO });
    expect(result.exitCode).toBe(0);
    expectGolden(result.stdout, `${DEMO}/expected/compare-2024-2025.txt`);
  });

  it('prints the stored JSON of Q1 2024 against Q1 2025 by department', async () => {
    const args = ['compare', '--baseline', '2024-Q1', '--current', '2025-Q1', ...FILES, '--by', 'department', '-f', 'json'];
    const result = await runCli(args, { cwd: DEMO });
    expect(result.exitCode).toBe(0);
    expectGolden(result.stdout, `${DEMO}/expected/compare-q1-by-department.json`);
  });

  it('gives the same figures from two saved snapshots as from the files', async () => {
    const save = (period: string, name: string) =>
      runCli(['report', ...FILES, '--period', period, '-o', resolve(scratch, name)], { cwd: DEMO });
    expect((await save('2024', 'nulmeting-2024.json')).exitCode).toBe(0);
    expect((await save('2025', 'report-2025.json')).exitCode).toBe(0);
    const fromSnapshots = await runCli(['compare', 'nulmeting-2024.json', 'report-2025.json', '-f', 'json'], { cwd: scratch });
    const fromFiles = await runCli(['compare', '--baseline', '2024', '--current', '2025', ...FILES, '-f', 'json'], { cwd: DEMO });
    expect(fromSnapshots.exitCode).toBe(0);
    const snapshots = JSON.parse(fromSnapshots.stdout);
    const files = JSON.parse(fromFiles.stdout);
    expect(snapshots.metrics).toEqual(files.metrics);
    expect(snapshots.summary).toEqual(files.summary);
    expect(snapshots.baseline.source).toBe('nulmeting-2024.json');
  });
});

describe('rkpi compare of snapshots made with other settings', () => {
  it('warns that the business roles differ, and still compares', async () => {
    // The nulmeting counted only hiring managers' hours as business time; the later report adds
    // interviewers and management (the demo config's roles), as a team might after a year.
    const demoConfig = JSON.parse(readFileSync(join(DEMO, 'rkpi.config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(scratch, 'roles.config.json'), JSON.stringify({ ...demoConfig, businessRoles: ['hiring_manager'] }));
    const save = (period: string, name: string, config: string[]) =>
      runCli(['report', ...FILES, ...config, '--period', period, '-o', resolve(scratch, name)], { cwd: DEMO });
    expect((await save('2024', 'roles-2024.json', ['--config', resolve(scratch, 'roles.config.json')])).exitCode).toBe(0);
    expect((await save('2025', 'default-2025.json', [])).exitCode).toBe(0);
    const result = await runCli(['compare', 'roles-2024.json', 'default-2025.json', '-f', 'json'], { cwd: scratch });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(
      'warning: the business roles differ (hiring_manager against hiring_manager, interviewer, management); not like for like: cost per hire comparable, effort hours per hire, the value\n',
    );
    expect(JSON.parse(result.stdout).warnings).toHaveLength(1);
  });
});

describe('rkpi compare on fixtures/small', () => {
  it('matches the changes worked out by hand', async () => {
    const args = ['compare', '--baseline', '2025-Q1', '--current', '2025-Q2', ...FILES, '-f', 'json'];
    const result = await runCli(args, { cwd: 'fixtures/small' });
    expect(result.exitCode).toBe(0);
    const metrics = new Map<string, Record<string, unknown>>(
      JSON.parse(result.stdout).metrics.map((m: { key: string }) => [m.key, m]),
    );
    // Q1: hires H1 and H2; costs 1000 + 500.50 + 300 and hours 500 + 280 + 200 → 2780.50 / 2 = 1390.25
    // Q2: hire H3 and no costs (the 999.00 is dated 2025-07-01) → 0 / 1 = 0
    expect(metrics.get('costPerHire')).toMatchObject({ baseline: 1390.25, current: 0, change: -1390.25, relativeChange: -1, verdict: 'better' });
    // fill: Q1 30 and 30 → median 30; Q2 40 → +10, 10 / 30 = 0.3333; one hire in Q2 is too few to tell from noise
    expect(metrics.get('timeToFill.median')).toMatchObject({ baseline: 30, current: 40, change: 10, relativeChange: 0.3333, verdict: 'within noise', interval: null, n: { baseline: 2, current: 1 } });
    // hires 2 → 1: −1, −50 %, no direction
    expect(metrics.get('hires')).toMatchObject({ baseline: 2, current: 1, change: -1, relativeChange: -0.5, verdict: 'changed' });
    // quality: Q1 (0.875 + 0) / 2 = 0.4375; Q2: 1 → +0.5625, again of one hire only
    expect(metrics.get('qualityOfHire')).toMatchObject({ baseline: 0.4375, current: 1, change: 0.5625, verdict: 'within noise' });
  });
});
