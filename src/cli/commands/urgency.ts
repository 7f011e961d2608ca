import { type Command, Option } from 'commander';
import { type CommandContext, examples, withInputOptions } from '../command-context.js';

/** The formats of the urgency page: one page, so no CSV of tables. */
export const URGENCY_FORMATS = ['table', 'json', 'md', 'html'] as const;

export function registerUrgency(program: Command, { proc, setExit }: CommandContext): void {
  const command = program
    .command('urgency')
    .summary('the case for speed: open vacancies, who waits for feedback, availability and drop-out')
    .description(
      'One page for a hiring manager, a vacancy or everyone, on the as-of date: their open vacancies with days open and cost so far, ' +
        'the candidates waiting for their feedback, their feedback times against the agreement, and how long candidates stay available ' +
        'and how many drop out after waiting; each point as one plain sentence.',
    )
    .argument('[hires]', 'hires file (CSV, - for stdin), for the open vacancies; may be left out: the applications file then gives them')
    .option('--applications <file>', 'applications file (CSV, a row per application or per stage)')
    .option('--manager <name>', 'the page of one hiring manager (the hiring_manager column)')
    .option('--vacancy <id>', 'the page of one vacancy (the vacancy_id column)')
    .option('-p, --period <period>', 'period of the feedback times, availability and drop-out: 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-06-30 (default: the twelve months up to the as-of date)')
    .option('--as-of <date>', 'the day the page is about: what is open and who is waiting (default: today)')
    .option('--demo', 'run on the bundled demo data')
    .option('--skip-invalid', 'compute on the valid rows; rejected rows are listed and counted')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o file name, else table)').choices([...URGENCY_FORMATS]))
    .option('-o, --output <file>', 'write the page to a file instead of stdout')
    .option('--no-chart', 'no bars in the table view, no charts in HTML');
  withInputOptions(command)
    .addHelpText(
      'before',
      examples(
        'rkpi urgency --demo --manager "Willem van den Berg" --as-of 2025-12-31',
        'rkpi urgency --demo --as-of 2025-12-31 -o urgency.html',
        'rkpi urgency hires.csv --applications applications.csv --manager "Rob Mulder"',
        'rkpi urgency --applications applications.csv --vacancy VAC-2025-073 --format md',
      ),
    )
    .action(async (hires: string | undefined, flags) => {
      const { urgencyCommand } = await import('../urgency-command.js');
      setExit(await urgencyCommand(hires, flags, proc));
    });
}
