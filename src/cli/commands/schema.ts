import { Argument, type Command } from 'commander';
import { EXIT } from '../../errors.js';
import { type CommandContext, examples } from '../command-context.js';

/** Kept here as plain names so --help does not load zod; checked against the schemas by a test. */
export const SCHEMA_NAMES = ['report', 'compare', 'weights', 'value', 'urgency'] as const;

export function registerSchema(program: Command, { proc, setExit }: CommandContext): void {
  program
    .command('schema')
    .summary("print the JSON Schema of a command's --format json")
    .description('Print the JSON Schema (draft 2020-12) that the JSON output of a command follows.')
    .addArgument(new Argument('<command>', 'the command whose output it describes').choices([...SCHEMA_NAMES]))
    .addHelpText('before', examples('rkpi schema report > report.schema.json', 'rkpi schema compare'))
    .action(async (command: (typeof SCHEMA_NAMES)[number]) => {
      const { jsonSchemaOf } = await import('../../render/schemas/index.js');
      proc.stdout.write(`${JSON.stringify(jsonSchemaOf(command), null, 2)}\n`);
      setExit(EXIT.ok);
    });
}
