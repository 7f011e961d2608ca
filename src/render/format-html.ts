import { CHART_MESSAGES } from './chart-messages.js';
import type { Lang } from './format.js';
import { chartHtml } from './html/charts-html.js';
import { escapeHtml } from './html/escape.js';
import { STYLE } from './html/style.js';
import { tableHtml } from './html/tables-html.js';
import type { View } from './view.js';

export interface HtmlOptions {
  readonly lang: Lang;
  /** Charts and the bars in tables (off with --no-chart: tiles and tables only). */
  readonly charts: boolean;
}

/**
 * A view as one self-contained HTML page: the CSS and every chart (inline SVG) are in the file; it
 * loads no script, font or image (its Content-Security-Policy forbids all three), so it opens
 * offline and prints to PDF as it looks. Order: header,
 * headline tiles, charts, every table, notes and inputs. Every text from the data is escaped.
 */
export function renderHtml(view: View, options: HtmlOptions): string {
  const c = CHART_MESSAGES[options.lang];
  const charts = view.charts ?? [];
  const tiles = charts.filter((chart) => chart.kind === 'tiles');
  const drawn = options.charts ? charts.filter((chart) => chart.kind !== 'tiles') : [];
  const sections = [
    tiles.length === 0 ? '' : `<section class="summary">${tiles.map(chartHtml).join('')}</section>`,
    drawn.length === 0 ? '' : `<section class="charts-section"><h2>${escapeHtml(c.chartsHeading)}</h2><div class="charts">${drawn.map(chartHtml).join('\n')}</div></section>`,
    `<section class="tables"><h2>${escapeHtml(c.tablesHeading)}</h2>${view.tables.map((table) => tableHtml(table, options.charts)).join('\n')}</section>`,
    view.notes.length === 0
      ? ''
      : `<section class="notes"><h2>${escapeHtml(c.notesHeading)}</h2>${view.notes.map((paragraph) => `<p>${paragraph.map(escapeHtml).join('<br>')}</p>`).join('')}</section>`,
  ];
  return `<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rkpi">
<title>${escapeHtml(view.title)}</title>
<style>${STYLE}</style>
</head>
<body class="view-${escapeHtml(view.kind)}">
<main>
<header><p class="eyebrow">rkpi · ${escapeHtml(view.kind)}</p><h1>${escapeHtml(view.title)}</h1>${view.lines.map((line) => `<p class="lines">${escapeHtml(line)}</p>`).join('')}</header>
${sections.filter((section) => section !== '').join('\n')}
<footer>${escapeHtml(c.madeWith)}</footer>
</main>
</body>
</html>
`;
}
