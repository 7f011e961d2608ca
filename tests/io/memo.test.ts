import { describe, expect, it } from 'vitest';
import { MEMO_LIMIT, memo } from '../../src/io/memo.js';

/** A memo over a reader that counts its calls. */
function counted(): { read: (key: string) => string; calls: () => number } {
  let calls = 0;
  const read = memo((key: string) => {
    calls += 1;
    return key.toUpperCase();
  });
  return { read, calls: () => calls };
}

describe('memo', () => {
  it('reads a repeated key once', () => {
    const { read, calls } = counted();
    expect([read('ja'), read('nee'), read('ja'), read('ja')]).toEqual(['JA', 'NEE', 'JA', 'JA']);
    expect(calls()).toBe(2);
  });

  it('keeps looking up in a column that repeats, however many keys it has seen', () => {
    const { read, calls } = counted();
    // Every key three times: two lookups in three hit, so the memo stays worth it once it is full.
    for (let i = 0; i <= MEMO_LIMIT; i += 1) {
      read(`k${i}`);
      read(`k${i}`);
      read(`k${i}`);
    }
    const before = calls();
    read('k1');
    expect(calls()).toBe(before);
  });

  it('stops looking up in a column whose keys hardly repeat, and still reads every key right', () => {
    const { read, calls } = counted();
    // MEMO_LIMIT distinct keys fill it without a hit; the next miss turns it off.
    for (let i = 0; i <= MEMO_LIMIT; i += 1) read(`k${i}`);
    expect(calls()).toBe(MEMO_LIMIT + 1);
    expect(read('k1')).toBe('K1');
    expect(calls()).toBe(MEMO_LIMIT + 2);
  });
});
