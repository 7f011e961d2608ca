/**
 * What the bytes of a file say about its encoding: UTF-8 has multi-byte sequences of a lead byte
 * and continuation bytes (RFC 3629); Windows-1252 text has bytes above 0x7F that form none.
 */

/** The number of bytes of the sequence a lead byte starts; 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The range the second byte of a sequence must be in (RFC 3629: no overlong forms, no surrogates). */
function secondByteFits(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/** Whether the bytes at `at` are a whole, valid multi-byte sequence. */
function validSequenceAt(bytes: Uint8Array, at: number, length: number): boolean {
  if (at + length > bytes.length || !secondByteFits(bytes[at] as number, bytes[at + 1] as number)) return false;
  for (let next = at + 2; next < at + length; next += 1) if (!isContinuation(bytes[next])) return false;
  return true;
}

export interface Utf8Evidence {
  /** Offset of the first byte that is not part of valid UTF-8, or -1. */
  readonly firstInvalid: number;
  /** Offset of the first valid multi-byte sequence, or -1. */
  readonly firstMultiByte: number;
}

/**
 * Finds the first invalid byte and the first valid multi-byte sequence. An incomplete sequence at
 * the end counts as invalid: leave it out (see incompleteTail) while more bytes may follow.
 *
 * @example scanUtf8(Buffer.from([0x5a, 0x6f, 0xc3, 0xab, 0xeb])) // { firstInvalid: 4, firstMultiByte: 2 }
 */
export function scanUtf8(bytes: Uint8Array): Utf8Evidence {
  let firstInvalid = -1;
  let firstMultiByte = -1;
  for (let at = 0; at < bytes.length && (firstInvalid < 0 || firstMultiByte < 0); ) {
    const length = sequenceLength(bytes[at] as number);
    if (length === 1) {
      at += 1;
    } else if (length > 1 && validSequenceAt(bytes, at, length)) {
      if (firstMultiByte < 0) firstMultiByte = at;
      at += length;
    } else {
      if (firstInvalid < 0) firstInvalid = at;
      at += 1;
    }
  }
  return { firstInvalid, firstMultiByte };
}

/**
 * How many bytes at the end are the start of a multi-byte sequence that the next chunk may
 * complete (0–3): they are held back until it comes.
 *
 * @example incompleteTail(Buffer.from([0x61, 0xe2, 0x82])) // 2 (the first two bytes of €)
 */
export function incompleteTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] as number;
    if (isContinuation(byte)) continue;
    const length = sequenceLength(byte);
    return length > back ? back : 0;
  }
  return 0;
}
