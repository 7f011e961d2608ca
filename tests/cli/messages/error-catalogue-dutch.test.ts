import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../src/cli/messages/speak.js';
import { translateMessage } from '../../../src/cli/messages/translate.js';

const ROOT = 'fixtures/errors';
const catalogue = catalogueFor('nl')!;

/** The lines of every case's English messages. */
const englishLines = readdirSync(ROOT)
  .sort()
  .flatMap((name) =>
    readFileSync(join(ROOT, name, 'expected-stderr.txt'), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => ({ name, line })),
  );

describe('the Dutch catalogue', () => {
  it('has a twin for every message of the error catalogue', () => {
    const unknown = englishLines.filter(({ line }) => translateMessage(line, catalogue) === null).map(({ name, line }) => `${name}: ${line}`);
    expect(unknown).toEqual([]);
  });
});
