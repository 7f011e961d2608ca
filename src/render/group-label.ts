import { NO_GROUP } from '../core/grouping.js';

/**
 * How a view shows a group: its value, or "(none)" for the records without one (whose key is
 * the empty value, so that a value "(none)" in the data stays a group of its own).
 *
 * @example groupLabel('') // '(none)'
 */
export function groupLabel(key: string): string {
  return key === NO_GROUP ? '(none)' : key;
}
