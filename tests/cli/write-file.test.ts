import { spawnSync } from 'node:child_process';
import {
  closeSync,
  constants,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { protectedFiles } from '../../src/cli/protected-files.js';
import { writeFileSafely } from '../../src/cli/write-file.js';

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'rkpi-write-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const at = (name: string): string => join(folder, name);
const place = () => ({ cwd: () => folder, stdin: (async function* () {})() });
const write = async (name: string, text: string, inputs: readonly string[] = []) =>
  writeFileSafely(at(name), text, { label: `-o ${name}`, name, protect: await protectedFiles(inputs, place()) });

describe('writeFileSafely', () => {
  it('writes a new file, leaving no temporary file behind', async () => {
    await write('report.txt', 'result\n');
    expect(readFileSync(at('report.txt'), 'utf8')).toBe('result\n');
    expect(readdirSync(folder)).toEqual(['report.txt']);
  });

  it('writes a text that comes in pieces as the pieces joined', async () => {
    writeFileSync(at('report.json'), 'old');
    await writeFileSafely(at('report.json'), ['{\n', '  "hires": 3', '\n}\n'], { label: '-o report.json', name: 'report.json', protect: new Map() });
    expect(readFileSync(at('report.json'), 'utf8')).toBe('{\n  "hires": 3\n}\n');
    expect(readdirSync(folder)).toEqual(['report.json']);
  });

  it('keeps the mode of a file it replaces (0600 stays 0600)', async () => {
    writeFileSync(at('private.json'), 'old', { mode: 0o600 });
    await write('private.json', 'new');
    expect(readFileSync(at('private.json'), 'utf8')).toBe('new');
    expect(statSync(at('private.json')).mode & 0o777).toBe(0o600);
  });

  it('writes the file a symbolic link points to, and the link stays a link', async () => {
    writeFileSync(at('config.json'), '{}');
    symlinkSync('config.json', at('link.json'));
    await write('link.json', '{"weights": {}}');
    expect(lstatSync(at('link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('config.json'), 'utf8')).toBe('{"weights": {}}');
  });

  it('creates the file a dangling link points to, as > does', async () => {
    symlinkSync('made.txt', at('dangling.txt'));
    await write('dangling.txt', 'made');
    expect(lstatSync(at('dangling.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(at('made.txt'), 'utf8')).toBe('made');
  });

  it('refuses an input reached through a link or a hard link, naming it', async () => {
    writeFileSync(at('hires.csv'), 'hire_id\n');
    symlinkSync('hires.csv', at('hlink.csv'));
    linkSync(at('hires.csv'), at('hard.csv'));
    for (const target of ['hires.csv', 'hlink.csv', 'hard.csv']) {
      await expect(write(target, 'report', ['hlink.csv'])).rejects.toMatchObject({
        name: 'UsageError',
        message: target === 'hlink.csv' ? '-o hlink.csv would overwrite an input file' : `-o ${target} would overwrite an input file (hlink.csv)`,
      });
    }
    expect(readFileSync(at('hires.csv'), 'utf8')).toBe('hire_id\n');
  });

  it('writes a file with a second hard link in place, so both names see the result', async () => {
    writeFileSync(at('a.txt'), 'old');
    linkSync(at('a.txt'), at('b.txt'));
    await write('a.txt', 'new');
    expect(readFileSync(at('b.txt'), 'utf8')).toBe('new');
    expect(statSync(at('a.txt')).ino).toBe(statSync(at('b.txt')).ino);
  });

  it('writes into a FIFO, which stays a FIFO', async () => {
    expect(spawnSync('mkfifo', [at('pipe')]).status).toBe(0);
    const reader = openSync(at('pipe'), constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      await write('pipe', 'through the pipe\n');
      const buffer = Buffer.alloc(64);
      const read = readSync(reader, buffer);
      expect(buffer.subarray(0, read).toString('utf8')).toBe('through the pipe\n');
    } finally {
      closeSync(reader);
    }
    expect(lstatSync(at('pipe')).isFIFO()).toBe(true);
  });

  it('writes into a character device in place: /dev/null stays a device', async () => {
    await writeFileSafely('/dev/null', 'nothing', { label: '-o /dev/null', name: '/dev/null', protect: new Map() });
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a folder without leaving a temporary file in it', async () => {
    mkdirSync(at('out'));
    await expect(write('out', 'x')).rejects.toMatchObject({ name: 'UsageError', message: 'cannot write out: it is a folder' });
    expect(readdirSync(at('out'))).toEqual([]);
  });

  it('says so when the folder of a new file does not exist', async () => {
    await expect(write('missing/report.json', '{}')).rejects.toMatchObject({
      name: 'UsageError',
      exitCode: 2,
      message: 'cannot write missing/report.json: the folder it goes in does not exist',
    });
  });

  it('says so when a part of the path is a file', async () => {
    writeFileSync(at('file'), '');
    await expect(write('file/report.json', '{}')).rejects.toMatchObject({
      exitCode: 2,
      message: 'cannot write file/report.json: a part of the path is a file, not a folder',
    });
  });

  it('refuses links that go round in a loop', async () => {
    symlinkSync('loop-b', at('loop-a'));
    symlinkSync('loop-a', at('loop-b'));
    await expect(write('loop-a', 'x')).rejects.toMatchObject({ exitCode: 2, message: 'cannot write loop-a: its symbolic links go round in a loop' });
  });

  it('writes a file in a folder that makes no new files in place (/proc), and refuses a new one there', async () => {
    await expect(writeFileSafely('/proc/rkpi-test.txt', 'x', { label: '-o', name: '/proc/rkpi-test.txt', protect: new Map() })).rejects.toMatchObject({
      exitCode: 74,
      message: 'cannot write /proc/rkpi-test.txt: the file system there makes no new files',
    });
  });
});
