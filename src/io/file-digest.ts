import { createHash, type Hash } from 'node:crypto';

/** What decodeText needs of a hash: to be fed the file's bytes. */
export interface Digest {
  update(chunk: Uint8Array): void;
}

/** The SHA-256 of an input file (node:crypto), fed chunk by chunk as it is read; hex at the end. */
export class FileDigest implements Digest {
  private readonly hash: Hash = createHash('sha256');

  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
  }

  /** The digest as 64 hex digits; call once, after the last chunk. */
  hex(): string {
    return this.hash.digest('hex');
  }
}
