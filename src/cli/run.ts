import { CommanderError } from 'commander';
import { EXIT, type ExitCode, UserError } from '../errors.js';
import type { Proc } from './proc.js';
import { buildProgram } from './program.js';

const COMMANDER_OK = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/**
 * Runs rkpi with a process (or a fake one in tests) and returns the exit code: 0 fine, 1 bad
 * input data, 2 usage or config error, 70 a bug in rkpi. User errors print one line and a hint,
 * never a stack.
 */
export async function run(proc: Proc): Promise<ExitCode> {
  let exit: ExitCode = EXIT.ok;
  const program = buildProgram(proc, (code) => {
    exit = code;
  });
  const args = proc.argv.slice(2);
  if (args.length === 0) {
    proc.stdout.write(program.helpInformation());
    return EXIT.ok;
  }
  try {
    await program.parseAsync(args, { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (COMMANDER_OK.has(error.code)) return EXIT.ok;
      proc.stderr.write(`hint: see rkpi ${args[0] && !args[0].startsWith('-') ? `${args[0]} ` : ''}--help\n`);
      return EXIT.usage;
    }
    if (error instanceof UserError) {
      proc.stderr.write(`rkpi: ${error.message}\n`);
      if (error.hint) proc.stderr.write(`hint: ${error.hint}\n`);
      return error.exitCode;
    }
    const debug = args.includes('--debug');
    const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    proc.stderr.write(`rkpi: internal error (a bug in rkpi, please report it): ${detail}\n`);
    if (!debug) proc.stderr.write('hint: run again with --debug to see where it happened\n');
    return EXIT.internal;
  }
}
