import type { OutStream } from './proc.js';

/**
 * Standard output and error as a shell tool treats them. A failure to write (a reader that closed
 * the pipe, a full disk under `> file`) is an 'error' event on the stream, which would end Node
 * with a stack: it is listened for here and reported when the command is done. A failure on
 * stderr has nowhere to be told and is dropped.
 *
 * Returns a function that waits until everything written to stdout is out, and gives the error
 * that stopped it, or null. A test's collector (no `on`) is always out.
 */
export function watchStreams(stdout: OutStream, stderr: OutStream): () => Promise<Error | null> {
  let failure: Error | null = null;
  stdout.on?.('error', (error) => {
    failure ??= error;
  });
  stderr.on?.('error', () => undefined);
  return async () => {
    if (stdout.on === undefined) return null;
    // An empty write's callback comes after every write before it (or with the error that ended them).
    const flushed = await new Promise<Error | null>((resolve) => {
      stdout.write('', (error) => resolve(error ?? null));
    });
    return failure ?? flushed;
  };
}
