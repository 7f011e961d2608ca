import type { Lang } from '../render/format.js';

/** A stream rkpi writes to: process.stdout or a test's collector. */
export interface OutStream {
  /** The callback, where the stream calls it, says when the text is out or why it could not be. */
  write(chunk: string, callback?: (error?: Error | null) => void): unknown;
  /** A real stream reports a failure (a closed pipe, a full disk) as an 'error' event. */
  on?(event: 'error', listener: (error: Error) => void): unknown;
  readonly isTTY?: boolean;
  /** Terminal width, for wrapping help text. */
  readonly columns?: number;
}

/**
 * What rkpi needs of the process, passed in so tests can hand in a fake one and read the exit
 * code and the output (the shape of `process`).
 */
export interface Proc {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly stdin: AsyncIterable<Buffer>;
  cwd(): string;
  /** The clock; only "today" is taken from it. Defaults to the system clock. */
  readonly now?: () => Date;
  /** Told the run's language once the config is read: the messages on stderr speak it from then on. */
  readonly setLang?: (lang: Lang) => void;
}
