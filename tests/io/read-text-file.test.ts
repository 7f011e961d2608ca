import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/io/read-text-file.js';

const tooLarge = () => new Error('too large');

describe('readTextFile', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'rkpi-read-text-'));
    await writeFile(join(folder, 'config.json'), '{"currency":"€"}');
  });

  it('reads a file as UTF-8 text', async () => {
    await expect(readTextFile(join(folder, 'config.json'), 100, tooLarge)).resolves.toBe('{"currency":"€"}');
  });

  it('refuses a file larger than the limit before reading it (the text is 18 bytes: € is three)', async () => {
    await expect(readTextFile(join(folder, 'config.json'), 18, tooLarge)).resolves.toHaveLength(16);
    await expect(readTextFile(join(folder, 'config.json'), 17, tooLarge)).rejects.toThrow('too large');
  });

  it('refuses a device that never ends once it passes the limit', async () => {
    await expect(readTextFile('/dev/zero', 1 << 20, tooLarge)).rejects.toThrow('too large');
  });

  it('leaves a missing file to the caller, as Node reports it', async () => {
    await expect(readTextFile(join(folder, 'weg.json'), 100, tooLarge)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
