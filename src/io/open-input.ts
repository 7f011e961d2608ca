import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * 64 KB reads, the size csv-parse is fed in (see readCsvBatches). Reads of 1 MB left the C heap
 * fragmented: a million-row report peaked 40 MB higher.
 */
export const READ_CHUNK_BYTES = 1 << 16;

export interface OpenedInput {
  /** The name messages use: the path as given, or `stdin` for `-`. */
  readonly fileName: string;
  readonly chunks: AsyncIterable<Buffer>;
}

/** Where relative paths start, and standard input: the process, or a test's stand-in. */
export interface InputPlace {
  cwd(): string;
  /** Read only for `-`: process.stdin makes a stream when first asked for (a few ms of start-up). */
  readonly stdin: AsyncIterable<Buffer>;
}

/**
 * Opens an input file for streaming, or standard input for `-`. A missing path or a folder is a
 * usage error (exit 2) that names the option it was given to.
 */
export async function openInput(path: string, option: string, place: InputPlace): Promise<OpenedInput> {
  if (path === '-') return { fileName: 'stdin', chunks: place.stdin };
  const full = resolve(place.cwd(), path);
  const info = await stat(full).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new UsageError(`${option}: file not found: ${path}`, 'check the path; relative paths start in the current folder');
    if (error.code === 'EACCES') throw new UsageError(`${option}: no permission to read ${path}`);
    throw error;
  });
  if (info.isDirectory()) throw new UsageError(`${option}: ${path} is a folder, not a CSV file`, 'name the CSV file inside it');
  return { fileName: path, chunks: createReadStream(full, { highWaterMark: READ_CHUNK_BYTES }) };
}
