import { type Command, Option } from 'commander';
import { WEIGHT_METHODS } from '../../core/value/weight-methods.js';
import { OUTPUT_FORMATS } from '../../render/output-formats.js';
import { type CommandContext, examples, withOutputOptions } from '../command-context.js';

export function registerWeights(program: Command, { proc, setExit }: CommandContext): void {
  const command = program
    .command('weights')
    .summary("turn the stakeholders' rankings of the six areas into weights")
    .description(
      'Turn stakeholders\' rankings of the six performance areas (1 = most important) into weights, with the ' +
        "consensus order, the top 3, Kendall's W and each group's weights side by side.",
    )
    .argument('<rankings>', 'rankings file (CSV): stakeholder, optional group, and a rank 1–6 per area')
    .addOption(new Option('--method <method>', 'rank weights: rank-order centroid, rank sum or reciprocal').choices([...WEIGHT_METHODS]).default('roc'))
    .option('--balance-groups', 'give every group an equal say, whatever its number of stakeholders')
    .option('--write', 'store the weights in the config file (keeping its other keys)')
    .option('-c, --config <file>', 'config file to read and, with --write, to write (default: rkpi.config.json in this folder)')
    .option('--delimiter <char>', 'field delimiter: , ; tab | (default: sniffed from the header)')
    .addOption(new Option('--encoding <name>', 'file encoding (default: UTF-8, else Windows-1252)').choices(['auto', 'utf-8', 'windows-1252']))
    .addOption(new Option('--lang <lang>', 'language of labels and number formats (default: config, then LANG)').choices(['en', 'nl']))
    .option('--no-color', 'no colour, also when writing to a terminal')
    .option('--debug', 'show the stack of an internal error');
  withOutputOptions(command, OUTPUT_FORMATS)
    .addHelpText(
      'before',
      examples(
        'rkpi weights rankings.csv',
        'rkpi weights rankings.csv --balance-groups --write',
        'rkpi weights rankings.csv --method rank-sum --format json -o weights.json',
      ),
    )
    .action(async (rankings: string, flags) => {
      const { weightsCommand } = await import('../weights-command.js');
      setExit(await weightsCommand(rankings, flags, proc));
    });
}
