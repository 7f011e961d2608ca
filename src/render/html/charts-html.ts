import type { Tile, ViewChart } from '../chart.js';
import { availabilitySvg } from './availability-svg.js';
import { barsSvg } from './bars-svg.js';
import { channelsSvg } from './channels-svg.js';
import { dropOutSvg } from './drop-out-svg.js';
import { escapeHtml } from './escape.js';
import { funnelSvg } from './funnel-svg.js';
import { histogramSvg } from './histogram-svg.js';
import { pairsSvg } from './pairs-svg.js';
import { splitSvg } from './split-svg.js';
import { verdictClass } from './svg.js';
import { targetsSvg } from './targets-svg.js';

function tileHtml(tile: Tile): string {
  const verdict = tile.verdict === undefined ? '' : ` ${verdictClass(tile.verdict)}`;
  const detail = tile.detail === null ? '' : `<p class="tile-detail">${escapeHtml(tile.detail)}</p>`;
  return (
    `<div class="tile${verdict}" data-key="${escapeHtml(tile.key)}">` +
    `<p class="tile-label">${escapeHtml(tile.label)}</p><p class="tile-value">${escapeHtml(tile.text)}</p>${detail}</div>`
  );
}

/** The drawing of a chart, or its `empty` sentence when there is nothing to draw. */
function drawing(chart: Exclude<ViewChart, { kind: 'tiles' }>): string {
  const empty = (message: string) => `<p class="empty">${escapeHtml(message)}</p>`;
  switch (chart.kind) {
    case 'histogram':
      return chart.bins.length === 0 ? empty(chart.empty) : histogramSvg(chart);
    case 'split':
      return chart.parts.length === 0 ? empty(chart.empty) : splitSvg(chart);
    case 'bars':
      return barsSvg(chart);
    case 'pairs':
      return pairsSvg(chart);
    case 'targets':
      return targetsSvg(chart);
    case 'funnel':
      return chart.stages.length === 0 ? empty(chart.empty) : funnelSvg(chart);
    case 'channels':
      return channelsSvg(chart);
    case 'survival':
      return chart.curve.length === 0 ? empty(chart.empty) : availabilitySvg(chart);
    case 'drop-out':
      return chart.buckets.length === 0 ? empty(chart.empty) : dropOutSvg(chart);
  }
}

/** A chart as HTML: tiles as a grid of boxes, every other chart as a figure with its title and an inline SVG. */
export function chartHtml(chart: ViewChart): string {
  if (chart.kind === 'tiles') {
    // six tiles stand in two rows of three; up to five in one row
    const columns = chart.tiles.length === 6 ? 3 : Math.min(chart.tiles.length, 5);
    return `<div class="tiles cols-${columns}" id="chart-${escapeHtml(chart.id)}">${chart.tiles.map(tileHtml).join('')}</div>`;
  }
  const subtitle = chart.subtitle === null ? '' : `<p class="subtitle">${escapeHtml(chart.subtitle)}</p>`;
  return (
    `<figure class="chart ${chart.width}" id="figure-${escapeHtml(chart.id)}">` +
    `<figcaption><h3>${escapeHtml(chart.title)}</h3>${subtitle}</figcaption>${drawing(chart)}</figure>`
  );
}
