import type { Command } from 'commander';
import { type CommandContext, examples, withInputOptions } from '../command-context.js';

export function registerValidate(program: Command, { proc, setExit }: CommandContext): void {
  withInputOptions(
    program
      .command('validate')
      .summary('check input files and list every problem, without computing KPIs')
      .description('Check hires, costs, hours and applications files (each told apart by its header) and list every problem.')
      .argument('<files...>', 'CSV files to check'),
  )
    .addHelpText('before', examples(
        'rkpi validate hires.csv costs.csv hours.csv',
        'rkpi validate applications.csv stage-history.csv',
        'rkpi validate export.csv --config ats.config.json',
      ),)
    .action(async (files: string[], flags) => {
      const { validateCommand } = await import('../validate-command.js');
      setExit(await validateCommand(files, flags, proc));
    });
}
