import { describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/io/windows-1252.js';

describe('decodeWindows1252', () => {
  it('reads 0x80 as € and 0x92 as ’, not as C1 control characters', () => {
    expect(decodeWindows1252(Buffer.from([0x80, 0x20, 0x92]))).toBe('€ ’');
  });

  it('reads the other bytes of 0x80–0x9F from its own table', () => {
    expect(decodeWindows1252(Buffer.from([0x84, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f]))).toBe('„“”–—™Ÿ');
  });

  it('keeps the five bytes Windows-1252 leaves undefined as their code points', () => {
    expect(decodeWindows1252(Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]))).toBe('\u0081\u008d\u008f\u0090\u009d');
  });

  it('reads 0xA0–0xFF as Latin-1', () => {
    expect(decodeWindows1252(Buffer.from([0xeb, 0xe9, 0xfc, 0xa3]))).toBe('ëéü£');
  });

  it('reads only the bytes of a view into a larger buffer', () => {
    const whole = Buffer.from([0x41, 0x80, 0x42]);
    expect(decodeWindows1252(whole.subarray(1, 2))).toBe('€');
  });
});
