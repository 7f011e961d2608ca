import type { InputSummary } from '../io/load-inputs.js';
import type { Formatter } from './format.js';
import type { Messages } from './i18n.js';

/**
 * What was read, file by file, for the line under a report or value view.
 *
 * @example inputsLine([hires], f, MESSAGES.en) // 'hires.csv 1 row (1 accepted, 0 rejected)'
 */
export function inputsLine(inputs: readonly Omit<InputSummary, 'sha256'>[], f: Formatter, m: Messages): string {
  const w = m.words;
  return inputs
    .map((input) => `${input.file} ${m.counts.rows(input.rows, f.number(input.rows))} (${f.number(input.accepted)} ${w.accepted}, ${f.number(input.rejected)} ${w.rejected})`)
    .join('; ');
}
