import { createReadStream } from 'node:fs';

/**
 * A small text file (a config, a snapshot) read whole as UTF-8, but never more than `maxBytes`:
 * `--config /dev/zero` would otherwise fill the memory. System errors are thrown as Node gives
 * them, for the caller to name the file (see fileError).
 */
export async function readTextFile(path: string, maxBytes: number, tooLarge: () => Error): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
}
