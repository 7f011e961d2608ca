import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const folders: string[] = [];
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'rkpi-init-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('rkpi init', () => {
  it('writes a config and templates that rkpi reads without a problem', async () => {
    const folder = scratch();
    const init = await runCli(['init'], { cwd: folder });
    expect(init.exitCode).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(expect.arrayContaining(['costs.csv', 'hires.csv', 'hours.csv', 'rankings.csv', 'rkpi.config.json']));
    const validate = await runCli(['validate', 'hires.csv', 'costs.csv', 'hours.csv'], { cwd: folder });
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toBe(
      'hires.csv: hires file, 2 rows, all valid\ncosts.csv: costs file, 2 rows, all valid\nhours.csv: hours file, 2 rows, all valid\n',
    );
    const report = await runCli(['report', 'hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv', '-f', 'json'], { cwd: folder });
    expect(report.exitCode).toBe(0);
    // 1 hire; costs 1250.50 + 4000.00; hours 2.5 h × €55 (config) + 1.5 h × €75 (row rate) = 137.50 + 112.50
    expect(JSON.parse(report.stdout).kpis.costPerHire).toBe(5500.5);
  });

  it('writes example targets that no report uses until they are renamed to "targets", and says so', async () => {
    const folder = scratch();
    const init = await runCli(['init'], { cwd: folder });
    expect(init.stdout).toContain('rkpi.config.json has examples under "exampleTargets", which no report uses until you rename the key to "targets"');
    const files = ['hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv'];
    const before = await runCli(['report', ...files, '-f', 'json'], { cwd: folder });
    expect(JSON.parse(before.stdout).value).toBeNull();
    expect(before.stderr).toContain('note: rkpi.config.json has only the example targets of rkpi init ("exampleTargets"), so the value model is left out');
    const value = await runCli(['value', ...files], { cwd: folder });
    expect(value.exitCode).toBe(2);
    expect(value.stderr).toContain('rename the key to "targets"');
    // Agreed: the same numbers under "targets".
    const configPath = join(folder, 'rkpi.config.json');
    const { exampleTargets, ...config } = JSON.parse(readFileSync(configPath, 'utf8'));
    writeFileSync(configPath, JSON.stringify({ ...config, targets: exampleTargets }));
    const after = await runCli(['report', ...files, '-f', 'json'], { cwd: folder });
    expect(after.stderr).toBe('');
    expect(JSON.parse(after.stdout).value.areas.map((area: { key: string }) => area.key)).toHaveLength(6);
  });

  it('writes Dutch templates as Dutch Excel saves them, with the same figures', async () => {
    const folder = scratch();
    expect((await runCli(['init', '--lang', 'nl'], { cwd: folder })).exitCode).toBe(0);
    const hires = readFileSync(join(folder, 'hires.csv'), 'utf8');
    expect(hires.startsWith('\uFEFFkandidaat_id;vacature_id;functie;')).toBe(true);
    expect(hires).toContain(';06-01-2025;');
    const config = JSON.parse(readFileSync(join(folder, 'rkpi.config.json'), 'utf8'));
    expect(config.holidays).toBe('nl');
    expect(config.holidayOptions).toEqual({ goodFriday: true, liberationDay: 'lustrum' });
    const report = await runCli(['report', 'hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv', '-f', 'json'], { cwd: folder });
    expect(report.exitCode).toBe(0);
    expect(JSON.parse(report.stdout).kpis.costPerHire).toBe(5500.5);
  });

  it('writes an applications template, in both languages, that reads as the hires template does', async () => {
    for (const lang of ['en', 'nl']) {
      const folder = scratch();
      expect((await runCli(['init', '--lang', lang], { cwd: folder })).exitCode).toBe(0);
      const template = readFileSync(join(folder, 'applications.csv'), 'utf8');
      expect(template).toMatch(lang === 'nl' ? /^\uFEFFsollicitatie_id;kandidaat_id;.*;status\r\n/ : /^application_id,candidate_id,.*,status\r\n/);
      expect(template).toContain(lang === 'nl' ? ';20-01-2025 09:15;' : ',2025-01-20 09:15,');
      const validate = await runCli(['validate', 'applications.csv'], { cwd: folder });
      expect(validate.stdout).toBe('applications.csv: applications file, 3 rows, all valid\n');
      // A-001 is the hire of hires.csv: opened 2025-01-06, hired 2025-02-14, so 39 days to fill either way.
      const both = await runCli(['report', 'hires.csv', '--applications', 'applications.csv', '-f', 'json'], { cwd: folder });
      expect(both.stderr).not.toContain('hired applications');
      const alone = await runCli(['report', '--applications', 'applications.csv', '-f', 'json'], { cwd: folder });
      expect(alone.exitCode).toBe(0);
      expect(JSON.parse(alone.stdout).kpis.timeToFill.mean).toBe(39);
      expect(JSON.parse(both.stdout).kpis.timeToFill.mean).toBe(39);
    }
  });

  it('says to go into the folder it wrote, where the config is found', async () => {
    const folder = scratch();
    const init = await runCli(['init', 'start here'], { cwd: folder });
    expect(init.stdout).toContain(`wrote ${join('start here', 'hires.csv')}\n`);
    expect(init.stdout).toContain('next: cd "start here"; fill in the CSV files (or export yours), then run rkpi report hires.csv');
    const here = await runCli(['init'], { cwd: join(folder, 'start here', '..') });
    expect(here.stdout).toContain('next: fill in the CSV files');
  });

  it('refuses to overwrite files unless --force is given', async () => {
    const folder = scratch();
    await runCli(['init'], { cwd: folder });
    const again = await runCli(['init'], { cwd: folder });
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/^rkpi: rkpi\.config\.json, hires\.csv, costs\.csv, hours\.csv.* already exist in this folder\nhint: pass --force/);
    expect((await runCli(['init', '--force'], { cwd: folder })).exitCode).toBe(0);
  });
});

