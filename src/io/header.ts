import { HIRE_COLUMNS } from '../core/hire-columns.js';
import { closest } from '../config/suggest.js';
import { InputError } from '../errors.js';
import { COLUMNS, type ColumnSpec, type FileKind, HIRE_DAY_COLUMNS, normaliseHeader } from './columns.js';
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
 * become extra dimensions for `--by`. A duplicate column or a missing required one stops the read;
 * a hires file needs no single column, but one of HIRE_DAY_COLUMNS (SPEC §2.2).
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
  checkMapping(fields, kind, mapping, `${fileName}:${line}`);
  checkRequired(fields, kind, seen, `${fileName}:${line}`);
  return slots;
}

/** The header as the messages about it list it. */
const headerList = (fields: readonly string[]): string => fields.map((f) => shorten(f.trim())).join(', ');

/**
 * Stops at a `columns` mapping to a header the file does not have (SPEC §2.5): ignored, it would
 * leave its column out unnoticed (a typo such as "Requistion ID" made `--by vacancy` one group).
 */
function checkMapping(fields: readonly string[], kind: FileKind, mapping: ColumnMapping, where: string): void {
  const headers = fields.map((field) => field.trim()).filter((field) => field !== '');
  const present = new Set(headers.map(normaliseHeader));
  for (const spec of COLUMNS[kind]) {
    const header = Object.hasOwn(mapping, spec.name) ? mapping[spec.name] : undefined;
    if (header === undefined || present.has(normaliseHeader(header))) continue;
    const near = closest(header.trim(), headers);
    throw new InputError(
      `${where}: the config maps ${spec.name} to "${shorten(header)}", which this file does not have` +
        (near === null ? '' : `; the closest header is "${shorten(near)}"`),
      `correct the header in rkpi.config.json ("columns": {"${kind}": {"${spec.name}": …}}), or leave the mapping out; ` +
        `the file's headers are: ${headerList(fields)}`,
    );
  }
}

/** Stops at a file without its required columns: costs and hours files' own, a hires file's day of hire. */
function checkRequired(fields: readonly string[], kind: FileKind, seen: ReadonlyMap<string, string>, where: string): void {
  if (kind === 'hires') {
    if (HIRE_DAY_COLUMNS.some((name) => seen.has(name))) return;
    throw new InputError(
      `${where}: a hires file needs an offer_accepted or a start_date column (the header has: ${headerList(fields)})`,
      'a hire counts on the day its offer was accepted (offer_accepted, aanbod_geaccepteerd), else on its first working day ' +
        '(start_date, startdatum): name your column so, or map it in rkpi.config.json: {"columns": {"hires": {"offer_accepted": "<your header>"}}}',
    );
  }
  const missing = COLUMNS[kind].filter((spec) => spec.required && !seen.has(spec.name));
  if (missing.length === 0) return;
  const names = missing.map((spec) => `"${spec.name}"`).join(', ');
  const example = missing[0]!;
  throw new InputError(
    `${where}: required ${missing.length > 1 ? `columns ${names} are` : `column ${names} is`} missing (the header has: ${headerList(fields)})`,
    `name the column ${example.name} or ${example.aliases[0] ?? example.name}, or map it in rkpi.config.json: ` +
      `{"columns": {"${kind}": {"${example.name}": "<your header>"}}}`,
  );
}

/**
 * The columns by which a file's kind is told: a hires file has any of its own (SPEC §2.2: no single
 * one is required), a costs file `amount`, an hours file `hours` (by name, alias or mapping).
 */
const KIND_ANCHORS: Readonly<Record<FileKind, readonly string[]>> = { hires: HIRE_COLUMNS, costs: ['amount'], hours: ['hours'] };

/**
 * Which input a file is, from its header: of the kinds whose anchor columns (KIND_ANCHORS) it has,
 * the one that knows most of its columns; hires before costs before hours on a tie.
 */
export function detectKind(
  fields: readonly string[],
  fileName: string,
  mappings: Readonly<Partial<Record<FileKind, ColumnMapping>>>,
  line = 1,
): FileKind {
  const headers = [...new Set(fields.map(normaliseHeader))];
  let found: { kind: FileKind; known: number } | null = null;
  for (const kind of ['hires', 'costs', 'hours'] as const) {
    const table = lookupTable(kind, mappings[kind] ?? {});
    const known = headers.flatMap((header) => table.get(header)?.name ?? []);
    if (!known.some((name) => KIND_ANCHORS[kind].includes(name))) continue;
    if (found === null || known.length > found.known) found = { kind, known: known.length };
  }
  if (!found) {
    throw new InputError(
      `${fileName}:${line}: cannot tell whether this is a hires, costs or hours file`,
      'a hires file has hire columns such as offer_accepted, start_date or vacancy_opened, a costs file an amount column, ' +
        'an hours file an hours column; rankings are read by rkpi weights, scores by rkpi value --scores',
    );
  }
  return found.kind;
}
