import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileSafely } from '../../src/cli/write-file.js';

// The rename that ends an atomic write fails, as it does when the disk fills up at that moment.
vi.mock('node:fs/promises', async (original) => ({
  ...(await original<typeof import('node:fs/promises')>()),
  rename: () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' })),
}));

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'rkpi-write-failure-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('writeFileSafely when the write fails', () => {
  it('keeps the old file, removes its temporary file and names the file and the cause', async () => {
    writeFileSync(join(folder, 'report.json'), 'the old report');
    await expect(writeFileSafely(join(folder, 'report.json'), 'the new report', { label: '-o report.json', name: 'report.json', protect: new Map() })).rejects.toMatchObject({
      name: 'FileAccessError',
      exitCode: 74,
      message: 'cannot write report.json: no space left on the device',
      hint: 'free some space, or write to another disk',
    });
    expect(readdirSync(folder)).toEqual(['report.json']);
    expect(readFileSync(join(folder, 'report.json'), 'utf8')).toBe('the old report');
  });
});
