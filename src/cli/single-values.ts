import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { shorten } from '../io/problem.js';

/**
 * Makes every option that takes one value refuse a second one. Commander keeps the last, so
 * `--costs a.csv --costs b.csv` read only b.csv, and a.csv's rows were lost without a word; a
 * repeated --period or -o is as likely a mistake. rkpi reads one file per option.
 */
export function refuseRepeatedOptions(program: Command): void {
  for (const command of [program, ...program.commands]) {
    for (const option of command.options) {
      if (!(option.required || option.optional) || option.variadic) continue;
      const parse = option.parseArg;
      let given: string | null = null;
      option.argParser((value: string, previous: unknown) => {
        if (given !== null) {
          const name = option.long ?? option.short ?? option.flags;
          throw new UsageError(`${name} is given twice ("${shorten(given)}" and "${shorten(value)}")`, `give ${name} once: rkpi reads one value of each option, and one file per file option`);
        }
        given = value;
        return parse ? parse(value, previous) : value;
      });
    }
  }
}
