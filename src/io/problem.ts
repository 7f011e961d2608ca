/** One thing wrong with an input record, as the user will read it. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  /** The column's header as written in the file, or null for a problem with the whole row. */
  readonly column: string | null;
  readonly value: string | null;
  readonly reason: string;
  /** How to fix it, printed once under the list of problems. */
  readonly hint?: string;
}

/**
 * The one-line form of a problem: `file:line: column "name": reason (value: "…")`.
 *
 * @example formatProblem({ file: 'hires.csv', line: 7, column: 'startdatum', value: '31-02-2025', reason: 'not a date' })
 * // 'hires.csv:7: column "startdatum": not a date (value: "31-02-2025")'
 */
export function formatProblem(problem: Problem): string {
  const column = problem.column === null ? '' : ` column "${shorten(problem.column)}":`;
  const value = problem.value === null ? '' : ` (value: "${shorten(problem.value)}")`;
  return `${problem.file}:${problem.line}:${column} ${problem.reason}${value}`;
}

/** A cell's or header's text for a one-line message: line breaks shown as `\n`, at most 60 characters. */
export function shorten(value: string): string {
  const flat = value.replace(/\n/g, '\\n');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
