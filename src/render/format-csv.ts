import { stringify } from 'csv-stringify/sync';
import { isChartCell, type View, type ViewTable } from './view.js';
import { visibleControls } from './visible-controls.js';

export interface CsvOptions {
  /** What Dutch Excel opens directly: BOM, `;` and a decimal comma. */
  readonly excel: boolean;
  /** The main table (groups, or else the first) as one row per row of the table, instead of one row per figure. */
  readonly wide: boolean;
}

type Cell = string | number;

function stringifyRows(rows: readonly (readonly Cell[])[], options: CsvOptions): string {
  // Control characters shown escaped, as everywhere text may reach a terminal; tab and line breaks are quoted.
  const visible = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? visibleControls(cell) : cell)));
  return stringify(visible, {
    bom: options.excel,
    delimiter: options.excel ? ';' : ',',
    record_delimiter: options.excel ? 'windows' : 'unix',
    // A text cell that starts with = + - @ TAB or CR gets a leading ' so Excel shows it instead of
    // running it; numbers are written as numbers, so a negative amount stays a number.
    escape_formulas: true,
    cast: { number: (value) => (options.excel ? String(value).replace('.', ',') : String(value)) },
  });
}

/**
 * A figure as the CSV writes it: a percentage (the recruiting cost ratio, 8.5759) as a share
 * (0.085759, unit `share`) like every other ratio, so a column of ratios is one kind of number that
 * Excel's percent format shows right. 12 significant digits drop the binary noise of the division.
 */
function csvFigure(value: number | null, unit: string): { value: number | null; unit: string } {
  if (unit !== 'percent') return { value, unit };
  return { value: value === null ? null : Number((value / 100).toPrecision(12)), unit: 'share' };
}

/** The metric name of a figure: a group table's column, or the row's KPI with the column as a suffix. */
function metricOf(table: ViewTable, rowKey: string, columnKey: string): { group: string; metric: string } {
  if (table.rowKind === 'group') return { group: rowKey, metric: columnKey };
  return { group: '', metric: columnKey === 'value' ? rowKey : `${rowKey}.${columnKey}` };
}

/**
 * One row per figure: section, group, metric, value, unit, note; pivots well in Excel. The note
 * says why an empty value has none, or what a value leaves out.
 */
function tidyRows(view: View): Cell[][] {
  const rows: Cell[][] = [['section', 'group', 'metric', 'value', 'unit', 'note']];
  for (const date of view.dates ?? []) rows.push(['dates', date.group, date.key, date.iso, 'date', '']);
  for (const table of view.tables) {
    for (const row of table.rows) {
      row.cells.forEach((cell, index) => {
        const column = table.columns[index];
        if (cell.value === undefined || column === undefined) return;
        const { group, metric } = metricOf(table, row.key, column.key);
        const { value, unit } = csvFigure(cell.value, cell.unit ?? '');
        rows.push([table.id, group, metric, value ?? '', unit, cell.note ?? '']);
      });
    }
  }
  return rows;
}

/**
 * The main table: the first group table of the view's own (the report's groups), else the first
 * table. A table of a section (id `process.channels`) is never the main one: without --by the
 * report's main table stays its summary.
 */
function mainTable(view: View): ViewTable | undefined {
  return view.tables.find((candidate) => candidate.rowKind === 'group' && !candidate.id.includes('.')) ?? view.tables[0];
}

function wideRows(view: View): Cell[][] {
  const table = mainTable(view);
  if (table === undefined) return [];
  const columns = table.columns.filter((_, index) => !table.rows.some((row) => isChartCell(row.cells[index])));
  const keep = table.columns.map((column) => columns.includes(column));
  return [
    columns.map((column) => column.label),
    ...table.rows.map((row) =>
      row.cells
        .filter((_, index) => keep[index])
        .map((cell) => (cell.value === undefined ? cell.text : (csvFigure(cell.value, cell.unit ?? '').value ?? ''))),
    ),
  ];
}

/** A view as CSV that is safe to open in Excel. */
export function renderCsv(view: View, options: CsvOptions): string {
  return stringifyRows(options.wide ? wideRows(view) : tidyRows(view), options);
}
