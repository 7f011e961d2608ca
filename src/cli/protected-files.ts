import { fstatSync, type Stats, stat } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

/** The identity of a file, whatever name or link it is reached by: device and inode. */
export const identityOf = (info: Stats): string => `${info.dev}:${info.ino}`;

/** Files a write must leave alone, by identity: the name each was given as, and its full path. */
export type Protected = ReadonlyMap<string, { readonly name: string; readonly path: string }>;

/** Where the run's files are, and its standard input (read only when an input is `-`). */
export interface FilePlace {
  cwd(): string;
  readonly stdin: AsyncIterable<Buffer>;
}

/**
 * Standard input's file, when it is one (`rkpi report - < hires.csv`); null when the system
 * cannot tell, as for a file that stat refuses.
 */
function stdinStats(place: FilePlace): Stats | null {
  const fd = (place.stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return null;
  try {
    return fstatSync(fd);
  } catch {
    return null;
  }
}

/**
 * The identities of the files a run reads: a result written over one of them by another name, a
 * link or a hard link would destroy it. A file that does not exist (a config that is optional)
 * cannot be overwritten and is left out. (node:fs, not node:fs/promises: that module costs a
 * short run some 2 ms to load, and a report to standard output needs nothing else of it.)
 */
export async function protectedFiles(inputs: readonly string[], place: FilePlace): Promise<Protected> {
  const identities = new Map<string, { name: string; path: string }>();
  for (const input of inputs) {
    const path = resolve(place.cwd(), input);
    const info = await (input === '-' ? Promise.resolve(stdinStats(place)) : promisify(stat)(path)).catch(() => null);
    const shown = relative(place.cwd(), path);
    const name = input === '-' ? 'stdin' : shown.startsWith('..') || isAbsolute(shown) ? path : shown;
    if (info !== null && !identities.has(identityOf(info))) identities.set(identityOf(info), { name, path });
  }
  return identities;
}
