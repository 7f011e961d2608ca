import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/**
 * Inputs whose size used to break rkpi: a list spread into the arguments of push or Math.max
 * overflows the stack at about 120,000 elements. Slow on a busy machine, hence the long waits.
 */
const TIMEOUT = 300_000;
let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'rkpi-large-'));
  const rows = (count: number, row: (i: number) => string) => Array.from({ length: count }, (_, i) => row(i)).join('');
  writeFileSync(join(folder, 'rejected.csv'), `hire_id,vacancy_opened,offer_accepted\n${rows(131_000, (i) => `H${i},2025-01-06,no date\n`)}`);
  writeFileSync(join(folder, 'groups.csv'), `hire_id,vacancy_opened,offer_accepted,department\n${rows(121_000, (i) => `H${i},2025-01-06,2025-02-05,D${i}\n`)}`);
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('large inputs', () => {
  it(
    'validates 131,000 rejected rows: the first 50 listed, the rest counted',
    async () => {
      const result = await runCli(['validate', 'rejected.csv'], { cwd: folder });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toBe('rejected.csv: hires file, 131000 rows, 131000 rejected\n');
      expect(result.stderr).toContain('rejected.csv:2: column "offer_accepted": not a date');
      expect(result.stderr).toContain('… and 130950 more problems\nrejected.csv: 131000 of 131000 rows rejected\n');
    },
    TIMEOUT,
  );

  it(
    'groups by 121,000 departments, the terminal showing the first 100 and counting the rest',
    async () => {
      const result = await runCli(['report', 'groups.csv', '--by', 'department', '--no-chart'], { cwd: folder });
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('│ D10000 ');
      expect(result.stdout).not.toContain('│ D99999 ');
      expect(result.stdout).toContain('… and 120,900 more groups: --format csv, json, md or html shows every group\n');
    },
    TIMEOUT,
  );
});
