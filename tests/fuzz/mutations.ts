import fc from 'fast-check';

/**
 * Byte-level mutations of a valid CSV file, as fast-check values so a failing case shrinks to the
 * fewest, smallest mutations and replays from its seed. Positions are fractions of the file's
 * length, so one mutation means the same on any file.
 */
export type Mutation =
  | { readonly kind: 'flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'duplicate-char'; readonly char: string; readonly nth: number }
  | { readonly kind: 'drop-char'; readonly char: string; readonly nth: number }
  | { readonly kind: 'replace-field'; readonly nth: number; readonly text: string }
  | { readonly kind: 'replace-header'; readonly nth: number; readonly text: string }
  | { readonly kind: 'swap-lines'; readonly a: number; readonly b: number }
  | { readonly kind: 'duplicate-line'; readonly nth: number };

/** Text that breaks readers: huge and odd numbers, weird dates, quotes, NUL, invalid UTF-8. */
const NASTY_TEXT = [
  '1e308', '-1e308', '99999999999999999999999999', '1.7976931348623157e309', 'NaN', 'Infinity', '-0', '0x1F',
  '€ 1.234.567,891', '1,2,3', '12OO', '--5', '+-3', '  ', '٣', '１２３',
  '2025-02-29', '2024-02-30', '0000-01-01', '9999-12-31', '31-12-1899', '00-00-0000', '2025-1-1', '1/2/3',
  '2025-13-01', '25-13-2025', '13/13/2025', '2025-06-15T10:00:00Z', '45678', 'gisteren',
  '"', '""', '"a""b', 'a"b', '\n', '\r', '\r\n', ';', ',', '\t', '|', '\u0000', '\ufeff', '\u2028',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'ja', 'nee', 'USD', '$ 5', 'EUR -0,00',
];

/** Byte sequences that are not valid UTF-8 or not text at all. */
const NASTY_BYTES: readonly (readonly number[])[] = [
  [0x00], [0xff], [0xfe, 0xff], [0xff, 0xfe], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf],
  [0x80], [0xef, 0xbb, 0xbf], [0x0d], [0x22], [0x3b], [0x2c], [0x0a, 0x0a],
];

const at = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const structural = fc.constantFrom(',', ';', '"', '\n', '-', '/', '.', '\t');

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at,
    bytes: fc.oneof(
      fc.constantFrom(...NASTY_BYTES),
      fc.constantFrom(...NASTY_TEXT).map((text) => [...Buffer.from(text, 'utf8')]),
      fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.record({ kind: fc.constant('duplicate-char' as const), char: structural, nth: fc.nat(400) }),
  fc.record({ kind: fc.constant('drop-char' as const), char: structural, nth: fc.nat(400) }),
  fc.record({ kind: fc.constant('replace-field' as const), nth: fc.nat(2000), text: fc.oneof(fc.constantFrom(...NASTY_TEXT), fc.string()) }),
  fc.record({
    kind: fc.constant('replace-header' as const),
    nth: fc.nat(30),
    text: fc.oneof(fc.constantFrom(...NASTY_TEXT, 'vacancy_opened', 'datum', 'amount', 'hours', 'department', '"a\nb"', '"x""y"'), fc.string()),
  }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(200), b: fc.nat(200) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), nth: fc.nat(200) }),
);

/** Where the nth occurrence (wrapping around) of a byte is, or -1. */
function nthIndex(bytes: Buffer, byte: number, nth: number): number {
  const positions: number[] = [];
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) positions.push(i);
  return positions.length === 0 ? -1 : (positions[nth % positions.length] as number);
}

/** The byte ranges of fields: the text between delimiters and line ends. */
function fieldRanges(bytes: Buffer): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i += 1) {
    const byte = bytes[i];
    if (i === bytes.length || byte === 0x2c || byte === 0x3b || byte === 0x0a || byte === 0x0d) {
      ranges.push([start, i]);
      start = i + 1;
    }
  }
  return ranges;
}

function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
    lines.push(bytes.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

/** The file's bytes after one mutation; never mutates its input. */
export function mutate(bytes: Buffer, mutation: Mutation): Buffer {
  const position = (fraction: number): number => Math.floor(fraction * (bytes.length + 1));
  switch (mutation.kind) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      const index = Math.min(position(mutation.at), bytes.length - 1);
      copy[index] = (copy[index] as number) ^ (1 << mutation.bit);
      return copy;
    }
    case 'insert': {
      const index = position(mutation.at);
      return Buffer.concat([bytes.subarray(0, index), Buffer.from(mutation.bytes), bytes.subarray(index)]);
    }
    case 'delete': {
      const index = position(mutation.at);
      return Buffer.concat([bytes.subarray(0, index), bytes.subarray(index + mutation.length)]);
    }
    case 'truncate':
      return bytes.subarray(0, position(mutation.at));
    case 'duplicate-char':
    case 'drop-char': {
      const index = nthIndex(bytes, mutation.char.charCodeAt(0), mutation.nth);
      if (index === -1) return bytes;
      const keep = mutation.kind === 'duplicate-char' ? bytes.subarray(index, index + 1) : Buffer.alloc(0);
      return Buffer.concat([bytes.subarray(0, index), keep, bytes.subarray(index + 1)]);
    }
    case 'replace-field':
    case 'replace-header': {
      const all = fieldRanges(bytes);
      const firstLineEnd = bytes.indexOf(0x0a);
      const ranges = mutation.kind === 'replace-field' ? all : all.filter(([start]) => firstLineEnd === -1 || start <= firstLineEnd);
      const [start, end] = ranges[mutation.nth % ranges.length] as [number, number];
      return Buffer.concat([bytes.subarray(0, start), Buffer.from(mutation.text, 'utf8'), bytes.subarray(end)]);
    }
    case 'swap-lines': {
      const lines = splitLines(bytes);
      if (lines.length < 2) return bytes;
      const a = mutation.a % lines.length;
      const b = mutation.b % lines.length;
      const swapped = lines.map((line, i) => (i === a ? lines[b] : i === b ? lines[a] : line) as Buffer);
      return Buffer.concat(swapped);
    }
    case 'duplicate-line': {
      const lines = splitLines(bytes);
      if (lines.length === 0) return bytes;
      const n = mutation.nth % lines.length;
      return Buffer.concat(lines.flatMap((line, i) => (i === n ? [line, line] : [line])));
    }
  }
}

/** The bytes after every mutation in turn. */
export function mutateAll(bytes: Buffer, mutations: readonly Mutation[]): Buffer {
  return mutations.reduce(mutate, bytes);
}
