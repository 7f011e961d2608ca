import { type Command, Option } from 'commander';
import type { ExitCode } from '../errors.js';
import type { Proc } from './proc.js';

/** What a command's registration needs: the process and where to put its exit code. */
export interface CommandContext {
  readonly proc: Proc;
  readonly setExit: (code: ExitCode) => void;
}

/** Options every command that reads CSV files takes. */
export function withInputOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file (default: rkpi.config.json in this folder, if there is one)')
    .option('--currency <code>', 'the one currency of this run (default: config, else EUR)')
    .addOption(new Option('--date-format <order>', 'how to read ambiguous dates such as 03-04-2025').choices(['dmy', 'mdy']))
    .addOption(new Option('--decimal <mark>', 'the decimal mark of ambiguous numbers such as 1.250').choices([',', '.']))
    .option('--delimiter <char>', 'field delimiter: , ; tab | (default: sniffed from the header)')
    .addOption(new Option('--encoding <name>', 'file encoding (default: UTF-8, else Windows-1252)').choices(['auto', 'utf-8', 'windows-1252']))
    .addOption(new Option('--lang <lang>', 'language of the output and messages: words, number formats, defaults (default: config, then LANG)').choices(['en', 'nl']))
    .option('--no-color', 'no colour, also when writing to a terminal')
    .option('--debug', 'show the stack of an internal error');
}

/** How a command's result is written: the format, a file, charts. */
export function withOutputOptions(command: Command, formats: readonly string[]): Command {
  return command
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o file name, else table)').choices([...formats]))
    .option('-o, --output <file>', 'write the result to a file instead of stdout')
    .option('--no-chart', 'no bars in the table view')
    .option('--excel', 'CSV that Dutch Excel opens directly: BOM, ; and a decimal comma')
    .option('--wide', 'CSV of the main table, one row per group, instead of one row per figure');
}

/** Help text that leads a command's --help: one example a line. */
export function examples(...lines: string[]): string {
  return `Examples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}
