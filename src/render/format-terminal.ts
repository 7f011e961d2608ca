import { Chalk, type ChalkInstance } from 'chalk';
import type { Verdict } from '../core/compare/metric.js';
import { BAR_CELLS, bar } from './bar.js';
import { newTable } from './table-kit.js';
import { visibleControls } from './visible-controls.js';
import type { Lang } from './format.js';
import { isChartCell, type View, type ViewCell, type ViewTable } from './view.js';
import { whiskerText } from './whisker.js';

/**
 * A terminal shows this many groups of a table; the other formats show every one. cli-table3 lays
 * a table out in time that grows with the square of its rows (10,000 groups took 44 s), and a
 * screen of more groups is not read anyway.
 */
export const TERMINAL_GROUPS = 100;

const MORE_GROUPS: Readonly<Record<Lang, (count: string) => string>> = {
  en: (count) => `… and ${count} more groups: --format csv, json, md or html shows every group`,
  nl: (count) => `… en nog ${count} groepen: --format csv, json, md of html toont elke groep`,
};

/** The rows a terminal shows, and the line that counts the ones it leaves out (null: none left out). */
function shownRows(table: ViewTable, lang: Lang): { rows: ViewTable['rows']; more: string | null } {
  if (table.rowKind !== 'group' || table.rows.length <= TERMINAL_GROUPS) return { rows: table.rows, more: null };
  const count = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB').format(table.rows.length - TERMINAL_GROUPS);
  return { rows: table.rows.slice(0, TERMINAL_GROUPS), more: MORE_GROUPS[lang](count) };
}

export interface TerminalOptions {
  readonly colour: boolean;
  readonly lang: Lang;
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
 * Text of the data on one line, as in Markdown: a group label read from a quoted field may hold
 * line breaks, and cli-table3 takes minutes to lay out a cell of thousands of lines. Control
 * characters are shown escaped, so that a cell cannot move the cursor or clear the screen.
 */
const oneLine = (text: string): string => visibleControls(text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text).replace(/\t/g, ' ');

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
  const blocks: string[] = [[c.bold(oneLine(view.title)), ...view.lines.map(oneLine)].join('\n')];
  for (const table of view.tables) {
    const columns = options.charts ? table.columns : table.columns.filter((_, i) => !table.rows.some((row) => isChartCell(row.cells[i])));
    const keep = table.columns.map((column) => columns.includes(column));
    const grid = newTable(columns.map((column) => oneLine(column.label)), options.colour, columns.map((column) => column.align));
    const { rows, more } = shownRows(table, options.lang);
    for (const row of rows) grid.push(row.cells.filter((_, i) => keep[i]).map((cell) => cellText(cell, c, options.charts)));
    const parts = [
      table.title === null ? null : c.bold(oneLine(table.title)),
      grid.toString(),
      more === null ? null : c.dim(more),
      table.footer === undefined ? null : c.bold(visibleControls(table.footer)),
    ];
    blocks.push(parts.filter((part): part is string => part !== null).join('\n'));
  }
  for (const paragraph of view.notes) blocks.push(paragraph.map((line) => c.dim(oneLine(line))).join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
