import { isChartCell, type ViewCell, type ViewTable } from '../view.js';
import { whiskerSvg } from './whisker-svg.js';
import { escapeHtml } from './escape.js';
import { rect, svg, verdictClass } from './svg.js';

const BAR_WIDTH = 110;

/** A cell's bars as a small inline SVG: emphasised bars in the verdict's colour, the others light grey. */
function cellBars(cell: ViewCell, id: string): string {
  const bars = cell.bars ?? [];
  if (bars.length === 0) return '';
  const body = bars.map((bar, i) => {
    const length = bar.max > 0 && bar.value > 0 ? (Math.min(bar.value, bar.max) / bar.max) * BAR_WIDTH : 0;
    const className = bar.emphasis ? `cell-bar ${cell.verdict === undefined ? 'v-changed' : verdictClass(cell.verdict)}` : 'cell-bar dim';
    return rect(0, i * 8, length, 6, { class: className });
  });
  return svg(id, 'cell-bars', BAR_WIDTH, bars.length * 8 - 2, cell.text, body);
}

function cellHtml(cell: ViewCell, align: 'left' | 'right', id: string): string {
  const classes = [align === 'right' ? 'num' : null, cell.verdict === undefined ? null : verdictClass(cell.verdict), isChartCell(cell) ? 'bars' : null];
  const className = classes.filter((name) => name !== null).join(' ');
  const content = cell.bars ? cellBars(cell, id) : cell.whisker ? whiskerSvg(cell.whisker, cell.verdict, id, cell.text) : escapeHtml(cell.text);
  return `<td${className === '' ? '' : ` class="${className}"`}>${content}</td>`;
}

/**
 * A view table as an HTML table, header repeated on every printed page; with `charts` off the
 * columns of bars are left out, as in the terminal.
 */
export function tableHtml(table: ViewTable, charts: boolean): string {
  const keep = table.columns.map((_, i) => charts || !table.rows.some((row) => isChartCell(row.cells[i])));
  const head = table.columns
    .filter((_, i) => keep[i])
    .map((column) => `<th class="${column.align === 'right' ? 'num' : 'text'}" scope="col">${escapeHtml(column.label)}</th>`)
    .join('');
  const rows = table.rows.map((row, r) => {
    const cells = row.cells.flatMap((cell, i) =>
      keep[i] ? [cellHtml(cell, table.columns[i]?.align ?? 'left', `bars-${table.id}-${r}-${i}`)] : [],
    );
    return `<tr data-key="${escapeHtml(row.key)}">${cells.join('')}</tr>`;
  });
  const caption = table.title === null ? '' : `<caption>${escapeHtml(table.title)}</caption>`;
  const footer = table.footer === undefined ? '' : `<p class="table-footer">${table.footer.split('\n').map(escapeHtml).join('<br>')}</p>`;
  return (
    `<div class="table-block" id="table-${escapeHtml(table.id)}"><table class="rows-${table.rowKind}">${caption}` +
    `<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${footer}</div>`
  );
}
