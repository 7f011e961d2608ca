import type { Command } from 'commander';
import { type CommandContext, examples } from '../command-context.js';
import { withReportOptions } from './report.js';

export function registerValue(program: Command, { proc, setExit }: CommandContext): void {
  const command = program
    .command('value')
    .summary('the value of recruitment: (Resultaat + Proces) / (Kosten + Inspanning) against targets')
    .description(
      'Compute (Resultaat + Proces) / (Kosten + Inspanning) and the 0–100 scorecard of the six performance areas for one period, ' +
        "from the report's KPIs and the config's targets, weights and tolerance.",
    )
    .argument('[hires]', 'hires file (CSV, - for stdin)')
    .option('-p, --period <period>', 'period: 2025, 2025-H1, 2025-Q3, 2025-07 or 2025-01-01..2025-06-30 (default: all data)')
    .option('--scores <file>', 'actual values per area (CSV with columns area, actual), e.g. survey scores; they override the KPIs');
  withReportOptions(command, { by: false, applications: false })
    .addHelpText(
      'before',
      examples(
        'rkpi value --demo --period 2025',
        'rkpi value hires.csv --costs costs.csv --hours hours.csv --period 2025',
        'rkpi value hires.csv --costs costs.csv --hours hours.csv --scores scores.csv --format json -o value-2025.json',
      ),
    )
    .action(async (hires: string | undefined, flags) => {
      const { valueCommand } = await import('../value-command.js');
      setExit(await valueCommand(hires, flags, proc));
    });
}
