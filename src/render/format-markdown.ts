import { BAR_CELLS, bar } from './bar.js';
import { isChartCell, type View, type ViewCell } from './view.js';
import { visibleControls } from './visible-controls.js';
import { whiskerText } from './whisker.js';

const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text of the data as Markdown shows it and never runs it: `<script>` and other HTML as entities
 * (renderers pass raw HTML through), `[` `]` and `` ` `` escaped so that no link, image (a
 * tracking pixel) or code span forms, `|` so that a cell stays a cell, and control characters
 * visibly escaped; in a cell, line breaks become spaces.
 */
const escapeText = (text: string): string =>
  visibleControls(text)
    .replace(/[\\|[\]`]/g, (char) => `\\${char}`)
    .replace(/[&<>]/g, (char) => MARKDOWN_ENTITIES[char] ?? char);
const escapeCell = (text: string): string => escapeText(text).replace(/\s*\n\s*/g, ' ');

function cellText(cell: ViewCell): string {
  if (cell.bars) return cell.bars.map((b) => bar(b.value, b.max, BAR_CELLS) || '·').join(' → ');
  if (cell.whisker) return `\`${whiskerText(cell.whisker)}\``;
  return escapeCell(cell.text);
}

/** A view as Markdown: headings and pipe tables, for documents and slides. */
export function renderMarkdown(view: View, options: { charts: boolean }): string {
  const parts: string[] = [`# ${escapeCell(view.title)}`, view.lines.map(escapeCell).join('  \n')];
  for (const table of view.tables) {
    const keep = table.columns.map((_, i) => options.charts || !table.rows.some((row) => isChartCell(row.cells[i])));
    const columns = table.columns.filter((_, i) => keep[i]);
    const lines = [
      `| ${columns.map((column) => escapeCell(column.label)).join(' | ')} |`,
      `| ${columns.map((column) => (column.align === 'right' ? '---:' : '---')).join(' | ')} |`,
      ...table.rows.map((row) => `| ${row.cells.filter((_, i) => keep[i]).map(cellText).join(' | ')} |`),
    ];
    const footer = table.footer === undefined ? null : escapeText(table.footer);
    parts.push([table.title === null ? null : `## ${escapeCell(table.title)}`, lines.join('\n'), footer].filter((p) => p !== null).join('\n\n'));
  }
  for (const paragraph of view.notes) parts.push(paragraph.map(escapeCell).join('  \n'));
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
