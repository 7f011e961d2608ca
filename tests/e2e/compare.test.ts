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
  }, 30_000);

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

  it('compares the same hires when they come from the applications file, naming it as the source', async () => {
    const period = ['compare', '--baseline', '2024', '--current', '2025', '--costs', 'costs.csv', '--hours', 'hours.csv', '-f', 'json'];
    const fromApplications = await runCli([...period, '--applications', 'applications.csv'], { cwd: DEMO });
    const fromHires = await runCli([...period, 'hires.csv'], { cwd: DEMO });
    expect(fromApplications.exitCode).toBe(0);
    expect(fromApplications.stderr).toBe(fromHires.stderr);
    // The hires file has more columns than the two files share (salary, rating, start date, …):
    // the figures of the shared columns are the same.
    const shared = new Set(['hires', 'openVacancies', 'costPerHire', 'timeToFill', 'timeToHire']);
    const metrics = (stdout: string) => (JSON.parse(stdout).metrics as { key: string }[]).filter((metric) => shared.has(metric.key.split('.')[0] ?? ''));
    expect(metrics(fromApplications.stdout).length).toBeGreaterThan(4);
    expect(metrics(fromApplications.stdout)).toEqual(metrics(fromHires.stdout));
    expect(JSON.parse(fromApplications.stdout).baseline.source).toBe('applications.csv');
  }, 30_000);

  it('compares snapshots saved with an applications file', async () => {
    const save = (period: string, name: string) =>
      runCli(['report', ...FILES, '--applications', 'applications.csv', '--period', period, '-o', resolve(scratch, name)], { cwd: DEMO });
    expect((await save('2024', 'with-applications-2024.json')).exitCode).toBe(0);
    expect((await save('2025', 'with-applications-2025.json')).exitCode).toBe(0);
    const result = await runCli(['compare', 'with-applications-2024.json', 'with-applications-2025.json', '-f', 'json'], { cwd: scratch });
    expect(result.exitCode).toBe(0);
  }, 30_000);
});

