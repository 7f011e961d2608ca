import { FileAccessError, UsageError } from '../errors.js';

/** What rkpi was doing with the file when the system refused. */
export type FileAction = 'read' | 'write' | 'create';

interface Cause {
  readonly cause: string;
  readonly hint: string | null;
  /** The name given is wrong (exit 2), or the file exists and the system refused it (exit 74). */
  readonly wrongName: boolean;
}

const PATH_HINT = 'check the path; relative paths start in the current folder';

/**
 * Node's system error codes that are the user's file system, not a bug in rkpi, each with the
 * cause a message names. Any other code is re-thrown as the bug it probably is.
 */
const CAUSES: Readonly<Record<string, Cause>> = {
  ENOENT: { cause: 'no such file or folder', hint: PATH_HINT, wrongName: true },
  ENOTDIR: { cause: 'a part of the path is a file, not a folder', hint: PATH_HINT, wrongName: true },
  EISDIR: { cause: 'it is a folder', hint: 'name a file inside it', wrongName: true },
  ENAMETOOLONG: { cause: 'the name is too long', hint: 'use a shorter name', wrongName: true },
  ELOOP: { cause: 'its symbolic links go round in a loop', hint: 'mend the link', wrongName: true },
  EACCES: { cause: 'permission denied', hint: 'check the permissions of the file and its folder (ls -l)', wrongName: false },
  EPERM: { cause: 'operation not permitted', hint: 'check the permissions of the file and its folder (ls -l)', wrongName: false },
  EROFS: { cause: 'the file system is read-only', hint: 'write to a folder on another disk', wrongName: false },
  ENOSPC: { cause: 'no space left on the device', hint: 'free some space, or write to another disk', wrongName: false },
  EDQUOT: { cause: 'the disk quota is used up', hint: 'free some space, or write to another disk', wrongName: false },
  EFBIG: { cause: 'the file would be too large for its file system', hint: 'write to another disk', wrongName: false },
  EPIPE: { cause: 'the program reading it closed the pipe before the end', hint: 'keep the reader open to the end', wrongName: false },
  ENXIO: { cause: 'no such device or address (a socket, say, cannot be opened as a file)', hint: 'write to a file, or leave out -o to write to standard output', wrongName: false },
  EBUSY: { cause: 'the file is busy (locked or in use by another program)', hint: 'close it in the other program (Excel locks open files) and run again', wrongName: false },
  ETXTBSY: { cause: 'the file is busy (in use by another program)', hint: 'close it in the other program and run again', wrongName: false },
  EIO: { cause: 'an input/output error (a failing disk or network share)', hint: 'copy the file to a local disk and run again', wrongName: false },
  EMFILE: { cause: 'too many files are open', hint: 'close other programs and run again', wrongName: false },
  ENFILE: { cause: 'too many files are open', hint: 'close other programs and run again', wrongName: false },
};

/** The Node error code of a system error, or null for anything else. */
export function systemErrorCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code in CAUSES ? code : null;
}

/**
 * A system error (EACCES, ENOSPC, …) as a one-line user error naming the file and the cause:
 * exit 2 when the name is wrong (ENOENT, ENOTDIR, EISDIR), 74 when the system refused a file that
 * exists. Any other error is returned as it was, to be thrown on: a bug is not hidden behind a
 * file message.
 *
 * @example throw fileError(Object.assign(new Error(), { code: 'EACCES' }), 'read', 'costs.csv')
 * // rkpi: cannot read costs.csv: permission denied (exit 74)
 */
export function fileError(error: unknown, action: FileAction, file: string, option: string | null = null): unknown {
  const code = systemErrorCode(error);
  const known = code === null ? undefined : CAUSES[code];
  if (known === undefined) return error;
  const cause = code === 'ENOENT' && action !== 'read' ? 'the folder it goes in does not exist' : known.cause;
  const message = `${option === null ? '' : `${option}: `}cannot ${action} ${file}: ${cause}`;
  return known.wrongName ? new UsageError(message, known.hint) : new FileAccessError(message, known.hint);
}
