import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Descriptors the mocked writeSync treats as a non-blocking pipe that takes `taken` bytes, then no more. */
const busy = vi.hoisted(() => ({ fds: new Map<number, { taken: number; bytes: Buffer[] }>() }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((fd: number, buffer: Buffer, offset: number = 0): number => {
    const pipe = busy.fds.get(fd);
    if (pipe === undefined) return fs.writeSync(fd, buffer, offset);
    const room = Math.min(pipe.taken - pipe.bytes.reduce((sum, piece) => sum + piece.length, 0), buffer.length - offset);
    if (room <= 0) throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
    pipe.bytes.push(Buffer.from(buffer.subarray(offset, offset + room)));
    return room;
  }) as typeof fs.writeSync;
  return { ...fs, writeSync, default: { ...fs, writeSync } };
});

const { fdStream } = await import('../../src/cli/fd-output.js');

/** A stream that keeps what it is given, as process.stdout would write it. */
function keepingStream() {
  const writes: Buffer[] = [];
  const listeners: Array<(error: Error) => void> = [];
  return {
    writes,
    listeners,
    write: (chunk: string | Uint8Array, callback?: (error?: Error | null) => void) => {
      writes.push(Buffer.from(chunk));
      callback?.(null);
      return true;
    },
    on: (_event: 'error', listener: (error: Error) => void) => listeners.push(listener),
  };
}

const folder = mkdtempSync(join(tmpdir(), 'rkpi-fd-output-'));
const opened: number[] = [];
const open = (name: string, flags: string): number => {
  const fd = openSync(join(folder, name), flags);
  opened.push(fd);
  return fd;
};

afterEach(() => {
  for (const fd of opened.splice(0)) closeSync(fd);
  busy.fds.clear();
});

describe('standard output written to its file descriptor', () => {
  it('writes every text in order as UTF-8, and calls back when it is out', async () => {
    const fd = open('out.txt', 'w');
    const out = fdStream(fd, () => {
      throw new Error('the stream is not made');
    });
    out.write('Kosten per aanname: € 4.250\n');
    const outcome = await new Promise((resolve) => out.write('— klaar\n', resolve));
    expect(outcome).toBeNull();
    expect(readFileSync(join(folder, 'out.txt'), 'utf8')).toBe('Kosten per aanname: € 4.250\n— klaar\n');
  });

  it('tells the error listeners and the callback why a write failed, once, and writes nothing after it', async () => {
    open('read-only.txt', 'w');
    const fd = open('read-only.txt', 'r');
    const out = fdStream(fd, keepingStream);
    const told: Error[] = [];
    out.on?.('error', (error) => told.push(error));
    const first = await new Promise<Error | null | undefined>((resolve) => out.write('a', resolve));
    const second = await new Promise<Error | null | undefined>((resolve) => out.write('b', resolve));
    expect((first as NodeJS.ErrnoException).code).toBe('EBADF');
    expect(second).toBe(first);
    expect(told).toEqual([first]);
  });

  it('hands the rest of a text the descriptor cannot take now, and every later write, to the stream', async () => {
    const fd = 1000;
    busy.fds.set(fd, { taken: 4, bytes: [] });
    const stream = keepingStream();
    const out = fdStream(fd, () => stream);
    const told: Error[] = [];
    out.on?.('error', (error) => told.push(error));
    // The descriptor takes 'ab' and the first two of the euro sign's three bytes.
    out.write('ab€d');
    const outcome = await new Promise((resolve) => out.write('gh', resolve));
    expect(outcome).toBeNull();
    expect(Buffer.concat(busy.fds.get(fd)?.bytes ?? []).toString('latin1')).toBe('ab\xe2\x82');
    expect(stream.writes.map((bytes) => bytes.toString('latin1'))).toEqual(['\xacd', 'gh']);
    expect(Buffer.concat([...(busy.fds.get(fd)?.bytes ?? []), ...stream.writes]).toString('utf8')).toBe('ab€dgh');
    expect(stream.listeners).toHaveLength(1);
  });
});
