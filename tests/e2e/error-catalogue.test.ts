import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseFolder, readCase } from './error-cases.js';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

const ROOT = 'fixtures/errors';

/**
 * The catalogue of bad input: each folder of fixtures/errors holds the files of one case, its
 * command line and exit code (case.json) and the exact messages it must print (expected-stderr.txt),
 * and in Dutch (expected-stderr.nl.txt: the same run with LANG=nl_NL.UTF-8).
 */
describe('the error catalogue', () => {
  for (const name of readdirSync(ROOT).sort()) {
    const folder = join(ROOT, name);
    const spec = readCase(folder);

    it(`${name}: exits ${spec.exit} with the stored message`, async () => {
      const { cwd, done } = caseFolder(folder, spec);
      try {
        const result = await runCli(spec.args, { cwd });
        expect(result.exitCode).toBe(spec.exit);
        expectGolden(result.stderr, join(folder, 'expected-stderr.txt'));
        if (spec.exit === 0) expectGolden(result.stdout, join(folder, 'expected-stdout.txt'));
        else expect(result.stdout).toBe('');
        expect(result.stderr).not.toMatch(/\n\s+at /); // never a stack trace
      } finally {
        done();
      }
    });

    it(`${name}: says it in Dutch under LANG=nl_NL.UTF-8`, async () => {
      const { cwd, done } = caseFolder(folder, spec);
      try {
        const result = await runCli(spec.args, { cwd, env: { LANG: 'nl_NL.UTF-8' } });
        expect(result.exitCode).toBe(spec.exit);
        expectGolden(result.stderr, join(folder, 'expected-stderr.nl.txt'));
      } finally {
        done();
      }
    });
  }
});
