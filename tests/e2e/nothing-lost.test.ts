import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { caseFolder, readCase } from './error-cases.js';
import { runCli } from './run-cli.js';

/**
 * Nothing lost: every row of every input is accepted or rejected, and the counts add up to the
 * records in the file, counted here independently of rkpi's reader. And rkpi never writes to an
 * input file.
 */

/** The data records of a CSV file as csv-parse reads it on its own: blank records and the header left out. */
function recordsInFile(path: string): number {
  const bytes = readFileSync(path);
  let text = bytes.toString('utf8');
  if (text.includes('\ufffd')) text = bytes.toString('latin1'); // a Windows-1252 file
  text = text.replace(/^\ufeff/, '');
  const header = text.split(/\r\n|\r|\n/).find((line) => line.trim() !== '') ?? '';
  const delimiter = [',', ';', '\t', '|'].reduce((best, d) => (header.split(d).length > header.split(best).length ? d : best), ',');
  const records = parse(text, { delimiter, relax_column_count: true }) as string[][];
  const nonBlank = records.filter((fields) => fields.some((field) => field.trim() !== ''));
  return nonBlank.length - 1;
}

/** Every file of a folder with a hash of its bytes and its modification time. */
function snapshot(folder: string): Map<string, { sha256: string; mtimeMs: number }> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path, { sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: statSync(path).mtimeMs }] as const;
      }),
  );
}

/** A case's arguments for a report that computes on what it can read: --skip-invalid, JSON on stdout. */
function reportArgs(args: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (['-o', '--output', '-f', '--format'].includes(arg)) i += 1;
    else if (arg !== '--skip-invalid') kept.push(arg);
  }
  return [...kept, '--skip-invalid', '-f', 'json'];
}

const FILES = ['hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv'];
const SCENARIOS: readonly { name: string; folder: string; args: string[]; scratch: false }[] = [
  ...['fixtures/demo', 'fixtures/demo-iso', 'fixtures/small'].map((folder) => ({ name: folder, folder, args: ['report', ...FILES, '-f', 'json'], scratch: false as const })),
  ...['applications.csv', 'stage-history.csv'].map((file) => ({
    name: `fixtures/demo with ${file}`,
    folder: 'fixtures/demo',
    args: ['report', ...FILES, '--applications', file, '-f', 'json'],
    scratch: false as const,
  })),
  { name: 'fixtures/candidate-export', folder: 'fixtures/candidate-export', args: ['report', '--applications', 'candidates.csv', '-f', 'json'], scratch: false },
];
const CASES = readdirSync('fixtures/errors')
  .sort()
  .map((name) => ({ name, folder: join('fixtures/errors', name), spec: readCase(join('fixtures/errors', name)) }))
  .filter(({ spec }) => spec.args[0] === 'report')
  .map(({ name, folder, spec }) => ({ name, folder, args: reportArgs(spec.args), spec }));

interface InputSummary {
  readonly file: string;
  readonly rows: number;
  readonly accepted: number;
  readonly rejected: number;
}

describe('nothing lost', () => {
  it('reaches the report on the scenarios and on the catalogue cases with rejected rows', () => {
    // Guards the loop below against silently checking nothing.
    expect(CASES.length).toBeGreaterThan(20);
  });

  for (const { name, folder, args, ...rest } of [...SCENARIOS, ...CASES]) {
    const spec = 'spec' in rest ? rest.spec : { args, exit: 0 };
    it(`${name}: every row is accepted or rejected, and the rows are the records in the file`, async () => {
      const { cwd, done } = caseFolder(folder, spec);
      try {
        const before = snapshot(cwd);
        const result = await runCli(args, { cwd });
        expect(snapshot(cwd), 'rkpi wrote to a file in the input folder').toEqual(before);
        if (result.exitCode !== 0) {
          // The file cannot be read as a table at all (empty, binary, UTF-16, a bad header), or
          // every hires row was rejected: one reason, no report.
          expect(result.exitCode, result.stderr).toBeOneOf([1, 2]);
          expect(result.stderr).toMatch(/^rkpi: /m);
          const nothingLeft = /^rkpi: every row of (\S+) was rejected/m.exec(result.stderr);
          if (nothingLeft?.[1] !== undefined) {
            // Still, every row of the file is counted as rejected.
            const rows = recordsInFile(join(cwd, nothingLeft[1]));
            expect(result.stderr).toContain(`${nothingLeft[1]}: ${rows} of ${rows} ${rows === 1 ? 'row' : 'rows'} rejected\n`);
          }
          return;
        }
        const inputs = Object.values((JSON.parse(result.stdout) as { inputs: Record<string, InputSummary> }).inputs);
        expect(inputs.length).toBeGreaterThan(0);
        for (const input of inputs) {
          expect(input.accepted + input.rejected, input.file).toBe(input.rows);
          expect(input.rows, input.file).toBe(recordsInFile(join(cwd, input.file)));
        }
        const listed = result.stderr.match(/^\S+: (\d+) of (\d+) rows? rejected$/gm) ?? [];
        expect(listed.length).toBe(inputs.filter((input) => input.rejected > 0).length);
      } finally {
        done();
      }
    }, 30_000);
  }
});

describe('rkpi never writes to an input file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rkpi-inputs-'));
  cpSync('fixtures/small', folder, { recursive: true });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const targets = ['hires.csv', './hires.csv', 'x/../costs.csv', 'hours.csv', 'rkpi.config.json', resolve(folder, 'hires.csv')];
  for (const target of targets) {
    it(`refuses -o ${target.startsWith('/') ? '<absolute path of hires.csv>' : target}`, async () => {
      const before = snapshot(folder);
      for (const command of [['report', ...FILES], ['compare', '--baseline', '2024', '--current', '2025', ...FILES]]) {
        const result = await runCli([...command, '-o', target], { cwd: folder });
        expect(result.exitCode).toBe(2);
        expect(result.stderr).toBe(`rkpi: -o ${target} would overwrite an input file\nhint: write the result to another file\n`);
      }
      expect(snapshot(folder)).toEqual(before);
    });
  }

  it('writes -o to its own file and leaves the inputs as they were', async () => {
    const before = snapshot(folder);
    const result = await runCli(['report', ...FILES, '-o', 'report.json'], { cwd: folder });
    expect(result.exitCode, result.stderr).toBe(0);
    const after = snapshot(folder);
    expect(readFileSync(join(folder, 'report.json'), 'utf8')).toMatch(/^\{\n {2}"schemaVersion"/);
    after.delete(join(folder, 'report.json'));
    expect(after).toEqual(before);
  });
});

describe('-o never overwrites what value and weights read', () => {
  it('refuses the config as the output of rkpi value and rkpi weights', async () => {
    const value = await runCli(['value', 'hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv', '-o', 'rkpi.config.json'], {
      cwd: 'fixtures/small-value',
    });
    expect(value.exitCode).toBe(2);
    expect(value.stderr).toBe('rkpi: -o rkpi.config.json would overwrite an input file\nhint: write the result to another file\n');
    const weights = await runCli(['weights', 'rankings.csv', '-o', 'rkpi.config.json'], { cwd: 'fixtures/demo' });
    expect(weights.exitCode).toBe(2);
    expect(weights.stderr).toBe('rkpi: -o rkpi.config.json would overwrite an input file\nhint: write the result to another file\n');
  });
});
