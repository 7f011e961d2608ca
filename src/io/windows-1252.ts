/**
 * Windows-1252, the code page Excel on Windows writes "CSV" in. Node's TextDecoder maps
 * 0x80–0x9F to C1 control characters on builds without full ICU, which would turn `€` (0x80) into
 * U+0080; those 32 bytes get a table of their own, the rest is Latin-1.
 */
const HIGH_CONTROL_RANGE: readonly string[] = [
  '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
  '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
];

/**
 * Decodes Windows-1252 bytes.
 *
 * @example decodeWindows1252(Buffer.from([0x80, 0x20, 0xeb])) // '€ ë'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => HIGH_CONTROL_RANGE[c.charCodeAt(0) - 0x80] ?? c);
}
