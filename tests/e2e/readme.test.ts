import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const README = readFileSync('README.md', 'utf8');

describe('the README', () => {
  for (const command of ['report', 'compare', 'validate', 'init', 'weights', 'value', 'schema', 'completion']) {
    it(`shows the current --help of rkpi ${command}`, async () => {
      const { stdout, exitCode } = await runCli([command, '--help']);
      expect(exitCode).toBe(0);
      expect(README).toContain(stdout.trimEnd());
    });
  }

  it('gives the commands that go from a rankings sheet to a value figure', () => {
    expect(README).toContain('rkpi weights rankings.csv --write');
    expect(README).toContain('rkpi value hires.csv --costs costs.csv --hours hours.csv --period 2025');
  });

  it('gives the two commands of the quick start', () => {
    expect(README).toContain('npm install && npx rkpi report --demo');
    expect(README).toContain('\nnpm test\n');
  });
});
