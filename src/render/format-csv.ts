import { stringify } from 'csv-stringify/sync';
import { isChartCell, type View, type ViewTable } from './view.js';

export interface CsvOptions {
  /** What Dutch Excel opens directly: BOM, `;` and a decimal comma. */
  readonly excel: boolean;
  /** The main table (groups, or else the first) as one row per row of the table, instead of one row per figure. */
  readonly wide: boolean;
}

type Cell = string | number;

function stringifyRows(rows: readonly (readonly Cell[])[], options: CsvOptions): string {
  return stringify(rows as Cell[][], {
    bom: options.excel,
    delimiter: options.excel ? ';' : ',',
    record_delimiter: options.excel ? 'windows' : 'unix',
    // A text cell that starts with = + - @ TAB or CR gets a leading ' so Excel shows it instead of
    // running it; numbers are written as numbers, so a negative amount stays a number.
    escape_formulas: true,
    cast: { number: (value) => (options.excel ? String(value).replace('.', ',') : String(value)) },
  });
}

/** The metric name of a figure: a group table's column, or the row's KPI with the column as a suffix. */
function metricOf(table: ViewTable, rowKey: string, columnKey: string): { group: string; metric: string } {
  if (table.rowKind === 'group') return { group: rowKey, metric: columnKey };
  return { group: '', metric: columnKey === 'value' ? rowKey : `${rowKey}.${columnKey}` };
}

/** One row per figure: section, group, metric, value, unit; pivots well in Excel. */
function tidyRows(view: View): Cell[][] {
  const rows: Cell[][] = [['section', 'group', 'metric', 'value', 'unit']];
  for (const table of view.tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, index) => {
        const column = table.columns[index];
        if (cell.value === undefined || column === undefined) return;
        const { group, metric } = metricOf(table, row.key, column.key);
        rows.push([table.id, group, metric, cell.value ?? '', cell.unit ?? '']);
      });
    }
  }
  return rows;
}

function wideRows(view: View): Cell[][] {
  const table = view.tables.find((candidate) => candidate.rowKind === 'group') ?? view.tables[0];
  if (table === undefined) return [];
  const columns = table.columns.filter((_, index) => !table.rows.some((row) => isChartCell(row.cells[index])));
  const keep = table.columns.map((column) => columns.includes(column));
  return [
    columns.map((column) => column.label),
    ...table.rows.map((row) => row.cells.filter((_, index) => keep[index]).map((cell) => (typeof cell.value === 'number' ? cell.value : cell.value === null ? '' : cell.text))),
  ];
}

/** A view as CSV that is safe to open in Excel. */
export function renderCsv(view: View, options: CsvOptions): string {
  return stringifyRows(options.wide ? wideRows(view) : tidyRows(view), options);
}
