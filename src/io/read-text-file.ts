import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from 'node:fs';

/** A stream's text, refused once it passes `maxBytes` (a device such as /dev/zero never ends). */
async function readLimited(fd: number, maxBytes: number, tooLarge: () => Error): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream('', { fd }) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
}

/**
 * A small text file (a config, a snapshot) read whole as UTF-8, but never more than `maxBytes`:
 * `--config /dev/zero` would otherwise fill the memory. A regular file's size is known before it
 * is read, and it is read in one go: a stream's first use costs a short run some 7 ms of CPU.
 * Opened and read with Node's synchronous calls, as the small input files are (open-input.ts).
 * System errors are thrown as Node gives them, for the caller to name the file (see fileError).
 */
export async function readTextFile(path: string, maxBytes: number, tooLarge: () => Error): Promise<string> {
  const fd = openSync(path, 'r');
  let streamed = false;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) {
      streamed = true; // the stream closes the descriptor
      return await readLimited(fd, maxBytes, tooLarge);
    }
    if (info.size > maxBytes) throw tooLarge();
    return readFileSync(fd, 'utf8');
  } finally {
    if (!streamed) closeSync(fd);
  }
}
