import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../e2e/run-cli.js';
import { mutateAll, mutationArbitrary } from './mutations.js';

/**
 * Mutated bytes of valid files must end in exit 0, 1 or 2 with a one-line reason or a list of
 * `file:line:` problems: never a stack trace, never exit 70 (a bug). `npm run fuzz` runs 10,000
 * cases from FUZZ_SEED (or the clock); the normal test run a few hundred from a fixed seed.
 * Replay a failure with FUZZ_SEED=<seed> npm run fuzz, or with the seed and path fast-check prints.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.FUZZ_RUNS ? Date.now() % 2 ** 31 : 20251123));
/** A case slower than this counts as a hang. */
const SLOW_MS = 5000;

const FILES = ['hires.csv', 'costs.csv', 'hours.csv', 'rkpi.config.json'] as const;
const SCENARIOS = ['fixtures/demo', 'fixtures/demo-iso', 'fixtures/small'] as const;
const originals = new Map(
  SCENARIOS.map((dir) => [dir, new Map(FILES.map((file) => [file, readFileSync(join(dir, file))]))] as const),
);

const INPUTS = ['hires.csv', '--costs', 'costs.csv', '--hours', 'hours.csv'];
const COMMANDS: readonly (readonly string[])[] = [
  ['report', ...INPUTS, '--as-of', '2025-12-31'],
  ['report', ...INPUTS, '--as-of', '2025-12-31', '-f', 'json'],
  ['report', ...INPUTS, '--skip-invalid', '--by', 'department'],
  ['report', ...INPUTS, '--skip-invalid', '--by', 'department', '-f', 'json', '--period', '2025'],
  ['validate', 'hires.csv', 'costs.csv', 'hours.csv'],
  ['report', '-', '--costs', 'costs.csv', '--hours', 'hours.csv', '-f', 'json'],
  ['compare', '--baseline', '2024', '--current', '2025', ...INPUTS, '--skip-invalid'],
];

const caseArbitrary = fc.record({
  // The small files more often: quicker to run, and a mutation there hits more of the structure.
  scenario: fc.constantFrom<(typeof SCENARIOS)[number]>('fixtures/small', 'fixtures/small', ...SCENARIOS),
  // The config is mutated less often: most of what breaks is in the CSV files.
  file: fc.constantFrom<(typeof FILES)[number]>('hires.csv', 'hires.csv', 'costs.csv', 'hours.csv', 'rkpi.config.json'),
  mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }),
  command: fc.constantFrom(...COMMANDS),
});

/** How zod words its default messages: never what a user should read about a cell. */
const ZOD_WORDS = /Invalid input|\bexpected (number|int|string|boolean)|received (null|undefined|NaN|Infinity)|Too (big|small)/;

/** A rejected record: `file:line: …`. */
const PROBLEM_LINE = /^[^\n:]+:\d+: /;

/** What a line of stderr may be: so a message that spills over lines (a header with a line break) is caught. */
const STDERR_LINE = /^(rkpi: |hint: |note: |warning: |\(Did you mean |… and \d+ more problems$|[^\n:]+: \d+ of \d+ rows rejected$)|^[^\n:]+:\d+: /;

/** The first line that is not a note or a warning: the reason the run stopped. */
function reasonLine(stderr: string): string {
  return stderr.split('\n').find((line) => !line.startsWith('note: ') && !line.startsWith('warning: ')) ?? '';
}

const folder = mkdtempSync(join(tmpdir(), 'rkpi-fuzz-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('fuzzing the CLI with mutated files', () => {
  it(`ends every run in exit 0, 1 or 2 with a readable reason (${RUNS} cases, seed ${SEED})`, async () => {
    console.log(`fuzz: ${RUNS} cases, seed ${SEED} (replay with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npm run fuzz)`);
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async ({ scenario, file, mutations, command }) => {
        const files = originals.get(scenario)!;
        for (const [name, bytes] of files) writeFileSync(join(folder, name), name === file ? mutateAll(bytes, mutations) : bytes);
        const started = performance.now();
        const stdin = command.includes('-') ? mutateAll(files.get('hires.csv')!, file === 'hires.csv' ? mutations : []) : '';
        const result = await runCli(command, { cwd: folder, stdin });
        const took = performance.now() - started;
        expect(took, 'a case that takes this long is a hang').toBeLessThan(SLOW_MS);
        expect([0, 1, 2], result.stderr).toContain(result.exitCode);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        const problems = result.stderr.split('\n').filter((line) => PROBLEM_LINE.test(line));
        for (const line of problems) expect(line, 'a reason in the words of the data, not of the validator').not.toMatch(ZOD_WORDS);
        for (const line of result.stderr.split('\n').filter(Boolean)) expect(line, 'each message on its own line').toMatch(STDERR_LINE);
        if (result.exitCode !== 0) expect(reasonLine(result.stderr)).toMatch(/^(rkpi: |[^\n:]+:\d+: )/);
        else expect(result.stdout).not.toBe('');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 3_600_000);
});
