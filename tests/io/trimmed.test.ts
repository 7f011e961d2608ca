import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../src/io/trimmed.js';

/** Characters around which trim's fast path and its slow path must agree: spaces of every kind and their neighbours. */
const edgeCharacter = fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2028', '\u202f', '\u3000', '\ufeff', '!', '~', '\u007f', 'a', '1', 'é');

describe('trimmed', () => {
  it('removes the spaces around a cell', () => {
    expect(trimmed(' 12 ')).toBe('12');
    expect(trimmed('\u00a0Zoë\t')).toBe('Zoë');
  });

  it('gives what trim gives for any text', () => {
    const text = fc.tuple(fc.array(edgeCharacter, { maxLength: 3 }), fc.string(), fc.array(edgeCharacter, { maxLength: 3 }))
      .map(([before, middle, after]) => before.join('') + middle + after.join(''));
    fc.assert(fc.property(text, (field) => trimmed(field) === field.trim()), { numRuns: 2000 });
  });
});