describe('rkpi validate', () => {
  it('tells each demo file apart by its header and finds nothing wrong', async () => {
    const result = await runCli(['validate', 'hires.csv', 'costs.csv', 'hours.csv'], { cwd: 'fixtures/demo' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe(
      'hires.csv: hires file, 160 rows, all valid\ncosts.csv: costs file, 327 rows, all valid\nhours.csv: hours file, 727 rows, all valid\n',
    );
  });

  it('tells the two shapes of the demo applications file apart by their header', async () => {
    const result = await runCli(['validate', 'applications.csv', 'stage-history.csv'], { cwd: 'fixtures/demo' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^applications\.csv: applications file, \d+ rows, all valid\nstage-history\.csv: applications file \(a row per stage\), \d+ rows, all valid\n$/);
  });

  it('lists every problem and exits 1', async () => {
    const result = await runCli(['validate', 'hires.csv'], { cwd: 'fixtures/errors/rating-outside-scale' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('hires.csv: hires file, 2 rows, 2 rejected\n');
    expect(result.stderr).toContain('hires.csv:2: column "performance_rating": outside the scale 1–5');
    expect(result.stderr).toContain('hires.csv:3: column "manager_satisfaction": outside the scale 1–10');
  });
});

describe('reading the hires file from standard input', () => {
  it('reads - as stdin and names it so', async () => {
    const csv = 'hire_id,vacancy_opened,offer_accepted\nH1,2025-01-06,2025-02-05\nH2,2025-01-06,2025-02-25\n';
    const result = await runCli(['report', '-', '-f', 'json'], { stdin: csv, cwd: 'fixtures/small' });
    expect(result.exitCode).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.inputs.hires).toMatchObject({ file: 'stdin', rows: 2, accepted: 2, rejected: 0 });
    // fill 30 and 50 days → mean 40
    expect(doc.kpis.timeToFill.mean).toBe(40);
  });
});
