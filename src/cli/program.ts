import { Command } from 'commander';
import type { ExitCode } from '../errors.js';
import { registerCompare } from './commands/compare.js';
import { registerCompletion } from './commands/completion.js';
import { registerInit } from './commands/init.js';
import { registerReport } from './commands/report.js';
import { registerSchema } from './commands/schema.js';
import { registerUrgency } from './commands/urgency.js';
import { registerValidate } from './commands/validate.js';
import { registerValue } from './commands/value.js';
import { registerWeights } from './commands/weights.js';
import type { CommandContext } from './command-context.js';
import type { Proc } from './proc.js';
import { refuseRepeatedOptions } from './single-values.js';

/** Every command, in the order help lists them, with the function that registers it. */
const COMMANDS: Readonly<Record<string, (program: Command, context: CommandContext) => void>> = {
  report: registerReport,
  compare: registerCompare,
  validate: registerValidate,
  init: registerInit,
  weights: registerWeights,
  value: registerValue,
  urgency: registerUrgency,
  schema: registerSchema,
  completion: registerCompletion,
};

/**
 * The commands to register for these arguments: the one they name first, or all of them. A run
 * of one command does not need the others (their help, their suggestions), and registering all
 * nine took some 5 ms of every start; help, an unknown or mistyped command, options before the
 * command and `completion` (whose script lists every command) get them all.
 */
function commandsFor(args: readonly string[]): string[] {
  const named = args[0];
  if (named !== undefined && named !== 'completion' && Object.hasOwn(COMMANDS, named)) return [named];
  return Object.keys(COMMANDS);
}

/**
 * The commander program for these arguments (commandsFor). Each command registers itself from
 * src/cli/commands/ and loads its implementation only when it runs, so `rkpi --help` does not
 * pay for csv-parse, zod and the rest. The exit code of the command that ran is handed to `setExit`.
 */
export function buildProgram(proc: Proc, setExit: (code: ExitCode) => void, args: readonly string[]): Command {
  const program = new Command('rkpi')
    .description('Recruitment KPIs from ATS, finance and time-sheet CSV exports.')
    .version('0.1.0')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => proc.stdout.write(text),
      writeErr: (text) => proc.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'rkpi: ')),
      getOutHelpWidth: () => proc.stdout.columns ?? 80,
      getErrHelpWidth: () => proc.stderr.columns ?? 80,
      // rkpi's help has no colour: whether a stream has colours only decides whether commander
      // strips escapes from the help, which has none. Its default asks process.stdout, which
      // makes the stream that src/cli/fd-output.ts spares a run writing to a pipe.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .exitOverride();
  const context = { proc, setExit };
  for (const name of commandsFor(args)) COMMANDS[name]?.(program, context);
  refuseRepeatedOptions(program);
  return program;
}
