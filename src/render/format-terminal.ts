import { Chalk, type ChalkInstance } from 'chalk';
import type { Verdict } from '../core/compare/metric.js';
import { BAR_CELLS, bar } from './bar.js';
import { newTable } from './table-kit.js';
import { isChartCell, type View, type ViewCell } from './view.js';
import { whiskerText } from './whisker.js';

export interface TerminalOptions {
  readonly colour: boolean;
  /** Draw the unicode bars (off with --no-chart). */
  readonly charts: boolean;
}


export function paint(c: ChalkInstance, verdict: Verdict | undefined, text: string): string {
  if (verdict === 'better') return c.green(text);
  if (verdict === 'worse') return c.red(text);
  if (verdict === 'unchanged' || verdict === 'not comparable' || verdict === 'within noise') return c.dim(text);
  return text;
}

/** The bars of a cell as unicode blocks; emphasised bars take the verdict's colour, the others are dim. */
export function unicodeBars(cell: ViewCell, c: ChalkInstance): string {
  return (cell.bars ?? [])
    .map((b) => {
      const drawn = bar(b.value, b.max, BAR_CELLS).padEnd(BAR_CELLS, ' ');
      return b.emphasis ? paint(c, cell.verdict, drawn) : c.dim(drawn);
    })
    .join(' ')
    .trimEnd();
}

/**
 * A cell on one line, as in Markdown: a group label read from a quoted field may hold line
 * breaks, and cli-table3 takes minutes to lay out a cell of thousands of lines.
 */
const oneLine = (text: string): string => (text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text);

function cellText(cell: ViewCell, c: ChalkInstance, charts: boolean): string {
  if (cell.bars) return charts ? unicodeBars(cell, c) : '';
  if (cell.whisker) return charts ? paint(c, cell.verdict, whiskerText(cell.whisker)) : '';
  return paint(c, cell.verdict, oneLine(cell.text));
}

/**
 * A chalk instance that colours exactly when `colour` is true (see wantsColour), whatever chalk
 * itself detects. chalk lives here, not beside wantsColour, so that only the terminal view loads it.
 */
function palette(colour: boolean): ChalkInstance {
  return new Chalk({ level: colour ? 1 : 0 });
}

/** A view as cli-table3 tables for a terminal (or a plain text file). */
export function renderTerminal(view: View, options: TerminalOptions): string {
  const c = palette(options.colour);
  const blocks: string[] = [[c.bold(view.title), ...view.lines].join('\n')];
  for (const table of view.tables) {
    const columns = options.charts ? table.columns : table.columns.filter((_, i) => !table.rows.some((row) => isChartCell(row.cells[i])));
    const keep = table.columns.map((column) => columns.includes(column));
    const grid = newTable(columns.map((column) => column.label), options.colour, columns.map((column) => column.align));
    for (const row of table.rows) grid.push(row.cells.filter((_, i) => keep[i]).map((cell) => cellText(cell, c, options.charts)));
    const parts = [table.title === null ? null : c.bold(table.title), grid.toString(), table.footer === undefined ? null : c.bold(table.footer)];
    blocks.push(parts.filter((part): part is string => part !== null).join('\n'));
  }
  for (const paragraph of view.notes) blocks.push(paragraph.map((line) => c.dim(line)).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
