import { fstatSync, writeSync } from 'node:fs';
import type { OutStream, Proc } from './proc.js';

/** A writable stream as process.stdout is one: it also takes bytes. */
interface NodeStream {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Standard output or error written straight to its file descriptor, as Node writes a file
 * (fs.writeSync): a write is out when write() returns. Node makes process.stdout for a pipe as a
 * socket, which loads node:net and its streams: some 9 ms of a short run's start (Node 20). A
 * failure (a reader that closed the pipe, a full disk) is told to the 'error' listeners, as the
 * stream tells it. A descriptor that cannot take a write at once (EAGAIN: one that another
 * program made non-blocking) hands the rest of the text, and every later write, to the stream.
 */
export function fdStream(fd: number, stream: () => NodeStream): OutStream {
  const listeners: Array<(error: Error) => void> = [];
  let failure: Error | null = null;
  let handedOver: NodeStream | null = null;

  const handOver = (rest: Buffer, callback?: (error?: Error | null) => void): unknown => {
    handedOver = stream();
    for (const listener of listeners) handedOver.on('error', listener);
    // Bytes, not text: the rest may begin inside a character.
    return handedOver.write(rest, callback);
  };

  return {
    write(chunk, callback) {
      if (handedOver !== null) return handedOver.write(chunk, callback);
      if (failure === null) {
        const bytes = Buffer.from(chunk, 'utf8');
        let written = 0;
        try {
          while (written < bytes.length) written += writeSync(fd, bytes, written);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return handOver(bytes.subarray(written), callback);
          failure = error as Error;
          const failed = failure;
          process.nextTick(() => {
            for (const listener of listeners) listener(failed);
          });
        }
      }
      const outcome = failure;
      if (callback) process.nextTick(() => callback(outcome));
      return outcome === null;
    },
    on(event, listener) {
      if (handedOver !== null) handedOver.on(event, listener);
      else listeners.push(listener);
      return this;
    },
  };
}

/**
 * Whether writes to `fd` can go straight to it: a pipe, a socket or a file. A terminal keeps its
 * stream (rkpi asks it for its width and colours), as does any other device (/dev/null, /dev/full).
 */
function writesDirectly(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    return info.isFIFO() || info.isSocket() || info.isFile();
  } catch {
    return false;
  }
}

/**
 * The process as run() takes it, whose standard output and error write to their descriptors when
 * they are pipes or files (see fdStream); the streams are made only when one is a terminal or a
 * device, or standard input is read.
 */
export function directOutput(given: NodeJS.Process): Proc {
  const stdout = writesDirectly(1) ? fdStream(1, () => given.stdout) : given.stdout;
  const stderr = writesDirectly(2) ? fdStream(2, () => given.stderr) : given.stderr;
  return {
    argv: given.argv,
    env: given.env,
    stdout,
    stderr,
    get stdin() {
      return given.stdin;
    },
    cwd: () => given.cwd(),
  };
}
