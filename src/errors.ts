/**
 * The few error types rkpi throws. A user error prints as one line (plus a hint) without a stack
 * and exits with its code; anything else is a bug and exits 70.
 */

/** Exit codes, as documented in the README. */
export const EXIT = {
  ok: 0,
  /** The input data has problems (rejected records, unreadable file content). */
  data: 1,
  /** The command line or the config is wrong (unknown flag, bad --period, missing file, bad key). */
  usage: 2,
  /** A bug in rkpi: it says so. */
  internal: 70,
  /**
   * The system refused a file that exists: no permission, disk full, read-only file system, a
   * device that is busy or fails (sysexits' EX_IOERR, as 70 is its EX_SOFTWARE).
   */
  io: 74,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake the user can fix: printed as `rkpi: message` and `hint: …`, never with a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly hint: string | null = null,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A usage or config mistake: exit 2. */
export class UsageError extends UserError {
  constructor(message: string, hint: string | null = null) {
    super(message, hint, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** A file the system would not let rkpi read or write, though its name is right: exit 74. */
export class FileAccessError extends UserError {
  constructor(message: string, hint: string | null = null) {
    super(message, hint, EXIT.io);
    this.name = 'FileAccessError';
  }
}

/** Input content that cannot be read at all (empty file, binary, UTF-16): exit 1. */
export class InputError extends UserError {
  constructor(message: string, hint: string | null = null) {
    super(message, hint, EXIT.data);
    this.name = 'InputError';
  }
}
