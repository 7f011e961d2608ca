import { nearest } from '../config/suggest.js';
import { InputError } from '../errors.js';
import { COLUMNS, fileKindOf, normaliseHeader, type TableKind } from './columns.js';
import type { ColumnMapping } from './header.js';
import { shorten } from './problem.js';

/**
 * Checks a file's header against the config's `columns` mapping for its kind (SPEC §2.5): a
 * mapping to a header the file does not have is a typo to point out, not a mapping to pass over
 * (the column would silently be missing): it stops the read with the header concerned and the
 * closest one the file has. (Two columns mapped to one header are refused with the config.)
 * Entries for columns of another kind are left alone: `columns.applications` serves both shapes.
 */
export function checkMapping(fields: readonly string[], kind: TableKind, mapping: ColumnMapping, fileName: string, line: number): void {
  const key = `columns.${fileKindOf(kind)}`;
  const headers = fields.map((field) => field.trim()).filter((field) => field !== '');
  const present = new Set(headers.map(normaliseHeader));
  for (const spec of COLUMNS[kind]) {
    const header = mapping[spec.name];
    if (header === undefined) continue;
    if (present.has(normaliseHeader(header))) continue;
    const closest = nearest(header, headers);
    throw new InputError(
      `${fileName}:${line}: the config maps ${spec.name} to "${shorten(header)}", a header this file does not have` +
        (closest === null ? '' : `; the closest it has is "${shorten(closest)}"`),
      `correct "${key}.${spec.name}" in rkpi.config.json to one of the file's headers: ${headers.map(shorten).join(', ')}`,
    );
  }
}
