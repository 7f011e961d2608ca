import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** Checks on catalogue cases beyond their stored messages. */
const ARGS = ['report', 'hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv', '-f', 'json', '--as-of', '2025-12-31'];

async function figures(folder: string, args: readonly string[] = ARGS): Promise<unknown> {
  const result = await runCli(args, { cwd: folder });
  expect(result.exitCode, result.stderr).toBe(0);
  const document = JSON.parse(result.stdout) as { inputs: Record<string, object> };
  const inputs = Object.fromEntries(Object.entries(document.inputs).map(([kind, input]) => [kind, { ...input, sha256: null }]));
  return { ...document, inputs };
}

describe('line ends and trailing delimiters', () => {
  for (const name of ['crlf-line-ends', 'cr-line-ends', 'trailing-delimiter']) {
    it(`${name}: gives the same figures as the LF files of fixtures/small`, async () => {
      expect(await figures(`fixtures/errors/${name}`)).toEqual(await figures('fixtures/small'));
    });
  }
});

describe('headers and values named like Object.prototype members', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rkpi-proto-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('groups by a __proto__ or constructor column, and by such values, without polluting Object.prototype', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    writeFileSync(
      join(folder, 'hires.csv'),
      'hire_id,vacancy_opened,offer_accepted,__proto__,constructor,department\n' +
        'H1,2025-01-06,2025-02-05,x,y,__proto__\n' +
        'H2,2025-01-13,2025-02-20,x,z,constructor\n' +
        'H3,2025-02-03,2025-03-05,w,y,constructor\n',
    );
    const keys = async (by: string): Promise<Record<string, number>> => {
      const result = await runCli(['report', 'hires.csv', '--by', by, '-f', 'json'], { cwd: folder });
      expect(result.exitCode, result.stderr).toBe(0);
      const rows = (JSON.parse(result.stdout) as { groups: { rows: { key: string; kpis: { hires: number } }[] } }).groups.rows;
      return Object.fromEntries(rows.map((row) => [row.key, row.kpis.hires]));
    };
    expect(await keys('__proto__')).toEqual({ x: 2, w: 1 });
    expect(await keys('constructor')).toEqual({ y: 2, z: 1 });
    const byDepartment = await keys('department');
    expect(Object.entries(byDepartment)).toEqual([['__proto__', 1], ['constructor', 2]]);
    const table = await runCli(['report', 'hires.csv', '--by', 'department'], { cwd: folder });
    expect(table.exitCode).toBe(0);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    const fresh: Record<string, unknown> = {};
    expect([fresh.x, fresh.y, fresh.w, Object.getPrototypeOf(fresh), fresh.constructor]).toEqual([undefined, undefined, undefined, Object.prototype, Object]);
  });
});

describe('a group label with line breaks', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rkpi-label-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is one line in the table, and the table is drawn at once (cli-table3 takes minutes for thousands of lines)', async () => {
    const label = Array.from({ length: 5000 }, (_, i) => `team ${i}`).join('\n');
    writeFileSync(join(folder, 'hires.csv'), `hire_id,vacancy_opened,offer_accepted,department\nH1,2025-01-06,2025-02-05,"${label}"\n`);
    const result = await runCli(['report', 'hires.csv', '--by', 'department'], { cwd: folder });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toContain('team 0 team 1 team 2');
    const json = await runCli(['report', 'hires.csv', '--by', 'department', '-f', 'json'], { cwd: folder });
    expect(JSON.parse(json.stdout).groups.rows[0].key).toBe(label); // the data itself is kept as read
  });
});
