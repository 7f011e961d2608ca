import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openInput } from '../../src/io/open-input.js';

async function* noInput(): AsyncGenerator<Buffer> {}

describe('openInput', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'rkpi-open-input-'));
    await writeFile(join(folder, 'kosten.csv'), 'datum;bedrag\n');
  });

  it('opens a file relative to the working folder under the name it was given', async () => {
    const opened = await openInput('kosten.csv', '--costs', { cwd: () => folder, stdin: noInput() });
    const chunks: Buffer[] = [];
    for await (const chunk of opened.chunks) chunks.push(chunk as Buffer);
    expect(opened.fileName).toBe('kosten.csv');
    expect(Buffer.concat(chunks).toString('utf8')).toBe('datum;bedrag\n');
  });

  it('asks for standard input only for -, as process.stdin makes a stream when asked for', async () => {
    const place = {
      cwd: () => folder,
      get stdin(): AsyncIterable<Buffer> {
        throw new Error('stdin was asked for');
      },
    };
    await expect(openInput('kosten.csv', '--costs', place)).resolves.toMatchObject({ fileName: 'kosten.csv' });
    await expect(openInput('-', 'HIRES', place)).rejects.toThrow('stdin was asked for');
  });

  it('reads standard input for -', async () => {
    const stdin = noInput();
    expect(await openInput('-', 'HIRES', { cwd: () => folder, stdin })).toEqual({ fileName: 'stdin', chunks: stdin });
  });

  it('refuses a missing file with a usage error that names the option', async () => {
    await expect(openInput('weg.csv', '--costs', { cwd: () => folder, stdin: noInput() })).rejects.toMatchObject({
      name: 'UsageError',
      exitCode: 2,
      message: '--costs: file not found: weg.csv',
      hint: 'check the path; relative paths start in the current folder',
    });
  });

  it('refuses a folder', async () => {
    await expect(openInput('.', '--hours', { cwd: () => folder, stdin: noInput() })).rejects.toMatchObject({
      name: 'UsageError',
      message: '--hours: . is a folder, not a CSV file',
      hint: 'name the CSV file inside it',
    });
  });
});
