import type { Command } from 'commander';
import { OUTPUT_FORMATS } from '../../render/output-formats.js';
import { type CommandContext, examples, withInputOptions, withOutputOptions } from '../command-context.js';

/** The columns `--by` knows by name; any extra column of the hires file works too. */
export const BY_COLUMNS = ['department', 'channel', 'role', 'recruiter', 'hiring_manager', 'location', 'vacancy'] as const;

/**
 * The options of a command that computes a report (`report`, `compare`, `value`): the files and
 * what to compute over them, then how to read the files and how to print. `value` computes one
 * figure for the whole period from the hires, costs and hours, so it leaves out `--by` and
 * `--applications`.
 */
export function withReportOptions(command: Command, { by = true, applications = true }: { by?: boolean; applications?: boolean } = {}): Command {
  return withInputOptions(withOutputOptions(withComputeOptions(command, by, applications), OUTPUT_FORMATS));
}

function withComputeOptions(command: Command, by: boolean, applications: boolean): Command {
  const inputs = command.option('--costs <file>', 'costs file (CSV)').option('--hours <file>', 'hours file (CSV)');
  const files = (
    applications
      ? inputs.option('--applications <file>', 'applications file (CSV, a row per application or per stage); without a hires file, its hired applications are the hires')
      : inputs
  )
    .option('--demo', 'run on the bundled demo data')
    .option(
      '--as-of <date>',
      'date on which first years (attrition, quality of hire) are judged; open vacancies are counted at the period end, or on this date if earlier (default: today)',
    )
    .option('--business-days', 'count durations in working days (Mon–Fri minus config holidays)');
  return (by ? files.option('--by <column>', `KPIs per group: ${BY_COLUMNS.join(', ')} (or the header the config maps to it), or another column of the hires file`) : files)
    .option('--skip-invalid', 'compute on the valid rows; rejected rows are listed and counted');
}

export function registerReport(program: Command, { proc, setExit }: CommandContext): void {
  const command = program
    .command('report')
    .summary('compute the KPIs of the hires, costs and hours files')
    .description('Compute cost per hire, time to fill, quality of hire and the other KPIs for one period.')
    .argument('[hires]', 'hires file (CSV, - for stdin); may be left out with --applications')
    .option('-p, --period <period>', 'period: 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-06-30 (default: all data)');
  withReportOptions(command)
    .addHelpText(
      'before',
      examples(
        'rkpi report --demo',
        'rkpi report --demo --by department -o report.html',
        'rkpi report hires.csv --costs costs.csv --hours hours.csv',
        'rkpi report hires.csv --costs costs.csv --hours hours.csv --period 2025-Q3 --by department',
        'rkpi report hires.csv --applications applications.csv --costs costs.csv --period 2025',
        'rkpi report --applications candidates.csv',
        'rkpi report hires.csv --costs costs.csv --period 2025 --format json -o nulmeting-2025.json',
        'rkpi report export.csv --date-format mdy --decimal . --skip-invalid',
      ),
    )
    .action(async (hires: string | undefined, flags) => {
      const { reportCommand } = await import('../report-command.js');
      setExit(await reportCommand(hires, flags, proc));
    });
}
