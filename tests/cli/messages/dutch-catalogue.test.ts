import { describe, expect, it } from 'vitest';
import { DUTCH, DUTCH_FRAMES } from '../../../src/cli/messages/dutch/index.js';
import { placeholdersOf } from '../../../src/cli/messages/translate.js';

const sorted = (text: string): string[] => placeholdersOf(text).sort();

describe('the Dutch catalogue', () => {
  const twins = [...DUTCH, ...DUTCH_FRAMES];

  it('gives every twin the placeholders of its English pattern, each once', () => {
    const mismatched = twins.filter(([english, dutch]) => sorted(english).join() !== sorted(dutch).join()).map(([english]) => english);
    expect(mismatched).toEqual([]);
    const repeated = twins.filter(([english]) => new Set(placeholdersOf(english)).size !== placeholdersOf(english).length).map(([english]) => english);
    expect(repeated).toEqual([]);
  });

  it('has one twin for each English pattern', () => {
    const patterns = twins.map(([english]) => english);
    expect(patterns.filter((pattern, index) => patterns.indexOf(pattern) !== index)).toEqual([]);
  });

  it('leaves no twin English but one that only carries a message to translate', () => {
    const same = twins.filter(([english, dutch]) => english === dutch).map(([english]) => english);
    expect(same.filter((english) => !english.endsWith('{message}'))).toEqual([]);
  });
});
