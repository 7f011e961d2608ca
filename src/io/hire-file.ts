/**
 * What the columns of a hires file decide (SPEC §2.2): which KPIs it can measure, the day a hire
 * counts on, and where time to fill comes from; the last two are said once on stderr.
 */
import { HIRE_COLUMNS, type HireColumn, type HireColumns } from '../core/hire-columns.js';
import { shorten } from './problem.js';
import type { Table } from './read-table.js';

/**
 * The hire columns a hires table has.
 *
 * @example hireColumnsOf(table of "id;Startdatum;Uit dienst") // Set { 'start_date', 'left_date' }
 */
export function hireColumnsOf(table: Table): HireColumns {
  return new Set(HIRE_COLUMNS.filter((column) => table.columns.has(column)));
}

/**
 * The notes a hires file's columns call for: hires counted on their start_date in a file without
 * offer_accepted; time to fill taken from the file's time_to_fill column without vacancy_opened
 * (or offer_accepted), and that column left unused where the dates give time to fill.
 *
 * @example hireFileNotes(table of "DateofHire;Days to Fill", mapped to start_date and time_to_fill)
 * // ['hires.csv: no offer_accepted column: a hire counts in the period of its start_date (column "DateofHire")',
 * //  'hires.csv: no vacancy_opened column: time to fill is the file's own time_to_fill (column "Days to Fill"), in days as the ATS counted them']
 */
export function hireFileNotes(table: Table): string[] {
  const columns = hireColumnsOf(table);
  const header = (column: HireColumn): string => `column "${shorten(table.headers.get(column) ?? column)}"`;
  const notes: string[] = [];
  if (!columns.has('offer_accepted') && columns.has('start_date')) {
    notes.push(`no offer_accepted column: a hire counts in the period of its start_date (${header('start_date')})`);
  }
  if (columns.has('time_to_fill')) {
    // As fillMeasure decides: the dates when the file has both, else the file's own figure.
    const fromDates = columns.has('vacancy_opened') && columns.has('offer_accepted');
    const lacking = columns.has('vacancy_opened') ? 'offer_accepted' : 'vacancy_opened';
    notes.push(
      fromDates
        ? `time_to_fill (${header('time_to_fill')}) is not used: time to fill is counted from vacancy_opened to offer_accepted`
        : `no ${lacking} column: time to fill is the file's own time_to_fill (${header('time_to_fill')}), in days as the ATS counted them`,
    );
  }
  return notes.map((note) => `${table.fileName}: ${note}`);
}
