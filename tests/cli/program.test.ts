import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import type { Proc } from '../../src/cli/proc.js';

const quiet = { write: () => true, isTTY: false };
const proc: Proc = { argv: [], env: {}, stdout: quiet, stderr: quiet, stdin: (async function* () {})(), cwd: () => '/' };
const ALL = ['report', 'compare', 'validate', 'init', 'weights', 'value', 'urgency', 'schema', 'completion'];

function commandsOf(args: readonly string[]): string[] {
  return buildProgram(proc, () => undefined, args).commands.map((command) => command.name());
}

describe('buildProgram', () => {
  it('registers only the command a run names first', () => {
    expect(commandsOf(['report', 'hires.csv', '--format', 'json'])).toEqual(['report']);
    expect(commandsOf(['urgency', '--demo'])).toEqual(['urgency']);
  });

  it('registers every command for help, a bare rkpi, options first and a mistyped command', () => {
    for (const args of [['--help'], [], ['help', 'report'], ['--lang', 'nl', 'report'], ['reprot']]) {
      expect(commandsOf(args)).toEqual(ALL);
    }
  });

  it('registers every command for completion, whose script lists them all', () => {
    expect(commandsOf(['completion', 'bash'])).toEqual(ALL);
  });
});
