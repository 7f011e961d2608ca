import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES } from '../../src/cli/commands/schema.js';
import { jsonSchemaOf, SCHEMA_COMMANDS } from '../../src/render/schemas/index.js';
import { runCli } from './run-cli.js';

const committed = (command: string) => JSON.parse(readFileSync(`schemas/${command}.schema.json`, 'utf8'));
// Formats are checked by the schemas' own patterns; ajv only needs to know the keyword.
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

function expectValid(command: string, stdout: string): void {
  const validate = ajv.compile(committed(command));
  const ok = validate(JSON.parse(stdout));
  expect(validate.errors ?? [], `${command} output fits its schema`).toEqual([]);
  expect(ok).toBe(true);
}

describe('the published JSON Schemas', () => {
  for (const command of SCHEMA_COMMANDS) {
    it(`schemas/${command}.schema.json is the schema made from the zod schema (npm run build && node scripts/write-schemas.mjs)`, () => {
      expect(committed(command)).toEqual(jsonSchemaOf(command));
    });

    it(`rkpi schema ${command} prints it`, async () => {
      const { stdout, exitCode } = await runCli(['schema', command]);
      expect(exitCode).toBe(0);
      expect(JSON.parse(stdout)).toEqual(committed(command));
    });
  }

  it('offers a schema for every command that has one', () => {
    expect([...SCHEMA_NAMES].sort()).toEqual([...SCHEMA_COMMANDS].sort());
  });
});

describe('real JSON output fits the published schema', () => {
  const demo = { cwd: 'fixtures/demo' };
  const files = ['hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv'];

  it('report on the demo data, whole and grouped, in calendar and working days', async () => {
    for (const extra of [[], ['--period', '2025', '--by', 'department'], ['--period', '2024-Q2', '--business-days', '--by', 'vacancy']]) {
      const { stdout, exitCode } = await runCli(['report', ...files, '-f', 'json', ...extra], demo);
      expect(exitCode).toBe(0);
      expectValid('report', stdout);
    }
  }, 60_000);

  it('report without a costs or an hours file, whose cost figures are null with reasons and notes', async () => {
    for (const given of [['hires.csv'], ['hires.csv', '--costs', 'costs.csv'], ['hires.csv', '--hours', 'hours.csv']]) {
      const { stdout, exitCode } = await runCli(['report', ...given, '-f', 'json', '--period', '2025', '--by', 'department'], demo);
      expect(exitCode).toBe(0);
      expectValid('report', stdout);
    }
  }, 60_000);

  it('report with an applications file, with and without the hires file', async () => {
    for (const args of [[...files, '--applications', 'applications.csv'], ['--applications', 'stage-history.csv']]) {
      const { stdout, exitCode } = await runCli(['report', ...args, '-f', 'json'], demo);
      expect(exitCode).toBe(0);
      expect(JSON.parse(stdout).inputs.applications).toBeDefined();
      expectValid('report', stdout);
    }
  }, 60_000);

  it('report with rejected rows skipped, and with nothing to compute', async () => {
    const skipped = await runCli(['report', 'hires.csv', '--skip-invalid', '-f', 'json'], { cwd: 'fixtures/errors/skip-invalid' });
    expectValid('report', skipped.stdout);
    const empty = await runCli(['report', ...files, '--period', '2023', '-f', 'json', '--by', 'channel'], demo);
    expectValid('report', empty.stdout);
  });

  it('report with a cost of vacancy, whole and by channel', async () => {
    for (const extra of [[], ['--by', 'channel']]) {
      const args = ['report', 'hires.csv', '--costs', 'costs.csv', '--period', '2025-Q2', '--as-of', '2025-06-13', '-f', 'json', ...extra];
      const { stdout, exitCode } = await runCli(args, { cwd: 'fixtures/vacancy-cost' });
      expect(exitCode).toBe(0);
      expect(JSON.parse(stdout).kpis.openVacancyCost.vacancies).toHaveLength(1);
      expectValid('report', stdout);
    }
  }, 60_000);

  it('is a real check: a wrong type or an unknown key fails it', async () => {
    const { stdout } = await runCli(['report', ...files, '-f', 'json'], demo);
    const validate = ajv.compile(committed('report'));
    const document = JSON.parse(stdout);
    expect(validate({ ...document, kpis: { ...document.kpis, hires: 'many' } })).toBe(false);
    expect(validate({ ...document, surprise: true })).toBe(false);
    expect(validate({ ...document, schemaVersion: 2 })).toBe(false);
  });

  it('weights of the demo rankings, plain and with balanced groups', async () => {
    for (const extra of [[], ['--balance-groups', '--method', 'reciprocal']]) {
      const { stdout, exitCode } = await runCli(['weights', 'rankings.csv', '-f', 'json', ...extra], demo);
      expect(exitCode).toBe(0);
      expectValid('weights', stdout);
    }
  });

  it('value on the demo data, and with a scores file and an unmeasured area', async () => {
    const { stdout, exitCode } = await runCli(['value', ...files, '--period', '2025', '-f', 'json'], demo);
    expect(exitCode).toBe(0);
    expectValid('value', stdout);
    const small = ['value', ...files, '--scores', 'scores.csv', '--config', 'no-effort-target.config.json', '-f', 'json'];
    expectValid('value', (await runCli(small, { cwd: 'fixtures/small-value' })).stdout);
  });

  it('urgency on the demo data: everyone, one manager, one vacancy, and a page with nothing open or waiting', async () => {
    const end = ['--as-of', '2025-12-31'];
    const pages = [end, [...end, '--manager', 'Willem van den Berg'], [...end, '--vacancy', 'VAC-2025-073', '--lang', 'nl'], ['--manager', 'Rob Mulder', '--as-of', '2024-01-02']];
    for (const extra of pages) {
      const { stdout, exitCode } = await runCli(['urgency', '--demo', '-f', 'json', ...extra]);
      expect(exitCode).toBe(0);
      expectValid('urgency', stdout);
    }
  }, 60_000);

  it('compare, computed and grouped', async () => {
    const { stdout, exitCode } = await runCli(['compare', '--baseline', '2024-Q1', '--current', '2025-Q1', ...files, '--by', 'department', '-f', 'json'], demo);
    expect(exitCode).toBe(0);
    expectValid('compare', stdout);
  });
});
