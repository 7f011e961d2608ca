import { wantsColour } from '../render/colour.js';
import type { Lang } from '../render/format.js';
import type { OutputFormat, RenderOptions } from '../render/renderers.js';
import { formatFromPath } from './output.js';
import type { Proc } from './proc.js';

/** The output flags, as commander hands them to an action. */
export interface OutputFlags {
  readonly format?: OutputFormat;
  readonly output?: string;
  readonly color: boolean;
  readonly chart: boolean;
  readonly excel?: boolean;
  readonly wide?: boolean;
}

/** Render options from the output flags and the language. */
export function renderOptions(flags: OutputFlags, lang: Lang, proc: Proc): RenderOptions {
  const toTerminal = flags.output === undefined || flags.output === '-';
  const colour = wantsColour({ flag: flags.color, env: proc.env, isTTY: toTerminal && proc.stdout.isTTY === true });
  return { colour, lang, charts: flags.chart, csv: { excel: flags.excel === true, wide: flags.wide === true } };
}

/** The format: --format, else the -o file's extension, else the table view. */
export function formatOf(flags: OutputFlags): OutputFormat {
  return flags.format ?? formatFromPath(flags.output) ?? 'table';
}
