/**
 * Which columns the applications file has (SPEC §2.6). Only `applied` is required, so a process
 * figure whose column is absent is not measured, and its reason names that column rather than
 * blaming the rows. A stage history (§2.7) can date every stage, so it has every moment column.
 */

/** The applications file's columns that process figures read, by canonical name. */
export const PROCESS_COLUMNS = ['screened', 'interview', 'feedback', 'offer', 'hired', 'declined', 'rejected', 'withdrawn', 'status', 'channel'] as const;

export type ProcessColumn = (typeof PROCESS_COLUMNS)[number];

/** The columns an applications file has. */
export type ProcessColumns = ReadonlySet<ProcessColumn>;

/** An applications file with every column, as data built in memory has. */
export const EVERY_PROCESS_COLUMN: ProcessColumns = new Set(PROCESS_COLUMNS);

/**
 * The reason for a figure whose columns the file lacks: null when it has at least one of
 * `columns`, else "no A, B or C column in the applications file".
 *
 * @example lackingColumns(new Set(['screened']), 'interview') // 'no interview column in the applications file'
 * @example lackingColumns(new Set(['declined']), 'withdrawn', 'declined') // null
 */
export function lackingColumns(has: ProcessColumns, ...columns: readonly ProcessColumn[]): string | null {
  if (columns.some((column) => has.has(column))) return null;
  const names = columns.length === 1 ? columns[0] : `${columns.slice(0, -1).join(', ')} or ${columns[columns.length - 1]}`;
  return `no ${names} column in the applications file`;
}
