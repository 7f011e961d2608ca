import { HIRE_COLUMNS } from '../core/hire-columns.js';
import { InputError } from '../errors.js';
import { COLUMNS, type ColumnSpec, type FileKind, fileKindOf, HIRE_DAY_COLUMNS, normaliseHeader, type TableKind } from './columns.js';
import { checkMapping } from './mapping-check.js';
import { shorten } from './problem.js';

/** What one column of the file is: a known column, an extra dimension, or nothing (no header). */
export type HeaderSlot =
  | { readonly kind: 'known'; readonly spec: ColumnSpec; readonly header: string }
  | { readonly kind: 'extra'; readonly key: string; readonly header: string }
  | { readonly kind: 'unnamed' };

/** The config's `columns` mapping for one file: canonical name → header in the file. */
export type ColumnMapping = Readonly<Record<string, string | undefined>>;

/**
 * The column each normalised header name stands for in a table of this kind. A mapping entry for
 * a column this kind does not have is passed over: `columns.applications` holds the columns of
 * both shapes of the applications file.
 */
export function lookupTable(kind: TableKind, mapping: ColumnMapping): Map<string, ColumnSpec> {
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
  kind: TableKind,
  mapping: ColumnMapping,
  fileName: string,
  line = 1,
): HeaderSlot[] {
  checkMapping(fields, kind, mapping, fileName, line);
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
  checkRequired(fields, kind, seen, `${fileName}:${line}`);
  return slots;
}

/** The header as the messages about it list it. */
const headerList = (fields: readonly string[]): string => fields.map((f) => shorten(f.trim())).join(', ');

/** Stops at a file without its required columns: a hires file's day of hire, the other kinds' own. */
function checkRequired(fields: readonly string[], kind: TableKind, seen: ReadonlyMap<string, string>, where: string): void {
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
      `{"columns": {"${fileKindOf(kind)}": {"${example.name}": "<your header>"}}}`,
  );
}

/** The canonical columns a header names, under the mapping of the table kind. */
function namesIn(fields: readonly string[], kind: TableKind, mapping: ColumnMapping): Set<string> {
  const table = lookupTable(kind, mapping);
  return new Set(fields.flatMap((field) => table.get(normaliseHeader(field))?.name ?? []));
}

/**
 * Which shape an applications file has (SPEC §2.7): a stage history when its header has a stage
 * and an entered column, else one row per application.
 *
 * @example applicationsShape(['application_id', 'stage', 'entered'], {}) // 'stageHistory'
 */
export function applicationsShape(fields: readonly string[], mapping: ColumnMapping): 'applications' | 'stageHistory' {
  const names = namesIn(fields, 'stageHistory', mapping);
  return names.has('stage') && names.has('entered') ? 'stageHistory' : 'applications';
}

/** Columns only an applications file has: a hires file has no status, step or closing date. */
const APPLICATION_ANCHORS = ['application_id', 'status', 'screened', 'interview', 'feedback', 'offer', 'declined', 'rejected', 'withdrawn'];

/**
 * The columns by which a hires, costs or hours file is told: a hires file has any of its own
 * (SPEC §2.2: no single one is required), a costs file `amount`, an hours file `hours` (by name,
 * alias or mapping).
 */
const KIND_ANCHORS: Readonly<Record<'hires' | 'costs' | 'hours', readonly string[]>> = { hires: HIRE_COLUMNS, costs: ['amount'], hours: ['hours'] };

/**
 * Which input a file is, from its header: a stage history has `stage` and `entered`; an
 * applications file `applied` and a column no hires file has (a status, a step or a closing date
 * such as `interview` or `rejected`); else, of the kinds whose anchor columns (KIND_ANCHORS) it
 * has, the one that knows most of its columns, hires before costs before hours on a tie.
 */
export function detectKind(
  fields: readonly string[],
  fileName: string,
  mappings: Readonly<Partial<Record<FileKind, ColumnMapping>>>,
  line = 1,
): TableKind {
  const applications = mappings.applications ?? {};
  if (applicationsShape(fields, applications) === 'stageHistory') return 'stageHistory';
  const hires = lookupTable('hires', mappings.hires ?? {});
  const own = fields.filter((field) => !hires.has(normaliseHeader(field)));
  const anchored = [...namesIn(own, 'applications', applications)].some((name) => APPLICATION_ANCHORS.includes(name));
  if (anchored && namesIn(fields, 'applications', applications).has('applied')) return 'applications';
  const headers = [...new Set(fields.map(normaliseHeader))];
  let found: { kind: TableKind; known: number } | null = null;
  for (const kind of ['hires', 'costs', 'hours'] as const) {
    const table = lookupTable(kind, mappings[kind] ?? {});
    const known = headers.flatMap((header) => table.get(header)?.name ?? []);
    if (!known.some((name) => KIND_ANCHORS[kind].includes(name))) continue;
    if (found === null || known.length > found.known) found = { kind, known: known.length };
  }
  if (!found) {
    throw new InputError(
      `${fileName}:${line}: cannot tell whether this is a hires, applications, costs or hours file`,
      'a hires file has hire columns such as offer_accepted, start_date or vacancy_opened, a costs file an amount column, ' +
        'an hours file an hours column, an applications file an applied column and a status or a step such as interview ' +
        'or rejected (or, one row per stage, stage and entered columns); rankings are read by rkpi weights, scores by rkpi value --scores',
    );
  }
  return found.kind;
}
