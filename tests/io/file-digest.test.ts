import { describe, expect, it } from 'vitest';
import { FileDigest } from '../../src/io/file-digest.js';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('FileDigest', () => {
  it('hashes a file read in chunks as the whole of its bytes: "abc" as FIPS 180-4 gives it', () => {
    const digest = new FileDigest();
    for (const chunk of [bytesOf('a'), bytesOf(''), bytesOf('bc')]) digest.update(chunk);
    expect(digest.hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('is not changed when the reader fills a chunk’s buffer again', () => {
    const buffer = bytesOf('abc');
    const digest = new FileDigest();
    digest.update(buffer);
    buffer.fill(0);
    expect(digest.hex()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
