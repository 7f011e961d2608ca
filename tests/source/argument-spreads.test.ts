import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';

/**
 * `push(...rows)` and `Math.max(...values)` pass every element as an argument, and some 120,000
 * of them overflow the stack: `validate` over 130,000 rejected rows and `report --by` over as many
 * groups crashed. Lists go through loops (see src/render/largest.ts); a spread into an array
 * literal (`[...a, ...b]`) is a loop too and is allowed.
 */
const ARGUMENT_SPREAD = /\b(?:push|unshift|splice|max|min|apply|fromCharCode|fromCodePoint|concat)\(\s*(?:[^()[\]{}]*,\s*)?\.\.\./;

describe('the sources', () => {
  it('spread no list into the arguments of a call', () => {
    const found: string[] = [];
    for (const file of readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
      readFileSync(join(SRC, file), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (ARGUMENT_SPREAD.test(line) && !line.trimStart().startsWith('//') && !line.trimStart().startsWith('*')) found.push(`${file}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
