/** A stream rkpi writes to: process.stdout or a test's collector. */
export interface OutStream {
  write(chunk: string): unknown;
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
}
