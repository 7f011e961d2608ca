import type { Command } from 'commander';
import { type CommandContext, examples } from '../command-context.js';
import { withReportOptions } from './report.js';

export function registerCompare(program: Command, { proc, setExit }: CommandContext): void {
  const command = program
    .command('compare')
    .summary('compare a nulmeting (baseline) with a later measurement')
    .description(
      'Compare two saved reports (BASELINE.json CURRENT.json), or compute both periods from the same files with --baseline and --current.',
    )
    .argument('[files...]', 'two snapshots saved with rkpi report --format json, or one hires file with --baseline/--current')
    .option('--baseline <period>', 'baseline period, computed from the input files (e.g. 2024 or 2024-Q1)')
    .option('--current <period>', 'current period, computed from the same files (e.g. 2025 or 2025-Q1)')
    .option('--confidence <level>', 'level in percent of the intervals that tell a change from noise (default: 90)');
  withReportOptions(command)
    .addHelpText(
      'before',
      examples(
        'rkpi report hires.csv --costs costs.csv --hours hours.csv --period 2024 -o nulmeting-2024.json',
        'rkpi compare nulmeting-2024.json report-2025.json',
        'rkpi compare --baseline 2024 --current 2025 hires.csv --costs costs.csv --hours hours.csv',
        'rkpi compare --baseline 2024-Q1 --current 2025-Q1 --demo --by department',
        'rkpi compare nulmeting-2024.json report-2025.json -o nulmeting.html',
        'rkpi compare nulmeting-2024.json report-2025.json --confidence 95',
      ),
    )
    .action(async (files: string[], flags) => {
      const { compareCommand } = await import('../compare-command.js');
      setExit(await compareCommand(files, flags, proc));
    });
}
