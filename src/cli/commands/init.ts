import { type Command, Option } from 'commander';
import { type CommandContext, examples } from '../command-context.js';

export function registerInit(program: Command, { proc, setExit }: CommandContext): void {
  program
    .command('init')
    .summary('write a starter config and template CSV files')
    .description('Write rkpi.config.json (with example targets) and template hires, costs, hours, applications and rankings files with every column.')
    .argument('[folder]', 'where to write them (default: this folder)')
    .option('--force', 'overwrite files that exist')
    .addOption(new Option('--lang <lang>', 'nl: Dutch headers, saved as Dutch Excel saves CSV').choices(['en', 'nl']))
    .addHelpText('before', examples('rkpi init', 'rkpi init recruitment-2025 --lang nl'))
    .action(async (folder: string | undefined, flags) => {
      const { initCommand } = await import('../init-command.js');
      setExit(await initCommand(folder, flags, proc));
    });
}
