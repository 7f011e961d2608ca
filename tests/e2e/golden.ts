import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares text with a stored expectation. `UPDATE_GOLDEN=1 npm test` writes the files (new or
 * changed); review the diff before committing it. Without it a missing file is a failure.
 */
export function expectGolden(actual: string, path: string): void {
  if (process.env.UPDATE_GOLDEN === '1' && process.env.CI !== 'true') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`missing golden file ${path}: run UPDATE_GOLDEN=1 npm test and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
