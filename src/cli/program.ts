import { Command, Option } from 'commander';
import type { ExitCode } from '../errors.js';
import type { Proc } from './proc.js';

const REPORT_EXAMPLES = `
Examples:
  $ rkpi report --demo
  $ rkpi report hires.csv --costs costs.csv --hours hours.csv
  $ rkpi report hires.csv --costs costs.csv --hours hours.csv --period 2025-Q3 --by department
  $ rkpi report hires.csv --costs costs.csv --period 2025 --format json -o nulmeting-2025.json
  $ rkpi report export.csv --date-format mdy --decimal . --skip-invalid`;

const VALIDATE_EXAMPLES = `
Examples:
  $ rkpi validate hires.csv costs.csv hours.csv
  $ rkpi validate export.csv --config ats.config.json`;

const INIT_EXAMPLES = `
Examples:
  $ rkpi init
  $ rkpi init recruitment-2025 --lang nl`;

/** Options every command that reads CSV files takes. */
function withInputOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file (default: rkpi.config.json in this folder, if there is one)')
    .option('--currency <code>', 'the one currency of this run (default: config, else EUR)')
    .addOption(new Option('--date-format <order>', 'how to read ambiguous dates such as 03-04-2025').choices(['dmy', 'mdy']))
    .addOption(new Option('--decimal <mark>', 'the decimal mark of ambiguous numbers such as 1.250').choices([',', '.']))
    .option('--delimiter <char>', 'field delimiter: , ; tab | (default: sniffed from the header)')
    .addOption(new Option('--encoding <name>', 'file encoding (default: UTF-8, else Windows-1252)').choices(['auto', 'utf-8', 'windows-1252']))
    .addOption(new Option('--lang <lang>', 'language of number formats and defaults (default: config, then LANG)').choices(['en', 'nl']))
    .option('--no-color', 'no colour, also when writing to a terminal')
    .option('--debug', 'show the stack of an internal error');
}

/**
 * The commander program. Each action loads its command module only when it runs, so
 * `rkpi --help` does not pay for csv-parse, zod and the rest. The exit code of the command that
 * ran is handed to `setExit`.
 */
export function buildProgram(proc: Proc, setExit: (code: ExitCode) => void): Command {
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
    })
    .exitOverride();

  withInputOptions(
    program
      .command('report')
      .summary('compute the KPIs of the hires, costs and hours files')
      .description('Compute cost per hire, time to fill, quality of hire and the other KPIs for one period.')
      .argument('[hires]', 'hires file (CSV, - for stdin)')
      .option('--costs <file>', 'costs file (CSV)')
      .option('--hours <file>', 'hours file (CSV)')
      .option('--demo', 'run on the bundled demo data')
      .option('-p, --period <period>', 'period: 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-06-30 (default: all data)')
      .option('--as-of <date>', 'reference date for open vacancies and first years (default: period end, at most today)')
      .option('--business-days', 'count durations in working days (Mon–Fri minus config holidays)')
      .option('--by <column>', 'KPIs per group: department, channel, role, recruiter, hiring_manager, location, vacancy or an extra column')
      .addOption(new Option('-f, --format <format>', 'output format (default: from -o, else table)').choices(['table', 'json']))
      .option('-o, --output <file>', 'write the result to a file instead of stdout')
      .option('--skip-invalid', 'compute on the valid rows; rejected rows are listed and counted'),
  )
    .addHelpText('after', REPORT_EXAMPLES)
    .action(async (hires: string | undefined, flags) => {
      const { reportCommand } = await import('./report-command.js');
      setExit(await reportCommand(hires, flags, proc));
    });

  withInputOptions(
    program
      .command('validate')
      .summary('check input files and list every problem, without computing KPIs')
      .description('Check hires, costs and hours files (each told apart by its header) and list every problem.')
      .argument('<files...>', 'CSV files to check'),
  )
    .addHelpText('after', VALIDATE_EXAMPLES)
    .action(async (files: string[], flags) => {
      const { validateCommand } = await import('./validate-command.js');
      setExit(await validateCommand(files, flags, proc));
    });

  program
    .command('init')
    .summary('write a starter config and template CSV files')
    .description('Write rkpi.config.json and template hires, costs and hours files with every column.')
    .argument('[folder]', 'where to write them (default: this folder)')
    .option('--force', 'overwrite files that exist')
    .addOption(new Option('--lang <lang>', 'nl: Dutch headers, saved as Dutch Excel saves CSV').choices(['en', 'nl']))
    .addHelpText('after', INIT_EXAMPLES)
    .action(async (folder: string | undefined, flags) => {
      const { initCommand } = await import('./init-command.js');
      setExit(await initCommand(folder, flags, proc));
    });

  return program;
}
