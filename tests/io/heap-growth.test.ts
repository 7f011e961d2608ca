import { describe, expect, it } from 'vitest';
import { isLargeInput, LARGE_INPUT_BYTES } from '../../src/io/heap-growth.js';

describe('isLargeInput', () => {
  it('calls a file of 4 MiB (4 × 1024 × 1024 = 4,194,304 bytes) or more large', () => {
    expect(LARGE_INPUT_BYTES).toBe(4_194_304);
    expect(isLargeInput(4_194_304)).toBe(true);
    expect(isLargeInput(100_000_000)).toBe(true);
  });

  it('leaves a file a byte under 4 MiB, and an empty one, to the heap as it grows by itself', () => {
    expect(isLargeInput(4_194_303)).toBe(false);
    expect(isLargeInput(0)).toBe(false);
  });
});
