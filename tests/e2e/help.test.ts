import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  /** What bash's completion offers for the words typed so far (the last is the word being completed). */
  function bashOffers(script: string, words: readonly string[], cwd: string): string[] {
    const typed = words.map((word) => `'${word}'`).join(' ');
    const program = `${script}\nCOMP_WORDS=(${typed}); COMP_CWORD=${words.length - 1}; _rkpi; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return execFileSync('bash', ['-c', program], { cwd, encoding: 'utf8' }).split('\n').filter((line) => line !== '').sort();
  }

  it('prints a bash script that bash can read, with every command and option', async () => {
    const { stdout, exitCode } = await runCli(['completion', 'bash']);
    expect(exitCode).toBe(0);
    execFileSync('bash', ['-n'], { input: stdout }); // throws on a syntax error
    for (const word of ['report compare validate init weights value urgency schema completion', '--period', '--business-days', '--baseline', 'table json md csv']) {
      expect(stdout).toContain(word);
    }
  });

  it("offers urgency's own options, and the page formats after its --format", async () => {
    const { stdout: script } = await runCli(['completion', 'bash']);
    const folder = mkdtempSync(join(tmpdir(), 'rkpi-completion-'));
    try {
      expect(bashOffers(script, ['rkpi', 'urgency', '--man'], folder)).toEqual(['--manager']);
      expect(bashOffers(script, ['rkpi', 'urgency', '--format', ''], folder)).toEqual(['html', 'json', 'md', 'table']);
      expect(bashOffers(script, ['rkpi', 'urgency', '--manager', ''], folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('offers in bash what each place takes: commands, choices, the usual --by columns, files only where a file goes', async () => {
    const { stdout: script } = await runCli(['completion', 'bash']);
    const folder = mkdtempSync(join(tmpdir(), 'rkpi-completion-'));
    try {
      writeFileSync(join(folder, 'hires.csv'), '');
      mkdirSync(join(folder, 'exports'));
      const offers = (...words: string[]) => bashOffers(script, ['rkpi', ...words], folder);
      expect(offers('')).toEqual(expect.arrayContaining(['completion', 'schema', 'report']));
      expect(offers('sch')).toEqual(['schema']);
      expect(offers('schema', '')).toEqual(['compare', 'report', 'urgency', 'value', 'weights']);
      expect(offers('completion', '')).toEqual(['bash', 'fish', 'zsh']);
      expect(offers('report', '--by', '')).toEqual(['channel', 'department', 'hiring_manager', 'location', 'recruiter', 'role', 'vacancy']);
      expect(offers('report', '-f', '')).toEqual(['csv', 'html', 'json', 'md', 'table']);
      expect(offers('report', '--period', '')).toEqual([]);
      expect(offers('compare', '--baseline', '')).toEqual([]);
      expect(offers('report', '--costs', '')).toEqual(['exports', 'hires.csv']);
      expect(offers('report', 'hires.csv', '-o', 'h')).toEqual(['hires.csv']);
      expect(offers('report', '')).toEqual(['exports', 'hires.csv']);
      expect(offers('init', '')).toEqual(['exports']);
      expect(offers('report', '--bu')).toEqual(['--business-days']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('prints zsh and fish scripts with the commands, the choices and no file names where no file goes', async () => {
    const zsh = (await runCli(['completion', 'zsh'])).stdout;
    expect(zsh).toMatch(/^#compdef rkpi\n/);
    expect(zsh).toContain('compadd report compare validate init weights value urgency schema completion\n');
    expect(zsh).toContain("'--date-format[--date-format]:value:(dmy mdy)'");
    expect(zsh).toContain("'--by[--by]:value:(department channel role recruiter hiring_manager location vacancy)'");
    expect(zsh).toContain("'--costs[--costs]:file:_files'");
    expect(zsh).toContain("'--period[--period]:value: '");
    expect(zsh).toContain("    schema) _arguments '--help' '1:value:(report compare weights value urgency)' ;;");
    expect(zsh).toContain("    completion) _arguments '--help' '1:value:(bash zsh fish)' ;;");
    expect(zsh).toContain("'1:folder:_files -/'");
    const fish = (await runCli(['completion', 'fish'])).stdout;
    expect(fish).toContain('complete -c rkpi -n __fish_use_subcommand -f -a "report compare validate init weights value urgency schema completion"');
    expect(fish).toContain('complete -c rkpi -n "__fish_seen_subcommand_from report" -l period -s p -x\n');
    expect(fish).toContain('complete -c rkpi -n "__fish_seen_subcommand_from report" -l costs -r -F\n');
    expect(fish).toContain('complete -c rkpi -n "__fish_seen_subcommand_from report" -l by -x -a "department channel role recruiter hiring_manager location vacancy"');
    expect(fish).toContain('complete -c rkpi -n "__fish_seen_subcommand_from schema" -f -a "report compare weights value urgency"');
    expect(fish).toContain('complete -c rkpi -n "__fish_seen_subcommand_from completion" -f -a "bash zsh fish"');
    expect(fish).toContain('-l lang -x -a "en nl"');
  });

  it('refuses a shell it does not know', async () => {
    const { stderr, exitCode } = await runCli(['completion', 'tcsh']);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("Allowed choices are bash, zsh, fish.");
  });
});
