import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { runCli } from './run-cli.js';

const COMMANDS = ['report', 'compare', 'validate', 'init', 'completion'];

describe('help', () => {
  it('shows a short help for a bare rkpi', async () => {
    const result = await runCli([]);
    expect(result.exitCode).toBe(0);
    expectGolden(result.stdout, 'tests/e2e/expected/short-help.txt');
  });

  for (const command of COMMANDS) {
    it(`leads rkpi ${command} --help with examples`, async () => {
      const { stdout, exitCode } = await runCli([command, '--help']);
      expect(exitCode).toBe(0);
      expect(stdout).toMatch(/^Examples:\n {2}\$ .*rkpi /);
      expect(stdout).toContain(`Usage: rkpi ${command}`);
    });
  }

  it('suggests the command that was meant', async () => {
    const { stderr, exitCode } = await runCli(['repot']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe("rkpi: unknown command 'repot'\n(Did you mean report?)\nhint: see rkpi --help\n");
  });

  it('suggests the option that was meant', async () => {
    const { stderr, exitCode } = await runCli(['compare', '--baseline', '2024', '--curent', '2025']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe("rkpi: unknown option '--curent'\n(Did you mean --current?)\nhint: see rkpi compare --help\n");
  });
});

describe('rkpi completion', () => {
  it('prints a bash script that bash can read, with every command and option', async () => {
    const { stdout, exitCode } = await runCli(['completion', 'bash']);
    expect(exitCode).toBe(0);
    execFileSync('bash', ['-n'], { input: stdout }); // throws on a syntax error
    for (const word of ['report compare validate init', '--period', '--business-days', '--baseline', 'table json md csv']) {
      expect(stdout).toContain(word);
    }
  });

  it('prints zsh and fish scripts with the commands and options', async () => {
    const zsh = await runCli(['completion', 'zsh']);
    expect(zsh.stdout).toMatch(/^#compdef rkpi\n/);
    expect(zsh.stdout).toContain("'--date-format[--date-format]:value:(dmy mdy)'");
    const fish = await runCli(['completion', 'fish']);
    expect(fish.stdout).toContain('complete -c rkpi -n "__fish_seen_subcommand_from report" -l period');
    expect(fish.stdout).toContain('-l lang -x -a "en nl"');
  });

  it('refuses a shell it does not know', async () => {
    const { stderr, exitCode } = await runCli(['completion', 'tcsh']);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("Allowed choices are bash, zsh, fish.");
  });
});
