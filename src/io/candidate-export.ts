/**
 * A hires file that is really a candidate export (SPEC §2.6): one row per candidate, with the
 * candidates who were rejected or declined among them. Read as hires it would count every rejected
 * candidate as an open vacancy and every declined offer as a hire, so it stops the run instead.
 */
import { InputError } from '../errors.js';
import { normaliseHeader } from './columns.js';
import { shorten } from './problem.js';
import type { Table } from './read-table.js';
import type { Column } from './table-columns.js';

/** Words of a status that no hire has: a rejection, a declined offer, a withdrawal (English, Dutch). */
const NOT_HIRED = /reject|declin|withdr|afgewez|afwijz|teruggetrok|afgehaakt|not selected|niet geselecteerd|not hired|niet aangenomen/i;

/** A status column: its header says status, stage or outcome. */
function isStatusHeader(key: string): boolean {
  return key.includes('status') || ['stage', 'current_stage', 'fase', 'disposition', 'outcome', 'uitkomst'].includes(key);
}

/** Headers of the dates that close an application without a hire (the aliases of SPEC §2.6). */
const CLOSING_DATES = new Set(
  [
    'rejected', 'rejected_at', 'rejection_date', 'afgewezen', 'afwijzing', 'declined', 'declined_at', 'offer_declined',
    'aanbod_afgewezen', 'withdrawn', 'withdrawn_at', 'teruggetrokken', 'afgehaakt',
  ].map(normaliseHeader),
);

/**
 * The dimensions of a hires file this check reads, kept whatever `--by` asks for: status and
 * closing-date columns (few distinct values), and vacancy_id only beside a closing-date column.
 *
 * @example candidateCheckKeys(['vacancy_id', 'offer_status', 'department']) // Set { 'offer_status' }
 */
export function candidateCheckKeys(keys: readonly string[]): ReadonlySet<string> {
  const kept = new Set(keys.filter((key) => isStatusHeader(key) || CLOSING_DATES.has(key)));
  if (keys.some((key) => CLOSING_DATES.has(key))) kept.add('vacancy_id');
  return kept;
}

/** A row's value of a dimension: the first non-empty of its columns. */
function valueAt(columns: readonly Column<string>[] | undefined, row: number): string | null {
  for (const column of columns ?? []) {
    const value = column.get(row);
    if (value !== null) return value;
  }
  return null;
}

/** Up to two distinct status values that no hire has, with their lines, in a status column. */
function rejectionWords(table: Table, key: string): { value: string; line: number }[] {
  const found: { value: string; line: number }[] = [];
  const columns = table.dimensions.get(key);
  for (let row = 0; row < table.rows && found.length < 2; row += 1) {
    const value = valueAt(columns, row);
    if (value !== null && NOT_HIRED.test(value) && !found.some((f) => f.value === value)) found.push({ value, line: table.lines.get(row) ?? 0 });
  }
  return found;
}

/** The first row with a closing date in a closing-date column, and a vacancy of several rows: why the file has several candidates per vacancy. */
function candidatesPerVacancy(table: Table, key: string): string | null {
  const closing = table.dimensions.get(key);
  const vacancies = table.dimensions.get('vacancy_id');
  let closed = -1;
  for (let row = 0; row < table.rows && closed < 0; row += 1) if (valueAt(closing, row) !== null) closed = row;
  if (closed < 0 || vacancies === undefined) return null;
  const linesOf = new Map<string, number[]>();
  for (let row = 0; row < table.rows; row += 1) {
    const vacancy = valueAt(vacancies, row);
    if (vacancy === null) continue;
    const lines = linesOf.get(vacancy) ?? [];
    lines.push(table.lines.get(row) ?? 0);
    linesOf.set(vacancy, lines);
    if (lines.length === 2) {
      const header = table.dimensionHeaders.get(key) ?? key;
      const line = table.lines.get(closed) ?? 0;
      return `vacancy "${shorten(vacancy)}" has several rows (lines ${lines.join(' and ')}) and column "${shorten(header)}" holds closing dates (line ${line})`;
    }
  }
  return null;
}

/**
 * Stops at a hires file that looks like a candidate export: a status column with words of
 * rejection, decline or withdrawal, or several rows per vacancy with closing dates (rejected,
 * declined, withdrawn). The message names what gave it away and points to `--applications`.
 */
export function refuseCandidateExport(table: Table): void {
  let sign: string | null = null;
  for (const key of table.dimensionHeaders.keys()) {
    if (sign === null && isStatusHeader(key)) {
      const words = rejectionWords(table, key);
      const header = shorten(table.dimensionHeaders.get(key) ?? key);
      if (words.length > 0) sign = `column "${header}" says ${words.map((w) => `"${shorten(w.value)}" (line ${w.line})`).join(' and ')}`;
    }
    if (sign === null && CLOSING_DATES.has(key)) sign = candidatesPerVacancy(table, key);
  }
  if (sign === null) return;
  throw new InputError(
    `${table.fileName} looks like a candidate export (a row per candidate), not a hires file: ${sign}; ` +
      'read as hires, its rejected candidates would count as open vacancies and its declined offers as hires',
    'give it to --applications, which reads one row per application; or export one row per hire (and per vacancy still open)',
  );
}
