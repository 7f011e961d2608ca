import { fstatSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { OutputFormat } from '../render/renderers.js';
import { OUTPUT_FORMATS } from '../render/output-formats.js';
import type { OutStream } from './proc.js';
import { identityOf, type Protected, writeFileSafely } from './write-file.js';
import { type Text, writeInPieces } from './write-pieces.js';

/** Output formats by file extension, for `-o FILE` without `--format`. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, OutputFormat>> = { '.json': 'json', '.txt': 'table', '.md': 'md', '.csv': 'csv', '.html': 'html', '.htm': 'html' };

/**
 * The format a `-o` file name asks for: by its extension, the table view for a name without one,
 * null without a file. Any other extension (`.xlsx`, `.pdf`) is refused: rkpi would write a table
 * that the program for that extension cannot open.
 *
 * @example formatFromPath('nulmeting-2025.json') // 'json'
 */
export function formatFromPath(path: string | undefined): OutputFormat | null {
  if (path === undefined || path === '-') return null;
  const extension = extname(path).toLowerCase();
  if (extension === '' || extension === '.') return 'table';
  const format = FORMAT_BY_EXTENSION[extension];
  if (format !== undefined) return format;
  throw new UsageError(
    `-o ${path}: rkpi does not write ${extension} files`,
    `end the name in ${Object.keys(FORMAT_BY_EXTENSION).join(', ')}, or pass --format (${OUTPUT_FORMATS.join(', ')}) to write that format under this name`,
  );
}

/** Where the run's files are, and its standard input (read only when an input is `-`). */
export interface FilePlace {
  cwd(): string;
  readonly stdin: AsyncIterable<Buffer>;
}

/** Standard input's file, when it is one (`rkpi report - < hires.csv`). */
function stdinStats(place: FilePlace): Stats | null {
  const fd = (place.stdin as { fd?: unknown }).fd;
  return typeof fd === 'number' ? fstatSync(fd) : null;
}

/**
 * The identities of the files a run reads: a result written over one of them by another name, a
 * link or a hard link would destroy it. A file that does not exist (a config that is optional)
 * cannot be overwritten and is left out.
 */
export async function protectedFiles(inputs: readonly string[], place: FilePlace): Promise<Protected> {
  const identities = new Map<string, { name: string; path: string }>();
  for (const input of inputs) {
    const path = resolve(place.cwd(), input);
    const info = await (input === '-' ? Promise.resolve(stdinStats(place)) : stat(path)).catch(() => null);
    const shown = relative(place.cwd(), path);
    const name = input === '-' ? 'stdin' : shown.startsWith('..') || isAbsolute(shown) ? path : shown;
    if (info !== null && !identities.has(identityOf(info))) identities.set(identityOf(info), { name, path });
  }
  return identities;
}

/**
 * Writes the result to stdout, or to a file as writeFileSafely does, never over one of the inputs
 * or the config of the run. Pieces are written as they come, 1 MB at a time.
 */
export async function writeResult(
  text: Text,
  output: string | undefined,
  context: { place: FilePlace; stdout: OutStream; inputs: readonly string[] },
): Promise<void> {
  if (output === undefined || output === '-') {
    await writeInPieces(context.stdout, text);
    return;
  }
  const protect = await protectedFiles(context.inputs, context.place);
  await writeFileSafely(resolve(context.place.cwd(), output), text, { label: `-o ${output}`, name: output, protect });
}
