import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { fileError } from './file-error.js';
import { isLargeInput, keepHeapGrowthLow } from './heap-growth.js';

/**
 * 64 KB reads, the size csv-parse is fed in (see readCsvBatches). Reads of 1 MB left the C heap
 * fragmented: a million-row report peaked 40 MB higher.
 */
export const READ_CHUNK_BYTES = 1 << 16;

export interface OpenedInput {
  /** The name messages use: the path as given, or `stdin` for `-`. */
  readonly fileName: string;
  readonly chunks: AsyncIterable<Buffer>;
  /** The file's size in bytes; undefined for standard input, a pipe or a device. */
  readonly bytes?: number;
}

/** Where relative paths start, and standard input: the process, or a test's stand-in. */
export interface InputPlace {
  cwd(): string;
  /** Read only for `-`: process.stdin makes a stream when first asked for (a few ms of start-up). */
  readonly stdin: AsyncIterable<Buffer>;
}

/** Reads a stream, turning a system error while reading (EIO, …) into a message naming the file. */
async function* readGuarded(chunks: AsyncIterable<Buffer>, path: string, option: string): AsyncGenerator<Buffer> {
  try {
    yield* chunks;
  } catch (error) {
    throw fileError(error, 'read', path, option);
  }
}

/**
 * A small file read whole, in one chunk, and closed. A stream's first use costs a short run some
 * 7 ms of CPU (Node loads and runs its file-stream code cold), more than reading a few files
 * takes; a large file is streamed, so that it is never held whole.
 */
async function* readWhole(fd: number, path: string, option: string): AsyncGenerator<Buffer> {
  try {
    yield readFileSync(fd);
  } catch (error) {
    throw fileError(error, 'read', path, option);
  } finally {
    closeSync(fd);
  }
}

/** The file opened for reading; a missing one is a usage error naming the option it was given to. */
function openFile(full: string, path: string, option: string): number {
  try {
    return openSync(full, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(`${option}: file not found: ${path}`, 'check the path; relative paths start in the current folder');
    }
    throw fileError(error, 'read', path, option);
  }
}

/**
 * Opens an input file for streaming, or standard input for `-`. The file is opened here, so that
 * a file rkpi may not read (EACCES) is a message before any reading starts, not an unhandled
 * stream error later. A missing path or a folder is a usage error (exit 2) that names the option
 * it was given to; a file the system refuses is exit 74 (see fileError). A small file is read whole
 * (readWhole); a large one, a pipe or standard input is streamed, and first makes the heap grow
 * slowly (keepHeapGrowthLow). Opening and reading whole use Node's synchronous calls: rkpi has
 * nothing else to do meanwhile, and the first asynchronous call starts libuv's thread pool, some
 * 3 ms of a short run's CPU.
 */
export async function openInput(path: string, option: string, place: InputPlace): Promise<OpenedInput> {
  if (path === '-') {
    await keepHeapGrowthLow();
    return { fileName: 'stdin', chunks: place.stdin };
  }
  const full = resolve(place.cwd(), path);
  const fd = openFile(full, path, option);
  const info = fstatSync(fd);
  if (info.isDirectory()) {
    closeSync(fd);
    throw new UsageError(`${option}: ${path} is a folder, not a CSV file`, 'name the CSV file inside it');
  }
  if (info.isFile() && !isLargeInput(info.size)) return { fileName: path, chunks: readWhole(fd, path, option), bytes: info.size };
  // A large file, or a pipe or device, whose size is not known.
  await keepHeapGrowthLow();
  const chunks = readGuarded(createReadStream(full, { fd, highWaterMark: READ_CHUNK_BYTES }), path, option);
  return info.isFile() ? { fileName: path, chunks, bytes: info.size } : { fileName: path, chunks };
}
