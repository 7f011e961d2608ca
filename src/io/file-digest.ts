/**
 * The SHA-256 of an input file, fed chunk by chunk as it is read. Loading node:crypto costs a
 * short run more than reading its files (some 10 ms of a 10-row report: SPEC §9), so a file of
 * less than SMALL_FILE_BYTES is hashed here in JavaScript; a larger one by node:crypto, loaded
 * the first time a file grows past that size. Both give the same digest.
 */

/** Files up to this size are hashed without node:crypto. */
export const SMALL_FILE_BYTES = 1 << 20;

/** What decodeText needs of a hash: to be fed the file's bytes. */
export interface Digest {
  update(chunk: Uint8Array): void;
}

interface NodeHash {
  update(chunk: Uint8Array): unknown;
  digest(encoding: 'hex'): string;
}

/** SHA-256 over a file's chunks, hex at the end. */
export class FileDigest implements Digest {
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private hash: NodeHash | null = null;

  update(chunk: Uint8Array): void {
    if (this.hash !== null) {
      this.hash.update(chunk);
      return;
    }
    // A copy: a reader may reuse its buffer for the next chunk.
    this.held.push(chunk.slice());
    this.heldBytes += chunk.length;
    if (this.heldBytes < SMALL_FILE_BYTES) return;
    const crypto = process.getBuiltinModule('node:crypto');
    this.hash = crypto.createHash('sha256');
    for (const part of this.held) this.hash.update(part);
    this.held = [];
  }

  /** The digest as 64 hex digits; call once, after the last chunk. */
  hex(): string {
    if (this.hash !== null) return this.hash.digest('hex');
    const bytes = new Uint8Array(this.heldBytes);
    let at = 0;
    for (const part of this.held) {
      bytes.set(part, at);
      at += part.length;
    }
    return sha256Hex(bytes);
  }
}

/** The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4, §4.2.2). */
const K = Uint32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/**
 * SHA-256 of some bytes as 64 hex digits (FIPS 180-4): padded to whole 64-byte blocks with a 1
 * bit, zeros and the bit length, then 64 rounds per block.
 *
 * @example sha256Hex(new TextEncoder().encode('abc')) // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(bytes: Uint8Array): string {
  const blocks = Math.ceil((bytes.length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(padded.length - 4, bits >>> 0);
  const h = Uint32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const w = new Uint32Array(64);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t += 1) w[t] = view.getUint32(block + t * 4);
    for (let t = 16; t < 64; t += 1) {
      const a = w[t - 15] as number;
      const b = w[t - 2] as number;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[t] = (w[t - 16] as number) + s0 + (w[t - 7] as number) + s1;
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t += 1) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0] as number) + a;
    h[1] = (h[1] as number) + b;
    h[2] = (h[2] as number) + c;
    h[3] = (h[3] as number) + d;
    h[4] = (h[4] as number) + e;
    h[5] = (h[5] as number) + f;
    h[6] = (h[6] as number) + g;
    h[7] = (h[7] as number) + hh;
  }
  return Array.from(h, (word) => word.toString(16).padStart(8, '0')).join('');
}
