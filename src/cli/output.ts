import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { OutputFormat } from '../render/renderers.js';
import type { OutStream } from './proc.js';

/** Output formats by file extension, for `-o FILE` without `--format`. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, OutputFormat>> = { '.json': 'json', '.txt': 'table', '.md': 'md', '.csv': 'csv', '.html': 'html', '.htm': 'html' };

export function formatFromPath(path: string | undefined): OutputFormat | null {
  if (path === undefined) return null;
  const match = /\.[^./\\]+$/.exec(path);
  return match ? (FORMAT_BY_EXTENSION[match[0].toLowerCase()] ?? null) : null;
}

/**
 * Writes the result to stdout, or to a file: atomically (a temporary file renamed into place) and
 * never over one of the inputs.
 */
export async function writeResult(
  text: string,
  output: string | undefined,
  context: { cwd: string; stdout: OutStream; inputs: readonly string[] },
): Promise<void> {
  if (output === undefined || output === '-') {
    context.stdout.write(text);
    return;
  }
  const target = resolve(context.cwd, output);
  if (context.inputs.some((input) => input !== '-' && resolve(context.cwd, input) === target)) {
    throw new UsageError(`-o ${output} would overwrite an input file`, 'write the result to another file');
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      throw new UsageError(`cannot write ${output} (${code})`, 'check that the folder exists and is writable');
    }
    throw error;
  }
}
