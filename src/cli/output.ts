import { extname, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { OutputFormat } from '../render/renderers.js';
import { OUTPUT_FORMATS } from '../render/output-formats.js';
import type { OutStream } from './proc.js';
import { type FilePlace, protectedFiles } from './protected-files.js';
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
  // Loaded only to write a file: it brings node:fs/promises and node:crypto.
  const { writeFileSafely } = await import('./write-file.js');
  const protect = await protectedFiles(context.inputs, context.place);
  await writeFileSafely(resolve(context.place.cwd(), output), text, { label: `-o ${output}`, name: output, protect });
}
