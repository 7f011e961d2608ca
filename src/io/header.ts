import { InputError } from '../errors.js';
import { COLUMNS, type ColumnSpec, type FileKind, normaliseHeader } from './columns.js';
import { shorten } from './problem.js';

/** What one column of the file is: a known column, an extra dimension, or nothing (no header). */
export type HeaderSlot =
  | { readonly kind: 'known'; readonly spec: ColumnSpec; readonly header: string }
  | { readonly kind: 'extra'; readonly key: string; readonly header: string }
  | { readonly kind: 'unnamed' };

/** The config's `columns` mapping for one file: canonical name → header in the file. */
export type ColumnMapping = Readonly<Record<string, string | undefined>>;

function lookupTable(kind: FileKind, mapping: ColumnMapping): Map<string, ColumnSpec> {
  const table = new Map<string, ColumnSpec>();
  const specs = COLUMNS[kind];
  const mapped = new Set<string>();
  for (const [canonical, header] of Object.entries(mapping)) {
    const spec = specs.find((candidate) => candidate.name === canonical);
    if (spec && header !== undefined) {
      table.set(normaliseHeader(header), spec);
      mapped.add(canonical);
    }
  }
  for (const spec of specs) {
    if (mapped.has(spec.name)) continue;
    for (const name of [spec.name, ...spec.aliases]) {
      const key = normaliseHeader(name);
      if (!table.has(key)) table.set(key, spec);
    }
  }
  return table;
}

/**
 * Matches a file's header row to the canonical columns of its kind: the config's `columns`
 * mapping first, then the canonical names and their English and Dutch aliases. Unknown columns
 * become extra dimensions for `--by`. A duplicate column or a missing required one stops the read.
 */
export function mapHeader(
  fields: readonly string[],
  kind: FileKind,
  mapping: ColumnMapping,
  fileName: string,
  line = 1,
): HeaderSlot[] {
  const table = lookupTable(kind, mapping);
  const seen = new Map<string, string>();
  const slots = fields.map((raw): HeaderSlot => {
    const header = raw.trim();
    const key = normaliseHeader(header);
    if (key === '') return { kind: 'unnamed' };
    const spec = table.get(key);
    const identity = spec ? spec.name : `extra:${key}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      throw new InputError(
        `${fileName}:${line}: columns "${shorten(earlier)}" and "${shorten(header)}" are the same column${spec ? ` (${spec.name})` : ''}`,
        'remove or rename one of them, or map the one to use in the config\'s "columns"',
      );
    }
    seen.set(identity, header);
    return spec ? { kind: 'known', spec, header } : { kind: 'extra', key, header };
  });
  const missing = COLUMNS[kind].filter((spec) => spec.required && !seen.has(spec.name));
  if (missing.length > 0) {
    const names = missing.map((spec) => `"${spec.name}"`).join(', ');
    const example = missing[0]!;
    throw new InputError(
      `${fileName}:${line}: required ${missing.length > 1 ? `columns ${names} are` : `column ${names} is`} missing ` +
        `(the header has: ${fields.map((f) => shorten(f.trim())).join(', ')})`,
      `name the column ${example.name} or ${example.aliases[0] ?? example.name}, or map it in rkpi.config.json: ` +
        `{"columns": {"${kind}": {"${example.name}": "<your header>"}}}`,
    );
  }
  return slots;
}

/**
 * Which input a file is, from its header: a hires file has `vacancy_opened`, a costs file
 * `amount`, an hours file `hours` (by name or alias).
 */
const KIND_ANCHORS: Readonly<Record<FileKind, string>> = { hires: 'vacancy_opened', costs: 'amount', hours: 'hours' };

export function detectKind(
  fields: readonly string[],
  fileName: string,
  mappings: Readonly<Partial<Record<FileKind, ColumnMapping>>>,
  line = 1,
): FileKind {
  const headers = new Set(fields.map(normaliseHeader));
  const kinds: FileKind[] = ['hires', 'costs', 'hours'];
  const found = kinds.find((kind) => {
    const table = lookupTable(kind, mappings[kind] ?? {});
    return [...headers].some((header) => table.get(header)?.name === KIND_ANCHORS[kind]);
  });
  if (!found) {
    throw new InputError(
      `${fileName}:${line}: cannot tell whether this is a hires, costs or hours file`,
      'a hires file has a vacancy_opened column, a costs file an amount column, an hours file an hours column; ' +
        'rankings are read by rkpi weights, scores by rkpi value --scores',
    );
  }
  return found;
}
