import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { jsonPieces } from '../../src/render/json-pieces.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 200), seed: Number(process.env.PROPERTY_SEED ?? 8) };

const joined = (document: unknown): string => [...jsonPieces(document)].join('');

/** Text with what JSON must escape: C0 and C1 controls, DEL, bidi marks, quotes, backslashes, lone surrogates. */
const awkwardText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u0000', '\u0007', '\n', '\r', '\t', '\u001b', '\u007f', '\u0085', '\u009b', '\u202e', '\u2066', '"', '\\', '\ud800', '\udc00', '😀', 'ë', 'a'),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 12,
});

/** Numbers as they come in reports and at JSON's edges: -0, 1e21 (written with an exponent), NaN and ±Infinity (written null). */
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 0, 1e21, 1e-7, -1.5, 0.1 + 0.2, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY),
);

const leaf = fc.oneof(awkwardText, number, fc.boolean(), fc.constant(null));

/** Nested documents with empty and nested arrays and objects, and what JSON leaves out (undefined in an object, null in an array). */
const { document } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.constant(undefined), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 6 }),
  object: fc.dictionary(awkwardText, tie('value'), { maxKeys: 6 }),
  document: fc.oneof(tie('object'), tie('array')),
}));

describe('jsonPieces', () => {
  it('joins to renderJson’s text for any document', () => {
    fc.assert(
      fc.property(document, (value) => {
        expect(joined(value)).toBe(renderJson(value));
      }),
      RUNS,
    );
  });

  it('joins to renderJson’s text for long arrays of numbers, which it writes a slice at a time', () => {
    // More than one slice (8192 numbers), with a partial last one, nested in an object as samples are.
    fc.assert(
      fc.property(fc.array(number, { minLength: 8193, maxLength: 20_000 }), (values) => {
        const sample = { samples: { values: { timeToHire: { n: values.length, sorted: values } } } };
        expect(joined(sample)).toBe(renderJson(sample));
      }),
      { ...RUNS, numRuns: 10 },
    );
  });

  it('writes empty arrays and objects closed on one line, and leaves out what JSON leaves out', () => {
    const document = { list: [], record: {}, gone: undefined, kept: [undefined, () => 1], nested: [[], [{}]] };
    expect(joined(document)).toBe(
      '{\n  "list": [],\n  "record": {},\n  "kept": [\n    null,\n    null\n  ],\n  "nested": [\n    [],\n    [\n      {}\n    ]\n  ]\n}\n',
    );
    expect(joined(document)).toBe(renderJson(document));
  });

  it('escapes the C1 controls and bidi marks in keys and values, as renderJson does', () => {
    const document = { 'a\u0085': 'b\u202e\u001b' };
    expect(joined(document)).toBe('{\n  "a\\u0085": "b\\u202e\\u001b"\n}\n');
  });

  it('writes a value through its toJSON, as a Date as its ISO text', () => {
    const document = { on: new Date(Date.UTC(2025, 11, 31)), list: [new Date(0)] };
    expect(joined(document)).toBe(renderJson(document));
    expect(joined(document)).toContain('"2025-12-31T00:00:00.000Z"');
  });

  it('refuses a document that holds itself, as JSON.stringify does', () => {
    const looped: Record<string, unknown> = { name: 'loop' };
    looped.self = looped;
    expect(() => joined(looped)).toThrow(TypeError);
  });

  it('never holds the samples in one piece', () => {
    const sorted = Array.from({ length: 100_000 }, (_, index) => index / 7);
    const pieces = [...jsonPieces({ samples: { sorted } })];
    // 100,000 numbers of some 18 characters each are 1.9 million characters; a slice of 8192 of them 160,000.
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(200_000);
  });
});
