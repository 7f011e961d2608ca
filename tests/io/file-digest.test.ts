import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FileDigest, SMALL_FILE_BYTES, sha256Hex } from '../../src/io/file-digest.js';

const bytesOf = (text: string) => new TextEncoder().encode(text);
const nodeSha256 = (chunks: readonly Uint8Array[]) => {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
};

describe('sha256Hex', () => {
  // The examples of FIPS 180-4 (NIST's "SHA256.pdf" and "SHA2_Additional.pdf").
  it('hashes "abc" as NIST gives it', () => {
    expect(sha256Hex(bytesOf('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the empty message as NIST gives it', () => {
    expect(sha256Hex(new Uint8Array(0))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes the two-block 448-bit message as NIST gives it', () => {
    expect(sha256Hex(bytesOf('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('gives node:crypto’s digest for any bytes, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(sha256Hex(bytes)).toBe(nodeSha256([bytes]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('FileDigest', () => {
  it('gives node:crypto’s digest for a small file in chunks', () => {
    const chunks = [bytesOf('hire_id,department\n'), bytesOf('H1,Zorg\n'), bytesOf('')];
    const digest = new FileDigest();
    for (const chunk of chunks) digest.update(chunk);
    expect(digest.hex()).toBe(nodeSha256(chunks));
  });

  it('gives the same digest for a file that grows past the small-file size', () => {
    const chunks = Array.from({ length: 5 }, (_, i) => new Uint8Array(SMALL_FILE_BYTES / 3).fill(i + 1));
    const digest = new FileDigest();
    for (const chunk of chunks) digest.update(chunk);
    expect(digest.hex()).toBe(nodeSha256(chunks));
  });

  it('keeps its own copy of a chunk whose buffer the reader fills again', () => {
    const buffer = bytesOf('first');
    const digest = new FileDigest();
    digest.update(buffer);
    buffer.fill(0);
    expect(digest.hex()).toBe(nodeSha256([bytesOf('first')]));
  });
});
