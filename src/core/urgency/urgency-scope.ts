import type { Dimensions } from '../types.js';

/**
 * Whose page `rkpi urgency` makes (SPEC §11.5): one hiring manager's (matched on the
 * `hiring_manager` column), one vacancy's (`vacancy_id`), or everyone's.
 */
export type UrgencyScope =
  | { readonly kind: 'everyone' }
  | { readonly kind: 'manager'; readonly name: string }
  | { readonly kind: 'vacancy'; readonly id: string };

/** The dimension a scope is matched on; null for everyone. */
export function scopeColumn(scope: UrgencyScope): 'hiring_manager' | 'vacancy_id' | null {
  if (scope.kind === 'manager') return 'hiring_manager';
  if (scope.kind === 'vacancy') return 'vacancy_id';
  return null;
}

/**
 * A name as a person types it and an export writes it, for matching: trimmed, runs of white space
 * as one space, lower case. "Willem van den Berg" and " willem  van den berg" are one manager.
 *
 * @example nameKey('  Willem  van den Berg ') // 'willem van den berg'
 */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Whether a record (by its dimensions) belongs to the scope: everyone's always; a manager's or a
 * vacancy's when its hiring_manager or vacancy_id is the scope's name (see nameKey).
 *
 * @example inScope(new Map([['hiring_manager', 'Rob Mulder']]), { kind: 'manager', name: 'rob mulder' }) // true
 * @example inScope(new Map(), { kind: 'vacancy', id: 'VAC-1' }) // false
 */
export function inScope(dims: Dimensions, scope: UrgencyScope): boolean {
  if (scope.kind === 'everyone') return true;
  const value = dims.get(scope.kind === 'manager' ? 'hiring_manager' : 'vacancy_id');
  return value !== undefined && nameKey(value) === nameKey(scope.kind === 'manager' ? scope.name : scope.id);
}

/**
 * The values a column takes over some lists of records, each once as first written, sorted: the
 * managers or vacancies a page can be made for, for a message when a name matches none.
 *
 * @example valuesOf('hiring_manager', [[{ dims: Map{hiring_manager: 'B'} }, { dims: Map{hiring_manager: 'A'} }]]) // ['A', 'B']
 */
export function valuesOf(column: string, lists: readonly Iterable<{ readonly dims: Dimensions }>[]): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) {
    for (const record of list) {
      const value = record.dims.get(column);
      if (value !== undefined && !seen.has(nameKey(value))) seen.set(nameKey(value), value);
    }
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
