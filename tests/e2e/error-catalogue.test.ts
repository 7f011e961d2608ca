import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

const ROOT = 'fixtures/errors';

interface Case {
  readonly args: readonly string[];
  readonly exit: number;
}

/**
 * The catalogue of bad input: each folder of fixtures/errors holds the files of one case, its
 * command line and exit code (case.json) and the exact messages it must print (expected-stderr.txt).
 */
describe('the error catalogue', () => {
  for (const name of readdirSync(ROOT).sort()) {
    const folder = join(ROOT, name);
    const spec = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as Case;

    it(`${name}: exits ${spec.exit} with the stored message`, async () => {
      const result = await runCli(spec.args, { cwd: folder });
      expect(result.exitCode).toBe(spec.exit);
      expectGolden(result.stderr, join(folder, 'expected-stderr.txt'));
      if (spec.exit === 0) expectGolden(result.stdout, join(folder, 'expected-stdout.txt'));
      else expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(/\n\s+at /); // never a stack trace
    });
  }
});
