import { randomBytes } from 'node:crypto';
import { type Stats, unlinkSync } from 'node:fs';
import { access, constants, type FileHandle, lstat, open, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { FileAccessError, UsageError } from '../errors.js';
import { fileError } from '../io/file-error.js';
import { identityOf, type Protected } from './protected-files.js';
import { inPieces, type Text } from './write-pieces.js';

export interface WriteTarget {
  /** How messages name the file, e.g. `-o report.csv`. */
  readonly label: string;
  /** The file as the user wrote it. */
  readonly name: string;
  readonly protect: Protected;
}

const absent = (error: unknown): null => {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
  throw error;
};

/**
 * The new file a path names: every symbolic link followed, also one to a file that does not exist
 * yet, as a shell `>` follows it. Forty links deep is a loop, as the kernel says (ELOOP).
 */
async function resolveLinks(path: string): Promise<string> {
  let current = path;
  for (let hops = 0; hops < 40; hops += 1) {
    const info = await lstat(current).catch(absent);
    if (info === null || !info.isSymbolicLink()) return current;
    current = resolve(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: 'ELOOP' });
}

/** Temporary files being written, removed when an interrupt ends the process halfway. */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removePendingAndDie(signal: NodeJS.Signals): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // already gone: nothing left behind
    }
  }
  pending.clear();
  for (const name of SIGNALS) process.removeListener(name, removePendingAndDie);
  // Without a listener the signal ends the process the usual way (exit 130 for SIGINT).
  process.kill(process.pid, signal);
}

function track(path: string): void {
  if (pending.size === 0) for (const name of SIGNALS) process.on(name, removePendingAndDie);
  pending.add(path);
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) for (const name of SIGNALS) process.removeListener(name, removePendingAndDie);
}

interface Temporary {
  readonly path: string;
  readonly handle: FileHandle;
}

/**
 * A new file beside the target, created exclusively (a link planted in its name is not followed)
 * and private until it has the mode of the file it replaces; removed on an interrupt.
 */
async function temporaryBeside(path: string, replaced: Stats | null): Promise<Temporary> {
  const temporary = join(dirname(path), `.${basename(path).slice(0, 80)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Tracked before it exists: an interrupt may come while the file is made and the promise not yet settled.
  track(temporary);
  try {
    return { path: temporary, handle: await open(temporary, 'wx', replaced ? 0o600 : 0o666) };
  } catch (error) {
    untrack(temporary);
    throw error;
  }
}

/**
 * Fills the temporary file and renames it over the target, so a failure halfway never leaves the
 * target half written; it gets the mode (and, for root, the owner) of the file it replaces. The
 * temporary file is removed on any failure.
 */
async function replaceWith(temporary: Temporary, path: string, text: Text, replaced: Stats | null): Promise<void> {
  const { handle } = temporary;
  try {
    try {
      // fs's writeFile, not the handle's own: its types take pieces, which it writes one after the other.
      await writeFile(handle, text, 'utf8');
      if (replaced) {
        if (process.getuid?.() === 0) await handle.chown(replaced.uid, replaced.gid);
        await handle.chmod(replaced.mode & 0o7777);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary.path, path);
  } catch (error) {
    await rm(temporary.path, { force: true });
    throw error;
  } finally {
    untrack(temporary.path);
  }
}

/** A folder that refuses a new file beside one the user may write to: that file is written in place. */
const NOTHING_BESIDE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOENT']);

const isFolder = (path: string): Promise<boolean> => stat(path).then((info) => info.isDirectory(), () => false);

/**
 * Writes a result file as a shell `>` would, without ever losing a file:
 * - symbolic links are followed: the file they point to is written, the link stays;
 * - a file the run reads (by device and inode, so also through a link or a second hard link) is
 *   refused, as is a folder;
 * - a regular file (or a new name) is written to a temporary file that is renamed over it;
 * - anything else (a FIFO, /dev/stdout, /dev/full, a terminal) and a file with several hard links
 *   is written in place, as `>` writes it; a FIFO waits for its reader as `>` does;
 * - a file the user may not write to is refused (access(2), W_OK: root may write a read-only file,
 *   as `>` lets root; nobody may write to a read-only file system);
 * - a file the user may write to in a folder that takes no new file is written in place.
 * A text in pieces is written 1 MB at a time as the pieces are made (see inPieces).
 */
export async function writeFileSafely(path: string, result: Text, target: WriteTarget): Promise<void> {
  const text = typeof result === 'string' ? result : inPieces(result);
  try {
    // stat follows every link, /dev/stdout's magic link into /proc/self/fd too, as open does.
    const info = await stat(path).catch(absent);
    const input = info === null ? undefined : target.protect.get(identityOf(info));
    if (input !== undefined) {
      const which = input.path === path ? '' : ` (${input.name})`;
      throw new UsageError(`${target.label} would overwrite an input file${which}`, 'write the result to another file');
    }
    if (info?.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
    if (info !== null) await access(path, constants.W_OK);
    if (info !== null && (!info.isFile() || info.nlink > 1)) {
      await writeFile(path, text, 'utf8');
      return;
    }
    // The rename goes where the links end: beside the file itself, or the new file a link names.
    const final = info === null ? await resolveLinks(path) : await realpath(path);
    const temporary = await temporaryBeside(final, info).catch(async (error: NodeJS.ErrnoException) => {
      if (info !== null && NOTHING_BESIDE.has(error.code ?? '')) return null;
      // The folder is there, so ENOENT is a file system that makes no files (/proc, /sys).
      if (error.code === 'ENOENT' && (await isFolder(dirname(final)))) {
        throw new FileAccessError(`cannot write ${target.name}: the file system there makes no new files`, 'write to a folder on an ordinary disk');
      }
      throw error;
    });
    if (temporary === null) await writeFile(path, text, 'utf8');
    else await replaceWith(temporary, final, text, info);
  } catch (error) {
    throw fileError(error, 'write', target.name);
  }
}

