import { type Command, CommanderError } from 'commander';
import { EXIT, type ExitCode, UserError } from '../errors.js';
import { fileError } from '../io/file-error.js';
import type { OutStream, Proc } from './proc.js';
import { langOfCommandLine } from './messages/message-language.js';
import { speak } from './messages/speak.js';
import { buildProgram } from './program.js';
import { watchStreams } from './standard-streams.js';
import { largest } from '../render/largest.js';
import { visibleControls } from '../render/visible-controls.js';

export { directOutput } from './fd-output.js';

const COMMANDER_OK = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** What a bare `rkpi` prints: what it is, how to try it, the commands. */
function shortHelp(program: Command): string {
  const commands = program.commands.filter((command) => command.name() !== 'help');
  const width = largest(commands.map((command) => command.name().length));
  return [
    `rkpi: ${program.description()}`,
    '',
    'Try it on the demo data:',
    '  rkpi report --demo',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name().padEnd(width)}  ${command.summary()}`),
    '',
    'rkpi <command> --help shows its options and examples.',
    '',
  ].join('\n');
}

/**
 * The process with a stderr that speaks the run's language and shows control characters escaped.
 * The language is the command line's and the environment's (`--lang`, LANG) until the command
 * has read its config and calls `setLang` (see settings.ts). A message quotes values from the
 * files (`(value: "…")`, file names, headers), and a cell's escape sequence must not retitle or
 * clear the terminal. Line ends and tabs stay; rkpi writes no colour to stderr.
 */
function withMessages(proc: Proc, args: readonly string[]): Proc {
  let lang = langOfCommandLine(args, proc.env);
  const stderr: OutStream = {
    write: (chunk, callback) => proc.stderr.write(visibleControls(speak(chunk, lang)), callback),
    isTTY: proc.stderr.isTTY,
    columns: proc.stderr.columns,
  };
  return {
    argv: proc.argv,
    env: proc.env,
    stdout: proc.stdout,
    stderr,
    // A getter: process.stdin makes its stream when first asked for (see openInput).
    get stdin() {
      return proc.stdin;
    },
    cwd: () => proc.cwd(),
    ...(proc.now ? { now: proc.now } : {}),
    setLang: (settled) => {
      lang = settled;
    },
  };
}

/** Prints an error of the run: a user error as one line and a hint, anything else as a bug (exit 70). */
function reportError(error: unknown, proc: Proc, debug: boolean): ExitCode {
  if (error instanceof UserError) {
    proc.stderr.write(`rkpi: ${error.message}\n`);
    if (error.hint) proc.stderr.write(`hint: ${error.hint}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  proc.stderr.write(`rkpi: internal error (a bug in rkpi, please report it): ${detail}\n`);
  if (!debug) proc.stderr.write('hint: run again with --debug to see where it happened\n');
  return EXIT.internal;
}

/** Parses the arguments and runs the command they name; its exit code, or the error that stopped it. */
async function runCommand(proc: Proc, args: readonly string[]): Promise<ExitCode> {
  let exit: ExitCode = EXIT.ok;
  const program = buildProgram(
    proc,
    (code) => {
      exit = code;
    },
    args,
  );
  if (args.length === 0) {
    proc.stdout.write(shortHelp(program));
    return EXIT.ok;
  }
  try {
    await program.parseAsync(args, { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (COMMANDER_OK.has(error.code)) return EXIT.ok;
      const command = program.commands.find((candidate) => candidate.name() === args[0]);
      proc.stderr.write(`hint: see rkpi ${command ? `${command.name()} ` : ''}--help\n`);
      return EXIT.usage;
    }
    return reportError(error, proc, args.includes('--debug'));
  }
}

/**
 * Runs rkpi with a process (or a fake one in tests) and returns the exit code: 0 fine, 1 bad
 * input data, 2 usage or config error, 70 a bug in rkpi, 74 a file or stream the system refused.
 * User errors print one line and a hint, never a stack. A reader that closes the pipe early
 * (`rkpi report … | head -1`) ends rkpi quietly, with the command's own exit code, as `cat` ends;
 * standard output that cannot be written (`> /dev/full`) is a one-line error.
 */
export async function run(given: Proc): Promise<ExitCode> {
  const args = given.argv.slice(2);
  const proc = withMessages(given, args);
  const flushed = watchStreams(proc.stdout, given.stderr);
  const exit = await runCommand(proc, args);
  const failure = await flushed();
  if (failure === null || (failure as NodeJS.ErrnoException).code === 'EPIPE') return exit;
  return reportError(fileError(failure, 'write', 'to standard output'), proc, args.includes('--debug'));
}
