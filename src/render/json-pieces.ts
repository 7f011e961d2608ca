import { jsonControls } from './visible-controls.js';

/**
 * How many numbers of an array go into one piece. The samples of a grouped report over a million
 * rows are some 3 million numbers: one piece for each would be millions of tiny strings.
 */
const NUMBERS_PER_PIECE = 8192;

/** A JSON text of a leaf (string, number, boolean, null), as JSON.stringify writes it; undefined for what JSON leaves out. */
const leafJson = (value: unknown): string | undefined => {
  const json = JSON.stringify(value) as string | undefined;
  // Only strings (and keys) can hold the C1 controls and bidi marks jsonControls escapes.
  return typeof value === 'string' || value instanceof String ? jsonControls(json as string) : json;
};

/** A value after its toJSON (a Date's ISO text), as JSON.stringify sees it under this key. */
function resolved(value: unknown, key: string): unknown {
  if ((typeof value === 'object' && value !== null) || typeof value === 'bigint') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (key: string) => unknown).call(value, key);
  }
  return value;
}

/** An array or plain object to walk into; boxed primitives and everything else are leaves. */
const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !(value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt);

const isNumberArray = (value: readonly unknown[]): value is readonly number[] => value.every((item) => typeof item === 'number');

/** The elements of a long array of numbers, a slice at a time, each in its own line at `indent`. */
function* numberLines(values: readonly number[], indent: string): Generator<string> {
  const separator = `,\n${indent}`;
  for (let start = 0; start < values.length; start += NUMBERS_PER_PIECE) {
    const slice = values.slice(start, start + NUMBERS_PER_PIECE);
    // JSON.stringify writes a number as String does, and NaN and ±Infinity as null; "[1,2]" has
    // no comma inside a number, so the commas are exactly the places between elements.
    const lines = JSON.stringify(slice).slice(1, -1).replaceAll(',', separator);
    yield `${start === 0 ? '\n' : ',\n'}${indent}${lines}`;
  }
}

function* arrayPieces(values: readonly unknown[], indent: string, seen: Set<object>): Generator<string> {
  if (values.length === 0) {
    yield '[]';
    return;
  }
  const inner = `${indent}  `;
  yield '[';
  // Any array of numbers goes through numberLines: one JSON.stringify per slice, not per number.
  if (isNumberArray(values)) {
    yield* numberLines(values, inner);
  } else {
    for (let index = 0; index < values.length; index += 1) {
      const value = resolved(values[index], String(index));
      const start = `${index === 0 ? '' : ','}\n${inner}`;
      // JSON writes what it leaves out of an object (undefined, a function) as null in an array.
      if (isContainer(value)) {
        yield start;
        yield* containerPieces(value, inner, seen);
      } else {
        yield start + (leafJson(value) ?? 'null');
      }
    }
  }
  yield `\n${indent}]`;
}

function* objectPieces(record: object, indent: string, seen: Set<object>): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const key of Object.keys(record)) {
    const value = resolved((record as Record<string, unknown>)[key], key);
    const leaf = isContainer(value) ? null : leafJson(value);
    // JSON leaves out a property whose value it cannot write (undefined, a function).
    if (leaf === undefined) continue;
    const start = `${first ? '{' : ','}\n${inner}${jsonControls(JSON.stringify(key))}: `;
    first = false;
    if (leaf === null) {
      yield start;
      yield* containerPieces(value as object, inner, seen);
    } else {
      yield start + leaf;
    }
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * Array elements and object properties in a container below which it is written in one
 * JSON.stringify: walking a small document piece by piece costs a short report more than the
 * whole text of it weighs.
 */
const SMALL = 4096;

/** Whether `value` holds fewer than `budget.left` elements and properties in all, counting down. */
function isSmall(value: unknown, budget: { left: number }): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const items = Array.isArray(value) ? value : Object.values(value);
  budget.left -= items.length;
  if (budget.left < 0) return false;
  for (const item of items) if (!isSmall(item, budget)) return false;
  return true;
}

/** The pieces of an array or object at an indent. */
function* containerPieces(value: object, indent: string, seen: Set<object>): Generator<string> {
  // JSON.stringify refuses a document that holds itself; so does this, rather than loop forever.
  if (seen.has(value)) throw new TypeError('Converting circular structure to JSON');
  // A small container in one piece: JSON.stringify's lines, each moved in by the indent here
  // (a line break inside a JSON string is written as \n, so every real one is between lines).
  if (isSmall(value, { left: SMALL })) {
    yield jsonControls((JSON.stringify(value, null, 2) as string).replaceAll('\n', `\n${indent}`));
    return;
  }
  seen.add(value);
  yield* Array.isArray(value) ? arrayPieces(value, indent, seen) : objectPieces(value, indent, seen);
  seen.delete(value);
}

/**
 * Any output document as pretty JSON with a final newline, a piece at a time: the pieces joined
 * are exactly renderJson's text (JSON.stringify with an indent of 2, the C1 controls and bidi
 * marks escaped by jsonControls). A grouped report over a million rows is some 57 MB of JSON,
 * most of it sorted numbers: written as it is made, the whole text is never held at once.
 *
 * @example [...jsonPieces({ hires: [3, 4] })].join('') // '{\n  "hires": [\n    3,\n    4\n  ]\n}\n'
 */
export function* jsonPieces(document: unknown): Generator<string> {
  const value = resolved(document, '');
  if (isContainer(value)) yield* containerPieces(value, '', new Set());
  else yield leafJson(value) ?? 'null';
  yield '\n';
}