describe('rkpi compare tells a real change from noise', () => {
  const byKey = (stdout: string) => new Map<string, Record<string, any>>(JSON.parse(stdout).metrics.map((m: { key: string }) => [m.key, m]));
  const years = ['compare', '--baseline', '2024', '--current', '2025', ...FILES];

  it('calls the demo figures the data cannot tell apart within noise', async () => {
    const result = await runCli([...years, '-f', 'json'], { cwd: DEMO });
    const metrics = byKey(result.stdout);
    // 46.5 → 47.5 days over 70 and 80 hires; 7.55 → 7.57; 33.3 % → 44.4 % of 51 and 54 hires
    for (const key of ['timeToFill.median', 'timeToFill.mean', 'managerSatisfaction', 'onTimeRate']) {
      expect(metrics.get(key)?.verdict, key).toBe('within noise');
      expect(metrics.get(key)?.interval.low, key).toBeLessThan(0);
      expect(metrics.get(key)?.interval.high, key).toBeGreaterThan(0);
    }
    expect(metrics.get('timeToFill.median')).toMatchObject({ n: { baseline: 70, current: 80 }, interval: { level: 0.9, method: 'bootstrap' } });
    // €1,345.23 → €1,344.69 is −0.04 %, under the 2 % materiality
    expect(metrics.get('internalCostPerHire')?.verdict).toBe('unchanged');
  });

  it('calls a year of clearly faster hiring better, with the interval', async () => {
    // fixtures/demo-faster: the 2025 fills and times to hire cut to 60 % (scripts/make-faster-demo.mjs)
    const json = await runCli([...years, '-f', 'json'], { cwd: 'fixtures/demo-faster' });
    const metrics = byKey(json.stdout);
    for (const key of ['timeToFill.median', 'timeToFill.p90', 'timeToFill.mean', 'timeToHire.median']) {
      expect(metrics.get(key)?.verdict, key).toBe('better');
      expect(metrics.get(key)?.interval.high, key).toBeLessThan(0);
    }
    expect(metrics.get('timeToFill.median')).toMatchObject({ baseline: 46.5, current: 28.5, change: -18 });
    const table = await runCli(years, { cwd: 'fixtures/demo-faster' });
    expect(table.stdout).toContain('– Time to fill, median: 28.5 days against 46.5 days; better, beyond the noise of 70 and 80 hires (90% interval');
  });

  it('widens the intervals at a higher --confidence', async () => {
    const [at90, at95] = await Promise.all(['90', '95'].map((level) => runCli([...years, '-f', 'json', '--confidence', level], { cwd: DEMO })));
    const [i90, i95] = [at90, at95].map((result) => byKey(result!.stdout).get('timeToFill.mean')?.interval);
    expect(i95.level).toBe(0.95);
    expect(i95.low).toBeLessThan(i90.low);
    expect(i95.high).toBeGreaterThan(i90.high);
  });

  it('still compares snapshots saved without samples, by direction, and says so', async () => {
    const save = async (period: string, name: string) => {
      expect((await runCli(['report', ...FILES, '--period', period, '-o', resolve(scratch, name)], { cwd: DEMO })).exitCode).toBe(0);
      const { samples: _, ...old } = JSON.parse(readFileSync(resolve(scratch, name), 'utf8'));
      writeFileSync(resolve(scratch, name), JSON.stringify(old));
    };
    await save('2024', 'old-2024.json');
    await save('2025', 'old-2025.json');
    const result = await runCli(['compare', 'old-2024.json', 'old-2025.json', '-f', 'json'], { cwd: scratch });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(
      'warning: neither snapshot carries the samples behind its figures (saved by an older rkpi), so no interval could be computed; verdicts go by direction alone\n',
    );
    // 46.5 → 47.5 days: worse by direction, as rkpi said before it had intervals
    expect(byKey(result.stdout).get('timeToFill.median')).toMatchObject({ verdict: 'worse', interval: null, n: null });
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

  it('warns, in the language asked for, that the agreed feedback times differ', async () => {
    // The nulmeting held managers to feedback within 48 hours; a year later the team agreed on 24.
    const demoConfig = JSON.parse(readFileSync(join(DEMO, 'rkpi.config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(scratch, 'slow.config.json'), JSON.stringify({ ...demoConfig, agreements: { feedbackHours: 48, firstResponseDays: 5 } }));
    const save = (period: string, name: string, config: string[]) =>
      runCli(['report', ...FILES, '--applications', 'applications.csv', ...config, '--period', period, '-o', resolve(scratch, name)], { cwd: DEMO });
    expect((await save('2024', 'agreed-48h-2024.json', ['--config', resolve(scratch, 'slow.config.json')])).exitCode).toBe(0);
    expect((await save('2025', 'agreed-24h-2025.json', [])).exitCode).toBe(0);
    const compare = (lang: string) => runCli(['compare', 'agreed-48h-2024.json', 'agreed-24h-2025.json', '-f', 'json', '--lang', lang], { cwd: scratch });
    const [english, dutch] = [await compare('en'), await compare('nl')];
    expect(english.exitCode).toBe(0);
    expect(english.stderr).toBe('warning: the agreed feedback times differ (48 hours against 24 hours); not like for like: feedback within agreement\n');
    expect(dutch.stderr).toBe('waarschuwing: de afgesproken terugkoppeltijden verschillen (48 uur tegenover 24 uur); niet gelijk te vergelijken: terugkoppeling binnen afspraak\n');
    expect(JSON.parse(english.stdout).warnings).toEqual([
      'the agreed feedback times differ (48 hours against 24 hours); not like for like: feedback within agreement',
    ]);
  }, 30_000);
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
    // quality, as of today (2026-11-23, the tests' clock), when every first year is over and no hire
    // left: Q1 H1 (0.75 + 1 + 1) / 3 = 0.91667, H2 (0 + 1) / 2 = 0.5 → 0.70833; Q2 H3 (1 + 1) / 2 = 1
    // → +0.29167, again of one hire only
    expect(metrics.get('qualityOfHire')).toMatchObject({ baseline: 0.7083, current: 1, change: 0.2917, verdict: 'within noise' });
    // first-year attrition: every first year is over by today, nobody left: 0 on both sides
    expect(metrics.get('firstYearAttrition')).toMatchObject({ baseline: 0, current: 0, verdict: 'unchanged' });
  });
});

describe('rkpi compare of inputs with rejected rows', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rkpi-compare-rejected-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  // H3's offer date does not exist: one of three rows rejected
  writeFileSync(join(folder, 'hires.csv'), 'hire_id,vacancy_opened,offer_accepted\nH1,2024-01-08,2024-02-05\nH2,2025-01-06,2025-02-05\nH3,2025-01-06,2025-02-30\n');
  const counted = { file: 'hires.csv', rows: 3, accepted: 2, rejected: 1 };

  it('counts them in the output of --baseline/--current --skip-invalid', async () => {
    const args = ['compare', '--baseline', '2024', '--current', '2025', 'hires.csv', '--skip-invalid'];
    const json = await runCli([...args, '-f', 'json'], { cwd: folder });
    expect(json.exitCode).toBe(0);
    expect(JSON.parse(json.stdout).inputs).toEqual({ baseline: { hires: counted }, current: { hires: counted } });
    const table = await runCli(args, { cwd: folder });
    expect(table.stdout).toContain('Inputs: hires.csv 3 rows (2 accepted, 1 rejected)\n');
  });

  it('counts them, and notes them, when the snapshots were made with rejected rows', async () => {
    for (const period of ['2024', '2025']) {
      expect((await runCli(['report', 'hires.csv', '--skip-invalid', '--period', period, '-o', `${period}.json`], { cwd: folder })).exitCode).toBe(0);
    }
    const result = await runCli(['compare', '2024.json', '2025.json'], { cwd: folder });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('note: 2024.json was computed without 1 rejected row of hires.csv\nnote: 2025.json was computed without 1 rejected row of hires.csv\n');
    expect(result.stdout).toContain('Inputs: hires.csv 3 rows (2 accepted, 1 rejected)\n');
  });

  it('refuses a snapshot whose currency is no ISO code (an old --currency EURO wrote one), instead of crashing', async () => {
    const snapshot = JSON.parse(readFileSync(join(folder, '2025.json'), 'utf8')) as { settings: { currency: string } };
    snapshot.settings.currency = 'EURO';
    writeFileSync(join(folder, 'euro.json'), JSON.stringify(snapshot));
    const result = await runCli(['compare', '2024.json', 'euro.json'], { cwd: folder });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('rkpi: euro.json: key "settings.currency": expected a three-letter ISO currency code such as EUR (value: "EURO")\n');
  });
});
